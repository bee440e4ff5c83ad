"""Validation errors through REST arrive at their field, as JSON, the shape Volto's forms
show at the field on its tab: the invariants' errors (review rules) once for each field they
compare, field validators' and the add-on's deserializers' errors with their field, messages
with an apostrophe still readable; nothing is saved."""

import ast
import json
from datetime import date

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from reviews import set_fields


@pytest.fixture
def review(rest_reviews_folder):
    with api.env.adopt_user(username="rita"):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-k", title="Child K"
        )
    set_fields(review, referral_date=date(2026, 3, 2))
    transaction.commit()
    return review


def _refused(session, path, body, method="patch"):
    response = getattr(session, method)(path, json=body)
    assert response.status_code == 400, response.text
    message = response.json()["message"]
    errors = json.loads(message)
    assert errors == ast.literal_eval(message), "still readable as a Python literal"
    return errors


def test_an_invariant_error_names_its_field(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    errors = _refused(rita, "safeguarding-reviews/child-k", {"referral_date": "2099-01-01"})
    assert errors == [
        {
            "field": "referral_date",
            "message": "The date referred cannot be in the future.",
            "error": "ValidationError",
        }
    ]
    assert review.referral_date == date(2026, 3, 2), "nothing saved"
    # A rule comparing two fields: one entry for each, so each field shows it.
    errors = _refused(rita, "safeguarding-reviews/child-k", {"decision_date": "2026-03-01"})
    message = "The date of the decision cannot be before the date the case was referred."
    assert [(error["field"], error["message"]) for error in errors] == [
        ("referral_date", message),
        ("decision_date", message),
    ]
    transaction.begin()
    assert review.decision_date is None, "nothing saved"


def test_field_errors_keep_their_field_and_apostrophes_parse(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    # The add-on's own deserializer; its message quotes the field's name ('review_type'),
    # which a Python repr would mix with double quotes: JSON parses whatever the text.
    errors = _refused(rita, "safeguarding-reviews/child-k", {"review_type": ["csp", "scr"]})
    assert [error["field"] for error in errors] == ["review_type"]
    assert errors[0]["message"] == "Give one value for 'review_type', not a list or object."
    errors = _refused(rita, "safeguarding-reviews/child-k", {"review_type": "nonsense"})
    assert [error["field"] for error in errors] == ["review_type"]
    errors = _refused(rita, "safeguarding-reviews/child-k", {"referral_date": "tomorrow"})
    assert [error["field"] for error in errors] == ["referral_date"]
    transaction.begin()
    assert review.referral_date == date(2026, 3, 2) and review.review_type != "nonsense"


def test_errors_when_adding_too(request_factory, rest_reviews_folder):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    errors = _refused(
        rita,
        "safeguarding-reviews",
        {"@type": "CaseReview", "title": "Child L", "incident_date": "2099-01-01"},
        method="post",
    )
    assert [error["field"] for error in errors] == ["incident_date"]
    transaction.begin()
    assert "child-l" not in rest_reviews_folder
