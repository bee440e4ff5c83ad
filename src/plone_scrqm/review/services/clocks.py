"""``GET {review}/@scr-clocks``: the review's statutory clocks as JSON, as the review page's
clocks panel shows them (a Volto review page reads them here): each clock's title and rule,
state, start, due and stop dates, working days left, days overdue and whether its delay
is explained."""

from plone.restapi.services import Service
from zope.i18n import translate

from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.timescales import STATE_TITLES
from plone_scrqm.review.clocks import clocks_of


def _iso(day):
    return day.isoformat() if day is not None else None


class ClocksGet(Service):
    def _t(self, message):
        return translate(message, domain="plone_scrqm", context=self.request)

    def reply(self):
        clocks = [
            {
                "id": clock.id,
                "title": self._t(clock.title),
                "rule": self._t(clock.rule),
                "state": clock.state,
                "state_title": self._t(STATE_TITLES[clock.state]),
                "started": _iso(clock.started),
                "due": _iso(clock.due),
                "stopped": _iso(clock.stopped),
                "left": clock.left,
                "overdue_by": -clock.left if clock.overdue else None,
                "delay_explained": bool(clock.delay_explained),
            }
            for clock in clocks_of(self.context, today=current_day())
        ]
        return {"@id": f"{self.context.absolute_url()}/@scr-clocks", "clocks": clocks}
