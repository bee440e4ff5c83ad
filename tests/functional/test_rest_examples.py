"""The REST examples in docs/examples are what the service really answers.

Each example is a request and its response, recorded by these tests: run
``SCRQM_RECORD_EXAMPLES=1 make test`` to write them again after a deliberate change.
Otherwise the tests fail when the service drifts from its documentation.
"""

import json
import os
from pathlib import Path

from conftest import PASSWORD

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
RECORD = os.environ.get("SCRQM_RECORD_EXAMPLES") == "1"


def _normalise(value, site_url):
    text = json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)
    return json.loads(text.replace(site_url, "http://localhost:8080/Plone"))


def check_example(name, request, response, site_url, trim=None):
    body = response.json() if response.text else None
    if trim:
        body = trim(body)
    example = {
        "request": request,
        "status": response.status_code,
        "response": _normalise(body, site_url) if body is not None else None,
    }
    path = EXAMPLES / f"{name}.json"
    if RECORD:
        EXAMPLES.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(example, indent=2, ensure_ascii=False) + "\n")
    assert json.loads(path.read_text()) == example


def _first_two_markers(body):
    return dict(body, items=body["items"][:2])


def test_example_scr_markers(request_factory, functional_portal, reader):
    session = request_factory(basic_auth=("reader", PASSWORD))
    response = session.get("@scr-markers")
    check_example(
        "scr-markers",
        {"method": "GET", "url": "/@scr-markers", "headers": {"Accept": "application/json"}},
        response,
        functional_portal.absolute_url(),
        trim=_first_two_markers,
    )


def test_example_create_review_refused(request_factory, functional_portal, rest_reviews_folder):
    payload = {
        "@type": "CaseReview",
        "title": "Child F",
        "incident_date": "2026-02-01",
        "referral_date": "2026-01-20",
    }
    session = request_factory(basic_auth=("rita", PASSWORD))
    response = session.post("safeguarding-reviews", json=payload)
    check_example(
        "create-review-refused",
        {"method": "POST", "url": "/safeguarding-reviews", "json": payload},
        response,
        functional_portal.absolute_url(),
    )


def test_example_create_review(request_factory, functional_portal, rest_reviews_folder):
    payload = {
        "@type": "CaseReview",
        "title": "Child F",
        "incident_date": "2026-02-01",
        "referral_date": "2026-02-03",
        "referring_agency": "Children's social care",
        "referral_basis": "statutory-criteria",
        "referral_rationale": "Serious injury to a baby; several agencies involved.",
    }
    session = request_factory(basic_auth=("rita", PASSWORD))
    response = session.post("safeguarding-reviews", json=payload)
    keep = ("@id", "@type", "title", "review_state", "incident_date", "referral_date")
    keep += ("referral_basis", "referring_agency", "decision", "review_type")
    check_example(
        "create-review",
        {"method": "POST", "url": "/safeguarding-reviews", "json": payload},
        response,
        functional_portal.absolute_url(),
        trim=lambda body: {key: body[key] for key in keep},
    )


def _child_f_with_a_round(request_factory):
    session = request_factory(basic_auth=("rita", PASSWORD))
    session.post("safeguarding-reviews", json={"@type": "CaseReview", "title": "Child F"})
    return session


def test_example_create_assessment_round(request_factory, functional_portal, rest_reviews_folder):
    session = _child_f_with_a_round(request_factory)
    payload = {
        "@type": "AssessmentRound",
        "stage": "progress",
        "date": "2026-05-01",
        "participants": ["Lead reviewer", "Review manager"],
        "markers": [4, 12],
    }
    response = session.post("safeguarding-reviews/child-f", json=payload)
    keep = ("@id", "@type", "id", "title", "stage", "date", "participants", "markers")
    check_example(
        "create-assessment-round",
        {"method": "POST", "url": "/safeguarding-reviews/child-f", "json": payload},
        response,
        functional_portal.absolute_url(),
        trim=lambda body: {key: body[key] for key in keep},
    )


def test_example_patch_answers(request_factory, functional_portal, rest_reviews_folder):
    session = _child_f_with_a_round(request_factory)
    session.post(
        "safeguarding-reviews/child-f",
        json={
            "@type": "AssessmentRound",
            "stage": "progress",
            "date": "2026-05-01",
            "markers": [4],
        },
    )
    url = "safeguarding-reviews/child-f/progress-2026-05-01/qm-04"
    payload = {
        "judgement": "partly-met",
        "answers": [
            {"number": 1, "answer": "yes", "evidence": "Standard letter reviewed by the panel."},
            {"number": 2, "answer": "not-yet"},
        ],
    }
    response = session.patch(url, json=payload)
    assert response.status_code == 204
    refused_payload = {"answers": [{"number": 9, "answer": "maybe"}]}
    refused = session.patch(url, json=refused_payload)
    check_example(
        "patch-answers-refused",
        {"method": "PATCH", "url": f"/{url}", "json": refused_payload},
        refused,
        functional_portal.absolute_url(),
    )
    response = session.get("safeguarding-reviews/child-f/@scr-assessment")

    def first_two_answers(body):
        for round_ in body["rounds"]:
            for marker in round_["markers"]:
                marker["answers"] = marker["answers"][:2]
        return body

    check_example(
        "scr-assessment",
        {
            "method": "GET",
            "url": "/safeguarding-reviews/child-f/@scr-assessment",
            "headers": {"Accept": "application/json"},
            "before": {"method": "PATCH", "url": f"/{url}", "json": payload},
        },
        response,
        functional_portal.absolute_url(),
        trim=first_two_answers,
    )


def test_example_scr_assess_refused(request_factory, functional_portal, rest_reviews_folder):
    session = _child_f_with_a_round(request_factory)
    session.post(
        "safeguarding-reviews/child-f",
        json={
            "@type": "AssessmentRound",
            "stage": "progress",
            "date": "2026-05-01",
            "markers": [4],
        },
    )
    url = "safeguarding-reviews/child-f/progress-2026-05-01/qm-04/@scr-assess"
    payload = {
        "answers": [{"number": 1, "answer": "maybe", "evidence": "Letter sent."}],
        "judgement": "met",
        "assessed_on": "1850-01-01",
    }
    response = session.patch(url, json=payload)
    assert response.status_code == 400
    check_example(
        "scr-assess-refused",
        {"method": "PATCH", "url": f"/{url}", "json": payload},
        response,
        functional_portal.absolute_url(),
    )
