"""``@@scr-dashboard``: the partnership dashboard, on the site or any folder: every review
the user may see, with its phase and clocks, filters, sorting and two charts."""

from plone import api
from Products.Five.browser import BrowserView
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.common import params
from plone_scrqm.common.batching import page_of
from plone_scrqm.common.chart import bar_chart
from plone_scrqm.common.cron import CronView
from plone_scrqm.common.dates import format_date
from plone_scrqm.common.params import refuse_visitors
from plone_scrqm.incidents.dashboard import incident_rows
from plone_scrqm.review.dashboard import SORTS
from plone_scrqm.review.dashboard import by_phase
from plone_scrqm.review.dashboard import query_rows
from plone_scrqm.review.phases import PHASES
from plone_scrqm.review.reindex import refresh_all_clocks
from plone_scrqm.review.vocabularies import REVIEW_TYPES


class DashboardView(BrowserView):
    def _t(self, message):
        return translate(message, domain="plone_scrqm", context=self.request)

    def update(self):
        form = self.request.form
        phase = params.text(form, "phase")
        self.phase = phase if phase in PHASES else ""
        self.review_type = params.text(form, "review_type")
        self.overdue = bool(params.text(form, "overdue"))
        sort_on = params.text(form, "sort_on")
        self.sort_on = sort_on if sort_on in SORTS else "next_due"
        self.today = current_day()
        self.rows = query_rows(
            self.context,
            phase=self.phase,
            review_type=self.review_type,
            overdue=self.overdue,
            sort_on=self.sort_on,
            request=self.request,
            today=self.today,
        )
        # Serious incidents and their rapid reviews carry the notification and rapid review
        # clocks (a review started from one does not count them again).
        self.incidents = []
        if not self.phase and self.review_type in ("", "rapid-review"):
            self.incidents = incident_rows(
                self.context, overdue=self.overdue, request=self.request, today=self.today
            )
        for row in self.incidents:
            row["next_due_text"] = format_date(row["next_due"])
            for clock in row["clocks"]:
                clock["due_text"] = format_date(clock["due"])
        # Only the page shown is formatted; the charts count every row.
        self.batch = page_of(self.rows, self.request)
        for row in self.batch:
            row["next_due_text"] = format_date(row["next_due"])
            for clock in row["clocks"]:
                clock["due_text"] = format_date(clock["due"])

    def __call__(self):
        refuse_visitors()
        self.update()
        return self.index()

    def phase_options(self):
        return [{"id": pid, "title": self._t(title)} for pid, (title, _m) in PHASES.items()]

    def type_options(self):
        return [{"id": term.value, "title": self._t(term.title)} for term in REVIEW_TYPES]

    def sort_options(self):
        titles = {
            "next_due": _("Next due date"),
            "title": _("Pseudonym"),
            "phase": _("Phase"),
            "type": _("Type of review"),
        }
        return [{"id": sort, "title": self._t(titles[sort])} for sort in SORTS]

    def phase_chart(self):
        bars = [
            (self._t(PHASES[phase][0]), count, str(count), "solid")
            for phase, count in by_phase(self.rows)
        ]
        return bar_chart(self._t(_("Reviews by phase")), bars, "scrqm-chart-phases")

    def slippage_chart(self):
        bars = []
        for row in self.rows:
            running = [c for c in row["clocks"] if c["left"] is not None and c["state"] != "met"]
            if not running:
                continue
            worst = min(running, key=lambda clock: clock["left"])
            if worst["left"] < 0 and worst.get("delay_explained"):
                text = self._t(
                    _(
                        "${days} working days overdue, delay explained and notified (${clock})",
                        mapping={"days": -worst["left"], "clock": worst["title"]},
                    )
                )
                style = "dots"
            elif worst["left"] < 0:
                text = self._t(
                    _(
                        "${days} working days overdue (${clock})",
                        mapping={"days": -worst["left"], "clock": worst["title"]},
                    )
                )
                style = "hatch"
            else:
                text = self._t(
                    _(
                        "${days} working days left (${clock})",
                        mapping={"days": worst["left"], "clock": worst["title"]},
                    )
                )
                style = "solid"
            bars.append((row["title"], worst["left"], text, style))
        return bar_chart(
            self._t(_("Clock slippage: the tightest clock of each review")),
            bars,
            "scrqm-chart-slippage",
        )

    def sort_url(self, sort):
        params = {"sort_on": sort}
        if self.phase:
            params["phase"] = self.phase
        if self.review_type:
            params["review_type"] = self.review_type
        if self.overdue:
            params["overdue"] = "1"
        query = "&".join(f"{key}={value}" for key, value in params.items())
        return f"{self.context.absolute_url()}/@@scr-dashboard?{query}"

    def portal_url(self):
        return api.portal.get().absolute_url()


class RefreshClocksView(CronView):
    """``@@scr-refresh-clocks`` (POST): index every review's clocks again, after the
    partnership's timescales change (they move the due dates the catalog keeps). Not needed
    daily: the dashboard works out "days left" and "overdue" from the stored dates."""

    what = "refresh the clocks"

    def run(self):
        return {"reviews": refresh_all_clocks()}
