"""Hardening: a corpus of bad input through REST and the forms. Every case gets a clear 4xx
answer, never a 500; nothing is half-written; script and HTML payloads are shown escaped."""

from datetime import timedelta

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from plone_scrqm.clocks import today
from reviews import add_documents
from reviews import advance

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
TODAY = today()

CASES = [
    # (name, payload changes, expected status)
    ("wrong type for a date", {"incident_date": "yesterday"}, 400),
    ("wrong type for a number", {"budget": "a lot"}, 400),
    ("negative budget", {"budget": -5}, 400),
    ("list instead of text", {"referral_rationale": ["a", "b"]}, 400),
    ("object instead of a date", {"referral_date": {"day": 1}}, 400),
    (
        "dates out of order",
        {"incident_date": str(TODAY), "referral_date": str(TODAY - timedelta(days=3))},
        400,
    ),
    ("future incident", {"incident_date": str(TODAY + timedelta(days=3))}, 400),
    ("unknown review type", {"review_type": "public-inquiry"}, 400),
    ("unknown decision", {"decision": "maybe"}, 400),
    ("decision without rationale", {"decision": "no-review"}, 400),
    ("pseudonym too long", {"title": "Child " + "D" * 200}, 400),
    ("missing title", {"title": None}, 400),
    ("other reason not given", {"referral_basis": "other-reason"}, 400),
    ("object instead of a list", {"agencies_asked": {"police": 1}}, 400),
]


@pytest.fixture
def rita(request_factory, rest_reviews_folder):
    return request_factory(basic_auth=("rita", PASSWORD))


def _count(request_factory):
    folder = request_factory(role="Manager").get("safeguarding-reviews").json()
    return len(folder["items"])


@pytest.mark.parametrize(("name", "changes", "status"), CASES, ids=[c[0] for c in CASES])
def test_bad_create_is_refused_and_writes_nothing(rita, request_factory, name, changes, status):
    payload = {"@type": "CaseReview", "title": "Child X", **changes}
    if payload["title"] is None:
        del payload["title"]
    response = rita.post("safeguarding-reviews", json=payload)
    assert response.status_code == status, (name, response.status_code, response.text[:300])
    assert response.json()["message"] or response.json()["error"]
    assert _count(request_factory) == 0


@pytest.mark.parametrize(("name", "changes", "status"), CASES[:10], ids=[c[0] for c in CASES[:10]])
def test_bad_patch_changes_nothing(rita, name, changes, status):
    assert (
        rita.post(
            "safeguarding-reviews",
            json={"@type": "CaseReview", "title": "Child X", "referring_agency": "Police"},
        ).status_code
        == 201
    )
    before = rita.get("safeguarding-reviews/child-x").json()
    response = rita.patch(
        "safeguarding-reviews/child-x", json={**changes, "referring_agency": "Changed"}
    )
    assert response.status_code == status, (name, response.text[:300])
    after = rita.get("safeguarding-reviews/child-x").json()
    assert after["referring_agency"] == before["referring_agency"] == "Police"


def test_not_json_is_refused(rita):
    response = rita.post(
        "safeguarding-reviews",
        data="@type=CaseReview&title=Child",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert 400 <= response.status_code < 500
    broken = rita.post(
        "safeguarding-reviews", data="{not json", headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 400


def test_oversized_text_is_refused_cleanly(rita, request_factory):
    response = rita.post(
        "safeguarding-reviews",
        json={"@type": "CaseReview", "title": "Child X", "referral_rationale": "x" * 3_000_000},
    )
    assert 400 <= response.status_code < 500, response.status_code
    assert _count(request_factory) == 0


def test_script_payload_is_stored_as_text_and_shown_escaped(rita, request_factory):
    response = rita.post(
        "safeguarding-reviews",
        json={"@type": "CaseReview", "title": "Child S", "referral_rationale": SCRIPT},
    )
    assert response.status_code == 201
    page = request_factory(basic_auth=("rita", PASSWORD), api=False)
    page.headers["Accept"] = "text/html"
    html = page.get("safeguarding-reviews/child-s").text
    assert SCRIPT not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(
    ("path", "transition", "user"),
    [
        ("safeguarding-reviews/child-t", "publish", "rita"),  # not a transition of the review
        ("safeguarding-reviews/child-t", "decide_review", "rita"),  # not hers to make
        ("safeguarding-reviews/child-t", "no-such-transition", "rita"),
        ("safeguarding-reviews/child-t/report", "approve", "bola"),
        ("safeguarding-reviews/child-t/report", "approve", "chandra"),  # not ready
    ],
)
def test_invalid_transitions_are_4xx(request_factory, rest_reviews_folder, path, transition, user):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-t", title="Child T"
        )
    advance(review, "reporting")
    add_documents(review)
    transaction.commit()
    session = request_factory(basic_auth=(user, PASSWORD))
    before = session.get(path).json().get("review_state")
    response = session.post(f"{path}/@workflow/{transition}", json={})
    assert 400 <= response.status_code < 500, response.text[:300]
    assert session.get(path).json().get("review_state") == before


def test_bad_query_parameters_are_400(request_factory, rest_reviews_folder):
    bola = request_factory(basic_auth=("bola", PASSWORD))
    assert bola.get("@scr-actions", params={"flag": "<b>late</b>"}).status_code == 400
    page = request_factory(basic_auth=("bola", PASSWORD), api=False)
    page.headers["Accept"] = "text/html"
    response = page.get("@@action-tracker", params={"agency": SCRIPT})
    assert response.status_code == 400
    assert SCRIPT not in response.text


def test_form_writes_need_the_csrf_token(request_factory, rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-c", title="Child C"
        )
    transaction.commit()
    session = request_factory(basic_auth=("chandra", PASSWORD), api=False)
    response = session.post(
        "safeguarding-reviews/child-c/@@privacy-check", data={"key": "x", "reason": "y"}
    )
    assert response.status_code == 403
    assert api.content.get_state(review) == "referred"


def test_no_writes_on_get(request_factory, rest_reviews_folder):
    samira = request_factory(basic_auth=("samira", PASSWORD), api=False)
    assert samira.get("@@scr-publication-clock").status_code == 405
    assert samira.get("@@scr-action-notices").status_code == 405
