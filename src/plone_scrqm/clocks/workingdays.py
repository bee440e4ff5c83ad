"""Working days in England or Wales: Monday to Friday, except the nation's bank holidays
(from the ``holidays`` package) and any day inside a recorded pause.

A clock "within N working days of X" is due on the Nth working day after X: the day of X
itself is day 0. Pauses are inclusive of both their first and last day; a pause with no end
is still running.
"""

from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from functools import lru_cache

import holidays

ENGLAND = "england"
WALES = "wales"
NATIONS = {ENGLAND: "ENG", WALES: "WLS"}
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Pause:
    """A period during which the clocks stop, with its reason (for example a criminal
    trial). ``end`` is ``None`` while the pause goes on."""

    start: date
    end: date | None = None
    reason: str = ""

    def covers(self, day, today=None):
        end = self.end or today or date.max
        return self.start <= day <= end

    def active_on(self, day):
        return self.start <= day and (self.end is None or day <= self.end)


@lru_cache(maxsize=64)
def _bank_holidays(nation, year):
    subdiv = NATIONS[nation]
    return frozenset(holidays.country_holidays("GB", subdiv=subdiv, years=year).keys())


def bank_holidays(nation, year):
    """The bank holidays (substitute days included) of ``nation`` in ``year``."""
    if nation not in NATIONS:
        raise ValueError(f"Unknown nation {nation!r}: use one of {sorted(NATIONS)}")
    return _bank_holidays(nation, year)


class WorkingCalendar:
    """Counts working days for a nation, skipping the days of the pauses given."""

    def __init__(self, nation=ENGLAND, pauses=(), today=None):
        if nation not in NATIONS:
            raise ValueError(f"Unknown nation {nation!r}: use one of {sorted(NATIONS)}")
        self.nation = nation
        self.pauses = tuple(pauses)
        # An open pause is taken to run until ``today`` (it may go on after it).
        self.today = today or date.today()

    def is_bank_holiday(self, day):
        return day in bank_holidays(self.nation, day.year)

    def is_working_day(self, day):
        return day.weekday() < 5 and not self.is_bank_holiday(day)

    def is_paused(self, day):
        return any(pause.covers(day, self.today) for pause in self.pauses)

    def counts(self, day):
        """Whether ``day`` counts on the clock: a working day outside every pause."""
        return self.is_working_day(day) and not self.is_paused(day)

    def add(self, start, working_days):
        """The day on which ``working_days`` counted days after ``start`` have passed."""
        if working_days < 0:
            raise ValueError("Use subtract() to count backwards.")
        day, counted = start, 0
        while counted < working_days:
            day += ONE_DAY
            if self.counts(day):
                counted += 1
        return day

    def subtract(self, end, working_days):
        """The working day ``working_days`` working days before ``end`` (pauses ignored:
        counting back from a fixed date such as a publication date)."""
        day, counted = end, 0
        while counted < working_days:
            day -= ONE_DAY
            if self.is_working_day(day):
                counted += 1
        return day

    def between(self, start, end):
        """Counted days after ``start`` up to and including ``end``; negative when ``end``
        comes first."""
        if end < start:
            return -self.between(end, start)
        day, counted = start, 0
        while day < end:
            day += ONE_DAY
            if self.counts(day):
                counted += 1
        return counted

    def paused_days(self, start, end):
        """Working days between ``start`` (excluded) and ``end`` (included) that a pause
        took off the clock."""
        day, paused = start, 0
        while day < end:
            day += ONE_DAY
            if self.is_working_day(day) and self.is_paused(day):
                paused += 1
        return paused
