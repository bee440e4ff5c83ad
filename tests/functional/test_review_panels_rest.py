"""The review page's clocks and overdue requests as JSON (``@scr-clocks``,
``@scr-overdue-requests``), which a Volto review page reads: the review team and the board
read them, a visitor gets 401."""

from datetime import timedelta

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from reviews import TODAY
from reviews import add_request
from reviews import advance


@pytest.fixture
def review(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-k", title="Child K"
        )
    advance(review, "running")
    add_request(review, title="Police records", date_due=TODAY - timedelta(days=5))
    add_request(review, title="School records", date_due=TODAY + timedelta(days=5))
    transaction.commit()
    return review


def test_clocks(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    answer = rita.get("safeguarding-reviews/child-k/@scr-clocks")
    assert answer.status_code == 200, answer.text
    clocks = answer.json()["clocks"]
    assert clocks, "a running review has clocks"
    for clock in clocks:
        assert clock["id"] and clock["title"] and clock["state_title"]
        assert isinstance(clock["left"], int) or clock["left"] is None
        if clock["due"]:
            assert len(clock["due"]) == 10 and clock["due"][4] == "-"
        assert clock["overdue_by"] is None or clock["overdue_by"] > 0
    board = request_factory(basic_auth=("bola", PASSWORD))
    assert board.get("safeguarding-reviews/child-k/@scr-clocks").status_code == 200
    visitor = request_factory(basic_auth=None)
    assert visitor.get("safeguarding-reviews/child-k/@scr-clocks").status_code == 401


def test_overdue_requests(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    answer = rita.get("safeguarding-reviews/child-k/@scr-overdue-requests")
    assert answer.status_code == 200, answer.text
    items = answer.json()["items"]
    assert [item["title"] for item in items] == ["Police records"]
    assert items[0]["due"] == (TODAY - timedelta(days=5)).isoformat()
    assert items[0]["@id"].endswith("/child-k/police-records")
    visitor = request_factory(basic_auth=None)
    assert visitor.get("safeguarding-reviews/child-k/@scr-overdue-requests").status_code == 401
