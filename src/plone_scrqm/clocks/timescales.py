"""The statutory clocks of a review and where each stands (plain Python).

``review_clocks(record, facts, settings, today)`` reads the review's dates (a dict or any
object with attributes), a few ``facts`` the Zope side gathers (the report's publication
date and whether it is published) and the partnership's ``Timescales`` (a control-panel
setting), and returns a ``ClockStatus`` for every clock that applies to the review.

Defaults and their sources are documented in ``docs/timescales.md``.
"""

import calendar
from dataclasses import dataclass
from dataclasses import field
from dataclasses import fields as dataclass_fields
from datetime import date
from datetime import timedelta

from plone_scrqm import _
from plone_scrqm.clocks.workingdays import ENGLAND
from plone_scrqm.clocks.workingdays import WALES
from plone_scrqm.clocks.workingdays import WorkingCalendar

FROM_NOTIFICATION = "notification"
FROM_AWARE = "aware"

# Clock states
NOT_STARTED = "not-started"
RUNNING = "running"
PAUSED = "paused"
OVERDUE = "overdue"
MET = "met"
LATE = "late"

CLOCK_TITLES = {
    "notification": _("Notification to the national panel"),
    "rapid_review": _("Rapid review"),
    "publication": _("Review published"),
    "advance_copy": _("Advance copy to the national panel and the Department"),
}

STATE_TITLES = {
    NOT_STARTED: _("not started"),
    RUNNING: _("running"),
    PAUSED: _("paused"),
    OVERDUE: _("overdue"),
    MET: _("met"),
    LATE: _("done late"),
}


@dataclass(frozen=True)
class Timescales:
    """The partnership's timescales; every number is editable in the control panel."""

    nation: str = ENGLAND
    notification_working_days: int = 5
    rapid_review_working_days: int = 15
    rapid_review_from: str = FROM_NOTIFICATION
    lcspr_months: int = 6
    advance_copy_working_days: int = 7
    wales_cpr_months: int = 6
    wales_ussr_months: int = 12

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
    paused_days: int = 0
    pause_reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def overdue(self):
        """Running past its due date."""
        return self.state == OVERDUE

    @property
    def delayed(self):
        """Past its due date, running or done: a delay the markers want explained."""
        return self.state in (OVERDUE, LATE)

    @property
    def paused(self):
        return self.state == PAUSED

    def as_dict(self):
        return {
            "id": self.id,
            "state": self.state,
            "started": self.started,
            "due": self.due,
            "stopped": self.stopped,
            "used": self.used,
            "left": self.left,
            "paused_days": self.paused_days,
            "overdue": self.overdue,
            "delayed": self.delayed,
            "paused": self.paused,
        }


def add_months(start, months):
    """The same day ``months`` calendar months later (the month's last day when shorter)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _get(record, name):
    if isinstance(record, dict):
        return record.get(name)
    return getattr(record, name, None)


def _status(calendar_, clock_id, title, rule, started, due, stopped, today):
    """Where a clock stands today: used and left are counted working days."""
    if started is None or due is None:
        return ClockStatus(clock_id, title, rule, NOT_STARTED, started=started, due=due)
    end = stopped or today
    used = max(calendar_.between(started, end), 0)
    paused_days = calendar_.paused_days(started, end)
    reasons = tuple(
        pause.reason for pause in calendar_.pauses if pause.start <= end and pause.reason
    )
    if stopped is not None:
        state = MET if stopped <= due else LATE
        return ClockStatus(
            clock_id, title, rule, state, started, due, stopped, used, None, paused_days, reasons
        )
    left = calendar_.between(today, due)
    if today > due:
        state = OVERDUE
    elif calendar_.is_paused(today):
        state = PAUSED
    else:
        state = RUNNING
    return ClockStatus(
        clock_id, title, rule, state, started, due, None, used, left, paused_days, reasons
    )


def _months_due(calendar_, started, months):
    """A calendar-months deadline, moved on by the calendar days of any pause inside it."""
    base = add_months(started, months)
    due = base
    for _round in range(50):  # a pause moving the due date may reach another pause
        paused = sum(
            1
            for offset in range(1, (due - started).days + 1)
            if calendar_.is_paused(started + timedelta(days=offset))
        )
        moved = base + timedelta(days=paused)
        if moved == due:
            break
        due = moved
    return due


ENGLAND_LONG_REVIEWS = ("lcspr", "scr")


def review_clocks(record, facts=None, settings=None, pauses=(), today=None):
    """The clocks that apply to the review, in the order they run."""
    facts = facts or {}
    settings = settings or Timescales()
    today = today or date.today()
    calendar_ = WorkingCalendar(settings.nation, pauses=pauses, today=today)
    clocks = []
    aware = _get(record, "aware_date")
    notified = _get(record, "notification_date")
    decided = _get(record, "decision_date") if _get(record, "decision") == "review" else None
    review_type = _get(record, "review_type")
    published = facts.get("published_date")

    if settings.nation == ENGLAND:
        days = settings.notification_working_days
        clocks.append(
            _status(
                calendar_,
                "notification",
                CLOCK_TITLES["notification"],
                _(
                    "${days} working days from becoming aware of the serious incident",
                    mapping={"days": days},
                ),
                aware,
                calendar_.add(aware, days) if aware else None,
                notified,
                today,
            )
        )
        days = settings.rapid_review_working_days
        from_aware = settings.rapid_review_from == FROM_AWARE
        rapid_start = aware if from_aware else notified
        clocks.append(
            _status(
                calendar_,
                "rapid_review",
                CLOCK_TITLES["rapid_review"],
                _(
                    "${days} working days from becoming aware of the serious incident",
                    mapping={"days": days},
                )
                if from_aware
                else _(
                    "${days} working days from the notification to the national panel",
                    mapping={"days": days},
                ),
                rapid_start,
                calendar_.add(rapid_start, days) if rapid_start else None,
                _get(record, "rapid_review_completed_date"),
                today,
            )
        )
        if review_type in ENGLAND_LONG_REVIEWS:
            clocks.append(_publication(calendar_, settings.lcspr_months, decided, published, today))
            clocks.append(_advance_copy(record, facts, settings, today))
    elif settings.nation == WALES:
        months = {
            "cpr-wales": settings.wales_cpr_months,
            "ussr-wales": settings.wales_ussr_months,
        }.get(review_type)
        if months:
            clocks.append(_publication(calendar_, months, decided, published, today))
    return clocks


def _publication(calendar_, months, decided, published, today):
    """The review published within ``months`` of the decision to hold it."""
    return _status(
        calendar_,
        "publication",
        CLOCK_TITLES["publication"],
        _("${months} months from the decision to hold the review", mapping={"months": months}),
        decided,
        _months_due(calendar_, decided, months) if decided else None,
        published,
        today,
    )


def _advance_copy(record, facts, settings, today):
    """Counted back from the report's publication date; pauses do not move it."""
    calendar_ = WorkingCalendar(settings.nation, today=today)
    days = settings.advance_copy_working_days
    publication_date = facts.get("publication_date")
    sent = _get(record, "advance_copy_sent_date")
    title = CLOCK_TITLES["advance_copy"]
    rule = _(
        "${days} working days before the publication date",
        mapping={"days": days},
    )
    if publication_date is None:
        return ClockStatus("advance_copy", title, rule, NOT_STARTED, stopped=sent)
    due = calendar_.subtract(publication_date, days)
    if sent is not None:
        return ClockStatus(
            "advance_copy", title, rule, MET if sent <= due else LATE, due=due, stopped=sent
        )
    if facts.get("published_date") is not None:
        # Published without a record of the advance copy: the deadline was missed.
        return ClockStatus("advance_copy", title, rule, LATE, due=due)
    left = calendar_.between(today, due)
    return ClockStatus(
        "advance_copy", title, rule, OVERDUE if today > due else RUNNING, due=due, left=left
    )


# Clocks that measure the review's own progress. A delay on one of them must be explained
# and the board told (QM1, QM2, QM8). The advance copy is shown too, but its remedy is to
# send the copy or move the publication date.
PROGRESS_CLOCKS = ("notification", "rapid_review", "publication")


def delayed_clocks(clocks):
    """The progress clocks past their due date, running or done."""
    return [clock for clock in clocks if clock.delayed and clock.id in PROGRESS_CLOCKS]


def next_due(clocks):
    """The earliest due date of the clocks still running (paused or not)."""
    dates = [c.due for c in clocks if c.due and c.state in (RUNNING, PAUSED, OVERDUE)]
    return min(dates) if dates else None


def summary(clocks):
    """What the dashboard keeps of the clocks: plain data for catalog metadata (titles are
    looked up by id in ``CLOCK_TITLES`` when shown)."""
    return tuple(clock.as_dict() for clock in clocks)
