"""The statutory clocks of a review and where each stands (plain Python).

``review_clocks(facts, settings, today)`` reads the ``ClockFacts`` of a review (gathered on
the Zope side through ``IClockFacts``) and the partnership's ``Timescales`` (a control-panel
setting), and returns a ``ClockStatus`` for every clock that applies to the review.

No statutory clock pauses. A parallel process (a criminal trial, an inquest) only gives the
reason for a delay, which is recorded against the clock it delays with the dates the board,
the Panel and the Department (or Welsh Government) were told. The rules and their sources
are in ``docs/timescales.md``.
"""

import calendar
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from datetime import date

from plone_scrqm import _
from plone_scrqm.clocks.facts import ABUSE_NOT_SUSPECTED
from plone_scrqm.clocks.facts import DIED
from plone_scrqm.clocks.facts import ELSEWHERE
from plone_scrqm.clocks.facts import LOCAL_LEARNING_ONLY
from plone_scrqm.clocks.facts import NO
from plone_scrqm.clocks.facts import NOT_PUBLISHING
from plone_scrqm.clocks.facts import SERIOUSLY_HARMED
from plone_scrqm.clocks.facts import YES
from plone_scrqm.clocks.facts import ClockFacts
from plone_scrqm.clocks.facts import DelayRecord
from plone_scrqm.clocks.now import today as now
from plone_scrqm.clocks.workingdays import ENGLAND
from plone_scrqm.clocks.workingdays import WALES
from plone_scrqm.clocks.workingdays import WorkingCalendar

FROM_NOTIFICATION = "notification"
FROM_AWARE = "aware"

# Clock states
NOT_STARTED = "not-started"
RUNNING = "running"
OVERDUE = "overdue"
MET = "met"
LATE = "late"
MISSED = "missed"
WAIVED = "waived"
NOT_SET = "not-set"

# Which notification duty a case carries
SERIOUS_INCIDENT = "serious-incident"
LOOKED_AFTER_DEATH = "looked-after-death"

CLOCK_TITLES = {
    "notification": _("Notification to the Child Safeguarding Practice Review Panel"),
    "notification_looked_after": _(
        "Notification of the death of a looked-after child to Ofsted and the Secretary of State"
    ),
    "rapid_review": _("Rapid review sent to the Child Safeguarding Practice Review Panel"),
    "publication": _("Review published"),
    "advance_copy": _("Advance copy to the Panel and the Secretary of State"),
}

STATE_TITLES = {
    NOT_STARTED: _("not started"),
    RUNNING: _("running"),
    OVERDUE: _("overdue"),
    MET: _("met"),
    LATE: _("done late"),
    MISSED: _("published without a recorded advance copy"),
    WAIVED: _("not sent: reason recorded by a Manager"),
    NOT_SET: _("no timescale set"),
}


@dataclass(frozen=True)
class Timescales:
    """The partnership's timescales; every number is editable in the control panel. The
    Welsh review lengths have no default: the partnership sets them (0 means not set)."""

    nation: str = ENGLAND
    notification_working_days: int = 5
    rapid_review_working_days: int = 15
    rapid_review_from: str = FROM_AWARE
    lcspr_months: int = 6
    advance_copy_working_days: int = 7
    wales_cpr_months: int = 0
    wales_susr_months: int = 0

    @classmethod
    def from_settings(cls, settings):
        """Build from any object with the same attributes (the registry's settings);
        missing or empty values keep the default."""
        values = {}
        for item in dataclass_fields(cls):
            value = getattr(settings, item.name, None)
            if value is not None and value != "":
                values[item.name] = value
        return cls(**values)

    def for_facts(self, facts):
        """These timescales with the nation of the review's partnership, where its facts
        carry one (the folder of a Welsh partnership on a site set to England)."""
        nation = getattr(facts, "nation", None)
        if nation and nation != self.nation:
            return replace(self, nation=nation)
        return self


@dataclass(frozen=True)
class ClockStatus:
    id: str
    title: str
    rule: str
    state: str
    started: date | None = None
    due: date | None = None
    stopped: date | None = None
    used: int | None = None
    left: int | None = None
    delay: DelayRecord | None = None
    delay_missing: tuple = ()

    @property
    def overdue(self):
        """Running past its due date."""
        return self.state == OVERDUE

    @property
    def delayed(self):
        """Past its due date, running or done: a delay to explain and report."""
        return self.state in (OVERDUE, LATE, MISSED)

    @property
    def delay_explained(self):
        """Delayed, with the reason recorded and everyone told who must be."""
        return self.delayed and self.delay is not None and not self.delay_missing

    @property
    def delay_notified_on(self):
        return self.delay.last_told if self.delay_explained else None

    def as_dict(self):
        title_id = next(
            (key for key, title in CLOCK_TITLES.items() if title == self.title), self.id
        )
        return {
            "id": self.id,
            "title_id": title_id,
            "state": self.state,
            "started": self.started,
            "due": self.due,
            "stopped": self.stopped,
            "used": self.used,
            "left": self.left,
            "overdue": self.overdue,
            "delayed": self.delayed,
            "delay_explained": self.delay_explained,
            "delay_notified_on": self.delay_notified_on,
        }


def add_months(start, months):
    """The same day ``months`` calendar months later (the month's last day when shorter)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def notification_duty(facts):
    """Which notification the local authority owes for this case, or ``None``.

    Children Act 2004 s16C(1): abuse or neglect known or suspected, and the child died or was
    seriously harmed in the authority's area, or outside England while normally resident in
    it. The death of a looked-after child is notified whether or not abuse or neglect is
    known or suspected. A referral for local learning only, or an incident recorded as not
    notifiable (with its reason), carries no notification. A fact not yet recorded counts as
    not ruling the duty out.
    """
    if facts.referral_basis == LOCAL_LEARNING_ONLY or facts.notifiable == NO:
        return None
    serious = (
        facts.abuse_or_neglect != ABUSE_NOT_SUSPECTED
        and facts.outcome in (None, DIED, SERIOUSLY_HARMED)
        and facts.location != ELSEWHERE
    )
    if serious:
        return SERIOUS_INCIDENT
    if facts.outcome == DIED and facts.looked_after == YES:
        return LOOKED_AFTER_DEATH
    return None


# What a delay on each clock needs recorded: (field suffix, message). The board is told of
# every delay (QM8 Q4); the Panel of a late rapid review; the Panel and the Secretary of
# State (the Department for Education) of a delayed publication in England (Working Together
# 2023, ch. 5). Field names are ``{clock}_delay_{suffix}`` on the review record.
_NEED_REASON = ("reason", _("the reason for the delay (QM1 Q3, QM2 Q5)"))
_NEED_BOARD = ("board_told", _("the date the board was told of the delay (QM8 Q4)"))
_NEED_PANEL = ("panel_told", _("the date the Panel was told of the delay"))
_NEED_GOVERNMENT = (
    "government_told",
    _("the date the Secretary of State (Department for Education) was told of the delay"),
)
DELAY_NEEDS = {
    (ENGLAND, "notification"): (_NEED_REASON, _NEED_BOARD),
    (ENGLAND, "rapid_review"): (_NEED_REASON, _NEED_BOARD, _NEED_PANEL),
    (ENGLAND, "publication"): (_NEED_REASON, _NEED_BOARD, _NEED_PANEL, _NEED_GOVERNMENT),
    (WALES, "publication"): (_NEED_REASON, _NEED_BOARD),
}
# Clocks that measure the review's own progress. The advance copy is shown too, but its
# remedy is to send the copy or move the publication date.
PROGRESS_CLOCKS = ("notification", "rapid_review", "publication")


def delay_needs(nation, clock_id, record):
    """``(field suffix, message)`` of what the delay record of a delayed clock lacks."""
    record = record or DelayRecord()
    return tuple(
        (suffix, message)
        for suffix, message in DELAY_NEEDS.get((nation, clock_id), ())
        if _blank(getattr(record, suffix))
    )


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def _status(calendar_, nation, clock_id, title, rule, started, due, stopped, today, facts):
    """Where a clock stands today: used and left are counted working days."""
    if started is None or due is None:
        return ClockStatus(clock_id, title, rule, NOT_STARTED, started=started, due=due)
    end = stopped or today
    used = max(calendar_.between(started, end), 0)
    if stopped is not None:
        state, left = (MET if stopped <= due else LATE), None
    else:
        state, left = (OVERDUE if today > due else RUNNING), calendar_.between(today, due)
    record = facts.delays.get(clock_id)
    missing = ()
    if state in (OVERDUE, LATE) and clock_id in PROGRESS_CLOCKS:
        missing = delay_needs(nation, clock_id, record)
    return ClockStatus(
        clock_id, title, rule, state, started, due, stopped, used, left, record, missing
    )


ENGLAND_LONG_REVIEWS = ("lcspr", "scr")
WALES_MONTHS = {"cpr-wales": "wales_cpr_months", "susr-wales": "wales_susr_months"}


def review_clocks(facts, settings=None, today=None):
    """The clocks that apply to the review, in the order they run."""
    if isinstance(facts, dict):
        facts = ClockFacts(**facts)
    settings = (settings or Timescales()).for_facts(facts)
    if today is None:
        today = now()
    calendar_ = WorkingCalendar(settings.nation)
    nation = settings.nation
    clocks = []
    decided = facts.decision_date if facts.decision == "review" else None

    if nation == ENGLAND:
        # A review started from a serious incident record leaves these clocks to the incident.
        duty = notification_duty(facts) if facts.serious_incident_clocks else None
        aware = facts.aware_date
        days = settings.notification_working_days
        if duty is not None:
            clocks.append(
                _status(
                    calendar_,
                    nation,
                    "notification",
                    CLOCK_TITLES[
                        "notification" if duty == SERIOUS_INCIDENT else "notification_looked_after"
                    ],
                    _(
                        "${days} working days from becoming aware of the incident",
                        mapping={"days": days},
                    ),
                    aware,
                    calendar_.add(aware, days) if aware else None,
                    facts.notification_date,
                    today,
                    facts,
                )
            )
        if duty == SERIOUS_INCIDENT:
            days = settings.rapid_review_working_days
            from_aware = settings.rapid_review_from == FROM_AWARE
            rapid_start = aware if from_aware else facts.notification_date
            clocks.append(
                _status(
                    calendar_,
                    nation,
                    "rapid_review",
                    CLOCK_TITLES["rapid_review"],
                    _(
                        "${days} working days from becoming aware of the incident",
                        mapping={"days": days},
                    )
                    if from_aware
                    else _(
                        "${days} working days from the notification to the Panel",
                        mapping={"days": days},
                    ),
                    rapid_start,
                    calendar_.add(rapid_start, days) if rapid_start else None,
                    facts.rapid_review_completed_date,
                    today,
                    facts,
                )
            )
        if facts.review_type in ENGLAND_LONG_REVIEWS:
            clocks.append(
                _publication(calendar_, nation, settings.lcspr_months, decided, facts, today)
            )
            if facts.publication_decision != NOT_PUBLISHING:
                clocks.append(_advance_copy(calendar_, facts, settings, today))
    elif nation == WALES and facts.review_type in WALES_MONTHS:
        months = getattr(settings, WALES_MONTHS[facts.review_type]) or 0
        if months:
            clocks.append(_publication(calendar_, nation, months, decided, facts, today))
        else:
            clocks.append(
                ClockStatus(
                    "publication",
                    CLOCK_TITLES["publication"],
                    _(
                        "Your regional safeguarding board sets this timescale: enter it in "
                        "Site Setup, Review timescales."
                    ),
                    NOT_SET,
                    started=decided,
                )
            )
    return clocks


def _publication(calendar_, nation, months, decided, facts, today):
    """The review published within ``months`` of the decision to hold it. A decision not to
    publish stops the clock on the day the Panel and the Department were told of it."""
    stopped = facts.published_date
    if facts.publication_decision == NOT_PUBLISHING:
        stopped = facts.publication_decision_told_date
    return _status(
        calendar_,
        nation,
        "publication",
        CLOCK_TITLES["publication"],
        _("${months} months from the decision to hold the review", mapping={"months": months}),
        decided,
        add_months(decided, months) if decided else None,
        stopped,
        today,
        facts,
    )


def _advance_copy(calendar_, facts, settings, today):
    """Counted back from the report's publication date."""
    days = settings.advance_copy_working_days
    title = CLOCK_TITLES["advance_copy"]
    rule = _("${days} working days before the publication date", mapping={"days": days})
    sent = facts.advance_copy_sent_date
    if facts.publication_date is None:
        return ClockStatus("advance_copy", title, rule, NOT_STARTED, stopped=sent)
    due = calendar_.subtract(facts.publication_date, days)
    if sent is not None:
        return ClockStatus(
            "advance_copy", title, rule, MET if sent <= due else LATE, due=due, stopped=sent
        )
    if (facts.advance_copy_not_sent_reason or "").strip():
        return ClockStatus("advance_copy", title, rule, WAIVED, due=due)
    if facts.published_date is not None:
        # Published with no record of the copy: no done date to show, so never "done late".
        return ClockStatus("advance_copy", title, rule, MISSED, due=due)
    left = calendar_.between(today, due)
    return ClockStatus(
        "advance_copy", title, rule, OVERDUE if today > due else RUNNING, due=due, left=left
    )


def advance_copy_short(facts, settings, publication_date, today):
    """Working days the advance copy would have before ``publication_date`` when fewer than
    the rule asks and no copy is recorded yet; else ``None`` (England only)."""
    settings = settings.for_facts(facts)
    if settings.nation != ENGLAND or facts.review_type not in ENGLAND_LONG_REVIEWS:
        return None
    if publication_date is None or facts.advance_copy_sent_date is not None:
        return None
    calendar_ = WorkingCalendar(settings.nation)
    available = calendar_.between(today, publication_date)
    return available if available < settings.advance_copy_working_days else None


def delayed_clocks(clocks):
    """The progress clocks past their due date, running or done."""
    return [clock for clock in clocks if clock.delayed and clock.id in PROGRESS_CLOCKS]


def next_due(clocks):
    """The earliest due date of the clocks still running."""
    dates = [c.due for c in clocks if c.due and c.state in (RUNNING, OVERDUE)]
    return min(dates) if dates else None


# Catalog metadata keeps dates, not verdicts: what a clock's state, used and left working
# days are *today* is worked out when it is shown (``clock_as_of``), so no review needs to be
# indexed again when a day passes. A clock still running is stored as RUNNING whether or not
# its due date has passed.
OPEN_STATES = (RUNNING, OVERDUE)


def stored_clock(clock, nation=ENGLAND):
    """What catalog metadata keeps of one clock: its dates and what does not change from day
    to day (whether it is done, and its delay record's completeness)."""
    title_id = next((key for key, title in CLOCK_TITLES.items() if title == clock.title), clock.id)
    missing = ()
    if clock.id in PROGRESS_CLOCKS and clock.state not in (NOT_STARTED, NOT_SET):
        missing = delay_needs(nation, clock.id, clock.delay)
    return {
        "id": clock.id,
        "title_id": title_id,
        "state": RUNNING if clock.state in OPEN_STATES else clock.state,
        "started": clock.started,
        "due": clock.due,
        "stopped": clock.stopped,
        "delay_recorded": clock.delay is not None,
        "delay_incomplete": bool(missing),
        "delay_last_told": clock.delay.last_told if clock.delay is not None else None,
    }


def clock_as_of(stored, today, nation=ENGLAND):
    """The clock as shown on ``today``, from what ``stored_clock`` kept: the same figures as
    ``ClockStatus.as_dict()`` of the clock computed that day."""
    calendar_ = WorkingCalendar(nation)
    state, started, due, stopped = (
        stored.get("state"),
        stored.get("started"),
        stored.get("due"),
        stored.get("stopped"),
    )
    is_open = state in OPEN_STATES and due is not None
    if is_open:
        state = OVERDUE if today > due else RUNNING
    used = None
    if started is not None and due is not None and state != NOT_SET:
        used = max(calendar_.between(started, stopped or today), 0)
    left = calendar_.between(today, due) if is_open else None
    delayed = state in (OVERDUE, LATE, MISSED)
    incomplete = stored.get("delay_incomplete", False) and state in (OVERDUE, LATE)
    explained = delayed and stored.get("delay_recorded", False) and not incomplete
    return {
        "id": stored.get("id"),
        "title_id": stored.get("title_id", stored.get("id")),
        "state": state,
        "started": started,
        "due": due,
        "stopped": stopped,
        "used": used,
        "left": left,
        "overdue": state == OVERDUE,
        "delayed": delayed,
        "delay_explained": explained,
        "delay_notified_on": stored.get("delay_last_told") if explained else None,
    }


def summary(clocks, nation=ENGLAND):
    """What the dashboard keeps of the clocks: plain data for catalog metadata, dates only
    (titles are looked up by id in ``CLOCK_TITLES``, and the state as of today is worked out
    by ``summary_as_of`` when shown)."""
    return tuple(stored_clock(clock, nation) for clock in clocks)


def summary_as_of(stored, today, nation=ENGLAND):
    """The clocks kept by ``summary`` as they stand on ``today``."""
    return [clock_as_of(clock, today, nation) for clock in stored or ()]
