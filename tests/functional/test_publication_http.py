"""Through HTTP, as real visitors: the guarded @workflow, next steps, the public listing,
scheduled publication by direct URL and REST as Anonymous, and the publication clock."""

import csv
import io
from datetime import timedelta

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from reviews import TODAY
from reviews import add_documents
from reviews import advance
from reviews import to_awaiting_approval


@pytest.fixture
def review(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-d", title="Child D"
        )
    advance(review, "setting_up")
    transaction.commit()
    return review


def session(request_factory, user=None, api_call=True):
    s = request_factory(basic_auth=(user, PASSWORD) if user else None, api=api_call)
    if not api_call:
        s.headers["Accept"] = "text/html"
    return s


def test_workflow_refusal_names_what_is_missing(request_factory, review):
    rita = session(request_factory, "rita")
    response = rita.post("safeguarding-reviews/child-d/@workflow/start_review", json={})
    assert response.status_code == 400
    error = response.json()["error"]
    assert "Start the review" in error["message"]
    assert "the terms of reference (QM6)" in error["missing"]
    assert rita.get("safeguarding-reviews/child-d").json()["review_state"] == "setting_up"


def test_workflow_transition_through_rest(request_factory, review):
    rita = session(request_factory, "rita")
    rita.patch(
        "safeguarding-reviews/child-d",
        json={
            "board_advised_date": str(TODAY - timedelta(days=30)),
            "purpose_statement": "Learning.",
            "terms_of_reference": "Scope.",
            "lead_reviewers": ["Lead reviewer"],
            "conducted_by": "Lead reviewer",
            "quality_assured_by": "Subgroup",
            "signed_off_by": "Chair",
            "planned_completion_date": str(TODAY + timedelta(days=100)),
        },
    ).raise_for_status()
    response = rita.post(
        "safeguarding-reviews/child-d/@workflow/start_review", json={"comment": "All set."}
    )
    assert response.status_code == 200, response.text
    assert response.json()["review_state"] == "running"
    workflow = rita.get("safeguarding-reviews/child-d/@workflow").json()
    assert workflow["history"][-1]["comments"] == "All set."
    assert workflow["history"][-1]["actor"] == "rita"


def test_next_steps(request_factory, review):
    steps = session(request_factory, "rita").get("safeguarding-reviews/child-d/@scr-next-steps")
    data = steps.json()
    assert data["state"] == "setting_up"
    assert data["state_title"] == "Setting up"
    assert data["steps"][0]["id"] == "start_review"
    assert data["steps"][0]["available"] is False
    board = session(request_factory, "bola").get("safeguarding-reviews/child-d/@scr-next-steps")
    assert board.json()["steps"] == []


def test_board_member_cannot_decide_through_rest(request_factory, review):
    response = session(request_factory, "bola").post(
        "safeguarding-reviews/child-d/@workflow/start_review", json={}
    )
    assert response.status_code in (400, 401, 403)


def _approved_pair(review, publication_date):
    advance(review, "reporting") if api.content.get_state(review) != "reporting" else None
    report, response = add_documents(review, publication_date=publication_date)
    to_awaiting_approval(report, response)
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=report, transition="approve")
        api.content.transition(obj=response, transition="approve")
    transaction.commit()
    return report, response


def test_scheduled_publication_is_access_control(request_factory, rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-e", title="Child E"
        )
    advance(review, "reporting")
    _approved_pair(review, TODAY + timedelta(days=1))
    anonymous_api = session(request_factory)
    anonymous_page = session(request_factory, api_call=False)
    paths = ("safeguarding-reviews/child-e/report", "safeguarding-reviews/child-e/response")
    for path in paths:
        assert anonymous_api.get(path).status_code == 401
        assert anonymous_page.get(path, allow_redirects=False).status_code in (302, 401)
    assert (
        anonymous_api.get("@search", params={"portal_type": "ReviewReport"}).json()["items_total"]
        == 0
    )
    # The clock runs (cron) before the date: nothing is published
    samira = session(request_factory, "samira", api_call=False)
    clock = samira.post("@@scr-publication-clock")
    assert clock.status_code == 200, clock.text
    assert clock.json()["published"] == []
    assert samira.get("@@scr-publication-clock").status_code == 405
    # The date comes
    review["report"].publication_date = review["response"].publication_date = TODAY
    transaction.commit()
    assert len(samira.post("@@scr-publication-clock").json()["published"]) == 2
    for path in paths:
        assert anonymous_api.get(path).status_code == 200
        assert anonymous_page.get(path).status_code == 200
    assert anonymous_api.get("safeguarding-reviews/child-e").status_code == 401
    # The public reads the document, never the internal record kept with it
    public_json = anonymous_api.get(paths[0]).json()
    assert public_json["summary"] == "How agencies shared information about neglect."
    for internal in (
        "family_told_date",
        "family_support",
        "professionals_told_date",
        "withdrawal_reason",
    ):
        assert internal not in public_json
    public_html = anonymous_page.get(paths[0]).text
    assert "How agencies shared information about neglect." in public_html
    assert "Internal record" not in public_html and "family were told" not in public_html
    team_html = session(request_factory, "chandra", api_call=False).get(paths[0]).text
    assert "Internal record (not public)" in team_html
    assert "family_told_date" in session(request_factory, "chandra").get(paths[0]).json()
    assert anonymous_page.get(
        "safeguarding-reviews/child-e", allow_redirects=False
    ).status_code in (302, 401)

    listing = anonymous_api.get("@scr-published").json()
    assert listing["items_total"] == 1
    item = listing["items"][0]
    assert item["pseudonym"] == "Child E"
    assert item["area"] == "Northshire"
    assert item["learning_themes"] == ["Neglect", "Information sharing"]
    assert item["publication_date"] == TODAY.isoformat()
    assert item["year"] == TODAY.year
    assert item["report_url"].endswith("/safeguarding-reviews/child-e/report")
    assert item["response_url"].endswith("/safeguarding-reviews/child-e/response")

    page = anonymous_page.get("@@published-reviews")
    assert page.status_code == 200
    assert (
        "Child E" in page.text
        and "Read the board&#39;s response" in page.text
        or ("Read the board's response" in page.text)
    )
    rows = list(csv.DictReader(io.StringIO(anonymous_page.get("@@published-reviews.csv").text)))
    assert [row["pseudonym"] for row in rows] == ["Child E"]
    assert rows[0]["learning_themes"] == "Neglect; Information sharing"
    # Themes as a filter (public documents only; an unknown theme is refused)
    assert item["themes"] == ["neglect", "information-sharing"]
    assert anonymous_api.get("@scr-published?theme=neglect").json()["items_total"] == 1
    assert anonymous_api.get("@scr-published?theme=online-harm").json()["items_total"] == 0
    refused_theme = anonymous_api.get("@scr-published?theme=%3Cscript%3E")
    assert refused_theme.status_code == 400
    assert "not a theme" in refused_theme.json()["error"]["message"]
    filtered = anonymous_page.get("@@published-reviews?theme=online-harm")
    assert filtered.status_code == 200 and "Child E" not in filtered.text
    assert 'value="neglect"' in anonymous_page.get("@@published-reviews").text
    assert anonymous_page.get("@@published-reviews?theme=nope").status_code == 400
    assert anonymous_page.get("@@published-reviews.csv?theme=nope").status_code == 400

    # Withdrawal removes public access at once
    chandra = session(request_factory, "chandra")
    refused = chandra.post("safeguarding-reviews/child-e/report/@workflow/withdraw", json={})
    assert refused.status_code == 400
    assert "reason" in refused.json()["error"]["message"]
    withdrawn = chandra.post(
        "safeguarding-reviews/child-e/report/@workflow/withdraw",
        json={"comment": "Court order."},
    )
    assert withdrawn.status_code == 200, withdrawn.text
    assert anonymous_api.get(paths[0]).status_code == 401
    assert anonymous_api.get("@scr-published").json()["items_total"] == 0


def test_approval_refused_through_rest_names_the_reasons(request_factory, rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-g", title="Child G"
        )
    advance(review, "reporting")
    report, _response = add_documents(review, told=False)
    to_awaiting_approval(report)
    transaction.commit()
    refused = session(request_factory, "chandra").post(
        "safeguarding-reviews/child-g/report/@workflow/approve", json={}
    )
    assert refused.status_code == 400
    missing = refused.json()["error"]["missing"]
    assert "a publication date" in missing
    assert "a record of when the family were told the publication date (QM17)" in missing
