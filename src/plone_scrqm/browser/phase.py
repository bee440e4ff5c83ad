"""The phase panel shown on a review and on its report and response: the current phase or
publication state, the moves the user may make now, and what each still needs."""

from plone import api
from plone.app.layout.viewlets import ViewletBase

from plone_scrqm.content.case_review import ICaseReview
from plone_scrqm.publication.checks import approval_problems
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
    if ICaseReview.providedBy(obj):
        return next_steps(obj, "scrqm_review_workflow", missing_for_transition, request)
    return next_steps(obj, "scrqm_publication_workflow", missing_for_publication_step, request)


class PhaseViewlet(ViewletBase):
    def available(self):
        return not api.user.is_anonymous()

    def update(self):
        super().update()
        self.state = state_title(self.context, self.request) if self.available() else ""
        self.steps = steps_for(self.context, self.request) if self.available() else []
        self.is_review = ICaseReview.providedBy(self.context)
        self.authenticator = self.context.restrictedTraverse("@@authenticator").token()
