"""The records of how a review was run, as a behaviour of the review
(``plone_scrqm.review_records``): the terms of reference history (QM6), the issues and
risks log (QM8 Q5) and the board meetings (QM15, QM16). Entries are written one per line
(rules in ``plone_scrqm.incidents.rules``); the text is never indexed."""

from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import invariant
from zope.interface import provider

from plone_scrqm import _
from plone_scrqm.common.field_errors import raise_first
from plone_scrqm.common.widgets import lines_for_volto
from plone_scrqm.incidents import rules


def _lines(title, description):
    return schema.List(
        title=title,
        description=description,
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )


class _FieldValues:
    def __init__(self, data):
        self._data = data

    def __getattr__(self, name):
        try:
            return getattr(self._data, name)
        except (AttributeError, Invalid):
            return None


@provider(IFormFieldProvider)
class IReviewRecords(model.Schema):
    model.fieldset(
        "terms_history",
        label=_("Terms of reference history (QM6)"),
        fields=[
            "terms_of_reference_versions",
            "lead_reviewer_appointed_date",
            "lead_reviewer_comments",
        ],
    )
    terms_of_reference_versions = _lines(
        _("Versions of the terms of reference"),
        _(
            "One version per line: 'version | YYYY-MM-DD | who was consulted | their "
            "responses' (QM6 Q1)."
        ),
    )
    lead_reviewer_appointed_date = schema.Date(
        title=_("Date the lead reviewer was appointed"), required=False
    )
    lead_reviewer_comments = schema.Text(
        title=_("The lead reviewer's comments on the scope (QM6 Q2)"), required=False
    )

    model.fieldset(
        "issues",
        label=_("Issues and risks (QM8)"),
        fields=["issues_log"],
    )
    issues_log = _lines(
        _("Issues and risks log"),
        _("One matter per line: 'YYYY-MM-DD | matter | raised by | owner | resolution'."),
    )

    model.fieldset(
        "board_meetings",
        label=_("Board meetings (QM15, QM16)"),
        fields=["board_meetings"],
    )
    board_meetings = _lines(
        _("Board meetings"),
        _(
            "One item per line: 'YYYY-MM-DD | ordinary or extraordinary | "
            "decision-to-review, report-received or response-agreed | minutes reference'."
        ),
    )

    @invariant
    def records_readable(data):
        raise_first(rules.check_review_records(_FieldValues(data)))


# Volto: "one per line" lists as a textarea of lines (common/widgets.py).
lines_for_volto(IReviewRecords)
