"""Parallel processes of a review: criminal, coroner's and other processes running beside
it (QM9), their effect on the review, and their rules (plain Python, no Zope).

No process pauses a statutory clock (docs/timescales.md): a process that ``delays`` the
review is named as the cause in the delay record of the clock it delays. One with
``publication-embargo`` holds back publication while it has not concluded.
"""

from plone_scrqm import _
from plone_scrqm.review.entries import is_date
from plone_scrqm.review.entries import split_line
from plone_scrqm.review.problems import Problem
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

DELAYS = "delays"
# Stored before statutory clocks stopped pausing; the upgrade to 1008 turns it into DELAYS.
FORMER_PAUSE = "pause"
INTERVIEW_EMBARGO = "interview-embargo"
PUBLICATION_EMBARGO = "publication-embargo"
EFFECTS = (
    (DELAYS, _("May delay the review (named as the cause of a recorded delay)")),
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


def publication_embargo(data):
    """Why publication must wait for this process, or ``None``."""
    effects = _get(data, "effects") or ()
    if PUBLICATION_EMBARGO in effects and _get(data, "status") != CONCLUDED:
        title = _get(data, "title")
        return title if not _blank(title) else _("a parallel process")
    return None
