"""The moves a user may make on a review or on its report or response, each with what it
still needs: shared by the phase panel, ``@scr-next-steps`` and the guarded ``@workflow``."""

from zope.i18n import translate

from plone_scrqm.privacy.gate import is_privacy_problem
from plone_scrqm.publication.checks import approval_problems
from plone_scrqm.publication.checks import approval_warnings
from plone_scrqm.publication.checks import publication_problems
from plone_scrqm.publication.checks import review_of
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
    copy). A move held back by the privacy check links to the review's privacy check
    (``privacy_url``)."""
    if ICaseReview.providedBy(obj):
        return next_steps(obj, "scrqm_review_workflow", missing_for_transition, request)
    held_by_privacy = set()

    def missing(item, transition):
        needs = missing_for_publication_step(item, transition)
        if any(is_privacy_problem(need) for need in needs):
            held_by_privacy.add(transition)
        return needs

    steps = next_steps(obj, "scrqm_publication_workflow", missing, request)
    for step in steps:
        warnings = approval_warnings(obj) if step["id"] == "approve" else []
        step["warnings"] = [translate(w, domain="plone_scrqm", context=request) for w in warnings]
        review = review_of(obj) if step["id"] in held_by_privacy else None
        step["privacy_url"] = f"{review.absolute_url()}/@@privacy-check" if review else ""
    return steps
