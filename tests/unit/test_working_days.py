"""Working days in England and Wales: weekends, bank holidays, Easter and year ends."""

from datetime import date

import pytest

from plone_scrqm.clocks.workingdays import ENGLAND
from plone_scrqm.clocks.workingdays import WALES
from plone_scrqm.clocks.workingdays import WorkingCalendar
from plone_scrqm.clocks.workingdays import bank_holidays


@pytest.fixture(params=[ENGLAND, WALES])
def nation(request):
    return request.param


def test_weekends_do_not_count(nation):
    calendar = WorkingCalendar(nation)
    friday = date(2026, 11, 20)
    assert calendar.add(friday, 1) == date(2026, 11, 23)  # Monday
    assert calendar.add(friday, 5) == date(2026, 11, 27)  # the Friday after
    assert calendar.between(friday, date(2026, 11, 27)) == 5


def test_the_starting_day_is_day_zero(nation):
    calendar = WorkingCalendar(nation)
    monday = date(2026, 11, 16)
    assert calendar.add(monday, 0) == monday
    assert calendar.between(monday, monday) == 0
    assert calendar.add(monday, 5) == date(2026, 11, 23)


def test_easter_2026(nation):
    calendar = WorkingCalendar(nation)
    assert not calendar.is_working_day(date(2026, 4, 3))  # Good Friday
    assert not calendar.is_working_day(date(2026, 4, 6))  # Easter Monday
    # Thursday before Easter + 1 working day: Tuesday after Easter Monday.
    assert calendar.add(date(2026, 4, 2), 1) == date(2026, 4, 7)


def test_christmas_2026_boxing_day_substitute(nation):
    """Christmas Day 2026 is a Friday; Boxing Day falls on Saturday, so Monday 28th is
    the substitute bank holiday."""
    calendar = WorkingCalendar(nation)
    assert date(2026, 12, 28) in bank_holidays(nation, 2026)
    assert calendar.add(date(2026, 12, 24), 1) == date(2026, 12, 29)


def test_year_end_christmas_2027_both_substitutes(nation):
    """Christmas 2027 falls on a weekend: Monday 27th and Tuesday 28th are bank holidays,
    and New Year's Day 2028 is a Saturday, substituted on Monday 3rd January."""
    calendar = WorkingCalendar(nation)
    assert {date(2027, 12, 27), date(2027, 12, 28)} <= bank_holidays(nation, 2027)
    assert calendar.add(date(2027, 12, 24), 1) == date(2027, 12, 29)
    # 29, 30, 31 Dec, then 4 Jan (3 Jan is the New Year substitute).
    assert calendar.add(date(2027, 12, 24), 4) == date(2028, 1, 4)
    assert calendar.between(date(2027, 12, 24), date(2028, 1, 4)) == 4


def test_fifteen_working_days_across_new_year_2026(nation):
    calendar = WorkingCalendar(nation)
    # From Friday 18 December 2026: 21, 22, 23, 24, 29, 30, 31 Dec, then 4, 5, 6, 7, 8,
    # 11, 12, 13 Jan (1 January 2027 is a Friday bank holiday).
    assert calendar.add(date(2026, 12, 18), 15) == date(2027, 1, 13)


def test_st_davids_day_is_not_a_bank_holiday_in_wales():
    assert date(2027, 3, 1) not in bank_holidays(WALES, 2027)  # a Monday
    assert WorkingCalendar(WALES).is_working_day(date(2027, 3, 1))


def test_england_and_wales_share_their_bank_holidays():
    for year in (2025, 2026, 2027, 2028):
        assert bank_holidays(ENGLAND, year) == bank_holidays(WALES, year)


def test_scotland_differs_and_is_refused():
    with pytest.raises(ValueError):
        WorkingCalendar("scotland")


def test_easter_2027_and_2028(nation):
    """Easter 2027: Good Friday 26 March, Easter Monday 29 March. Easter 2028: 14 and 17
    April."""
    calendar = WorkingCalendar(nation)
    assert calendar.add(date(2027, 3, 24), 5) == date(2027, 4, 2)
    assert calendar.between(date(2028, 4, 13), date(2028, 4, 18)) == 1


def test_29_february_2028_is_a_working_day(nation):
    calendar = WorkingCalendar(nation)
    assert calendar.is_working_day(date(2028, 2, 29))  # a Tuesday
    assert calendar.add(date(2028, 2, 25), 2) == date(2028, 2, 29)


def test_counting_back_from_a_publication_date(nation):
    calendar = WorkingCalendar(nation)
    # Seven working days before Wednesday 6 January 2027: 5, 4 Jan, 31, 30, 29, 24, 23 Dec.
    assert calendar.subtract(date(2027, 1, 6), 7) == date(2026, 12, 23)


def test_between_is_negative_backwards():
    calendar = WorkingCalendar(ENGLAND)
    assert calendar.between(date(2026, 11, 27), date(2026, 11, 20)) == -5
