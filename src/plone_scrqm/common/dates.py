"""Dates as the reader's language writes them, one format per language: Plone's locale
formatting (``date_format_short`` and ``date_format_long`` of the ``plonelocales``
catalogue for the request's language; the add-on adds them for Welsh, which Plone lacks).
Every page of the add-on shows its dates through these two functions."""

from datetime import date
from datetime import datetime

from DateTime import DateTime
from plone import api


def _as_datetime(value):
    if isinstance(value, DateTime):
        return value
    if isinstance(value, datetime):
        return DateTime(value)
    if isinstance(value, date):
        return DateTime(value.year, value.month, value.day)
    if isinstance(value, str) and value:
        day = date.fromisoformat(value[:10])
        return DateTime(day.year, day.month, day.day)
    return None


def format_date(value):
    """A date (or the day of a date and time), e.g. "21 Oct, 2026" / "21 Hydref 2026"."""
    when = _as_datetime(value)
    return api.portal.get_localized_time(datetime=when) if when is not None else ""


def format_partial_date(value, month_only=False, time=None):
    """A chronology entry's date: the month and year when only the month is known, else the
    date, with the time of day when one was recorded."""
    when = _as_datetime(value)
    if when is None:
        return ""
    if month_only:
        return api.portal.get_localized_time(datetime=when, long_format="${B} ${Y}")
    text = format_date(when)
    return f"{text} {time}" if time else text


def format_datetime(value):
    """A date with its time of day."""
    when = _as_datetime(value)
    return api.portal.get_localized_time(datetime=when, long_format=True) if when else ""
