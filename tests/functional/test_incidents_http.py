"""Serious incidents over HTTP: the incident page, "Start a local review", the chain on
the review, GET @scr-chain, the content endpoints and the dashboard."""

import re

import pytest
import transaction

from conftest import PASSWORD
from incidents import add_incident
from incidents import add_rapid_review
from incidents import decide


@pytest.fixture
def incident(rest_reviews_folder):
    incident = add_incident(rest_reviews_folder)
    add_rapid_review(incident)
    transaction.commit()
    return incident


def page_session(request_factory, user):
    session = request_factory(basic_auth=(user, PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    return session


def authenticator(html):
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', html).group(1)


def test_incident_page_shows_clocks_chain_and_what_is_missing(request_factory, incident):
    rita = page_session(request_factory, "rita")
    html = rita.get("safeguarding-reviews/child-e").text
    assert "Notification to the Child Safeguarding Practice Review Panel" in html
    assert "scrqm-chain-rapid_review" in html
    assert "The chair&#x27;s decision to hold a review is not recorded." in html or (
        "The chair's decision to hold a review is not recorded." in html
    )
    assert "scrqm-start-local-review" not in html
    # refused before the chair's decision: 409 and nothing written
    page = rita.get("safeguarding-reviews/child-e/edit")
    answer = rita.post(
        "safeguarding-reviews/child-e/@@start-local-review",
        data={"_authenticator": authenticator(page.text)},
    )
    assert answer.status_code == 409
    transaction.begin()
    assert incident.review_uid is None


def test_start_a_local_review_through_the_pages(request_factory, incident, rest_reviews_folder):
    decide(incident)
    transaction.commit()
    chandra = page_session(request_factory, "chandra")
    # the chair does not create reviews
    answer = chandra.get("safeguarding-reviews/child-e/@@start-local-review")
    assert "Start the local review" not in answer.text
    rita = page_session(request_factory, "rita")
    html = rita.get("safeguarding-reviews/child-e").text
    assert "scrqm-start-local-review" in html
    form = rita.get("safeguarding-reviews/child-e/@@start-local-review")
    # without the authenticator nothing is created
    refused = rita.post("safeguarding-reviews/child-e/@@start-local-review", data={})
    assert refused.status_code == 403
    transaction.begin()
    assert incident.review_uid is None
    answer = rita.post(
        "safeguarding-reviews/child-e/@@start-local-review",
        data={"_authenticator": authenticator(form.text)},
    )
    assert answer.status_code == 200
    assert answer.url.endswith("/safeguarding-reviews/child-e-1")
    assert "Local review started." in answer.text
    assert "Started from a serious incident" in answer.text
    assert "scrqm-chain-incident" in answer.text
    transaction.begin()
    review = rest_reviews_folder["child-e-1"]
    assert incident.review_uid == review.UID()
    html = rita.get("safeguarding-reviews/child-e").text
    assert "Local review started:" in html
    assert "scrqm-start-local-review" not in html
    # the chain through REST, from the incident and from the review
    rest = request_factory(basic_auth=("bola", PASSWORD))
    chain = rest.get("safeguarding-reviews/child-e/@scr-chain").json()
    assert [step["step"] for step in chain["steps"]] == ["incident", "rapid_review", "review"]
    assert chain["review"]["@id"].endswith("/child-e-1")
    assert {clock["id"] for clock in chain["clocks"]} == {"notification", "rapid_review"}
    assert chain["decision"] == "review"
    assert chain["recommendation"] == "local-review"
    assert chain["can_start_local_review"] is False
    from_review = rest.get("safeguarding-reviews/child-e-1/@scr-chain").json()
    assert from_review["steps"] == chain["steps"]
    # the dashboard lists the incident with its clocks, and the review without them
    board = rest.get("@scr-dashboard").json()
    assert [row["title"] for row in board["incidents"]] == ["Child E"]
    review_row = next(row for row in board["items"] if row["title"] == "Child E")
    assert {clock["id"] for clock in review_row["clocks"]} == {"publication", "advance_copy"}
    dashboard = page_session(request_factory, "bola").get("@@scr-dashboard").text
    assert "Serious incidents and rapid reviews" in dashboard


def test_content_endpoints(request_factory, rest_reviews_folder):
    rest = request_factory(basic_auth=("rita", PASSWORD))
    created = rest.post(
        "safeguarding-reviews",
        json={
            "@type": "SeriousIncident",
            "title": "Child H",
            "aware_date": "2026-11-20",
            "child_outcome": "seriously-harmed",
            "notifiable": "yes",
            "agencies": ["Police"],
        },
    )
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    rapid = rest.post(
        url,
        json={
            "@type": "RapidReview",
            "title": "Rapid review",
            "agency_contributions": ["Police | 2026-11-21 | 2026-11-23"],
            "recommendation": "no-further-review",
            "rationale": "Single-agency learning, taken forward by the police.",
            "sent_to_panel_date": "2026-11-24",
        },
    )
    assert rapid.status_code == 201, rapid.text
    letter = rest.post(
        url,
        json={
            "@type": "StatutoryLetter",
            "title": "Notification to Ofsted",
            "letter_type": "notification",
            "direction": "sent",
            "correspondent": "ofsted",
            "letter_date": "2026-11-21",
        },
    )
    assert letter.status_code == 201, letter.text
    clocks = {c["id"]: c for c in rest.get(f"{url}/@scr-chain").json()["clocks"]}
    assert clocks["notification"]["stopped"] == "2026-11-21"
    assert clocks["rapid_review"]["stopped"] == "2026-11-24"
    # bad input: a clear 400, nothing written
    bad = rest.post(
        url,
        json={
            "@type": "RapidReview",
            "title": "Second",
            "agency_contributions": ["Police | yesterday"],
        },
    )
    assert bad.status_code == 400
    assert "already has its rapid review" in bad.text
    bad = rest.patch(f"{url}/rapid-review", json={"agency_contributions": ["Police | yesterday"]})
    assert bad.status_code == 400
    assert "agency" in bad.text
    assert rest.get(f"{url}/rapid-review").json()["agency_contributions"] == [
        "Police | 2026-11-21 | 2026-11-23"
    ]
    bad = rest.patch(url, json={"notifiable": "no", "notifiable_reason": ""})
    assert bad.status_code == 400
    assert rest.get(url).json()["notifiable"]["token"] == "yes"
    # the chair may not add incidents; the decision is hers, not the review manager's
    chandra = request_factory(basic_auth=("chandra", PASSWORD))
    refused = chandra.post(
        "safeguarding-reviews",
        json={"@type": "SeriousIncident", "title": "X", "aware_date": "2026-11-20"},
    )
    assert refused.status_code in (401, 403)
    decided = chandra.patch(
        url,
        json={
            "decision": "no-review",
            "decision_date": "2026-11-25",
            "decision_rationale": "The rapid review found the learning; no further review.",
        },
    )
    assert decided.status_code == 204, decided.text
    rest.patch(url, json={"decision": "review"})
    assert rest.get(url).json()["decision"]["token"] == "no-review"
    transaction.begin()
    assert rest_reviews_folder["child-h"].decision == "no-review"
