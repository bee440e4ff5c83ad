"""Pages of a review's self-assessment against the quality markers.

On a review: the overview (``@@assessment-overview``), one marker across the rounds
(``@@marker-assessment?marker=N``), the comparison of rounds (``@@assessment-compare``),
the report (``@@assessment-report``, ``@@assessment-report.pdf``) and the CSV export of
every answer (``@@assessment-export.csv``). On an assessment: the form that edits all its
questions at once (``@@assess``). On any folder: the heat-map across reviews
(``@@assessment-heatmap``). The views are thin: the rules and counting are in
``plone_scrqm.assessment.rules`` and the data in ``assessment/data.py``.
"""

from datetime import date

from plone import api
from plone.memoize.view import memoize
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from Products.ZCTextIndex.ParseTree import ParseError
from zope.event import notify
from zope.i18n import translate
from zope.lifecycleevent import ObjectModifiedEvent

from plone_scrqm import _
from plone_scrqm.assessment import rules
from plone_scrqm.assessment.data import find_round
from plone_scrqm.assessment.data import review_rounds
from plone_scrqm.assessment.data import round_record
from plone_scrqm.clocks import today as current_day
from plone_scrqm.common import params
from plone_scrqm.common.batching import page_of
from plone_scrqm.common.csv_writer import csv_response
from plone_scrqm.common.dates import format_date
from plone_scrqm.common.pdf import pdf_response
from plone_scrqm.markers.catalogue import CLUSTERS
from plone_scrqm.markers.catalogue import marker_id
from plone_scrqm.markers.catalogue import shipped_catalogue
from plone_scrqm.markers.catalogue import text_blocks
from plone_scrqm.markers.loader import get_catalogue_folder
from plone_scrqm.markers.views import cluster_title
from plone_scrqm.privacy.board import labelled_identifiers
from plone_scrqm.privacy.gate import may_view_register
from plone_scrqm.privacy.scanner import neutralise

# Colour is never the only signal: every judgement is also written out, with a symbol.
# How many of the review's items a search for related items shows at most.
RELATED_FOUND = 20

JUDGEMENT_STYLE = {
    "met": ("text-bg-success", "✓"),
    "partly-met": ("text-bg-warning", "◐"),
    "not-met": ("text-bg-danger", "✗"),
    "not-assessed": ("text-bg-light border", "–"),
}
# Short labels for the heat-map's cells (the full title is there for screen readers).
JUDGEMENT_SHORT = {
    "met": _("Met"),
    "partly-met": _("Partly"),
    "not-met": _("Not met"),
    "not-assessed": "",
}


class AssessmentViewMixin:
    format_date = staticmethod(format_date)
    """Translation and judgement display shared by the assessment pages."""

    error = None

    def t(self, message):
        return translate(message, context=self.request)

    def judgement(self, token):
        token = token or rules.NOT_ASSESSED
        css, symbol = JUDGEMENT_STYLE.get(token, JUDGEMENT_STYLE[rules.NOT_ASSESSED])
        return {
            "token": token,
            "title": self.t(rules.title_of(rules.JUDGEMENTS, token)),
            "short": self.t(JUDGEMENT_SHORT[token]) if JUDGEMENT_SHORT.get(token) else "",
            "css": css,
            "symbol": symbol,
        }

    def answer_title(self, token):
        if not token:
            return self.t(_("Not answered"))
        return self.t(rules.title_of(rules.ANSWERS, token))

    def stage_title(self, token):
        return self.t(rules.title_of(rules.STAGES, token))

    def judgement_legend(self):
        return [self.judgement(token) for token in rules.JUDGEMENT_TOKENS]

    def refuse(self, status, message):
        """Answer a bad parameter with its status and a message the page shows."""
        self.request.response.setStatus(status)
        self.error = self.t(message)
        return self.error

    def marker_titles(self):
        return {record.number: record.title for record in shipped_catalogue()}

    def can_edit(self, obj=None):
        return api.user.has_permission("Modify portal content", obj=obj or self.context)


class ReviewAssessmentView(AssessmentViewMixin, BrowserView):
    """Base for pages on a review: its rounds, read once per request."""

    @memoize
    def rounds(self):
        """The rounds, with registered identifiers in commentary, next steps and evidence
        replaced by neutral labels for those who may not view family details."""
        rounds = review_rounds(self.context)
        if may_view_register(self.context):
            return rounds
        labelled = labelled_identifiers(self.context)
        for round_ in rounds:
            for record in round_["markers"].values():
                for name in ("commentary", "next_steps"):
                    record[name] = neutralise(record[name], labelled)
                for row in record["answers"]:
                    if row.get("evidence"):
                        row["evidence"] = neutralise(row["evidence"], labelled)
        return rounds

    def review_url(self):
        return self.context.absolute_url()

    def can_add_round(self):
        return api.user.has_permission("plone_scrqm: Add AssessmentRound", obj=self.context)


class AssessmentOverview(ReviewAssessmentView):
    def round_rows(self):
        rows = []
        for round_ in self.rounds():
            answered = sum(m["answered"] for m in round_["markers"].values())
            total = sum(m["total"] for m in round_["markers"].values())
            rows.append(
                dict(
                    round_,
                    stage_title=self.stage_title(round_["stage"]),
                    marker_count=len(round_["markers"]),
                    answered=answered,
                    total=total,
                )
            )
        return rows

    def clusters(self):
        latest = rules.latest_assessments(self.rounds())
        rounds = {round_["id"]: round_ for round_ in self.rounds()}
        titles = self.marker_titles()
        out = []
        for cluster_id, _title, first, last in CLUSTERS:
            markers = []
            for number in range(first, last + 1):
                found = latest.get(number)
                record = found[1] if found else None
                markers.append(
                    {
                        "number": number,
                        "title": titles[number],
                        "url": f"{self.review_url()}/@@marker-assessment?marker={number}",
                        "judgement": self.judgement(record["judgement"] if record else None),
                        "round": rounds[found[0]] if found else None,
                        "answered": record["answered"] if record else 0,
                        "total": record["total"] if record else 0,
                        "outstanding": len(record["outstanding"]) if record else 0,
                    }
                )
            out.append({"id": cluster_id, "title": cluster_title(cluster_id), "markers": markers})
        return out

    def summary(self):
        latest = rules.latest_assessments(self.rounds())
        counts = dict.fromkeys(rules.JUDGEMENT_TOKENS, 0)
        for number in rules.ALL_MARKERS:
            found = latest.get(number)
            counts[found[1]["judgement"] if found else rules.NOT_ASSESSED] += 1
        return [
            dict(self.judgement(token), count=counts[token]) for token in rules.JUDGEMENT_TOKENS
        ]


class MarkerAssessmentPage(ReviewAssessmentView):
    """One marker within a review: its statement, rationale, and each round's answers."""

    def __call__(self):
        raw = params.text(self.request.form, "marker")
        try:
            number = int(raw)
        except (TypeError, ValueError):
            number = raw
        problem = rules.marker_number_problem(number)
        if problem:
            self.refuse(400, problem)
        else:
            self.number = number
        return self.index()

    @memoize
    def marker(self):
        folder = get_catalogue_folder(api.portal.get())
        obj = folder.get(marker_id(self.number)) if folder is not None else None
        record = shipped_catalogue()[self.number - 1]
        return {
            "number": self.number,
            "title": obj.title if obj is not None else record.title,
            "statement": obj.statement if obj is not None else record.statement,
            "rationale": text_blocks(
                obj.rationale if obj is not None else record.section_text("rationale")
            ),
            "url": obj.absolute_url() if obj is not None else None,
            "cluster": cluster_title(rules.cluster_for(self.number)),
        }

    def history(self):
        out = []
        for round_ in reversed(self.rounds()):
            record = round_["markers"].get(self.number)
            if record is None:
                continue
            out.append(
                dict(
                    record,
                    round=round_,
                    stage_title=self.stage_title(round_["stage"]),
                    judgement_info=self.judgement(record["judgement"]),
                    can_edit=self.can_edit(record["object"]),
                    rows=[
                        dict(row, answer_title=self.answer_title(row.get("answer")))
                        for row in record["answers"]
                    ],
                )
            )
        return out

    def neighbours(self):
        base = f"{self.review_url()}/@@marker-assessment?marker="
        return {
            "previous": base + str(self.number - 1) if self.number > 1 else None,
            "next": base + str(self.number + 1) if self.number < len(rules.ALL_MARKERS) else None,
        }


class AssessmentCompare(ReviewAssessmentView):
    """Rounds side by side, marker by marker, with what changed between them.
    ``?rounds=<id>&rounds=<id>`` chooses the rounds (all by default)."""

    def __call__(self):
        wanted = params.texts(self.request.form, "rounds")
        rounds = self.rounds()
        if wanted:
            chosen = []
            for round_id in wanted:
                found = find_round(rounds, round_id)
                if found is None:
                    self.refuse(
                        404,
                        _(
                            "This review has no assessment round '${round}'.",
                            mapping={"round": str(round_id)},
                        ),
                    )
                    return self.index()
                chosen.append(found)
            rounds = rules.sorted_rounds(chosen)
        self.chosen = rounds
        return self.index()

    def columns(self):
        return [
            dict(round_, stage_title=self.stage_title(round_["stage"])) for round_ in self.chosen
        ]

    def rows(self):
        titles = self.marker_titles()
        round_titles = {round_["id"]: round_["title"] for round_ in self.chosen}
        out = []
        for row in rules.compare_rounds(self.chosen):
            changes = []
            for change in row["changes"]:
                judgement = change["judgement"]
                changes.append(
                    {
                        "from": round_titles[change["from_round"]],
                        "to": round_titles[change["to_round"]],
                        "judgement": (
                            (self.judgement(judgement[0]), self.judgement(judgement[1]))
                            if judgement
                            else None
                        ),
                        "answers": [
                            {
                                "number": number,
                                "question": question,
                                "old": self.answer_title(old),
                                "new": self.answer_title(new),
                            }
                            for number, question, old, new in change["answers"]
                        ],
                    }
                )
            out.append(
                {
                    "number": row["number"],
                    "title": titles[row["number"]],
                    "url": f"{self.review_url()}/@@marker-assessment?marker={row['number']}",
                    "cells": [
                        dict(cell, info=self.judgement(cell["judgement"])) if cell else None
                        for cell in row["cells"]
                    ],
                    "changed": bool(row["changes"]),
                    "judgement_changed": row["judgement_changed"],
                    "changes": changes,
                }
            )
        return out


class AssessmentReport(ReviewAssessmentView):
    """A print-ready report of one round (the latest by default; ``?round=<id>``)."""

    template = ViewPageTemplateFile("templates/assessment_report.pt")

    def __call__(self):
        self.prepare()
        return self.template()

    def prepare(self):
        round_id = params.text(self.request.form, "round")
        rounds = self.rounds()
        self.round = None
        if round_id:
            self.round = find_round(rounds, round_id)
            if self.round is None:
                self.refuse(
                    404,
                    _(
                        "This review has no assessment round '${round}'.",
                        mapping={"round": str(round_id)},
                    ),
                )
        elif rounds:
            self.round = rounds[-1]

    def today(self):
        return current_day().isoformat()

    def round_info(self):
        round_ = self.round
        return dict(round_, stage_title=self.stage_title(round_["stage"]))

    def summary_rows(self):
        titles = self.marker_titles()
        rows = []
        for number, record in self.round["markers"].items():
            rows.append(
                {
                    "number": number,
                    "title": record["title"] or titles[number],
                    "cluster": cluster_title(rules.cluster_for(number)),
                    "judgement": self.judgement(record["judgement"]),
                    "answered": record["answered"],
                    "total": record["total"],
                }
            )
        return rows

    def markers(self):
        out = []
        for record in self.round["markers"].values():
            out.append(
                dict(
                    record,
                    judgement_info=self.judgement(record["judgement"]),
                    rows=[
                        dict(row, answer_title=self.answer_title(row.get("answer")))
                        for row in record["answers"]
                    ],
                )
            )
        return out


class AssessmentReportPDF(AssessmentReport):
    """The report as a PDF (WeasyPrint), for a board meeting."""

    def __call__(self):
        self.prepare()
        html = self.template()
        if self.error:
            return html
        filename = f"{self.context.getId()}-{self.round['id']}-assessment.pdf"
        return pdf_response(self.request, html, self.context.absolute_url(), filename)


CSV_COLUMNS = (
    "review",
    "round",
    "stage",
    "round_date",
    "marker",
    "marker_title",
    "judgement",
    "question_number",
    "question",
    "local_question",
    "answer",
    "evidence",
)


class AssessmentExportCSV(ReviewAssessmentView):
    """Every answer of every round, one row per question."""

    def __call__(self):
        return csv_response(
            self.request, CSV_COLUMNS, self.csv_rows(), f"{self.context.getId()}-assessment.csv"
        )

    def csv_rows(self):
        for round_ in self.rounds():
            for number, record in round_["markers"].items():
                for row in record["answers"]:
                    yield (
                        self.context.Title(),
                        round_["id"],
                        round_["stage"],
                        round_["date"].isoformat() if round_["date"] else "",
                        number,
                        record["title"],
                        record["judgement"],
                        row["number"],
                        row["question"],
                        "yes" if row.get("local") else "no",
                        row.get("answer") or "",
                        row.get("evidence") or "",
                    )


class RoundView(AssessmentViewMixin, BrowserView):
    """An assessment round: its markers with their judgements and progress."""

    def info(self):
        round_ = round_record(self.context)
        return dict(round_, stage_title=self.stage_title(round_["stage"]))

    def markers(self):
        review_url = self.context.aq_parent.absolute_url()
        return [
            dict(
                record,
                judgement_info=self.judgement(record["judgement"]),
                page_url=f"{review_url}/@@marker-assessment?marker={number}",
                can_edit=self.can_edit(record["object"]),
            )
            for number, record in self.info()["markers"].items()
        ]


class AssessForm(AssessmentViewMixin, BrowserView):
    """All the questions of one marker assessment in one form: for each question a
    fieldset with the answers as radio buttons and the evidence; then the judgement."""

    def __call__(self):
        self.errors = []
        self.submitted = None
        if self.request.method == "POST":
            if params.text(self.request.form, "form.cancel"):
                return self.request.response.redirect(self.next_url())
            CheckAuthenticator(self.request)
            if self.finding():
                # a search for items to link: the form again, as typed, nothing saved
                self.submitted = self.request.form
                return self.index()
            if self.save():
                api.portal.show_message(self.t(_("The assessment is saved.")), request=self.request)
                return self.request.response.redirect(self.next_url())
            self.request.response.setStatus(400)
        return self.index()

    def next_url(self):
        review = self.context.aq_parent.aq_parent
        return (
            f"{review.absolute_url()}/@@marker-assessment?marker={self.context.marker_number}"
            f"#{self.context.aq_parent.getId()}"
        )

    def _submitted_updates(self):
        form = self.request.form
        updates = []
        for row in self.context.answers or ():
            number = row["number"]
            updates.append(
                {
                    "number": number,
                    "answer": params.text(form, f"answer-{number}") or None,
                    "evidence": params.text(form, f"evidence-{number}"),
                    "related": list(params.texts(form, f"related-{number}")),
                }
            )
        return updates

    def save(self):
        form = self.request.form
        self.submitted = form
        problems = []
        rows = None
        try:
            rows = rules.merge_answers(self.context.answers, self._submitted_updates())
        except rules.AssessmentError as error:
            problems.extend(error.problems)
        if rows is not None:
            linked = {uid for row in rows for uid in row.get("related") or ()}
            known = {item["uid"] for item in self._review_items(UID=sorted(linked))}
            for row in rows:
                if not set(row.get("related") or ()) <= known:
                    problems.append(
                        _(
                            "Question ${number}: link only items of this review.",
                            mapping={"number": row["number"]},
                        )
                    )
        judgement = params.text(form, "judgement") or rules.NOT_ASSESSED
        problem = rules.judgement_problem(judgement)
        if problem:
            problems.append(problem)
        assessed_on = None
        if params.text(form, "assessed_on"):
            try:
                assessed_on = date.fromisoformat(form["assessed_on"])
            except ValueError:
                problems.append(_("The date assessed is not a date (use the form YYYY-MM-DD)."))
        if problems:
            self.errors = [self.t(problem) for problem in problems]
            return False
        context = self.context
        context.answers = rows
        context.judgement = judgement
        context.commentary = params.text(form, "commentary").strip() or None
        context.next_steps = params.text(form, "next_steps").strip() or None
        context.next_steps_by = params.text(form, "next_steps_by").strip() or None
        context.assessor = params.text(form, "assessor").strip() or None
        context.assessed_on = assessed_on
        notify(ObjectModifiedEvent(context))
        context.reindexObject()
        return True

    def _value(self, name, stored):
        if self.submitted is not None:
            return self.submitted.get(name, "")
        return stored or ""

    def answer_choices(self):
        return [{"token": token, "title": self.t(title)} for token, title in rules.ANSWERS]

    def judgement_choices(self):
        current = self._value("judgement", self.context.judgement) or rules.NOT_ASSESSED
        return [
            dict(self.judgement(token), checked=token == current)
            for token in rules.JUDGEMENT_TOKENS
        ]

    def _review_items(self, **query):
        """Items of the review (other than its assessment rounds) that evidence can link,
        as the catalog finds them with ``query`` (by ``UID``: all; else the first
        RELATED_FOUND)."""
        by_uid = "UID" in query
        if by_uid and not query["UID"]:
            return []
        review = self.context.aq_parent.aq_parent
        try:
            brains = api.content.find(context=review, depth=1, sort_on="sortable_title", **query)
        except ParseError:
            return []
        items = [
            {"uid": brain.UID, "title": brain.Title}
            for brain in brains
            if brain.portal_type != "AssessmentRound"
        ]
        return items if by_uid else items[:RELATED_FOUND]

    def finding(self):
        """The question whose "Find" was pressed (its number), else None."""
        for row in self.context.answers or ():
            if params.text(self.request.form, f"form.find-{row['number']}"):
                return row["number"]
        return None

    def related_found(self, number, linked):
        """The review's items whose title holds the words searched for under question
        ``number`` (at most RELATED_FOUND), those already linked left out."""
        if self.submitted is None:
            return []
        words = params.text(self.submitted, f"related-search-{number}").split()
        if not words:
            return []
        found = self._review_items(Title=" ".join(f"{word}*" for word in words[:5]))
        return [item for item in found if item["uid"] not in linked]

    def questions(self):
        out = []
        for row in self.context.answers or ():
            number = row["number"]
            if self.submitted is not None:
                answer = self.submitted.get(f"answer-{number}") or None
                evidence = self.submitted.get(f"evidence-{number}", "")
                related = self.submitted.get(f"related-{number}", [])
                related = [related] if isinstance(related, str) else list(related)
            else:
                answer, evidence, related = (
                    row.get("answer"),
                    row.get("evidence") or "",
                    row.get("related") or [],
                )
            out.append(
                {
                    "number": number,
                    "question": row["question"],
                    "local": row.get("local"),
                    "choices": [
                        dict(
                            choice,
                            checked=choice["token"] == answer,
                            id=f"answer-{number}-{choice['token']}",
                        )
                        for choice in self.answer_choices()
                    ],
                    "evidence": evidence,
                    "related": [
                        dict(item, checked=True) for item in self._review_items(UID=related)
                    ],
                    "search": (
                        params.text(self.submitted, f"related-search-{number}")
                        if self.submitted is not None
                        else ""
                    ),
                    "found": self.related_found(number, set(related)),
                    "searched": self.submitted is not None
                    and bool(params.text(self.submitted, f"related-search-{number}").strip()),
                }
            )
        return out

    def fields(self):
        c = self.context
        return {
            "commentary": self._value("commentary", c.commentary),
            "next_steps": self._value("next_steps", c.next_steps),
            "next_steps_by": self._value("next_steps_by", c.next_steps_by),
            "assessor": self._value("assessor", c.assessor),
            "assessed_on": self._value(
                "assessed_on", c.assessed_on.isoformat() if c.assessed_on else ""
            ),
        }

    def counts(self):
        return rules.count_answers(self.context.answers)

    def round_title(self):
        return self.context.aq_parent.title


class AssessmentItemView(AssessmentViewMixin, BrowserView):
    """An assessment's own page: the marker page of its review, at its round."""

    def __call__(self):
        return self.request.response.redirect(AssessForm(self.context, self.request).next_url())


class AssessmentHeatmap(AssessmentViewMixin, BrowserView):
    """Judgements per marker per review for every review below this folder, from catalog
    metadata (no object is woken). Each review shows its latest judgement of each marker;
    only reviews the user may see are listed."""

    @memoize
    def batch(self):
        """The page of reviews shown (all the user may see below this folder, by title)."""
        catalog = api.portal.get_tool("portal_catalog")
        path = "/".join(self.context.getPhysicalPath())
        brains = catalog(portal_type="CaseReview", path=path, sort_on="sortable_title")
        return page_of(brains, self.request)

    @memoize
    def rows(self):
        catalog = api.portal.get_tool("portal_catalog")
        reviews = {brain.getPath(): brain for brain in self.batch()}
        if not reviews:
            return []
        # Rounds per review, as ``rules.latest_assessments`` reads them, from metadata; only
        # for the reviews on this page.
        rounds = {}
        for brain in catalog(
            portal_type="MarkerAssessment", path={"query": list(reviews), "depth": 2}
        ):
            round_path, _sep, _id = brain.getPath().rpartition("/")
            review_path = round_path.rpartition("/")[0]
            if review_path not in reviews:
                continue
            held = brain.scrqm_round_date
            round_ = rounds.setdefault(review_path, {}).setdefault(
                round_path,
                {
                    "id": round_path,
                    "stage": brain.scrqm_round_stage,
                    "date": date.fromisoformat(held) if held else None,
                    "markers": {},
                },
            )
            round_["markers"][brain.scrqm_marker_number] = {"judgement": brain.scrqm_judgement}
        latest = {
            review_path: {
                number: found[1]["judgement"]
                for number, found in rules.latest_assessments(list(by_round.values())).items()
            }
            for review_path, by_round in rounds.items()
        }
        out = []
        for review_path, brain in reviews.items():
            cells = latest.get(review_path, {})
            out.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL() + "/@@assessment-overview",
                    "cells": [self.judgement(cells.get(number)) for number in rules.ALL_MARKERS],
                }
            )
        return out

    def markers(self):
        titles = self.marker_titles()
        return [{"number": number, "title": titles[number]} for number in rules.ALL_MARKERS]
