"""Flags of improvement actions at the day boundaries, the tracker's filters, and which
notices are due (plain Python)."""

from datetime import date
from datetime import timedelta

import pytest

from plone_scrqm.actions.flags import DUE_SOON
from plone_scrqm.actions.flags import FOLLOW_UP_DUE
from plone_scrqm.actions.flags import NO_EVIDENCE
from plone_scrqm.actions.flags import NO_OWNER
from plone_scrqm.actions.flags import OVERDUE
from plone_scrqm.actions.flags import ActionFacts
from plone_scrqm.actions.flags import flags_for
from plone_scrqm.actions.flags import impact_evaluation_problems
from plone_scrqm.actions.notices import digest_notice
from plone_scrqm.actions.notices import lead_notices
from plone_scrqm.actions.tracker import parse_filters
from plone_scrqm.actions.tracker import select
from plone_scrqm.common.errors import FilterError

TODAY = date(2026, 11, 27)
DAY = timedelta(days=1)


def flags(**facts):
    return flags_for(ActionFacts(**{"state": "in_progress", **facts}), TODAY, soon_days=14)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (TODAY - DAY, [OVERDUE]),
        (TODAY, [DUE_SOON]),
        (TODAY + 14 * DAY, [DUE_SOON]),
        (TODAY + 15 * DAY, []),
        (None, []),
    ],
)
def test_due_flags_at_the_boundaries(due, expected):
    assert flags(due_date=due) == expected


@pytest.mark.parametrize("state", ["proposed", "agreed", "in_progress"])
def test_open_actions_can_be_overdue(state):
    assert flags(state=state, due_date=TODAY - DAY) == [OVERDUE]


@pytest.mark.parametrize("state", ["completed", "impact_evaluated"])
def test_done_actions_are_never_overdue(state):
    assert OVERDUE not in flags(state=state, due_date=TODAY - 30 * DAY, has_impact_evidence=True)


def test_completed_without_evidence():
    assert flags(state="completed", has_impact_evidence=False) == [NO_EVIDENCE]
    assert flags(state="completed", has_impact_evidence=True) == []
    # impact evaluated always has evidence (the workflow's guard)
    assert flags(state="impact_evaluated", has_impact_evidence=True) == []


def test_follow_up_due_at_the_boundaries():
    done = {"state": "impact_evaluated", "has_impact_evidence": True}
    assert flags(**done, follow_up_dates=(TODAY + DAY,)) == []
    assert flags(**done, follow_up_dates=(TODAY,)) == [FOLLOW_UP_DUE]
    assert flags(**done, follow_up_dates=(TODAY,), last_follow_up_check=TODAY - DAY) == [
        FOLLOW_UP_DUE
    ]
    assert flags(**done, follow_up_dates=(TODAY,), last_follow_up_check=TODAY) == []
    assert flags(state="in_progress", follow_up_dates=(TODAY,)) == []


def test_no_owner():
    assert flags(has_owner=False) == [NO_OWNER]


def test_several_flags_in_order():
    assert flags(state="proposed", due_date=TODAY - DAY, has_owner=False) == [OVERDUE, NO_OWNER]


def test_impact_evaluation_needs_evidence():
    assert impact_evaluation_problems("  ") != []
    assert impact_evaluation_problems(None) != []
    assert impact_evaluation_problems("Audit shows earlier escalation.") == []


ROWS = [
    {
        "agency": "Police",
        "status": "in_progress",
        "flags": [OVERDUE],
        "review_uid": "r1",
        "due_date": TODAY - DAY,
        "review": "Child A",
        "title": "B",
        "uid": "a1",
    },
    {
        "agency": "Education",
        "status": "completed",
        "flags": [NO_EVIDENCE],
        "review_uid": "r2",
        "due_date": TODAY + DAY,
        "review": "Child B",
        "title": "A",
        "uid": "a2",
    },
    {
        "agency": "Police",
        "status": "agreed",
        "flags": [],
        "review_uid": "r2",
        "due_date": None,
        "review": "Child B",
        "title": "C",
        "uid": "a3",
    },
]


def test_filters_and_sorting():
    allowed = {"agencies": ("Police", "Education"), "reviews": ("r1", "r2")}
    f = parse_filters({"agency": "Police"}, **allowed)
    assert [r["uid"] for r in select(ROWS, f)] == ["a1", "a3"]  # no due date last
    f = parse_filters({"flag": "completed-without-evidence"}, **allowed)
    assert [r["uid"] for r in select(ROWS, f)] == ["a2"]
    f = parse_filters({"review": "r2", "sort_on": "title", "sort_order": "descending"}, **allowed)
    assert [r["uid"] for r in select(ROWS, f)] == ["a3", "a2"]
    f = parse_filters({"status": ["agreed", "in_progress"]}, **allowed)
    assert [r["uid"] for r in select(ROWS, f)] == ["a1", "a3"]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"agency": "Fire service"}, "agency"),
        ({"status": "done"}, "status"),
        ({"flag": "late"}, "flag"),
        ({"review": "nope"}, "review"),
        ({"sort_on": "colour"}, "sort_on"),
        ({"sort_order": "up"}, "sort_order"),
    ],
)
def test_bad_filter_names_the_allowed_values(params, name):
    with pytest.raises(FilterError) as caught:
        parse_filters(params, agencies=("Police",), reviews=("r1",))
    assert caught.value.name == name
    assert "Allowed:" in str(caught.value)


def test_lead_notices_once_per_kind_and_due_date():
    rows = [
        {"uid": "a1", "flags": [OVERDUE], "due_date": TODAY - DAY, "lead_emails": ["l@x.org"]},
        {"uid": "a2", "flags": [DUE_SOON], "due_date": TODAY, "lead_emails": []},
    ]
    notices = lead_notices(rows, sent=set())
    assert [n.key for n in notices] == ["overdue:a1:2026-11-26"]
    assert lead_notices(rows, sent={"overdue:a1:2026-11-26"}) == []
    rows[0]["due_date"] = TODAY - 2 * DAY  # a new due date is a new notice
    assert [n.key for n in lead_notices(rows, sent={"overdue:a1:2026-11-26"})] == [
        "overdue:a1:2026-11-25"
    ]


def test_digest_once_a_month():
    notice = digest_notice(TODAY, {"b@x.org", "a@x.org"}, sent=set())
    assert notice.key == "digest:2026-11"
    assert notice.recipients == ("a@x.org", "b@x.org")
    assert digest_notice(TODAY, {"a@x.org"}, sent={"digest:2026-11"}) is None
    assert digest_notice(TODAY, set(), sent=set()) is None
