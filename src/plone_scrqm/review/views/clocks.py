"""The clocks panel on a review: each statutory clock (started, due, working days used and
left, overdue), the delay record of each delayed clock and what it still lacks, and the
plan's milestones with their slippage."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from zope.i18n import translate

from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.timescales import STATE_TITLES
from plone_scrqm.clocks.workingdays import WorkingCalendar
from plone_scrqm.common.dates import format_date
from plone_scrqm.common.own_page import on_own_page
from plone_scrqm.review.clocks import clock_facts
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.review.clocks import timescales
from plone_scrqm.review.plan import parse_milestones
from plone_scrqm.review.rules import delay_problems


class ClocksViewlet(ViewletBase):
    def available(self):
        return not api.user.is_anonymous() and on_own_page(self.context, self.view)

    def _t(self, message):
        return translate(message, domain="plone_scrqm", context=self.request)

    def update(self):
        super().update()
        self.clocks = []
        self.delay_needs = []
        self.milestones = []
        if not self.available():
            return
        today = current_day()
        clocks = clocks_of(self.context, today=today)
        for clock in clocks:
            delay = clock.delay
            self.clocks.append(
                {
                    "id": clock.id,
                    "title": self._t(clock.title),
                    "rule": self._t(clock.rule),
                    "state": clock.state,
                    "state_title": self._t(STATE_TITLES[clock.state]),
                    "started": format_date(clock.started),
                    "due": format_date(clock.due),
                    "stopped": format_date(clock.stopped),
                    "used": clock.used,
                    "left": clock.left,
                    "overdue_by": -clock.left if clock.overdue else None,
                    "alert": clock.delayed,
                    "delay_explained": clock.delay_explained,
                    "notified_on": format_date(clock.delay_notified_on),
                    "delay_cause": delay.cause if delay is not None and clock.delayed else "",
                }
            )
        self.delay_needs = [self._t(problem.message) for problem in delay_problems(clocks)]
        calendar = WorkingCalendar(timescales().for_facts(clock_facts(self.context)).nation)
        self.milestones = [
            {
                "name": milestone.name,
                "planned": format_date(milestone.planned),
                "actual": format_date(milestone.actual),
                "who": milestone.who,
                "slippage": milestone.slippage(calendar, today),
            }
            for milestone in parse_milestones(getattr(self.context, "milestones", None))
        ]
