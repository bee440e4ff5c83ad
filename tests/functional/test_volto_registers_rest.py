"""The JSON a Volto site reads for the marker catalogue, the dashboard, the action tracker,
a review's information register (``@scr-information``) and its history (``@scr-history``):
the same content and rules as the classic pages; a visitor gets 401, a member with no role
on the review gets 401 or 403, and nothing private is in the answer of those who may not
see it."""

from datetime import timedelta

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from reviews import SET_UP
from reviews import TODAY
from reviews import add_action
from reviews import add_entry
from reviews import add_event
from reviews import add_finding
from reviews import add_request
from reviews import advance
from reviews import set_fields

REVIEW = "safeguarding-reviews/child-k"


@pytest.fixture
def review(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-k", title="Child K"
        )
    advance(review, "setting_up")
    set_fields(review, **SET_UP)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(
            obj=review, transition="start_review", comment="Panel agreed the terms of reference"
        )
    add_request(review, title="Police records", date_due=TODAY - timedelta(days=5))
    add_request(
        review,
        title="School records",
        date_due=TODAY + timedelta(days=5),
        date_received=TODAY - timedelta(days=1),
    )
    add_event(review, title="Practitioner learning event")
    add_entry(review, what_happened="Home visit; the baby was seen asleep.")
    transaction.commit()
    return review


def _refused(request_factory, path, users=("morgan", "edwin")):
    """Statuses of a visitor and of members with no role on the review."""
    statuses = {"anonymous": request_factory(basic_auth=None).get(path).status_code}
    for user in users:
        statuses[user] = request_factory(basic_auth=(user, PASSWORD)).get(path).status_code
    return statuses


def test_information_register(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    answer = rita.get(f"{REVIEW}/@scr-information")
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert data["title"] == "Child K"
    by_title = {row["title"]: row for row in data["requests"]}
    assert list(by_title) == ["Police records", "School records"]
    police = by_title["Police records"]
    assert police["agency"] == "Police"
    assert police["status"] == "overdue"
    assert police["status_title"]
    assert police["date_due"] == (TODAY - timedelta(days=5)).isoformat()
    assert police["date_received"] is None
    assert police["@id"].endswith("/child-k/police-records")
    assert by_title["School records"]["status"] == "received"
    assert [event["title"] for event in data["events"]] == ["Practitioner learning event"]
    assert data["chronology_count"] == 1
    assert data["can_add"] is True
    statuses = _refused(request_factory, f"{REVIEW}/@scr-information")
    assert set(statuses.values()) <= {401, 403}, statuses


def test_information_register_board_has_no_chronology(request_factory, review):
    """The board reads the register as on the page, without the chronology's count."""
    bola = request_factory(basic_auth=("bola", PASSWORD))
    answer = bola.get(f"{REVIEW}/@scr-information")
    assert answer.status_code == 200, answer.text
    assert "chronology_count" not in answer.json()
    assert "baby" not in answer.text


def test_history(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    answer = rita.get(f"{REVIEW}/@scr-history")
    assert answer.status_code == 200, answer.text
    data = answer.json()
    items = data["items"]
    assert data["items_total"] == len(items) == 4  # created and three moves
    whens = [item["when"] for item in items]
    assert whens == sorted(whens, reverse=True), "newest first"
    newest = items[0]
    assert newest["state"] == "Running"
    assert newest["comment"] == "Panel agreed the terms of reference"
    assert newest["document"] == "Child K"
    assert all(
        set(item) == {"when", "document", "action", "state", "actor", "comment"} for item in items
    )
    # The board may view the review, so it reads the history as on the page.
    bola = request_factory(basic_auth=("bola", PASSWORD))
    assert bola.get(f"{REVIEW}/@scr-history").status_code == 200
    statuses = _refused(request_factory, f"{REVIEW}/@scr-history")
    assert statuses["anonymous"] == 401
    assert set(statuses.values()) <= {401, 403}, statuses
    for user in ("morgan", "edwin"):
        refused = request_factory(basic_auth=(user, PASSWORD)).get(f"{REVIEW}/@scr-history")
        assert "Panel agreed" not in refused.text
        assert "Child K" not in refused.text


def test_markers_by_cluster(request_factory, functional_portal, reader):
    answer = request_factory(basic_auth=("reader", PASSWORD)).get("@scr-markers")
    data = answer.json()
    clusters = data["clusters"]
    assert [cluster["id"] for cluster in clusters] == ["setting-up", "running", "outputs"]
    assert [cluster["markers"] for cluster in clusters] == [
        list(range(1, 6)),
        list(range(6, 14)),
        list(range(14, 19)),
    ]
    assert clusters[0]["title"] == "Setting up the review"
    assert data["items"][0]["cluster_title"] == "Setting up the review"
    # A visitor: the catalogue's workflow keeps the markers for signed-in users.
    visitor = request_factory().get("@scr-markers").json()
    assert visitor["items"] == [] and visitor["clusters"] == []


def test_dashboard_options(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    data = rita.get("@scr-dashboard").json()
    assert [row["title"] for row in data["items"]] == ["Child K"]
    phases = {option["id"]: option["title"] for option in data["phase_options"]}
    assert phases["running"] == "Running"
    assert data["items"][0]["phase"] in phases
    assert [option["id"] for option in data["sort_options"]] == [
        "next_due",
        "title",
        "phase",
        "type",
    ]
    assert all(option["id"] and option["title"] for option in data["type_options"])
    assert request_factory(basic_auth=None).get("@scr-dashboard").status_code == 401


def test_actions_options(request_factory, review):
    finding = add_finding(review)
    add_action(review, [finding], due_date=TODAY - timedelta(days=3))
    transaction.commit()
    rita = request_factory(basic_auth=("rita", PASSWORD))
    data = rita.get("@scr-actions").json()
    [row] = data["items"]
    assert row["title"] and row["review"] == "Child K"
    assert "Overdue" in row["flag_titles"]
    assert row["rag_title"] is None  # no progress update yet
    options = data["options"]
    assert {"id": review.UID(), "title": "Child K"} in options["review"]
    assert [option["id"] for option in options["status"]] == [
        "proposed",
        "agreed",
        "in_progress",
        "completed",
        "impact_evaluated",
    ]
    assert {"id": "overdue", "title": "Overdue"} in options["flag"]
    assert "due_date" in options["sort_on"]
    # Morgan may see no review: none is offered to filter by.
    morgan = request_factory(basic_auth=("morgan", PASSWORD)).get("@scr-actions").json()
    assert morgan["options"]["review"] == []
    assert request_factory(basic_auth=None).get("@scr-actions").status_code == 401
