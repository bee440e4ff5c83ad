""" "My work": each role sees the moves, clocks and actions waiting for them, from
providers that other capabilities can add to."""

from datetime import timedelta

import pytest
from plone import api
from plone.base.interfaces import INavigationRoot
from zope.component import getAdapters
from zope.component import getGlobalSiteManager
from zope.interface import alsoProvides
from zope.interface import implementer

from plone_scrqm.interfaces import IMyWorkProvider
from plone_scrqm.interfaces import IPloneScrqmLayer
from plone_scrqm.mywork.providers import groups
from plone_scrqm.mywork.tasks import Task
from plone_scrqm.mywork.views import has_review_role
from reviews import TODAY
from reviews import add_action
from reviews import add_finding
from reviews import advance


@pytest.fixture
def http_request(portal):
    request = portal.REQUEST
    alsoProvides(request, IPloneScrqmLayer)
    return request


@pytest.fixture
def reviews(make_review, reviews_folder):
    running = advance(make_review(title="Child A"), "running")
    overdue = advance(make_review(title="Child B"), "setting_up")
    overdue.aware_date = TODAY - timedelta(days=40)
    overdue.reindexObject()
    referred = make_review(title="Child C")
    finding = add_finding(running)
    late = add_action(running, [finding], title="Threshold tool", due_date=TODAY - timedelta(1))
    add_action(running, [finding], title="Training", due_date=TODAY + timedelta(3))
    add_action(running, [finding], title="Audit", due_date=TODAY + timedelta(90))
    add_action(running, [finding], title="Someone else's", due_date=TODAY, lead_user="rita")
    return {"running": running, "overdue": overdue, "referred": referred, "late": late}


def work_of(user, portal, request):
    with api.env.adopt_user(username=user):
        return {name: tasks for name, _provider, tasks in groups(portal, request)}


def texts(tasks):
    return [task.text for task in tasks]


def test_the_four_kinds_are_registered_in_order(portal, http_request):
    found = getAdapters((portal, http_request), IMyWorkProvider)
    names = [name for name, _p in sorted(found, key=lambda item: item[1].order)]
    assert names == ["review-moves", "document-moves", "overdue-clocks", "actions"]


def test_review_manager_sees_moves_now_and_what_the_others_need(portal, http_request, reviews):
    work = work_of("rita", portal, http_request)
    moves = work["review-moves"]
    assert moves, "the Review Manager manages phases"
    by_url = {}
    for task in moves:
        by_url.setdefault(task.url, []).append(task)
    running = by_url[reviews["running"].absolute_url()]
    assert any(task.available for task in running)
    blocked = [task for task in moves if not task.available]
    assert blocked and all(task.needs for task in blocked)
    assert all("still needed" in task.text for task in blocked)
    assert all(task.kind == "review-moves" for task in moves)


def test_board_member_has_no_moves_on_reviews(portal, http_request, reviews):
    assert work_of("bola", portal, http_request)["review-moves"] == []


def test_overdue_clock_from_catalog_metadata(portal, http_request, reviews):
    clocks = work_of("rita", portal, http_request)["overdue-clocks"]
    assert clocks and {task.review for task in clocks} == {"Child B"}
    assert clocks[0].urgent
    assert "working days overdue" in clocks[0].text
    assert clocks[0].url.startswith(reviews["overdue"].absolute_url())


def test_lead_sees_own_actions_overdue_or_due_soon(portal, http_request, reviews):
    actions = work_of("leo", portal, http_request)["actions"]
    assert len(actions) == 2
    assert "Threshold tool" in actions[0].text and "Training" in actions[1].text
    assert actions[0].url == reviews["late"].absolute_url()
    assert actions[0].urgent and "overdue" in actions[0].text
    assert not actions[1].urgent and "due soon" in actions[1].text
    assert [t.review for t in work_of("rita", portal, http_request)["actions"]] == ["Child A"]


def test_nobody_else_sees_anything(portal, http_request, reviews):
    for user in ("edwin", "morgan"):
        work = work_of(user, portal, http_request)
        assert all(tasks == [] for tasks in work.values()), user


def test_a_capability_adds_a_kind_without_editing_the_page(portal, http_request, reviews):
    @implementer(IMyWorkProvider)
    class FamilyQuestions:
        order = 50
        title = "Family questions"

        def __init__(self, context, request):
            pass

        def tasks(self):
            return [Task("family-questions", "Answer the mother's question", "http://q")]

    registry = getGlobalSiteManager()
    args = (FamilyQuestions, (INavigationRoot, IPloneScrqmLayer), IMyWorkProvider, "family")
    registry.registerAdapter(*args)
    try:
        with api.env.adopt_user(username="rita"):
            html = portal.restrictedTraverse("@@scr-my-work")()
        assert "Answer the mother&#x27;s question" in html or "Answer the mother's question" in html
        assert "Family questions" in html
    finally:
        registry.unregisterAdapter(*args)


def test_page_links_each_task(portal, http_request, reviews):
    with api.env.adopt_user(username="rita"):
        html = portal.restrictedTraverse("@@scr-my-work")()
    assert f'href="{reviews["overdue"].absolute_url()}#scrqm-clocks-heading"' in html
    assert "Overdue clocks" in html
    assert "@@scr-dashboard" in html and "@@action-tracker" in html


def test_empty_page_says_so(portal, http_request, reviews_folder):
    with api.env.adopt_user(username="morgan"):
        html = portal.restrictedTraverse("@@scr-my-work")()
    assert "Nothing waits for you today." in html


def test_review_roles_are_found_on_the_folder(portal, reviews):
    for user in ("rita", "leo", "chandra", "bola"):
        with api.env.adopt_user(username=user):
            assert has_review_role(), user
    for user in ("edwin", "morgan"):
        with api.env.adopt_user(username=user):
            assert not has_review_role(), user
