"""The action tracker through HTTP: REST with filters and clear 400s, the page, the CSV
export, and a review's findings page."""

import csv
import io
from datetime import timedelta

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from reviews import TODAY
from reviews import add_action
from reviews import add_finding
from reviews import advance


@pytest.fixture
def actions(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-t", title="Child T"
        )
    advance(review, "running")
    finding = add_finding(review)
    add_finding(review, title="Finding 2: supervision")
    add_action(review, [finding], title="Overdue one", due_date=TODAY - timedelta(days=3))
    add_action(review, [finding], title="Education one", agency="Education")
    transaction.commit()
    return review


def get(request_factory, path, user="bola", **params):
    session = request_factory(basic_auth=(user, PASSWORD))
    return session.get(path, params=params)


def test_scr_actions_lists_with_flags(request_factory, actions):
    data = get(request_factory, "@scr-actions").json()
    assert data["items_total"] == 2
    titles = {item["title"]: item for item in data["items"]}
    assert titles["Overdue one"]["flags"] == ["overdue"]
    assert titles["Overdue one"]["review"] == "Child T"
    assert titles["Overdue one"]["due_date"] == (TODAY - timedelta(days=3)).isoformat()
    assert "finding_uids" not in titles["Overdue one"]


def test_scr_actions_filters(request_factory, actions):
    only_overdue = get(request_factory, "@scr-actions", flag="overdue").json()
    assert [item["title"] for item in only_overdue["items"]] == ["Overdue one"]
    education = get(request_factory, "@scr-actions", agency="Education").json()
    assert [item["title"] for item in education["items"]] == ["Education one"]
    by_title = get(request_factory, "@scr-actions", sort_on="title", sort_order="descending").json()
    assert [item["title"] for item in by_title["items"]] == ["Overdue one", "Education one"]


def test_scr_actions_bad_filter_is_400_naming_allowed_values(request_factory, actions):
    response = get(request_factory, "@scr-actions", status="finished")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["parameter"] == "status"
    assert "in_progress" in error["allowed"]
    assert "'finished' is not an allowed value for 'status'" in error["message"]


def test_scr_actions_hidden_from_others(request_factory, actions):
    assert get(request_factory, "@scr-actions", user="edwin").json()["items_total"] == 0
    anonymous = request_factory().get("@scr-actions")
    assert anonymous.status_code == 401
    assert "Overdue one" not in anonymous.text


def test_tracker_page_and_csv(request_factory, actions):
    session = request_factory(basic_auth=("rita", PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    page = session.get("@@action-tracker", params={"flag": "overdue"})
    assert page.status_code == 200
    assert "Overdue one" in page.text and "Education one" not in page.text
    bad = session.get("@@action-tracker", params={"flag": "late"})
    assert bad.status_code == 400
    assert "is not an allowed value for" in bad.text
    export = session.get("@@action-tracker.csv")
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert export.headers["Content-Type"].startswith("text/csv")
    assert {row["title"] for row in rows} == {"Overdue one", "Education one"}
    assert next(r for r in rows if r["title"] == "Overdue one")["flags"] == "Overdue"


def test_review_findings_page(request_factory, actions):
    session = request_factory(basic_auth=("bola", PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    page = session.get("safeguarding-reviews/child-t/@@findings")
    assert page.status_code == 200
    assert "Finding 1: thresholds for neglect" in page.text
    assert "Overdue one" in page.text
    assert "No action answers this finding yet." in page.text  # Finding 2


def test_create_action_through_rest_checks_the_findings(request_factory, actions):
    session = request_factory(basic_auth=("rita", PASSWORD))
    finding_uid = actions["finding-1-thresholds-for-neglect"].UID()
    good = session.post(
        "safeguarding-reviews/child-t",
        json={
            "@type": "ImprovementAction",
            "title": "Multi-agency audit",
            "findings": [finding_uid],
            "agency": "Police",
            "due_date": str(TODAY + timedelta(days=90)),
            "success_measure": "Fewer children wait for help.",
        },
    )
    assert good.status_code == 201, good.text
    bad = session.post(
        "safeguarding-reviews/child-t",
        json={
            "@type": "ImprovementAction",
            "title": "Unknown finding",
            "findings": ["not-a-finding"],
            "agency": "Police",
            "due_date": str(TODAY),
            "success_measure": "x",
        },
    )
    assert bad.status_code == 400
