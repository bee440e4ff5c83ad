"""Who may edit a review's assessment rounds: whoever may edit the review, and the Lead
Reviewer until the review is closed (QM18: the end-of-review round is often completed
after publication, when the review's record is the review manager's alone).

Assessment rounds have no workflow of their own: they take their permissions from the
review. Each round adds the Lead Reviewer to the roles that may modify it (and so its
marker assessments) while the review is not closed; closing the review takes that away,
reopening it gives it back."""

from plone import api

from plone_scrqm.review.children import children_of
from plone_scrqm.roles import LEAD_REVIEWER

MODIFY = "Modify portal content"
CLOSED = "closed"


def open_for_lead_reviewer(round_, is_open):
    """Give (or take away) the Lead Reviewer's right to modify ``round_``; the roles the
    review's workflow gives are kept (acquired)."""
    round_.manage_permission(MODIFY, roles=[LEAD_REVIEWER] if is_open else [], acquire=True)
    round_.reindexObjectSecurity()


def _review_open(review):
    return api.content.get_state(obj=review, default=None) != CLOSED


def round_added(round_, event):
    open_for_lead_reviewer(round_, _review_open(event.newParent))


def review_moved_on(review, event):
    if event.transition is None:
        return
    if CLOSED not in (event.old_state.id, event.new_state.id):
        return
    for round_ in children_of(review, portal_type="AssessmentRound"):
        open_for_lead_reviewer(round_, _review_open(review))
