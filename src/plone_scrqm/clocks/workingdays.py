"""Working days in England or Wales: Monday to Friday, except the nation's bank holidays
(from the ``holidays`` package).

A clock "within N working days of X" is due on the Nth working day after X: the day of X
itself is day 0. No statutory clock pauses (see docs/timescales.md): a parallel process only
gives the reason for a recorded delay.
"""

from datetime import timedelta
from functools import lru_cache

import holidays

ENGLAND = "england"
WALES = "wales"
NATIONS = {ENGLAND: "ENG", WALES: "WLS"}
ONE_DAY = timedelta(days=1)


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
    """Counts the working days of a nation."""

    def __init__(self, nation=ENGLAND):
        if nation not in NATIONS:
            raise ValueError(f"Unknown nation {nation!r}: use one of {sorted(NATIONS)}")
        self.nation = nation

    def is_bank_holiday(self, day):
        return day in bank_holidays(self.nation, day.year)

    def is_working_day(self, day):
        return day.weekday() < 5 and not self.is_bank_holiday(day)

    def add(self, start, working_days):
        """The day on which ``working_days`` counted days after ``start`` have passed."""
        if working_days < 0:
            raise ValueError("Use subtract() to count backwards.")
        day, counted = start, 0
        while counted < working_days:
            day += ONE_DAY
            if self.is_working_day(day):
                counted += 1
        return day

    def subtract(self, end, working_days):
        """The working day ``working_days`` working days before ``end`` (counting back from
        a fixed date such as a publication date)."""
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
            if self.is_working_day(day):
                counted += 1
        return counted
