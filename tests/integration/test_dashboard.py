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


def test_daily_refresh_brings_figures_up_to_date(portal, reviews):
    from plone_scrqm.review.reindex import refresh_all_clocks

    catalog = api.portal.get_tool("portal_catalog")
    review = reviews["pending"]
    uid = api.content.get_uuid(review)
    assert catalog.unrestrictedSearchResults(UID=uid)[0].scrqm_overdue is False
    review.aware_date = TODAY - timedelta(days=40)  # as if the days had passed
    assert catalog.unrestrictedSearchResults(UID=uid)[0].scrqm_overdue is False
    assert refresh_all_clocks() == 3
    assert catalog.unrestrictedSearchResults(UID=uid)[0].scrqm_overdue is True
