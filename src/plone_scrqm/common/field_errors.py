"""Validation errors at their field, in the shape Volto reads.

plone.restapi refuses bad content with ``BadRequest(errors)``, a list of
``{"field", "message", "error"}``, whose text is the list's Python ``repr``; an invariant's
error has no ``field``. Volto (18: ``Form`` through
``FormValidation.giveServerErrorsToCorrespondingFields``) parses the refusal's ``message``
as JSON and shows each message at its ``field``, opening the first tab with one; a message
without a field becomes one pop-up, and a ``repr`` with an apostrophe in a message cannot
be parsed at all. So the add-on:

- raises :class:`FieldsInvalid` from its invariants: an ``Invalid`` that names the fields
  its rule compares (``review.problems.Problem.fields``);
- answers with :class:`FieldErrorsDeserializer`: every error of plone.restapi's list, an
  invariant's once for each field it names, as a JSON list (which is also a Python literal:
  clients that read the ``repr`` keep working).
"""

import json

from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from zExceptions import BadRequest
from zope.interface import Invalid


class FieldsInvalid(Invalid):
    """An invariant's error with the fields it concerns (the first is where a form shows it)."""

    def __init__(self, message, fields=()):
        super().__init__(message)
        self.fields = tuple(fields)


def raise_first(problems):
    """Raise the first of ``problems`` (``Problem``: fields and message), if any."""
    if problems:
        raise FieldsInvalid(problems[0].message, problems[0].fields)


def with_fields(errors, mask=True):
    """plone.restapi's error list with each invariant error given its fields: one entry per
    field it names (none when it names none); the Python error replaced by its kind's name
    when ``mask``."""
    found = []
    for error in errors:
        fields = () if error.get("field") else getattr(error.get("error"), "fields", ())
        entries = [{**error, "field": field} for field in fields] or [dict(error)]
        for entry in entries:
            if mask:
                entry["error"] = "ValidationError"
            found.append(entry)
    return found


def as_json(errors):
    """The refusal's text: the list as JSON (non-JSON values as their text)."""
    return json.dumps(errors, ensure_ascii=False, default=str)


class FieldErrorsDeserializer(DeserializeFromJson):
    """plone.restapi's content deserializer, refusing with each error at its field as JSON."""

    def __call__(self, validate_all=False, data=None, create=False, mask_validation_errors=True):
        try:
            return super().__call__(
                validate_all=validate_all,
                data=data,
                create=create,
                mask_validation_errors=False,
            )
        except BadRequest as refusal:
            errors = refusal.args[0] if refusal.args else None
            if not isinstance(errors, list):
                raise
            raise BadRequest(as_json(with_fields(errors, mask=mask_validation_errors))) from None
