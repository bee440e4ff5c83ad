"""``GET {site}/@scr-learning``: the learning picture as JSON (``from``, ``to``: years).
A bad period is refused with 400, naming the parameter."""

from plone.restapi.services import Service

from plone_scrqm.learning import rules
from plone_scrqm.learning.summary import learning_summary
from plone_scrqm.learning.summary import period_from


class LearningGet(Service):
    def reply(self):
        try:
            period = period_from(self.request.form)
        except rules.PeriodError as error:
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "message": str(error)}}
        return learning_summary(self.request, period)
