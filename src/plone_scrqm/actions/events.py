"""Workflow event handlers for improvement actions."""

from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.i18n import translate

from plone_scrqm import _

ADJUSTING_NEEDS_REASON = _(
    "Reopening an action needs its reason: write in the comment what did not work."
)


def before_transition(obj, event):
    if event.transition is None or event.transition.id != "needs_adjusting":
        return
    comment = ((event.kwargs or {}).get("comment") or "").strip()
    if not comment:
        raise WorkflowException(translate(ADJUSTING_NEEDS_REASON, context=api.env.getRequest()))
