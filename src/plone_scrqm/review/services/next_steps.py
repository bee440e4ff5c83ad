"""``GET {review or document}/@scr-next-steps``: the current phase or publication state and
the moves the caller may make, each with what is still missing."""

from plone import api
from plone.restapi.services import Service

from plone_scrqm.review.status import state_title
from plone_scrqm.review.steps import steps_for


class NextStepsGet(Service):
    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@scr-next-steps",
            "state": api.content.get_state(obj=self.context),
            "state_title": state_title(self.context, self.request),
            "steps": steps_for(self.context, self.request),
        }
