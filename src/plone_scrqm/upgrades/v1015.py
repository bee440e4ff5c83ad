"""1012 → 1015: the reviews folder view (one of the folder type's views, the demo folder's
default) and the catalog metadata it reads (each review's next moves and lead reviewers);
whoever writes a report's or response's draft (its owner, such as the chair for the board's
response) edits it and sends it to quality assurance; the Lead Reviewer edits the
assessment rounds until the review is closed."""

from plone import api

from plone_scrqm.assessment.subscribers import open_for_lead_reviewer

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"
PUBLICATION_WORKFLOW = "scrqm_publication_workflow"
# The folder the demonstration site makes (named here: the add-on never imports the demo).
DEMO_FOLDER_ID = "safeguarding-reviews"
NEW_COLUMNS = ("scrqm_next_steps", "scrqm_lead_reviewers")


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "typeinfo")
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
    workflow = api.portal.get_tool("portal_workflow")[PUBLICATION_WORKFLOW]
    catalog = api.portal.get_tool("portal_catalog")
    for column in NEW_COLUMNS:
        if column not in catalog.schema():
            catalog.addColumn(column)
    for brain in catalog.unrestrictedSearchResults(portal_type=["ReviewReport", "BoardResponse"]):
        document = brain._unrestrictedGetObject()
        if workflow.updateRoleMappingsFor(document):
            document.reindexObjectSecurity()
    for brain in catalog.unrestrictedSearchResults(portal_type="CaseReview"):
        brain._unrestrictedGetObject().reindexObject(idxs=["getId"])
    for brain in catalog.unrestrictedSearchResults(portal_type="AssessmentRound"):
        round_ = brain._unrestrictedGetObject()
        review_state = api.content.get_state(obj=round_.aq_parent, default=None)
        open_for_lead_reviewer(round_, review_state != "closed")
    demo = api.portal.get().get(DEMO_FOLDER_ID)
    if demo is not None and not demo.getProperty("layout", None):
        demo.setLayout("scr-reviews")
