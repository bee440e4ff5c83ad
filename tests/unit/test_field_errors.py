"""Validation errors put at their fields (common.field_errors), as plain functions."""

import json

import pytest

from plone_scrqm.common.field_errors import FieldsInvalid
from plone_scrqm.common.field_errors import as_json
from plone_scrqm.common.field_errors import raise_first
from plone_scrqm.common.field_errors import with_fields
from plone_scrqm.review.problems import Problem


def test_raise_first_names_the_fields_of_the_first_problem():
    raise_first([])
    with pytest.raises(FieldsInvalid) as raised:
        raise_first([Problem(("a", "b"), "A before B."), Problem(("c",), "C.")])
    assert raised.value.args == ("A before B.",)
    assert raised.value.fields == ("a", "b")


def test_with_fields_gives_an_invariant_error_each_of_its_fields():
    invariant = FieldsInvalid("A before B.", ("a", "b"))
    errors = [
        {"field": "x", "message": "Bad x.", "error": ValueError("Bad x.")},
        {"message": "A before B.", "error": invariant},
        {"message": "Fieldless.", "error": ValueError("Fieldless.")},
    ]
    assert with_fields(errors) == [
        {"field": "x", "message": "Bad x.", "error": "ValidationError"},
        {"field": "a", "message": "A before B.", "error": "ValidationError"},
        {"field": "b", "message": "A before B.", "error": "ValidationError"},
        {"message": "Fieldless.", "error": "ValidationError"},
    ]
    unmasked = with_fields(errors, mask=False)
    assert unmasked[1]["error"] is invariant
    assert errors[1] == {"message": "A before B.", "error": invariant}, "input left as it was"


def test_as_json_keeps_quotes_and_welsh_letters_readable():
    errors = [{"field": "a", "message": "Rhowch 'un' gwerth — ŵ", "error": "ValidationError"}]
    text = as_json(errors)
    assert json.loads(text) == errors
    assert "ŵ" in text
