"""Where a review stands in its phases and what it needs to move on (Zope side).

Reads the workflow definition for the transitions out of the current state and asks
``review.phases.missing_for`` what each still needs; used by the workflow guards, the review
page and the REST API, so all three say the same."""

from plone import api
from zope.component import subscribers
from zope.i18n import translate

from plone_scrqm.interfaces import IReviewPhaseCheck
from plone_scrqm.publication.checks import documents_of
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.review.phases import missing_for
from plone_scrqm.review.rules import delay_problems

REVIEW_WORKFLOW = "scrqm_review_workflow"


def review_facts(review):
    documents = documents_of(review)
    facts = {
        f"{kind}_state": api.content.get_state(obj=doc, default=None) if doc is not None else None
        for kind, doc in documents.items()
    }
    facts["delay_problems"] = delay_problems(clocks_of(review))
    return facts


def missing_for_transition(review, transition):
    missing = missing_for(transition, review, review_facts(review))
    for check in subscribers((review,), IReviewPhaseCheck):
        missing.extend(item for item in check.missing(transition) if item not in missing)
    return missing


def _transitions_out_of_state(obj, workflow_id):
    workflow = api.portal.get_tool("portal_workflow")[workflow_id]
    state = workflow.states[api.content.get_state(obj=obj)]
    return workflow, [workflow.transitions[tid] for tid in state.transitions]


def may_trigger(obj, transition):
    """Whether the current user holds one of the transition's guard permissions."""
    permissions = transition.guard.permissions if transition.guard else ()
    return not permissions or any(
        api.user.has_permission(permission, obj=obj) for permission in permissions
    )


def next_steps(obj, workflow_id, missing, request=None):
    """The moves out of the current state that the current user may make, each with what
    is missing (empty when it can be made now). ``missing(obj, transition_id)`` lists what
    a move still needs."""
    workflow, transitions = _transitions_out_of_state(obj, workflow_id)
    steps = []
    for transition in transitions:
        if not may_trigger(obj, transition):
            continue
        needs = missing(obj, transition.id)
        steps.append(
            {
                "id": transition.id,
                "title": translate(transition.title, domain="plone_scrqm", context=request),
                "available": not needs,
                "missing": [translate(item, context=request) for item in needs],
            }
        )
    return steps


def state_title(obj, request=None):
    workflow_tool = api.portal.get_tool("portal_workflow")
    title = workflow_tool.getTitleForStateOnType(api.content.get_state(obj=obj), obj.portal_type)
    return translate(title, domain="plone_scrqm", context=request)
