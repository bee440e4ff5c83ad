"""A review's history: every move of the review and of its report and response, with who
made it, when and the comment given, newest first. Shared by the ``@@review-history`` page
and ``@scr-history``; a document the reader may not open shows neither its title nor its
comments."""

from plone import api
from zope.i18n import translate

from plone_scrqm.publication.checks import PUBLICATION_TYPES
from plone_scrqm.review.children import children_of


def _entries(obj, workflow_id, request):
    workflow = api.portal.get_tool("portal_workflow")[workflow_id]
    entries = []
    for entry in obj.workflow_history.get(workflow_id, ()):
        transition = workflow.transitions.get(entry.get("action") or "")
        state = workflow.states.get(entry.get("review_state"))
        actor_id = entry.get("actor")
        actor = api.user.get(userid=actor_id) if actor_id else None
        entries.append(
            {
                "when": entry.get("time"),
                "document": obj.Title(),
                "action": translate(
                    transition.title if transition else "Created",
                    domain="plone_scrqm",
                    context=request,
                ),
                "state": translate(
                    state.title if state else entry.get("review_state"),
                    domain="plone_scrqm",
                    context=request,
                ),
                "actor": (actor.getProperty("fullname") or actor_id) if actor else actor_id,
                "comment": entry.get("comments") or "",
            }
        )
    return entries


def history_entries(review, request):
    """The moves of ``review`` and of the documents the reader may open, newest first."""
    entries = _entries(review, "scrqm_review_workflow", request)
    documents = children_of(review, portal_type=list(PUBLICATION_TYPES.values()))
    for obj in documents:
        if api.user.has_permission("View", obj=obj):
            entries.extend(_entries(obj, "scrqm_publication_workflow", request))
    return sorted(entries, key=lambda entry: entry["when"], reverse=True)
