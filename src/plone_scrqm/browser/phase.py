"""The phase panel shown on a review and on its report and response: the current phase or
publication state, the moves the user may make now, and what each still needs."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from zope.i18n import translate

from plone_scrqm.content.case_review import ICaseReview
from plone_scrqm.publication.checks import approval_problems
from plone_scrqm.publication.checks import approval_warnings
from plone_scrqm.publication.checks import publication_problems
from plone_scrqm.review.status import missing_for_transition
from plone_scrqm.review.status import next_steps
from plone_scrqm.review.status import state_title


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


class PhaseViewlet(ViewletBase):
    def available(self):
        return not api.user.is_anonymous()

    def update(self):
        super().update()
        self.state = state_title(self.context, self.request) if self.available() else ""
        self.steps = steps_for(self.context, self.request) if self.available() else []
        self.is_review = ICaseReview.providedBy(self.context)
        self.authenticator = self.context.restrictedTraverse("@@authenticator").token()
