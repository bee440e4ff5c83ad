"""The dates the add-on accepts, the same in forms, REST and the chronology import (plain
Python). Every date field of the add-on's types is bounded by ``EARLIEST`` and ``LATEST``:
a date outside them is a typing mistake (``0001-01-01``, ``9999-12-31``), and the working-day
clocks cannot count from it. A chronology entry also cannot be in the future."""

from datetime import date

from plone_scrqm.clocks import today  # noqa: F401 - the add-on's one "today"

EARLIEST = date(1900, 1, 1)
LATEST = date(2099, 12, 31)


def in_range(value):
    return value is None or EARLIEST <= value <= LATEST
