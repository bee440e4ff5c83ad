"""The add-on's one "today": the date in Europe/London, frozen in tests."""

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from plone_scrqm.clocks import now


class _Clock:
    """Stands in for ``datetime`` with a fixed instant (in UTC)."""

    instant = None

    @classmethod
    def now(cls, tz=None):
        return cls.instant.astimezone(tz)


@pytest.fixture
def real_clock(monkeypatch):
    monkeypatch.delenv(now.ENVIRONMENT_VARIABLE, raising=False)
    monkeypatch.setattr(now, "datetime", _Clock)
    return _Clock


def test_the_date_is_londons_not_the_servers(real_clock):
    # 23:30 UTC on 31 March 2027 is 00:30 on 1 April in London (summer time).
    real_clock.instant = datetime(2027, 3, 31, 23, 30, tzinfo=UTC)
    assert now.today() == date(2027, 4, 1)
    # 23:30 UTC on 31 December is still 31 December in London (GMT).
    real_clock.instant = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert now.today() == date(2026, 12, 31)


def test_frozen_blocks_nest(real_clock):
    real_clock.instant = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    with now.frozen(date(2028, 2, 29)):
        assert now.today() == date(2028, 2, 29)
        with now.frozen(date(2026, 12, 31)):
            assert now.today() == date(2026, 12, 31)
        assert now.today() == date(2028, 2, 29)
    assert now.today() == date(2026, 11, 29)


def test_the_environment_fixes_the_date_of_a_test_server(real_clock, monkeypatch):
    real_clock.instant = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    monkeypatch.setenv(now.ENVIRONMENT_VARIABLE, "2026-12-28")
    assert now.today() == date(2026, 12, 28)
    monkeypatch.setenv(now.ENVIRONMENT_VARIABLE, "28/12/2026")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        now.today()
