"""REST services of a review's self-assessment, for Volto and other clients.

On a review (``zope2.View``: whoever may see the review):

- ``GET @scr-assessment``: the rounds with, per marker, the judgement, the answers and how
  many questions are answered. ``?round=<id>`` narrows it to one round.
- ``GET @scr-assessment-overview``: the overview by cluster (3 clusters, 18 markers, each
  with its latest judgement), the rounds and the count of each judgement.
- ``GET @scr-assessment-marker?marker=N``: one marker (statement, rationale) and its
  assessment in each round, latest first, as the classic marker page shows it.
- ``GET @scr-assessment-compare?rounds=<id>&rounds=<id>``: rounds side by side, marker by
  marker, with what changed (all rounds by default).
- ``GET @scr-assessment-report?format=pdf|csv[&round=<id>]``: the report of a round as a
  PDF, or every answer of every round as CSV, as a file download.

On a marker assessment (``cmf.ModifyPortalContent``, as the classic ``@@assess`` form):

- ``GET @scr-assess``: its questions with their answers, evidence and linked items, the
  judgement and the notes, with the choices of each.
- ``PATCH @scr-assess``: saves them with the checks of the form; a refusal answers 400 with
  every problem at its field (``errors``) and saves nothing.

Unknown rounds or markers answer 400. Evidence, commentary and next steps go through the
same filter as the classic pages: registered identifiers are replaced by neutral labels
for those who may not view family details.
"""

import json
from datetime import date

from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.component import getMultiAdapter
from zope.event import notify
from zope.i18n import translate
from zope.lifecycleevent import ObjectModifiedEvent

from plone_scrqm import _
from plone_scrqm.assessment import rules
from plone_scrqm.assessment.data import find_round
from plone_scrqm.common import params
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.common.dateranges import in_range

ANSWER_KEYS = ("number", "question", "local", "answer", "evidence", "related")
NOTE_FIELDS = ("commentary", "next_steps", "next_steps_by", "assessor")


def _iso(value):
    return value.isoformat() if value else None


def _marker_json(record):
    return {
        "@id": record["url"],
        "number": record["number"],
        "title": record["title"],
        "judgement": record["judgement"],
        "answered": record["answered"],
        "total": record["total"],
        "outstanding": list(record["outstanding"]),
        "commentary": record["commentary"],
        "next_steps": record["next_steps"],
        "next_steps_by": record["next_steps_by"],
        "assessor": record["assessor"],
        "assessed_on": _iso(record["assessed_on"]),
        "answers": [{key: row.get(key) for key in ANSWER_KEYS} for row in record["answers"]],
    }


def round_json(round_):
    return {
        "@id": round_["url"],
        "id": round_["id"],
        "title": round_["title"],
        "stage": round_["stage"],
        "date": _iso(round_["date"]),
        "participants": round_["participants"],
        "markers": [_marker_json(record) for record in round_["markers"].values()],
    }


def _judgement_json(info):
    return {"token": info["token"], "title": info["title"], "symbol": info["symbol"]}


def _round_ref(round_, view):
    return {
        "@id": round_["url"],
        "id": round_["id"],
        "title": round_["title"],
        "stage": round_["stage"],
        "stage_title": view.stage_title(round_["stage"]),
        "date": _iso(round_["date"]),
    }


def bad_request(request, message, errors=None):
    request.response.setStatus(400)
    error = {"type": "BadRequest", "message": translate(message, context=request)}
    if errors is not None:
        error["errors"] = errors
    return {"error": error}


def unknown_round(request, round_id):
    return bad_request(
        request,
        _("This review has no assessment round '${round}'.", mapping={"round": str(round_id)}),
    )


def page(context, request, name):
    """The classic page ``name`` of ``context``, looked up as registered (the services
    answer what the pages show, without importing the views)."""
    return getMultiAdapter((context, request), name=name)


class AssessmentGet(Service):
    def reply(self):
        rounds = page(self.context, self.request, "assessment-overview").rounds()
        round_id = params.text(self.request.form, "round", default=None)
        if round_id is not None:
            found = find_round(rounds, round_id)
            if found is None:
                return unknown_round(self.request, round_id)
            rounds = [found]
        return {
            "@id": f"{self.context.absolute_url()}/@scr-assessment",
            "rounds": [round_json(round_) for round_ in rounds],
        }


class AssessmentOverviewGet(Service):
    def reply(self):
        view = page(self.context, self.request, "assessment-overview")
        clusters = []
        for cluster in view.clusters():
            clusters.append(
                {
                    "id": cluster["id"],
                    "title": translate(cluster["title"], context=self.request),
                    "markers": [
                        {
                            "number": marker["number"],
                            "title": marker["title"],
                            "judgement": _judgement_json(marker["judgement"]),
                            "round": _round_ref(marker["round"], view) if marker["round"] else None,
                            "answered": marker["answered"],
                            "total": marker["total"],
                            "outstanding": marker["outstanding"],
                        }
                        for marker in cluster["markers"]
                    ],
                }
            )
        return {
            "@id": f"{self.context.absolute_url()}/@scr-assessment-overview",
            "review": {"@id": self.context.absolute_url(), "title": self.context.Title()},
            "rounds": [
                dict(
                    _round_ref(row, view),
                    marker_count=row["marker_count"],
                    answered=row["answered"],
                    total=row["total"],
                )
                for row in view.round_rows()
            ],
            "summary": [dict(_judgement_json(row), count=row["count"]) for row in view.summary()],
            "clusters": clusters,
            "can_add_round": view.can_add_round(),
        }


class AssessmentMarkerGet(Service):
    def reply(self):
        view = page(self.context, self.request, "marker-assessment")
        raw = params.text(self.request.form, "marker")
        try:
            number = int(raw)
        except (TypeError, ValueError):
            number = raw
        problem = rules.marker_number_problem(number)
        if problem:
            return bad_request(self.request, problem)
        view.number = number
        marker = view.marker()
        history = []
        for record in view.history():
            history.append(
                {
                    "@id": record["url"],
                    "round": _round_ref(record["round"], view),
                    "judgement": _judgement_json(record["judgement_info"]),
                    "answered": record["answered"],
                    "total": record["total"],
                    "commentary": record["commentary"],
                    "next_steps": record["next_steps"],
                    "next_steps_by": record["next_steps_by"],
                    "assessor": record["assessor"],
                    "assessed_on": _iso(record["assessed_on"]),
                    "can_edit": record["can_edit"],
                    "answers": [
                        {
                            "number": row["number"],
                            "question": row["question"],
                            "local": bool(row.get("local")),
                            "answer": row.get("answer"),
                            "answer_title": row["answer_title"],
                            "evidence": row.get("evidence") or "",
                        }
                        for row in record["rows"]
                    ],
                }
            )
        return {
            "@id": f"{self.context.absolute_url()}/@scr-assessment-marker?marker={number}",
            "review": {"@id": self.context.absolute_url(), "title": self.context.Title()},
            "marker": {
                "number": marker["number"],
                "title": marker["title"],
                "statement": marker["statement"],
                "rationale": list(marker["rationale"]),
                "cluster": translate(marker["cluster"], context=self.request),
                "@id": marker["url"],
            },
            "history": history,
            "previous": number - 1 if number > 1 else None,
            "next": number + 1 if number < len(rules.ALL_MARKERS) else None,
        }


class AssessmentCompareGet(Service):
    def reply(self):
        view = page(self.context, self.request, "assessment-compare")
        wanted = params.texts(self.request.form, "rounds")
        rounds = view.rounds()
        if wanted:
            chosen = []
            for round_id in wanted:
                found = find_round(rounds, round_id)
                if found is None:
                    return unknown_round(self.request, round_id)
                chosen.append(found)
            rounds = rules.sorted_rounds(chosen)
        view.chosen = rounds
        rows = []
        for row in view.rows():
            rows.append(
                {
                    "number": row["number"],
                    "title": row["title"],
                    "cells": [
                        {
                            "round": cell["round"],
                            "judgement": _judgement_json(cell["info"]),
                            "answered": cell["answered"],
                            "total": cell["total"],
                        }
                        if cell
                        else None
                        for cell in row["cells"]
                    ],
                    "changed": row["changed"],
                    "judgement_changed": row["judgement_changed"],
                    "changes": [
                        {
                            "from": change["from"],
                            "to": change["to"],
                            "judgement": [_judgement_json(j) for j in change["judgement"]]
                            if change["judgement"]
                            else None,
                            "answers": change["answers"],
                        }
                        for change in row["changes"]
                    ],
                }
            )
        return {
            "@id": f"{self.context.absolute_url()}/@scr-assessment-compare",
            "review": {"@id": self.context.absolute_url(), "title": self.context.Title()},
            "all_rounds": [_round_ref(round_, view) for round_ in view.rounds()],
            "columns": [_round_ref(round_, view) for round_ in rounds],
            "rows": rows,
        }


class AssessmentReportGet(Service):
    """The report as a file: ``format=pdf`` (a round: ``round=<id>``, the latest by
    default) or ``format=csv`` (every answer of every round)."""

    def render(self):
        self.check_permission()
        fmt = params.text(self.request.form, "format")
        if fmt == "csv":
            return page(self.context, self.request, "assessment-export.csv")()
        if fmt != "pdf":
            return self._json(
                bad_request(
                    self.request,
                    _(
                        "Unknown report format '${format}': choose pdf or csv.",
                        mapping={"format": str(fmt)},
                    ),
                )
            )
        view = page(self.context, self.request, "assessment-report.pdf")
        view.prepare()
        if view.error:
            return self._json(bad_request(self.request, view.error))
        if view.round is None:
            return self._json(
                bad_request(self.request, _("This review has no assessment round yet."))
            )
        return view()

    def _json(self, content):
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(content)


class AssessGet(Service):
    def reply(self):
        return assess_json(self.context, self.request)


def assess_json(context, request):
    form = page(context, request, "assess")
    form.submitted = None
    round_ = context.aq_parent
    review = round_.aq_parent
    counts = rules.count_answers(context.answers)
    return {
        "@id": f"{context.absolute_url()}/@scr-assess",
        "review": {"@id": review.absolute_url(), "title": review.Title()},
        "round": {
            "@id": round_.absolute_url(),
            "id": round_.getId(),
            "title": round_.title,
            "stage_title": form.stage_title(round_.stage),
        },
        "marker_number": context.marker_number,
        "marker_title": context.marker_title or "",
        "title": context.title,
        "answered": counts.answered,
        "total": counts.total,
        "answer_choices": form.answer_choices(),
        "judgement_choices": [
            _judgement_json(form.judgement(token)) for token in rules.JUDGEMENT_TOKENS
        ],
        "questions": [
            {
                "number": question["number"],
                "question": question["question"],
                "local": bool(question["local"]),
                "answer": next((c["token"] for c in question["choices"] if c["checked"]), None),
                "evidence": question["evidence"],
                "related": [
                    {"uid": item["uid"], "title": item["title"]} for item in question["related"]
                ],
            }
            for question in form.questions()
        ],
        "judgement": context.judgement or rules.NOT_ASSESSED,
        "commentary": context.commentary or "",
        "next_steps": context.next_steps or "",
        "next_steps_by": context.next_steps_by or "",
        "assessor": context.assessor or "",
        "assessed_on": _iso(context.assessed_on),
    }


class AssessPatch(Service):
    """Saves answers, judgement and notes; every problem is named with its field
    (``answer-<n>``, ``evidence-<n>``, ``related-<n>``, ``judgement``, ``assessed_on``,
    ``answers``, ``<note>``) and nothing is saved while there is one."""

    def reply(self):
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        if not isinstance(data, dict):
            return bad_request(self.request, _("Send the assessment as a JSON object."))
        context = self.context
        errors = []

        def problem(field, message):
            errors.append({"field": field, "message": translate(message, context=self.request)})

        if "marker_number" in data and data["marker_number"] != context.marker_number:
            problem(
                "marker_number",
                _("The marker of an assessment is fixed: its questions are that marker's."),
            )
        rows = context.answers
        if "answers" in data:
            updates = data["answers"]
            if isinstance(updates, list):
                # Each update alone first, to name the field of each problem.
                for update in updates:
                    try:
                        rules.merge_answers(context.answers, [update])
                    except rules.AssessmentError as error:
                        number = update.get("number") if isinstance(update, dict) else None
                        for message in error.problems:
                            problem(_answer_field(update, number, message), message)
            if not errors:
                try:
                    rows = rules.merge_answers(context.answers, updates)
                except rules.AssessmentError as error:
                    for message in error.problems:
                        problem("answers", message)
            if not errors:
                form = page(context, self.request, "assess")
                linked = {uid for row in rows for uid in row.get("related") or ()}
                known = {item["uid"] for item in form._review_items(UID=sorted(linked))}
                for row in rows:
                    if not set(row.get("related") or ()) <= known:
                        problem(
                            f"related-{row['number']}",
                            _(
                                "Question ${number}: link only items of this review.",
                                mapping={"number": row["number"]},
                            ),
                        )
        judgement = context.judgement
        if "judgement" in data:
            judgement = data["judgement"] or rules.NOT_ASSESSED
            message = rules.judgement_problem(judgement)
            if message:
                problem("judgement", message)
        notes = {}
        for name in NOTE_FIELDS:
            if name in data:
                value = data[name]
                if value is not None and not isinstance(value, str):
                    problem(name, _("This field takes text."))
                else:
                    notes[name] = (value or "").strip() or None
        assessed_on = context.assessed_on
        if "assessed_on" in data:
            value = data["assessed_on"]
            assessed_on = None
            if value:
                try:
                    assessed_on = date.fromisoformat(value)
                except (TypeError, ValueError):
                    problem(
                        "assessed_on",
                        _("The date assessed is not a date (use the form YYYY-MM-DD)."),
                    )
                else:
                    if not in_range(assessed_on):
                        problem(
                            "assessed_on",
                            _(
                                "The date assessed must be between ${earliest} and ${latest}.",
                                mapping={
                                    "earliest": EARLIEST.isoformat(),
                                    "latest": LATEST.isoformat(),
                                },
                            ),
                        )
        if errors:
            self.request.response.setStatus(400)
            return {
                "error": {
                    "type": "BadRequest",
                    "message": " ".join(error["message"] for error in errors),
                    "errors": errors,
                }
            }
        context.answers = rows
        context.judgement = judgement
        for name, value in notes.items():
            setattr(context, name, value)
        context.assessed_on = assessed_on
        notify(ObjectModifiedEvent(context))
        context.reindexObject()
        return assess_json(context, self.request)


def _answer_field(update, number, message):
    """The form field a problem of one answer update belongs to."""
    if not isinstance(number, int) or isinstance(number, bool):
        return "answers"
    text = str(getattr(message, "default", None) or message)
    if "evidence" in text:
        return f"evidence-{number}"
    if "related" in text:
        return f"related-{number}"
    if "is not an answer" in text:
        return f"answer-{number}"
    return "answers"
