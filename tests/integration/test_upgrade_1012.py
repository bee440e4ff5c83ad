"""Upgrade 1011 → 1012: the code moved into one package per capability. The FTIs name the
new dotted paths, the catalog's ``object_provides`` the interfaces' new names, and the old
dotted paths of content classes, schemas and interfaces stay importable (stored objects)."""

import importlib
from types import SimpleNamespace

import pytest
from Acquisition import aq_base
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from Products.CMFCore.indexing import processQueue

from plone_scrqm.review.content.case_review import ICaseReview

# (type, old klass, old schema, new klass, new schema)
MOVED_TYPES = [
    (
        "CaseReview",
        "plone_scrqm.content.case_review.CaseReview",
        "plone_scrqm.content.case_review.ICaseReview",
        "plone_scrqm.review.content.case_review.CaseReview",
        "plone_scrqm.review.content.case_review.ICaseReview",
    ),
    (
        "ParallelProcess",
        "plone_scrqm.content.parallel_process.ParallelProcess",
        "plone_scrqm.content.parallel_process.IParallelProcess",
        "plone_scrqm.review.content.parallel_process.ParallelProcess",
        "plone_scrqm.review.content.parallel_process.IParallelProcess",
    ),
    (
        "QualityMarker",
        "plone_scrqm.content.quality_marker.QualityMarker",
        "plone_scrqm.content.quality_marker.IQualityMarker",
        "plone_scrqm.markers.content.quality_marker.QualityMarker",
        "plone_scrqm.markers.content.quality_marker.IQualityMarker",
    ),
    (
        "MarkerCatalogue",
        "plone_scrqm.content.marker_catalogue.MarkerCatalogue",
        "plone_scrqm.content.marker_catalogue.IMarkerCatalogue",
        "plone_scrqm.markers.content.marker_catalogue.MarkerCatalogue",
        "plone_scrqm.markers.content.marker_catalogue.IMarkerCatalogue",
    ),
    (
        "AssessmentRound",
        "plone_scrqm.content.assessment.AssessmentRound",
        "plone_scrqm.content.assessment.IAssessmentRound",
        "plone_scrqm.assessment.content.AssessmentRound",
        "plone_scrqm.assessment.content.IAssessmentRound",
    ),
    (
        "MarkerAssessment",
        "plone_scrqm.content.assessment.MarkerAssessment",
        "plone_scrqm.content.assessment.IMarkerAssessment",
        "plone_scrqm.assessment.content.MarkerAssessment",
        "plone_scrqm.assessment.content.IMarkerAssessment",
    ),
    (
        "InformationRequest",
        "plone_scrqm.content.information.InformationRequest",
        "plone_scrqm.content.information.IInformationRequest",
        "plone_scrqm.information.content.InformationRequest",
        "plone_scrqm.information.content.IInformationRequest",
    ),
    (
        "ChronologyEntry",
        "plone_scrqm.content.information.ChronologyEntry",
        "plone_scrqm.content.information.IChronologyEntry",
        "plone_scrqm.information.content.ChronologyEntry",
        "plone_scrqm.information.content.IChronologyEntry",
    ),
    (
        "PractitionerEvent",
        "plone_scrqm.content.information.PractitionerEvent",
        "plone_scrqm.content.information.IPractitionerEvent",
        "plone_scrqm.information.content.PractitionerEvent",
        "plone_scrqm.information.content.IPractitionerEvent",
    ),
    (
        "Finding",
        "plone_scrqm.content.actions.Finding",
        "plone_scrqm.content.actions.IFinding",
        "plone_scrqm.actions.content.Finding",
        "plone_scrqm.actions.content.IFinding",
    ),
    (
        "ImprovementAction",
        "plone_scrqm.content.actions.ImprovementAction",
        "plone_scrqm.content.actions.IImprovementAction",
        "plone_scrqm.actions.content.ImprovementAction",
        "plone_scrqm.actions.content.IImprovementAction",
    ),
    (
        "ReviewReport",
        "plone_scrqm.content.publication_items.ReviewReport",
        "plone_scrqm.content.publication_items.IReviewReport",
        "plone_scrqm.publication.content.ReviewReport",
        "plone_scrqm.publication.content.IReviewReport",
    ),
    (
        "BoardResponse",
        "plone_scrqm.content.publication_items.BoardResponse",
        "plone_scrqm.content.publication_items.IBoardResponse",
        "plone_scrqm.publication.content.BoardResponse",
        "plone_scrqm.publication.content.IBoardResponse",
    ),
    (
        "FamilyMember",
        "plone_scrqm.content.family_member.FamilyMember",
        "plone_scrqm.content.family_member.IFamilyMember",
        "plone_scrqm.families.content.FamilyMember",
        "plone_scrqm.families.content.IFamilyMember",
    ),
]
OLD_INTERFACES = ["plone_scrqm.content.publication_items.IPublicationItem"]


def resolve(dotted):
    module, name = dotted.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("moved", MOVED_TYPES, ids=[m[0] for m in MOVED_TYPES])
def test_old_dotted_paths_name_the_same_objects(moved):
    _type, old_klass, old_schema, new_klass, new_schema = moved
    assert resolve(old_klass) is resolve(new_klass)
    assert resolve(old_schema) is resolve(new_schema)


def test_old_interface_path_of_publication_items():
    from plone_scrqm.interfaces import IPublicationItem

    for dotted in OLD_INTERFACES:
        assert resolve(dotted) is IPublicationItem


@pytest.mark.parametrize("moved", MOVED_TYPES, ids=[m[0] for m in MOVED_TYPES])
def test_installed_ftis_name_the_new_paths(portal, moved):
    portal_type, _old_klass, _old_schema, new_klass, new_schema = moved
    fti = api.portal.get_tool("portal_types")[portal_type]
    assert (fti.klass, fti.schema) == (new_klass, new_schema)


def _as_before_the_move(portal, review):
    """Make the site look as one of release 1011: FTIs naming the old paths, the catalog's
    ``object_provides`` holding the old interface names."""
    types = api.portal.get_tool("portal_types")
    for portal_type, old_klass, old_schema, _new_klass, _new_schema in MOVED_TYPES:
        types[portal_type].klass = old_klass
        types[portal_type].schema = old_schema
    catalog = api.portal.get_tool("portal_catalog")
    rid = catalog.getrid("/".join(review.getPhysicalPath()))
    index = catalog._catalog.getIndex("object_provides")
    stored = list(index.getEntryForObject(rid))
    old = [
        name.replace("plone_scrqm.review.content.case_review.", "plone_scrqm.content.case_review.")
        for name in stored
    ]
    index.unindex_object(rid)
    index.index_object(rid, SimpleNamespace(object_provides=old))
    return stored


def test_upgrade_step_1011_to_1012(portal, setup_tool, make_review):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    review = make_review()
    processQueue()
    catalog = api.portal.get_tool("portal_catalog")
    stored = _as_before_the_move(portal, review)
    assert ICaseReview.__identifier__ in stored
    assert not catalog(object_provides=ICaseReview.__identifier__, UID=review.UID())
    assert catalog(object_provides="plone_scrqm.content.case_review.ICaseReview", UID=review.UID())

    setup_tool.setLastVersionForProfile("plone_scrqm:default", "1011")
    setup_tool.upgradeProfile("plone_scrqm:default", dest="1012")

    assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1012",)
    types = api.portal.get_tool("portal_types")
    for portal_type, _old_klass, _old_schema, new_klass, new_schema in MOVED_TYPES:
        assert (types[portal_type].klass, types[portal_type].schema) == (new_klass, new_schema)
    assert [b.getObject() for b in catalog(object_provides=ICaseReview.__identifier__)] == [review]
    assert not catalog(object_provides="plone_scrqm.content.case_review.ICaseReview")
    # the stored object still loads and behaves as the class it names
    assert aq_base(review).__class__.__module__ == "plone_scrqm.review.content.case_review"
    assert ICaseReview.providedBy(review)
