"""``GET {review or document}/@scr-next-steps``: the current phase or publication state,
the moves the caller may make, each with what is still missing, and who acts next
(``others``: the moves on the caller may not make, with the roles and people who may)."""

from plone import api
from plone.restapi.services import Service

from plone_scrqm.review.content.case_review import ICaseReview
from plone_scrqm.review.next_step import who_acts_next
from plone_scrqm.review.status import state_title
from plone_scrqm.review.steps import steps_for


class NextStepsGet(Service):
    def reply(self):
        workflow_id = (
            "scrqm_review_workflow"
            if ICaseReview.providedBy(self.context)
            else "scrqm_publication_workflow"
        )
        return {
            "@id": f"{self.context.absolute_url()}/@scr-next-steps",
            "state": api.content.get_state(obj=self.context),
            "state_title": state_title(self.context, self.request),
            "steps": steps_for(self.context, self.request),
            "others": who_acts_next(self.context, workflow_id, self.request),
        }
