"""The partnership dashboard: what each role sees, filters, sorting, charts, all from the
catalog."""

from datetime import timedelta

import pytest
from plone import api

from plone_scrqm.review.dashboard import query_rows
from reviews import TODAY
from reviews import advance


@pytest.fixture
def reviews(make_review, reviews_folder):
    on_time = advance(make_review(title="Child A"), "running")
    overdue = advance(make_review(title="Child B"), "setting_up")
    overdue.aware_date = TODAY - timedelta(days=40)
    overdue.notification_delay_reason = "The incident came to light weeks later."
    overdue.notification_delay_board_told = TODAY - timedelta(days=10)
    overdue.reindexObject()
    pending = make_review(title="Child C")
    with api.env.adopt_user(username="rita"):
        api.content.create(
            container=on_time,
            type="ParallelProcess",
            title="Criminal investigation",
            kind="criminal-investigation",
            effects=["delays"],
        )
    return {"on_time": on_time, "overdue": overdue, "pending": pending}


def rows_for(user, portal, **filters):
    with api.env.adopt_user(username=user):
        return query_rows(portal, **filters)


def test_each_review_role_sees_every_review(portal, reviews):
    for user in ("rita", "leo", "chandra", "bola", "samira"):
        titles = sorted(row["title"] for row in rows_for(user, portal))
        assert titles == ["Child A", "Child B", "Child C"], user


def test_nobody_else_sees_a_review(portal, reviews):
    for user in ("edwin", "morgan"):
        assert rows_for(user, portal) == [], user


def test_rows_come_from_the_catalog_with_clocks(portal, reviews):
    rows = {row["title"]: row for row in rows_for("bola", portal)}
    assert rows["Child A"]["phase"] == "running"
    assert rows["Child A"]["review_type"] == "lcspr"
    assert rows["Child A"]["delay_explained"] is False
    assert rows["Child A"]["processes"] == {
        "total": 1,
        "active": 1,
        "delaying": 1,
        "embargo": False,
    }
    assert rows["Child B"]["overdue"] is True
    assert rows["Child B"]["delay_explained"] is True
    notification, rapid_review = rows["Child B"]["clocks"][:2]
    assert notification["title"] == "Notification to the Child Safeguarding Practice Review Panel"
    assert notification["state"] == "overdue" and notification["delay_explained"] is True
    assert rapid_review["state"] == "overdue" and rapid_review["delay_explained"] is False
    assert rows["Child C"]["clocks"][0]["state"] == "not-started"


def test_filters_and_sorting(portal, reviews):
    assert [r["title"] for r in rows_for("rita", portal, overdue=True)] == ["Child B"]
    assert [r["title"] for r in rows_for("rita", portal, phase="running")] == ["Child A"]
    assert [r["title"] for r in rows_for("rita", portal, review_type="lcspr")] == [
        "Child B",
        "Child A",
    ]
    assert [r["title"] for r in rows_for("rita", portal, sort_on="phase")] == [
        "Child C",
        "Child B",
        "Child A",
    ]
    assert [r["title"] for r in rows_for("rita", portal, sort_on="title")] == [
        "Child A",
        "Child B",
        "Child C",
    ]
    # Next due first; a review with no running clock last.
    assert [r["title"] for r in rows_for("rita", portal)][-1] == "Child C"


def test_dashboard_page_and_charts(portal, reviews):
    request = portal.REQUEST
    request.form.update({"sort_on": "title"})
    with api.env.adopt_user(username="bola"):
        html = portal.restrictedTraverse("@@scr-dashboard")()
    assert "Child A" in html and "Child B" in html
    assert 'role="img"' in html
    assert "Reviews by phase" in html
    assert (
        "working days overdue, delay explained and notified (Notification to the Child "
        "Safeguarding Practice Review Panel)"
    ) in html
    assert "delay explained and notified" in html
    assert "url(#scrqm-dots)" in html


def test_dashboard_never_wakes_a_review(portal, reviews, monkeypatch):
    from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain

    def refuse(self, *args, **kwargs):
        raise AssertionError("getObject called")

    monkeypatch.setattr(AbstractCatalogBrain, "getObject", refuse)
    monkeypatch.setattr(AbstractCatalogBrain, "_unrestrictedGetObject", refuse)
    with api.env.adopt_user(username="rita"):
        assert len(query_rows(portal)) == 3


def test_days_pass_without_reindexing_the_figures_follow(portal, reviews, monkeypatch):
    """The catalog keeps the clocks' dates: a week after a due date the dashboard shows the
    clock overdue (and the overdue filter finds the review) with no review indexed again."""
    from Products.CMFCore.CMFCatalogAware import CatalogAware

    row = {r["title"]: r for r in rows_for("bola", portal)}["Child A"]
    due = row["next_due"]
    assert due is not None and due >= TODAY
    assert row["overdue"] is False
    assert "Child A" not in [r["title"] for r in rows_for("bola", portal, overdue=True)]

    def refuse(self, *args, **kwargs):
        raise AssertionError("a review was indexed again")

    monkeypatch.setattr(CatalogAware, "reindexObject", refuse)
    later = due + timedelta(days=7)
    with api.env.adopt_user(username="bola"):
        rows = {r["title"]: r for r in query_rows(portal, today=later)}
        overdue = [r["title"] for r in query_rows(portal, overdue=True, today=later)]
    assert rows["Child A"]["overdue"] is True
    assert rows["Child A"]["worst_overdue"] >= 1
    assert "Child A" in overdue
    clock = next(c for c in rows["Child A"]["clocks"] if c["due"] == due)
    assert clock["state"] == "overdue" and clock["left"] < 0


def test_refresh_after_the_timescales_change(portal, reviews):
    from plone_scrqm.review.reindex import refresh_all_clocks

    catalog = api.portal.get_tool("portal_catalog")
    review = reviews["overdue"]
    uid = api.content.get_uuid(review)
    before = catalog.unrestrictedSearchResults(UID=uid)[0].scrqm_next_due
    review.aware_date = review.aware_date - timedelta(days=7)  # as if a rule had changed
    assert catalog.unrestrictedSearchResults(UID=uid)[0].scrqm_next_due == before
    assert refresh_all_clocks() == 3
    assert catalog.unrestrictedSearchResults(UID=uid)[0].scrqm_next_due < before
