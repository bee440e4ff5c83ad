"""Flags of an improvement action, computed from its data on the day asked (plain Python).

Flags are never stored: the tracker computes them from catalog metadata each time, so they
are right on the day they are read. Day boundaries: an action due today is *due soon*, not
overdue; one due yesterday is *overdue*; *due soon* covers today to today + ``soon_days``.
"""

from dataclasses import dataclass
from datetime import date
from datetime import timedelta

from plone_scrqm import _

OPEN_STATES = ("proposed", "agreed", "in_progress")
DONE_STATES = ("completed", "impact_evaluated")
STATES = OPEN_STATES + DONE_STATES

OVERDUE = "overdue"
DUE_SOON = "due-soon"
NO_EVIDENCE = "completed-without-evidence"
FOLLOW_UP_DUE = "follow-up-due"
NO_OWNER = "no-owner"

FLAG_TITLES = {
    OVERDUE: _("Overdue"),
    DUE_SOON: _("Due soon"),
    NO_EVIDENCE: _("Completed without evidence of impact"),
    FOLLOW_UP_DUE: _("Follow-up due"),
    NO_OWNER: _("No owner"),
}
FLAGS = tuple(FLAG_TITLES)
DEFAULT_SOON_DAYS = 14


@dataclass(frozen=True)
class ActionFacts:
    state: str
    due_date: date | None = None
    has_impact_evidence: bool = False
    follow_up_dates: tuple = ()
    last_follow_up_check: date | None = None
    has_owner: bool = True


def flags_for(facts, today, soon_days=DEFAULT_SOON_DAYS):
    """The flags of one action on ``today``, in the order of ``FLAGS``."""
    flags = []
    if facts.state in OPEN_STATES and facts.due_date is not None:
        if facts.due_date < today:
            flags.append(OVERDUE)
        elif facts.due_date <= today + timedelta(days=soon_days):
            flags.append(DUE_SOON)
    if facts.state == "completed" and not facts.has_impact_evidence:
        flags.append(NO_EVIDENCE)
    if facts.state in DONE_STATES and follow_up_due(facts, today):
        flags.append(FOLLOW_UP_DUE)
    if not facts.has_owner:
        flags.append(NO_OWNER)
    return flags


def follow_up_due(facts, today):
    """A follow-up date has come and the change has not been checked since (QM18 Q4)."""
    last = facts.last_follow_up_check
    return any(day <= today and (last is None or last < day) for day in facts.follow_up_dates or ())


def impact_evaluation_problems(evidence_of_impact):
    """A completed action is marked impact-evaluated only with evidence of impact."""
    if not (evidence_of_impact or "").strip():
        return [_("the evidence of impact: what is different for children (QM18 Q3)")]
    return []
