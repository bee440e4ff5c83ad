"""The audit store and its rules (SQLAlchemy on a SQLite file, no Zope)."""

from datetime import date
from datetime import datetime
from datetime import timedelta

import pytest
import sqlalchemy as sa

from plone_scrqm.audit import rules
from plone_scrqm.audit import store
from plone_scrqm.common.errors import FilterError

T0 = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def connection(tmp_path):
    engine = store.engine_for(f"sqlite:///{tmp_path / 'audit.sqlite'}")
    with engine.begin() as conn:
        yield conn


def entry(key="req-1", when=T0, user="rita", action=rules.READ, path="/p/r/f", **context):
    return store.new_entry(key, when, user, action, path, context.pop("detail", ""), **context)


def test_the_same_request_records_an_entry_once(connection):
    row = entry(detail="family record", review_uid="R1", family_uid="F1", instance="one")
    store.add(connection, row)
    store.add(connection, dict(row, occurred=T0 + timedelta(seconds=3)))  # the retry
    store.add(connection, entry(key="req-2", detail="family record"))  # another request
    store.add(connection, entry(key="req-1", action=rules.EXPORT, detail="family record"))
    assert store.count(connection, rules.Filters()) == 3
    kept = store.select(connection, rules.Filters(action=rules.READ, user="rita"))
    assert [e["instance"] for e in kept] == ["", "one"]  # newest first (same second: by id)


def test_filters_person_review_family_action_period(connection):
    rows = [
        entry("a", T0, "rita", rules.READ, review_uid="R1", family_uid="F1"),
        entry("b", T0 + timedelta(days=1), "leo", rules.EXPORT, review_uid="R1"),
        entry("c", T0 + timedelta(days=2), "rita", rules.READ, review_uid="R2", family_uid="F2"),
        entry("d", T0 + timedelta(days=3), "chandra", rules.APPROVED, review_uid="R2"),
    ]
    for row in rows:
        store.add(connection, row)

    def users(**params):
        filters = rules.parse_filters(params)
        found = store.select(connection, filters)
        assert store.count(connection, filters) == len(found)
        return [e["user_id"] for e in found]

    assert users() == ["chandra", "rita", "leo", "rita"]
    assert users(user="rita") == ["rita", "rita"]
    assert users(review="R1") == ["leo", "rita"]
    assert users(family="F2") == ["rita"]
    assert users(action="approved") == ["chandra"]
    assert users(start="2026-03-03", end="2026-03-04") == ["rita", "leo"]  # both days included
    assert users(end="2026-03-02") == ["rita"]
    assert users(user="nobody") == []


def test_paging_and_choices(connection):
    for n in range(7):
        store.add(connection, entry(f"k{n}", T0 + timedelta(minutes=n), f"user{n % 2}"))
    page = store.select(connection, rules.Filters(), offset=5, limit=5)
    assert [e["user_id"] for e in page] == ["user1", "user0"]
    store.add(connection, entry("x", review_uid="R1", review_title="Child D", family_uid="F1"))
    store.add(
        connection,
        entry("y", review_uid="R1", family_uid="F1", family_title="Family member 1 (mother)"),
    )
    choices = store.choices(connection)
    assert choices["users"] == ["rita", "user0", "user1"]
    assert choices["reviews"] == [("R1", "Child D")]
    assert choices["families"] == [("F1", "Child D – Family member 1 (mother)")]


def test_purge_removes_only_entries_before_the_cutoff(connection):
    store.add(connection, entry("old", T0 - timedelta(days=1)))
    store.add(connection, entry("new", T0))
    assert store.purge(connection, T0) == 1
    assert [e["occurred"] for e in store.select(connection, rules.Filters())] == [T0]


def test_long_values_are_clipped(connection):
    store.add(connection, entry(detail="x" * 5000, user="u" * 400))
    (saved,) = store.select(connection, rules.Filters())
    assert len(saved["detail"]) == rules.FIELD_LIMIT
    assert len(saved["user_id"]) == 255


def test_two_engines_on_one_file_see_each_others_entries(tmp_path):
    """Two instances are two processes; here two engines on one SQLite file."""
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    first = store.engine_for(url)
    second = sa.create_engine(url)
    with first.begin() as conn:
        store.add(conn, entry("one"))
    with second.begin() as conn:
        store.add(conn, entry("one"))  # the same entry again: still one
        store.add(conn, entry("two"))
    with first.connect() as conn:
        assert store.count(conn, rules.Filters()) == 2


@pytest.mark.parametrize(
    "params",
    [
        {"action": "delete-everything"},
        {"start": "02/03/2026"},
        {"end": "2026-13-01"},
        {"start": "2026-03-05", "end": "2026-03-01"},
    ],
)
def test_bad_filters_are_refused_by_name(params):
    with pytest.raises(FilterError) as raised:
        rules.parse_filters(params)
    assert raised.value.name in params


def test_filters_round_trip_as_parameters():
    params = {"user": "rita", "action": "read", "start": "2026-03-01", "end": "2026-03-31"}
    assert rules.parse_filters(params).as_params() == params
    assert rules.parse_filters({"user": ["rita", "leo"]}).user == "rita"


def test_entry_key_differs_by_request_and_by_what_is_recorded():
    key = rules.entry_key("r1", "read", "/p", "family record")
    assert key == rules.entry_key("r1", "read", "/p", "family record")
    assert key != rules.entry_key("r2", "read", "/p", "family record")
    assert key != rules.entry_key("r1", "export", "/p", "family record")
    assert key != rules.entry_key("r1", "read", "/q", "family record")


def test_retention_cutoff_has_a_floor():
    today = date(2026, 11, 29)
    assert rules.retention_cutoff(today, 2190) == datetime(2020, 11, 30)
    assert rules.retention_cutoff(today, 1) == datetime(2025, 11, 29)  # at least 365 days
    assert rules.retention_cutoff(today, None) == rules.retention_cutoff(today, 2190)
