"""Parallel processes of a review: criminal, coroner's and other processes running beside
it (QM9), their effect on the review, and their rules (plain Python, no Zope).

A process whose effects include ``pause`` stops the review's clocks from ``pause_from``
to ``pause_until`` (or to the day it concluded, or for as long as it goes on); one with
``publication-embargo`` holds back publication while it has not concluded.
"""

from plone_scrqm import _
from plone_scrqm.clocks.workingdays import Pause
from plone_scrqm.review.entries import is_date
from plone_scrqm.review.entries import split_line
from plone_scrqm.review.rules import Problem
from plone_scrqm.review.rules import _blank
from plone_scrqm.review.rules import _get

KINDS = (
    ("criminal-investigation", _("Criminal investigation")),
    ("prosecution", _("Prosecution")),
    ("coroners-inquest", _("Coroner's inquest")),
    ("domestic-homicide-review", _("Domestic homicide review")),
    ("safeguarding-adult-review", _("Safeguarding adult review")),
    ("mental-health-investigation", _("Mental health investigation")),
    ("hr-disciplinary", _("HR or disciplinary process")),
    ("complaint", _("Complaint")),
    ("civil-claim", _("Civil claim")),
    ("family-court", _("Family court proceedings")),
)

EXPECTED = "expected"
ACTIVE = "active"
CONCLUDED = "concluded"
STATUSES = (
    (EXPECTED, _("Expected, not started")),
    (ACTIVE, _("Under way")),
    (CONCLUDED, _("Concluded")),
)

PAUSE = "pause"
INTERVIEW_EMBARGO = "interview-embargo"
PUBLICATION_EMBARGO = "publication-embargo"
EFFECTS = (
    (PAUSE, _("Pauses the review's clocks")),
    (INTERVIEW_EMBARGO, _("Embargo on interviewing named people")),
    (PUBLICATION_EMBARGO, _("Embargo on publication")),
)

LIAISON_COLUMNS = ("date", "with", "note")
MATERIAL_COLUMNS = ("item", "owner", "kept", "disclosable", "decides")
DISCLOSABLE_ANSWERS = ("yes", "no", "unsure")


def parse_entries(lines, columns):
    """Entries of a list field; lines that do not fit are left out (the form refuses them)."""
    out = []
    for line in lines or ():
        parts = split_line(line, len(columns))
        if parts is not None and any(parts):
            out.append(dict(zip(columns, parts, strict=True)))
    return out


def check_liaison_log(lines):
    problems = []
    for line in lines or ():
        parts = split_line(line, len(LIAISON_COLUMNS))
        if parts is None or not is_date(parts[0]) or not parts[0] or not parts[2]:
            problems.append(
                Problem(
                    ("liaison_log",),
                    _(
                        "Write each liaison entry as 'YYYY-MM-DD | with whom | what was "
                        "discussed or agreed': ${line}",
                        mapping={"line": line},
                    ),
                )
            )
    return problems


def check_disclosable_material(lines):
    problems = []
    for line in lines or ():
        parts = split_line(line, len(MATERIAL_COLUMNS))
        if parts is None or not parts[0] or parts[3].lower() not in DISCLOSABLE_ANSWERS:
            problems.append(
                Problem(
                    ("disclosable_material",),
                    _(
                        "Write each item as 'document or note | owner | where it is kept | "
                        "yes, no or unsure | who decides': ${line}",
                        mapping={"line": line},
                    ),
                )
            )
    return problems


def check_process(data):
    """Problems of a parallel process record."""
    problems = []
    effects = _get(data, "effects") or ()
    pause_from, pause_until = _get(data, "pause_from"), _get(data, "pause_until")
    if PAUSE in effects and pause_from is None:
        problems.append(
            Problem(
                ("pause_from",),
                _("A process that pauses the review's clocks needs the date the pause starts."),
            )
        )
    if pause_from is not None and pause_until is not None and pause_until < pause_from:
        problems.append(
            Problem(
                ("pause_from", "pause_until"),
                _("The pause cannot end before it starts."),
            )
        )
    started, concluded = _get(data, "started_date"), _get(data, "concluded_date")
    if started is not None and concluded is not None and concluded < started:
        problems.append(
            Problem(
                ("started_date", "concluded_date"),
                _("The process cannot have concluded before it started."),
            )
        )
    if _get(data, "status") == CONCLUDED and concluded is None:
        problems.append(
            Problem(("concluded_date",), _("A concluded process needs the date it concluded."))
        )
    problems.extend(check_liaison_log(_get(data, "liaison_log")))
    problems.extend(check_disclosable_material(_get(data, "disclosable_material")))
    return problems


def pause_of(data):
    """The pause this process puts on the review's clocks, or ``None``."""
    if PAUSE not in (_get(data, "effects") or ()) or _get(data, "pause_from") is None:
        return None
    end = _get(data, "pause_until")
    if end is None and _get(data, "status") == CONCLUDED:
        end = _get(data, "concluded_date")
    return Pause(_get(data, "pause_from"), end, _get(data, "title") or "")


def publication_embargo(data):
    """Why publication must wait for this process, or ``None``."""
    effects = _get(data, "effects") or ()
    if PUBLICATION_EMBARGO in effects and _get(data, "status") != CONCLUDED:
        title = _get(data, "title")
        return title if not _blank(title) else _("a parallel process")
    return None
