"""The clocks panel on a review: each statutory clock (started, due, working days used and
left, overdue, paused), the pauses, what a delay still needs, and the plan's milestones with
their slippage."""

from datetime import date

from DateTime import DateTime
from plone import api
from plone.app.layout.viewlets import ViewletBase
from zope.i18n import translate

from plone_scrqm.clocks.timescales import STATE_TITLES
from plone_scrqm.clocks.timescales import delayed_clocks
from plone_scrqm.clocks.workingdays import WorkingCalendar
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.review.clocks import pauses_of
from plone_scrqm.review.clocks import timescales
from plone_scrqm.review.plan import parse_milestones
from plone_scrqm.review.rules import check_delay


def format_date(value):
    if value is None:
        return ""
    return api.portal.get_localized_time(datetime=DateTime(value.year, value.month, value.day))


class ClocksViewlet(ViewletBase):
    def available(self):
        return not api.user.is_anonymous()

    def _t(self, message):
        return translate(message, domain="plone_scrqm", context=self.request)

    def update(self):
        super().update()
        self.clocks = []
        self.pauses = []
        self.delay_needs = []
        self.milestones = []
        if not self.available():
            return
        today = date.today()
        clocks = clocks_of(self.context, today=today)
        for clock in clocks:
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
                    "overdue_by": -clock.left if clock.overdue and clock.left else None,
                    "paused_days": clock.paused_days,
                    "alert": clock.delayed,
                }
            )
        pauses = pauses_of(self.context)
        self.pauses = [
            {
                "reason": pause.reason,
                "start": format_date(pause.start),
                "end": format_date(pause.end),
                "active": pause.active_on(today),
            }
            for pause in pauses
        ]
        delayed = bool(delayed_clocks(clocks))
        self.delay_needs = [self._t(p.message) for p in check_delay(self.context, delayed)]
        self.delay_recorded = delayed and not self.delay_needs
        self.board_told = format_date(getattr(self.context, "board_told_of_delay_date", None))
        calendar = WorkingCalendar(timescales().nation, today=today)
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
