"""The plain rules of "My work": task order, overdue clocks, actions that call their lead,
moves that cannot be undone."""

from datetime import date

from plone_scrqm.mywork.tasks import Task
from plone_scrqm.mywork.tasks import actions_waiting
from plone_scrqm.mywork.tasks import needs_confirmation
from plone_scrqm.mywork.tasks import overdue_clocks
from plone_scrqm.mywork.tasks import sort_tasks


def test_urgent_first_then_doable_then_by_due_date():
    later = Task("k", "b", "u", due=date(2026, 12, 1))
    sooner = Task("k", "a", "u", due=date(2026, 11, 30))
    undated = Task("k", "c", "u")
    blocked = Task("k", "d", "u", due=date(2026, 1, 1), available=False)
    urgent = Task("k", "e", "u", due=date(2027, 1, 1), urgent=True)
    ordered = sort_tasks([undated, blocked, later, urgent, sooner])
    assert [t.text for t in ordered] == ["e", "a", "b", "c", "d"]


def test_only_running_overdue_clocks_worst_first():
    metadata = {
        "clocks": [
            {"id": "a", "state": "running", "left": 3, "overdue": False},
            {"id": "b", "state": "overdue", "left": -2, "overdue": True},
            {"id": "c", "state": "late", "left": None, "overdue": False},
            {"id": "d", "state": "overdue", "left": -9, "overdue": True},
            {"id": "e", "state": "met", "left": None, "overdue": False},
        ]
    }
    assert [c["id"] for c in overdue_clocks(metadata)] == ["d", "b"]
    assert overdue_clocks({}) == []
    assert overdue_clocks(None) == []


def test_actions_waiting_are_the_leads_overdue_or_due_soon():
    rows = [
        {"title": "1", "lead_user": "leo", "flags": ["overdue"]},
        {"title": "2", "lead_user": "leo", "flags": ["due-soon", "no-owner"]},
        {"title": "3", "lead_user": "leo", "flags": ["follow-up-due"]},
        {"title": "4", "lead_user": "rita", "flags": ["overdue"]},
        {"title": "5", "lead_user": None, "flags": ["overdue"]},
    ]
    assert [r["title"] for r in actions_waiting(rows, "leo")] == ["1", "2"]
    assert actions_waiting(rows, None) == []


def test_irreversible_moves_ask_first():
    for move in ("publish", "withdraw", "decide_review", "decide_no_review", "close"):
        assert needs_confirmation(move), move
    for move in ("start_review", "return_to_running", "submit_for_qa", "approve"):
        assert not needs_confirmation(move), move


def test_task_as_json():
    task = Task("clock", "Late", "http://x", review="Child A", due=date(2026, 11, 2))
    assert task.as_json() == {
        "kind": "clock",
        "text": "Late",
        "@id": "http://x",
        "review": "Child A",
        "due": "2026-11-02",
        "urgent": False,
        "available": True,
        "needs": [],
    }


def test_own_page_is_the_default_view_only():
    from types import SimpleNamespace

    from plone_scrqm.common.own_page import on_own_page

    review = SimpleNamespace(getLayout=lambda: "view")
    for name in ("view", "@@view"):
        assert on_own_page(review, SimpleNamespace(__name__=name)), name
    for name in ("information", "chronology-import", "findings", "edit", "", None):
        assert not on_own_page(review, SimpleNamespace(__name__=name)), name
    assert on_own_page(object(), SimpleNamespace(__name__="view"))
