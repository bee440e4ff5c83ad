"""The decision-making meeting of a review referred without a serious incident record
(QM2), as a behaviour of the review (``plone_scrqm.decision_meeting``): its date, the
agencies attending, each agency's view, the recommendation to the chair with its rationale
and the earlier learning shown at the meeting (QM2 Q8). The fields have the shapes of the
rapid review's meeting (``content.IRapidReview``); a review started from an incident has
its meeting in the rapid review. The chair's decision is the review's own (Decision
fieldset). The agencies and their views are for the review team only (``read_permission``);
board members read the date, the recommendation, its rationale and the decision."""

from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import invariant
from zope.interface import provider

from plone_scrqm import _
from plone_scrqm.common.widgets import lines_for_volto
from plone_scrqm.incidents import rules
from plone_scrqm.incidents.content import RECOMMENDATIONS
from plone_scrqm.incidents.content import TEAM_EDITS
from plone_scrqm.incidents.content import TEAM_ONLY
from plone_scrqm.incidents.content import _date
from plone_scrqm.incidents.content import _FieldValues
from plone_scrqm.incidents.content import _lines
from plone_scrqm.incidents.content import _raise_first

MEETING_FIELDS = [
    "decision_meeting_date",
    "decision_meeting_agencies",
    "decision_meeting_views",
    "decision_meeting_recommendation",
    "decision_meeting_rationale",
    "decision_meeting_earlier_learning",
]


@provider(IFormFieldProvider)
class IDecisionMeeting(model.Schema):
    model.fieldset(
        "decision_meeting",
        label=_("Decision-making meeting (QM2)"),
        description=_(
            "For a review referred without a serious incident record: the meeting that "
            "advised the chair. A review started from an incident has its meeting in the "
            "rapid review. The chair's decision is recorded under Decision."
        ),
        fields=MEETING_FIELDS,
    )
    directives.read_permission(
        decision_meeting_agencies=TEAM_ONLY, decision_meeting_views=TEAM_ONLY
    )
    directives.write_permission(**dict.fromkeys(MEETING_FIELDS, TEAM_EDITS))
    decision_meeting_date = _date(_("Date of the decision-making meeting"))
    decision_meeting_agencies = _lines(_("Agencies attending"), _("One agency per line."))
    decision_meeting_views = _lines(
        _("Each agency's view"),
        _("One line per agency: 'agency | its view on whether and how to review' (QM2 Q4, Q9)."),
    )
    decision_meeting_recommendation = schema.Choice(
        title=_("Recommendation to the chair"), vocabulary=RECOMMENDATIONS, required=False
    )
    decision_meeting_rationale = schema.Text(
        title=_("Rationale for the recommendation"), required=False
    )
    decision_meeting_earlier_learning = _lines(
        _("Earlier reviews or findings with the same themes"),
        _(
            "Shown at the meeting (QM2 Q8): one per line, for example 'Child B (2024): "
            "escalation between agencies'. The review's page lists those the learning "
            "register finds today."
        ),
    )

    @invariant
    def decision_meeting_consistent(data):
        _raise_first(rules.check_decision_meeting(_FieldValues(data)))


# Volto: "one per line" lists as a textarea of lines (common/widgets.py).
lines_for_volto(IDecisionMeeting)
