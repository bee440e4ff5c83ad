"""1011 → 1012: the add-on's code moved into one package per capability (review,
assessment, markers, information, actions, publication, families). The types' FTIs name
their classes and schemas by the new dotted paths, and the catalog's ``object_provides``
lists the interfaces by their new names. Stored objects keep working without this step (the
old dotted paths stay importable); the step makes new content and catalog queries use the
new paths."""

from plone import api

PROFILE = "profile-plone_scrqm:default"

TYPES = (
    "CaseReview",
    "MarkerCatalogue",
    "QualityMarker",
    "ReviewReport",
    "BoardResponse",
    "Finding",
    "ImprovementAction",
    "AssessmentRound",
    "MarkerAssessment",
    "ParallelProcess",
    "InformationRequest",
    "ChronologyEntry",
    "PractitionerEvent",
    "FamilyMember",
)


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "typeinfo")
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=TYPES):
        obj = brain._unrestrictedGetObject()
        obj.reindexObject(idxs=["object_provides"])
