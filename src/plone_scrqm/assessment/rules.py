"""Assessing a review against the quality markers (plain Python, no Zope).

A review is assessed in *rounds*: at the beginning (all markers, to plan and to make clear
what is commissioned), progressively during the review (the markers that matter at the
time) and at the end (all markers, to reflect). In each round, each marker covered gets one
assessment: for every question of the marker an answer, evidence notes and optional links
to items of the review; and for the marker an overall judgement.

An assessment keeps its own copy of the marker's questions, taken when it is made, as
``answers``: a list of dicts, one per question, in order::

    {"number": 1, "question": "...", "local": False,
     "answer": "yes", "evidence": "...", "related": ["<uid>", ...]}

``answer`` is ``None`` while the question is not answered. Later edits to the catalogue
never rewrite an assessment made before them. The content types, forms, views and REST
services call the functions here, so all of them check the same things.
"""

from dataclasses import dataclass
from datetime import date

from plone_scrqm import _
from plone_scrqm.markers.catalogue import CLUSTERS
from plone_scrqm.markers.catalogue import MARKER_COUNT

# (token, title). Tokens are stable identifiers used in data, REST and CSV.
ANSWERS = (
    ("yes", _("Yes")),
    ("partly", _("Partly")),
    ("no", _("No")),
    ("not-yet", _("Not yet")),
    ("not-applicable", _("Not applicable")),
)
JUDGEMENTS = (
    ("met", _("Met")),
    ("partly-met", _("Partly met")),
    ("not-met", _("Not met")),
    ("not-assessed", _("Not assessed")),
)
STAGES = (
    ("beginning", _("Beginning of the review")),
    ("progress", _("During the review")),
    ("end", _("End of the review")),
)
ANSWER_TOKENS = tuple(token for token, _title in ANSWERS)
JUDGEMENT_TOKENS = tuple(token for token, _title in JUDGEMENTS)
STAGE_TOKENS = tuple(token for token, _title in STAGES)
NOT_ASSESSED = "not-assessed"
PROGRESS = "progress"
ALL_MARKERS = tuple(range(1, MARKER_COUNT + 1))

# English titles for stored titles (content titles are data, not interface text).
STAGE_NAMES = {
    "beginning": "Beginning of the review",
    "progress": "During the review",
    "end": "End of the review",
}


def title_of(choices, token):
    """The title of ``token`` in one of the choice lists above (the token if unknown)."""
    return dict(choices).get(token, token)


class AssessmentError(ValueError):
    """Data of an assessment that cannot be stored. ``problems`` holds every message
    (translatable messages, some with a mapping); the first is the exception's message."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__(self.problems[0])


@dataclass(frozen=True)
class Counts:
    answered: int
    total: int
    outstanding: tuple[int, ...]  # numbers of the questions not answered yet


def marker_number_problem(number):
    """A message if ``number`` is not the number of a quality marker, else ``None``."""
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MARKER_COUNT:
        return _(
            "There is no quality marker ${number}: markers are numbered 1 to ${count}.",
            mapping={"number": str(number), "count": str(MARKER_COUNT)},
        )
    return None


def check_marker_number(number):
    problem = marker_number_problem(number)
    if problem:
        raise AssessmentError([problem])
    return number


def markers_for_round(stage, chosen=()):
    """The marker numbers a round covers: all 18 at the beginning and the end, the chosen
    ones (in order, once each) during the review."""
    if stage not in STAGE_TOKENS:
        raise AssessmentError(
            [
                _(
                    "Unknown stage '${stage}': choose beginning, progress or end.",
                    mapping={"stage": str(stage)},
                )
            ]
        )
    if stage != PROGRESS:
        return list(ALL_MARKERS)
    problems = [p for p in (marker_number_problem(n) for n in chosen or ()) if p]
    if problems:
        raise AssessmentError(problems)
    if not chosen:
        raise AssessmentError([_("A round during the review needs at least one marker to assess.")])
    return sorted(set(chosen))


def chosen_markers_problem(stage, chosen=()):
    """A round at the beginning or the end covers all 18 markers: choosing some of them
    there would be ignored, so it is refused with a message saying so (None when fine)."""
    ignored = stage in STAGE_TOKENS and stage != PROGRESS and chosen
    if ignored and sorted(set(chosen)) != list(ALL_MARKERS):
        return _(
            "A round at the beginning or at the end of the review covers all "
            "${count} markers: leave 'Markers to assess' empty, or choose the stage "
            "'During the review' to assess only the markers chosen.",
            mapping={"count": MARKER_COUNT},
        )
    return None


def blank_answers(published, local=()):
    """The answer rows of a new assessment: the published questions, then the
    partnership's local ones, numbered from 1, unanswered."""
    rows = []
    for is_local, questions in ((False, published), (True, local)):
        for question in questions or ():
            question = (question or "").strip()
            if question:
                rows.append(
                    {
                        "number": len(rows) + 1,
                        "question": question,
                        "local": is_local,
                        "answer": None,
                        "evidence": "",
                        "related": [],
                    }
                )
    return rows


def _answer_problem(number, answer):
    if answer is None or answer == "" or answer in ANSWER_TOKENS:
        return None
    return _(
        "Question ${number}: '${answer}' is not an answer; use yes, partly, no, not-yet or "
        "not-applicable.",
        mapping={"number": str(number), "answer": str(answer)},
    )


def merge_answers(stored, updates):
    """Apply ``updates`` to the ``stored`` answer rows and return the new rows.

    Each update is a dict with ``number`` (the question's number, from 1) and any of
    ``answer``, ``evidence`` and ``related``. The question text is always the stored copy:
    an update cannot rewrite a question. Raises ``AssessmentError`` with every problem:
    a question number out of range, an unknown answer, a malformed update.
    """
    rows = [dict(row) for row in stored or ()]
    total = len(rows)
    problems = []
    if not isinstance(updates, list | tuple):
        raise AssessmentError([_("Answers must be a list of answers to questions.")])
    seen = set()
    for position, update in enumerate(updates, start=1):
        if not isinstance(update, dict):
            problems.append(
                _(
                    "Answer ${position} is not an object with a question number.",
                    mapping={"position": str(position)},
                )
            )
            continue
        number = update.get("number")
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= total:
            problems.append(
                _(
                    "There is no question ${number} in this assessment: its questions are "
                    "numbered 1 to ${total}.",
                    mapping={"number": str(number), "total": str(total)},
                )
            )
            continue
        if number in seen:
            problems.append(
                _(
                    "Question ${number} is answered twice.",
                    mapping={"number": str(number)},
                )
            )
            continue
        seen.add(number)
        row = rows[number - 1]
        if "answer" in update:
            problem = _answer_problem(number, update["answer"])
            if problem:
                problems.append(problem)
            else:
                row["answer"] = update["answer"] or None
        if "evidence" in update:
            evidence = update["evidence"]
            if evidence is not None and not isinstance(evidence, str):
                problems.append(
                    _(
                        "Question ${number}: evidence must be text.",
                        mapping={"number": str(number)},
                    )
                )
            else:
                row["evidence"] = (evidence or "").strip()
        if "related" in update:
            related = update["related"] or []
            if not isinstance(related, list | tuple) or not all(
                isinstance(uid, str) for uid in related
            ):
                problems.append(
                    _(
                        "Question ${number}: related items must be a list of UIDs.",
                        mapping={"number": str(number)},
                    )
                )
            else:
                row["related"] = [uid for uid in related if uid]
    if problems:
        raise AssessmentError(problems)
    return rows


def check_answer_rows(rows):
    """Problems of a whole list of stored answer rows (as kept on an assessment)."""
    problems = []
    for position, row in enumerate(rows or (), start=1):
        if not isinstance(row, dict) or row.get("number") != position:
            problems.append(
                _(
                    "Answer ${position} is out of order: answers are kept one per question, "
                    "numbered from 1.",
                    mapping={"position": str(position)},
                )
            )
            continue
        if not (row.get("question") or "").strip():
            problems.append(_("Question ${number} has no text.", mapping={"number": str(position)}))
        problem = _answer_problem(position, row.get("answer"))
        if problem:
            problems.append(problem)
    return problems


def judgement_problem(judgement):
    if judgement in (None, "") or judgement in JUDGEMENT_TOKENS:
        return None
    return _(
        "'${judgement}' is not a judgement; use met, partly-met, not-met or not-assessed.",
        mapping={"judgement": str(judgement)},
    )


def count_answers(rows):
    """How many questions are answered, of how many, and which are outstanding."""
    rows = list(rows or ())
    outstanding = tuple(row["number"] for row in rows if not row.get("answer"))
    return Counts(answered=len(rows) - len(outstanding), total=len(rows), outstanding=outstanding)


def cluster_for(number):
    for cluster_id, _title, first, last in CLUSTERS:
        if first <= number <= last:
            return cluster_id
    return None


# Comparing rounds and finding the latest judgement.
#
# A round, for these functions, is a dict: {"id", "stage", "date", "markers": {number:
# {"judgement", "answers"}}} in the order the rounds were held.


def round_sort_key(round_):
    """Rounds in the order they were held: by date (undated last), then by stage."""
    held = round_.get("date")
    stage = round_.get("stage")
    stage_index = STAGE_TOKENS.index(stage) if stage in STAGE_TOKENS else len(STAGE_TOKENS)
    return (held is None, held or date.min, stage_index)


def sorted_rounds(rounds):
    return sorted(rounds, key=round_sort_key)


def latest_assessments(rounds):
    """For each marker, the latest assessment that has a judgement other than "not
    assessed" (or, failing that, the latest assessment at all), with the round's id."""
    latest = {}
    for round_ in sorted_rounds(rounds):
        for number, assessment in round_["markers"].items():
            judged = (assessment.get("judgement") or NOT_ASSESSED) != NOT_ASSESSED
            previous = latest.get(number)
            if previous is None or judged or not previous[2]:
                latest[number] = (round_["id"], assessment, judged)
    return {number: (round_id, assessment) for number, (round_id, assessment, _j) in latest.items()}


def compare_rounds(rounds):
    """Marker by marker, what each round found and what changed from one round to the next.

    Returns a list with one entry per marker assessed in any round, in marker order::

        {"number": 4, "cells": [{"round": id, "judgement": "met" or None,
                                  "answered": 3, "total": 5}, ...],
         "judgement_changed": bool,
         "changes": [{"from_round", "to_round", "judgement": (old, new) or None,
                      "answers": [(question number, question, old, new), ...]}]}

    ``cells`` has one cell per round (``None`` where the round did not cover the marker).
    Changes are between consecutive rounds that both covered the marker; a judgement is
    compared with the last round that judged the marker, and "not assessed" (or an
    unanswered question) is never a change.
    """
    rounds = sorted_rounds(rounds)
    numbers = sorted({number for round_ in rounds for number in round_["markers"]})
    out = []
    for number in numbers:
        cells = []
        covered = []
        for round_ in rounds:
            assessment = round_["markers"].get(number)
            if assessment is None:
                cells.append(None)
                continue
            counts = count_answers(assessment.get("answers"))
            cells.append(
                {
                    "round": round_["id"],
                    "judgement": assessment.get("judgement") or NOT_ASSESSED,
                    "answered": counts.answered,
                    "total": counts.total,
                }
            )
            covered.append((round_["id"], assessment))
        changes = []
        # "Not assessed" (or a question left unanswered) in a later round says nothing new:
        # it is shown as not assessed, never as a change from what an earlier round found.
        judged = None  # (round id, judgement) of the last round that judged the marker
        for index, (after_id, after) in enumerate(covered):
            new_j = after.get("judgement") or NOT_ASSESSED
            if index:
                before_id, before = covered[index - 1]
                answer_changes = _answer_changes(before.get("answers"), after.get("answers"))
                judgement = None
                if new_j != NOT_ASSESSED and judged is not None and judged[1] != new_j:
                    judgement = (judged[1], new_j)
                if judgement or answer_changes:
                    changes.append(
                        {
                            "from_round": judged[0] if judgement else before_id,
                            "to_round": after_id,
                            "judgement": judgement,
                            "answers": answer_changes,
                        }
                    )
            if new_j != NOT_ASSESSED:
                judged = (after_id, new_j)
        out.append(
            {
                "number": number,
                "cells": cells,
                "judgement_changed": any(change["judgement"] for change in changes),
                "changes": changes,
            }
        )
    return out


def _answer_changes(before, after):
    """Questions whose answer differs, matched by question text (each round keeps its own
    copy of the questions, so a question added later shows as new)."""
    old = {row["question"]: row.get("answer") for row in before or ()}
    changes = []
    for row in after or ():
        previous = old.get(row["question"])
        if row.get("answer") is None and previous is not None:
            continue  # not answered in this round: not a change
        if previous != row.get("answer"):
            changes.append((row["number"], row["question"], previous, row.get("answer")))
    return changes
