"""Schemas of the Welsh records: the partnership's nation on the folder of its reviews, and
the Single Unified Safeguarding Review record on a review (both behaviours)."""

from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import Invalid
from zope.interface import invariant
from zope.interface import provider

from plone_scrqm import _
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.common.widgets import lines_for_volto
from plone_scrqm.controlpanel.timescales import NATION_CHOICES
from plone_scrqm.wales import rules
from plone_scrqm.wales.vocabularies import CHAIR_DECISIONS
from plone_scrqm.wales.vocabularies import CPR_FORMS
from plone_scrqm.wales.vocabularies import REVIEWER_SOURCES


def _date(title, description=None):
    return schema.Date(
        min=EARLIEST, max=LATEST, title=title, description=description, required=False
    )


def _lines(title, description):
    return schema.List(
        title=title,
        description=description,
        value_type=schema.TextLine(max_length=200),
        required=False,
        default=[],
        missing_value=[],
        max_length=100,
    )


@provider(IFormFieldProvider)
class IPartnershipNation(model.Schema):
    """The nation of the partnership whose reviews this folder holds."""

    model.fieldset("settings", label=_("Settings"), fields=["scrqm_nation"])
    directives.write_permission(scrqm_nation="plone_scrqm.SetPartnershipNation")
    scrqm_nation = schema.Choice(
        title=_("Nation of the partnership whose reviews this folder holds"),
        description=_(
            "England or Wales: sets the bank holidays, the clocks and the review process "
            "offered (a local child safeguarding practice review in England, a single unified "
            "safeguarding review in Wales). Empty: the site's setting in Review timescales."
        ),
        vocabulary=NATION_CHOICES,
        required=False,
    )


@provider(IFormFieldProvider)
class ISUSRRecord(model.Schema):
    """The Single Unified Safeguarding Review record (Wales)."""

    model.fieldset(
        "susr",
        label=_("Wales: SUSR"),
        fields=[
            "susr_criteria",
            "cpr_form",
            "susr_crg_date",
            "susr_crg_agencies",
            "susr_crg_recommendation",
            "susr_chair_decision",
            "susr_chair_decision_date",
            "susr_government_notified_date",
            "susr_government_reference",
            "susr_review_chair",
            "susr_reviewers",
            "susr_reviewers_source",
            "susr_reviewers_source_reason",
            "susr_panel",
            "susr_home_office_notified_date",
            "susr_home_office_reference",
            "susr_family_meeting_date",
            "susr_family_no_meeting_reason",
            "susr_repository_date",
            "susr_repository_reference",
        ],
    )
    susr_criteria = schema.List(
        title=_("Review criteria met"),
        description=_("Several may apply to one incident: one SUSR is held for all of them."),
        value_type=schema.Choice(vocabulary="plone_scrqm.SUSRCriteria"),
        required=False,
        default=[],
        missing_value=[],
    )
    directives.widget("susr_criteria", CheckBoxFieldWidget)
    cpr_form = schema.Choice(
        title=_("Child practice review begun before 1 October 2024: concise or extended"),
        vocabulary=CPR_FORMS,
        required=False,
    )
    susr_crg_date = _date(_("Case review group meeting: date"))
    susr_crg_agencies = _lines(
        _("Case review group meeting: agencies present"), _("One agency per line.")
    )
    susr_crg_recommendation = schema.Choice(
        title=_("Case review group's recommendation to the board chair"),
        vocabulary=CHAIR_DECISIONS,
        required=False,
    )
    susr_chair_decision = schema.Choice(
        title=_("The board chair's decision"), vocabulary=CHAIR_DECISIONS, required=False
    )
    susr_chair_decision_date = _date(_("Date of the board chair's decision"))
    susr_government_notified_date = _date(
        _("Welsh Government notified: date"),
        _("Welsh Government is notified whenever a SUSR takes place."),
    )
    susr_government_reference = schema.TextLine(
        title=_("Welsh Government notified: reference"), required=False, max_length=100
    )
    susr_review_chair = schema.TextLine(title=_("Review chair"), required=False, max_length=200)
    susr_reviewers = _lines(_("Reviewers"), _("One reviewer per line."))
    susr_reviewers_source = schema.Choice(
        title=_("Where the chair and reviewers were drawn from"),
        description=_("The board chair recommends them from the list Welsh Government keeps."),
        vocabulary=REVIEWER_SOURCES,
        required=False,
    )
    susr_reviewers_source_reason = schema.Text(
        title=_("Not from the approved list: why, and from where"), required=False
    )
    susr_panel = _lines(
        _("Review panel"),
        _("The agencies involved in the incident, one per line: 'agency | role'."),
    )
    susr_home_office_notified_date = _date(
        _("Home Office told: date"),
        _(
            "For a domestic homicide strand (its quality assurance panel) or an offensive "
            "weapon homicide strand."
        ),
    )
    susr_home_office_reference = schema.TextLine(
        title=_("Home Office told: reference"), required=False, max_length=100
    )
    susr_family_meeting_date = _date(_("The family met the reviewers: date"))
    directives.read_permission(susr_family_no_meeting_reason="plone_scrqm.ViewFamilyDetails")
    directives.write_permission(susr_family_no_meeting_reason="plone_scrqm.EditFamilyDetails")
    susr_family_no_meeting_reason = schema.Text(
        title=_("No meeting with the family: why"),
        description=_("For example: the family declined, after the offer was made."),
        required=False,
    )
    susr_repository_date = _date(
        _("Wales Safeguarding Repository: date submitted"), _("After publication.")
    )
    susr_repository_reference = schema.TextLine(
        title=_("Wales Safeguarding Repository: reference"), required=False, max_length=100
    )

    @invariant
    def susr_record_consistent(data):
        problems = rules.susr_record_problems(_Values(data))
        if problems:
            raise Invalid(problems[0])


class _Values:
    """A form's data for the rules: a value not submitted reads as empty."""

    def __init__(self, data):
        self._data = data

    def __getattr__(self, name):
        try:
            return getattr(self._data, name)
        except (AttributeError, Invalid):
            return None


# Volto: "one per line" lists as a textarea of lines (common/widgets.py).
lines_for_volto(ISUSRRecord)
