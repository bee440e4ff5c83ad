"""Browser views of learning across reviews: ``@@learning`` (and its CSV), a learning
priority's page, an action's progress updates, the board view of actions by priority and by
theme, and the earlier learning shown on a review's page (QM2 Q8)."""

from datetime import date

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.clocks import today
from plone_scrqm.common.chart import bar_chart
from plone_scrqm.common.csv_writer import csv_response
from plone_scrqm.common.pdf import pdf_response
from plone_scrqm.learning import catalog
from plone_scrqm.learning import progress
from plone_scrqm.learning import rules
from plone_scrqm.learning.catalog import earlier_for_review
from plone_scrqm.learning.summary import CSV_FIELDS
from plone_scrqm.learning.summary import csv_rows
from plone_scrqm.learning.summary import learning_summary
from plone_scrqm.learning.summary import period_from
from plone_scrqm.learning.titles import FACTOR_LEVEL_TITLES
from plone_scrqm.learning.titles import RAG_TITLES
from plone_scrqm.learning.vocabularies import theme_titles
from plone_scrqm.learning.vocabularies import title_of
from plone_scrqm.learning.yearly import YearError
from plone_scrqm.learning.yearly import parse_year
from plone_scrqm.learning.yearly import yearly_pack
from plone_scrqm.privacy.board import BoardLabels

# Bars that mean different things differ by pattern (not colour alone): see browser/chart.py
RAG_STYLES = {"red": "hatch", "amber": "dots", "green": "solid"}


class LearningView(BrowserView):
    """``@@learning``: themes by year and review type, recurring findings, actions by theme."""

    error = None

    def __call__(self):
        try:
            self.period = period_from(self.request.form)
        except rules.PeriodError as error:
            self.request.response.setStatus(400)
            self.error = str(error)
            self.period = (None, None)
            self.summary = None
            return self.index()
        self.summary = learning_summary(self.request, self.period)
        return self.index()

    def pack_year(self):
        """The year the yearly pack link opens: the period's last year, else this year."""
        return self.period[1] or self.period[0] or today().year

    def query_string(self):
        first, last = self.period
        parts = [f"from={first}"] if first else []
        parts += [f"to={last}"] if last else []
        return "&".join(parts)

    def theme_chart(self):
        title = translate(_("Findings by learning theme"), context=self.request)
        bars = [
            (row["title"], row["count"], str(row["count"]), "solid")
            for row in self.summary["themes"]
        ]
        return bar_chart(title, bars, "scrqm-learning-themes")

    def actions_chart(self):
        title = translate(
            _("Actions by theme: completed (solid) and with evidence of impact (hatched)"),
            context=self.request,
        )
        bars = []
        for row in self.summary["actions_by_theme"]:
            done = translate(
                _("${title}: completed", mapping={"title": row["title"]}), context=self.request
            )
            impact = translate(
                _("${title}: evidence of impact", mapping={"title": row["title"]}),
                context=self.request,
            )
            bars.append(
                (
                    done,
                    row["completion_rate"] or 0,
                    f"{row['completed']}/{row['actions']} ({row['completion_rate']}%)",
                    "solid",
                )
            )
            bars.append(
                (
                    impact,
                    row["impact_rate"] or 0,
                    f"{row['with_impact']}/{row['completed']} "
                    f"({row['impact_rate'] if row['impact_rate'] is not None else '–'}%)",
                    "hatch",
                )
            )
        return bar_chart(title, bars, "scrqm-learning-actions")


class LearningCSV(BrowserView):
    """``@@learning.csv``: the same figures as one table."""

    def __call__(self):
        try:
            period = period_from(self.request.form)
        except rules.PeriodError as error:
            self.request.response.setStatus(400)
            self.request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return str(error)
        summary = learning_summary(self.request, period)
        return csv_response(self.request, CSV_FIELDS, csv_rows(summary), "learning.csv")


def _rag_title(rag, request):
    return translate(RAG_TITLES[rag], context=request) if rag in RAG_TITLES else ""


class PriorityView(BrowserView):
    """A learning priority's page: the findings and actions that serve it, with status."""

    def rows(self):
        findings, actions = catalog.serving(self.context.UID())
        titles = theme_titles(self.request)
        for row in findings + actions:
            row["theme_titles"] = [title_of(t, titles) for t in row["themes"]]
            row["rag_title"] = _rag_title(row.get("rag"), self.request)
        return {"findings": findings, "actions": actions}


class FrameworkView(BrowserView):
    """The learning and improvement framework: its priorities and how many items serve each."""

    def priorities(self):
        rows = catalog.priority_rows()
        reviews = catalog.review_rows()
        actions = rules.group_by_priority(catalog.action_rows(reviews))
        findings = rules.group_by_priority(catalog.finding_rows(reviews))
        for row in rows:
            served = actions.get(row["uid"], [])
            row["findings"] = len(findings.get(row["uid"], []))
            row["actions"] = len(served)
            row["completed"] = sum(1 for a in served if a["state"] in rules.DONE_STATES)
        return rows


class ActionBoardView(BrowserView):
    """``@@action-board``: actions by priority and by theme, with the latest RAG status."""

    def _actions(self):
        rows = catalog.action_rows(catalog.review_rows(), BoardLabels())
        titles = theme_titles(self.request)
        for row in rows:
            row["theme_titles"] = [title_of(t, titles) for t in row["themes"]]
            row["rag_title"] = _rag_title(row.get("rag"), self.request)
        return rows, titles

    def board(self):
        rows, titles = self._actions()
        by_priority = rules.group_by_priority(rows)
        priorities = []
        for priority in catalog.priority_rows():
            uid = priority["uid"]
            priorities.append(dict(priority, actions=by_priority.get(uid, [])))
        by_theme = [
            {"theme": token, "title": title_of(token, titles), "actions": actions}
            for token, actions in rules.group_by_theme(rows).items()
        ]
        return {"priorities": priorities, "themes": by_theme}


class ProgressView(BrowserView):
    """An action's progress updates; a POST by someone who may edit the action adds one."""

    problems = ()

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.submitted"):
            return self.add()
        return self.index()

    def can_add(self):
        return api.user.has_permission("Modify portal content", obj=self.context)

    def updates(self):
        rows = []
        for update in reversed(progress.updates_of(self.context)):
            rows.append(
                {
                    "date": update["date"].isoformat(),
                    "who": update["who"],
                    "what": update["what"],
                    "rag": update["rag"],
                    "rag_title": _rag_title(update["rag"], self.request),
                }
            )
        return rows

    def _authenticated(self):
        return api.content.get_view("authenticator", self.context, self.request).verify()

    def rag_choices(self):
        return [(rag, _rag_title(rag, self.request)) for rag in rules.RAG]

    def add(self):
        if not self.can_add() or not self._authenticated():
            self.request.response.setStatus(403)
            self.problems = [translate(_("You may not update this action."), context=self.request)]
            return self.index()
        form = self.request.form
        try:
            when = date.fromisoformat((form.get("date") or "").strip())
        except ValueError:
            when = None
        user = api.user.get_current()
        who = (user.getProperty("fullname") or user.getId()) if user else ""
        try:
            progress.add_update(
                self.context, when, who, form.get("what") or "", form.get("rag"), today()
            )
        except rules.ProgressError as error:
            self.request.response.setStatus(400)
            self.problems = [str(error)]
            return self.index()
        api.portal.show_message(_("Progress update recorded."), request=self.request)
        self.request.response.redirect(f"{self.context.absolute_url()}/@@progress")
        return ""


class EarlierLearningViewlet(ViewletBase):
    """Shown below a review's page: earlier learning on the same themes (QM2 Q8)."""

    index = ViewPageTemplateFile("templates/earlier_learning.pt")

    def answer(self):
        return earlier_for_review(self.context, self.request)

    def render(self):
        return self.index()


class YearlyPackView(BrowserView):
    """``@@learning-year?year=YYYY``: the yearly report pack as a printable page."""

    printing = False
    template = ViewPageTemplateFile("templates/yearly.pt")

    def __call__(self):
        try:
            self.year = parse_year(self.request.form.get("year"))
        except YearError as error:
            self.request.response.setStatus(400)
            self.request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return str(error)
        return self.render()

    def render(self):
        return self.template()

    def pack(self):
        return yearly_pack(self.request, self.year)


class YearlyPackPDF(YearlyPackView):
    """``@@learning-year.pdf?year=YYYY``: the same pack as a PDF (WeasyPrint)."""

    printing = True

    def render(self):
        html = self.template()
        filename = f"learning-{self.year}.pdf"
        return pdf_response(self.request, html, self.context.absolute_url(), filename)


class FindingLearningViewlet(ViewletBase):
    """Below a finding: its themes and factor levels, and a link to the learning page of
    the folder its review is in (where the review roles are given)."""

    index = ViewPageTemplateFile("templates/finding_learning.pt")

    def info(self):
        titles = theme_titles(self.request)
        levels = [
            translate(FACTOR_LEVEL_TITLES[level], context=self.request)
            for level in getattr(self.context, "factor_levels", None) or ()
            if level in FACTOR_LEVEL_TITLES
        ]
        review = aq_parent(aq_inner(self.context))
        folder = aq_parent(aq_inner(review))
        may_view = api.user.has_permission("plone_scrqm: View learning", obj=folder)
        return {
            "themes": [
                title_of(token, titles)
                for token in getattr(self.context, "learning_themes", None) or ()
            ],
            "levels": levels,
            "learning_url": f"{folder.absolute_url()}/@@learning" if may_view else None,
        }

    def render(self):
        return self.index()
