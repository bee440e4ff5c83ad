"""Approval is bound to the document and to the review it was approved in: once a report or
response is awaiting approval, approved or published, it cannot leave its review. Moving,
cutting and pasting, copying and renaming it (REST ``@move``/``@copy``, the classic
cut/copy/paste and rename, ``api.content.move``) are refused with a message saying why.
Moving or copying the whole review keeps its documents where they were approved, so that is
not refused here; nor is deleting (a Manager's decision, recorded by the workflow).
"""

from Acquisition import aq_base
from plone import api
from zExceptions import Forbidden
from zope.i18n import translate

from plone_scrqm import _

BOUND_STATES = ("awaiting_approval", "approved", "published")

MOVE_REFUSED = _(
    "This document is ${state}: it stays in the review it was approved in, under its "
    "address. To move or rename it, the chair first returns it to draft (or withdraws it)."
)
COPY_REFUSED = _(
    "This document is ${state}: its approval belongs to this document in this review, so it "
    "cannot be copied. Copy its text into a new document instead."
)


def _state_title(obj):
    state = api.content.get_state(obj=obj, default=None)
    workflow_tool = api.portal.get_tool("portal_workflow")
    for workflow in workflow_tool.getWorkflowsFor(obj):
        if state in workflow.states:
            return state, translate(
                workflow.states[state].title, domain="plone_scrqm", context=api.env.getRequest()
            )
    return state, state


def _refuse(message, obj):
    state, title = _state_title(obj)
    if state in BOUND_STATES:
        raise Forbidden(translate(message, mapping={"state": title}, context=api.env.getRequest()))


def refuse_move_once_bound(obj, event):
    """``IObjectWillBeMovedEvent``: a move or a rename of the document itself (not of the
    review that holds it); additions and deletions are let through."""
    if event.object is not obj or event.oldParent is None or event.newParent is None:
        return
    same_place = aq_base(event.oldParent) is aq_base(event.newParent)
    if same_place and event.oldName == event.newName:
        return
    _refuse(MOVE_REFUSED, obj)


def refuse_copy_once_bound(obj, event):
    """``IObjectCopiedEvent`` (sent to the copy): refused when the original is bound."""
    if event.object is not obj:
        return
    _refuse(COPY_REFUSED, event.original)
