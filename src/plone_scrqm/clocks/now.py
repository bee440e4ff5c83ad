"""The add-on's one "today": the date in England and Wales, whatever the server's time zone.

Every clock, rule, view and indexer asks ``today()``; nothing else reads the real date. Tests
freeze it with ``frozen(day)``. A server started for the browser or scale tests is frozen by
the environment variable ``PLONE_SCRQM_TODAY`` (an ISO date), which a live site never sets:
the date it holds is logged once when first read.
"""

import logging
import os
from contextlib import contextmanager
from datetime import date
from datetime import datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
ENVIRONMENT_VARIABLE = "PLONE_SCRQM_TODAY"
logger = logging.getLogger("plone_scrqm")

_frozen = []
_announced = set()


def _from_environment():
    value = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{ENVIRONMENT_VARIABLE} must be a date as YYYY-MM-DD, not {value!r}"
        ) from None
    if value not in _announced:
        _announced.add(value)
        logger.warning("The add-on's date is fixed at %s by %s.", value, ENVIRONMENT_VARIABLE)
    return day


def today():
    """The date in Europe/London (or the frozen date, in tests)."""
    if _frozen:
        return _frozen[-1]
    return _from_environment() or datetime.now(LONDON).date()


@contextmanager
def frozen(day):
    """Within the block, ``today()`` answers ``day``. Blocks nest."""
    _frozen.append(day)
    try:
        yield day
    finally:
        _frozen.pop()
