"""The moves a user may make on a review or on its report or response, each with what it
still needs: shared by the phase panel, ``@scr-next-steps`` and the guarded ``@workflow``."""

from zope.i18n import translate

from plone_scrqm.publication.checks import approval_problems
from plone_scrqm.publication.checks import approval_warnings
from plone_scrqm.publication.checks import publication_problems
from plone_scrqm.review.content.case_review import ICaseReview
from plone_scrqm.review.status import missing_for_transition
from plone_scrqm.review.status import next_steps


def missing_for_publication_step(obj, transition):
    if transition == "approve":
        return approval_problems(obj)
    if transition == "publish":
        return publication_problems(obj)
    return []


def steps_for(obj, request=None):
    """The moves the user may make; the chair's approval also says what to know before it
    (``warnings``: nothing that holds it back, for example too few days for the advance
    copy)."""
    if ICaseReview.providedBy(obj):
        return next_steps(obj, "scrqm_review_workflow", missing_for_transition, request)
    steps = next_steps(obj, "scrqm_publication_workflow", missing_for_publication_step, request)
    for step in steps:
        warnings = approval_warnings(obj) if step["id"] == "approve" else []
        step["warnings"] = [translate(w, domain="plone_scrqm", context=request) for w in warnings]
    return steps
