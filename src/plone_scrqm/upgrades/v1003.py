"""1002 → 1003: review phases and staged publication.

Imports the new review workflow (phases) and the publication workflow, the report and
response types, their permissions and catalog columns; moves every existing review from the
old single "active" state to the phase its record shows."""

from DateTime import DateTime
from plone import api

from plone_scrqm.review.rules import DECISION_NO_REVIEW
from plone_scrqm.review.rules import DECISION_REVIEW

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"
REVIEW_WORKFLOW = "scrqm_review_workflow"


def phase_from_record(review):
    if review.decision == DECISION_REVIEW:
        return "setting_up"
    if review.decision == DECISION_NO_REVIEW:
        return "not_proceeding"
    return "referred"


def upgrade(setup_tool):
    for step in ("typeinfo", "rolemap", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow = workflow_tool[REVIEW_WORKFLOW]
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="CaseReview"):
        review = brain._unrestrictedGetObject()
        status = workflow_tool.getStatusOf(REVIEW_WORKFLOW, review) or {}
        if status.get("review_state") in workflow.states:
            continue
        workflow_tool.setStatusOf(
            REVIEW_WORKFLOW,
            review,
            {
                "action": None,
                "actor": "plone_scrqm upgrade 1003",
                "comments": "Moved to the review phases.",
                "review_state": phase_from_record(review),
                "time": DateTime(),
            },
        )
        workflow.updateRoleMappingsFor(review)
        review.reindexObject()
