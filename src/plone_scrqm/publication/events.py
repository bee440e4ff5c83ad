"""Workflow event handlers for the publication documents."""

from DateTime import DateTime
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.publication.checks import approval_warnings
from plone_scrqm.publication.checks import live_documents
from plone_scrqm.publication.checks import review_of

WITHDRAWAL_NEEDS_REASON = _(
    "A withdrawal needs its reason: write it in the comment. It is recorded with the document."
)


def _comment(event):
    return ((event.kwargs or {}).get("comment") or "").strip()


def before_transition(obj, event):
    if event.transition is not None and event.transition.id == "withdraw" and not _comment(event):
        raise WorkflowException(translate(WITHDRAWAL_NEEDS_REASON, context=api.env.getRequest()))


def after_transition(obj, event):
    if event.transition is None:
        return
    if event.transition.id == "approve":
        _warn_the_chair(obj)
    elif event.transition.id == "withdraw":
        obj.withdrawal_reason = _comment(event)
        obj.reindexObject()
    elif event.transition.id == "publish":
        obj.setEffectiveDate(DateTime())
        if obj.publication_date is None or obj.publication_date > current_day():
            obj.publication_date = current_day()
        obj.reindexObject()
        _mark_review_published(obj)


def _warn_the_chair(obj):
    """What the chair should know on approving (for example too few working days left for
    the advance copy) is shown with the confirmation of the approval."""
    request = api.env.getRequest()
    if request is None:
        return
    for warning in approval_warnings(obj):
        api.portal.show_message(
            message=translate(warning, domain="plone_scrqm", context=request),
            request=request,
            type="warning",
        )


def _mark_review_published(obj):
    """When the report and the response (each language version of them) are all public,
    the review moves to its published phase (the publication clock may be the one publishing them)."""
    review = review_of(obj)
    if api.content.get_state(obj=review) != "board_response":
        return
    documents = live_documents(review)
    if all(
        documents[kind]
        and all(api.content.get_state(obj=doc, default=None) == "published" for doc in docs)
        for kind, docs in documents.items()
    ):
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(
                obj=review,
                transition="mark_published",
                comment="The report and the board's response were published.",
            )
