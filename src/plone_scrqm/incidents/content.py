"""A serious incident (``SeriousIncident``) and its rapid review (``RapidReview``).

The incident is added to the partnership's reviews folder and follows its own workflow
(``scrqm_incident_workflow``): private to the review team, the chair and board members;
never public. Board members and the chair read only the title, the dates, the
recommendation, the decision and their rationale: everything else carries
``read_permission`` ``plone_scrqm.ViewFamilyDetails`` (the review team). The chair's
decision is written with ``plone_scrqm.DecideOnReview``.

The rapid review has no workflow: it follows the incident it is in. Rules live in
``plone_scrqm.incidents.rules``.
"""

from Acquisition import aq_base
from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.globalrequest import getRequest
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant

from plone_scrqm import _
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.common.field_errors import raise_first
from plone_scrqm.common.widgets import lines_for_volto
from plone_scrqm.incidents import rules
from plone_scrqm.review.vocabularies import CHILD_OUTCOMES
from plone_scrqm.review.vocabularies import DECISIONS
from plone_scrqm.review.vocabularies import YES_NO
from plone_scrqm.review.vocabularies import fixed_vocabulary

TEAM_ONLY = "plone_scrqm.ViewFamilyDetails"
TEAM_EDITS = "plone_scrqm.EditFamilyDetails"
CHAIR_DECIDES = "plone_scrqm.DecideOnReview"

CHILD_STATUSES = fixed_vocabulary(rules.CHILD_STATUSES)
RECOMMENDATIONS = fixed_vocabulary(rules.RECOMMENDATIONS)
LETTER_TYPES = fixed_vocabulary(rules.LETTER_TYPES)
CORRESPONDENTS = fixed_vocabulary(rules.CORRESPONDENTS)
DIRECTIONS = fixed_vocabulary(rules.DIRECTIONS)
PANEL_RESPONSES = fixed_vocabulary(rules.PANEL_RESPONSES)
DELAYED_CLOCKS = fixed_vocabulary(rules.DELAYED_CLOCKS)


class _FieldValues:
    """A form's or REST payload's data for the rules; a field that was not submitted
    reads as empty. So does one that cannot be read from the context the data came with
    (z3c.form looks a field that was not submitted up on that context; on a container
    rather than the item itself it fails with a TypeError, "Could not adapt")."""

    def __init__(self, data):
        self._data = data

    def __getattr__(self, name):
        try:
            return getattr(self._data, name)
        except (AttributeError, Invalid, TypeError):
            return None


def _raise_first(problems):
    raise_first(problems)


def _date(title, description=None, required=False):
    return schema.Date(
        min=EARLIEST, max=LATEST, title=title, description=description, required=required
    )


def _lines(title, description):
    return schema.List(
        title=title,
        description=description,
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )


def _incident_delay_fields(clock):
    """The delay record of one of the incident's clocks, in the shape of a review's
    (``DelayRecord``): why, and when the board, the Panel and the government were told."""
    return (
        schema.Text(
            title=_("${clock}: reason for the delay", mapping={"clock": clock}),
            description=_("Are delays explained and the reasons recorded (QM1 Q3, QM2 Q5)?"),
            required=False,
        ),
        _date(
            _("${clock}: date the board was told", mapping={"clock": clock}),
            _("Were board members kept informed of any delay (QM8 Q4)?"),
        ),
        _date(
            _("${clock}: date the Panel was told", mapping={"clock": clock}),
            _("A notice of the delay to the Panel in the correspondence log gives it too."),
        ),
        _date(
            _(
                "${clock}: date the Department for Education (or Welsh Government) was told",
                mapping={"clock": clock},
            )
        ),
    )


INCIDENT_DELAY_FIELDS = [
    f"{clock}_delay_{part}" for clock in rules.INCIDENT_CLOCKS for part in rules.DELAY_PARTS
]


class ISeriousIncident(model.Schema):
    title = schema.TextLine(
        title=_("Case pseudonym"),
        description=_(
            "How the incident is known, for example 'Child E'. Never a real name, initials or "
            "a place: the pseudonym appears in addresses, lists and search results."
        ),
        required=True,
        max_length=60,
    )
    aware_date = _date(_("Date the partnership became aware of the incident"), required=True)

    directives.read_permission(
        child_outcome=TEAM_ONLY,
        child_status=TEAM_ONLY,
        notifiable=TEAM_ONLY,
        notifiable_reason=TEAM_ONLY,
        notification_reference=TEAM_ONLY,
        notification_sent_to=TEAM_ONLY,
        agencies=TEAM_ONLY,
        immediate_actions=TEAM_ONLY,
    )
    directives.write_permission(
        child_outcome=TEAM_EDITS,
        child_status=TEAM_EDITS,
        notifiable=TEAM_EDITS,
        notifiable_reason=TEAM_EDITS,
        notification_reference=TEAM_EDITS,
        notification_sent_to=TEAM_EDITS,
        agencies=TEAM_EDITS,
        immediate_actions=TEAM_EDITS,
    )
    child_outcome = schema.Choice(
        title=_("What happened to the child"), vocabulary=CHILD_OUTCOMES, required=False
    )
    directives.widget(child_status=CheckBoxFieldWidget)
    child_status = schema.List(
        title=_("The child's status"),
        value_type=schema.Choice(vocabulary="plone_scrqm.ChildStatuses"),
        required=False,
        default=[],
        missing_value=[],
    )
    notifiable = schema.Choice(
        title=_("Notifiable to the Panel"),
        description=_(
            "England: the local authority notifies a serious incident within five working "
            "days of becoming aware (Children Act 2004, s16C)."
        ),
        vocabulary=YES_NO,
        required=False,
    )
    notifiable_reason = schema.Text(title=_("Why it is, or is not, notifiable"), required=False)

    model.fieldset(
        "notification",
        label=_("Notification"),
        fields=[
            "notification_date",
            "notification_reference",
            "notification_sent_to",
            "agencies",
            "immediate_actions",
        ],
    )
    notification_date = _date(_("Date the notification was sent"))
    notification_reference = schema.TextLine(
        title=_("Reference of the notification"), required=False
    )
    notification_sent_to = schema.TextLine(
        title=_("Sent to"),
        description=_("For example 'Ofsted, shared with the Panel and the Department'."),
        required=False,
    )
    agencies = _lines(_("Agencies involved"), _("One agency per line."))
    immediate_actions = schema.Text(title=_("Immediate safeguarding actions taken"), required=False)

    model.fieldset(
        "decision",
        label=_("Decision (QM2)"),
        description=_(
            "The chair's decision on the rapid review's recommendation. A decision not to "
            "hold a review stays here with its reasons."
        ),
        fields=["decision", "decision_date", "decided_by", "decision_rationale"],
    )
    directives.write_permission(
        decision=CHAIR_DECIDES,
        decision_date=CHAIR_DECIDES,
        decided_by=CHAIR_DECIDES,
        decision_rationale=CHAIR_DECIDES,
    )
    decision = schema.Choice(
        title=_("Decision"),
        description=_("Leave empty while the decision is pending."),
        vocabulary=DECISIONS,
        required=False,
    )
    decision_date = _date(_("Date of the decision"))
    decided_by = schema.TextLine(title=_("Decided by"), required=False)
    decision_rationale = schema.Text(title=_("Rationale for the decision"), required=False)

    model.fieldset(
        "delays",
        label=_("Delays (QM1, QM2, QM8)"),
        description=_(
            "A clock past its due date needs its own record: why, and when the board, the "
            "Panel and the Department for Education (Welsh Government in Wales) were told. "
            "A notice of the delay in the correspondence log gives the date it was sent."
        ),
        fields=INCIDENT_DELAY_FIELDS,
    )
    directives.read_permission(
        notification_delay_reason=TEAM_ONLY, rapid_review_delay_reason=TEAM_ONLY
    )
    directives.write_permission(**dict.fromkeys(INCIDENT_DELAY_FIELDS, TEAM_EDITS))
    (
        notification_delay_reason,
        notification_delay_board_told,
        notification_delay_panel_told,
        notification_delay_government_told,
    ) = _incident_delay_fields(_("Notification"))
    (
        rapid_review_delay_reason,
        rapid_review_delay_board_told,
        rapid_review_delay_panel_told,
        rapid_review_delay_government_told,
    ) = _incident_delay_fields(_("Rapid review"))

    @invariant
    def incident_consistent(data):
        _raise_first(rules.check_incident(_FieldValues(data)))


class IRapidReview(model.Schema):
    title = schema.TextLine(title=_("Title"), required=True, default=_("Rapid review"))

    directives.read_permission(
        agency_contributions=TEAM_ONLY,
        agencies_present=TEAM_ONLY,
        agency_views=TEAM_ONLY,
        learning=TEAM_ONLY,
        panel_response_text=TEAM_ONLY,
    )
    directives.write_permission(
        agency_contributions=TEAM_EDITS,
        agencies_present=TEAM_EDITS,
        agency_views=TEAM_EDITS,
        learning=TEAM_EDITS,
        panel_response_text=TEAM_EDITS,
    )
    agency_contributions = _lines(
        _("Agencies asked and their contributions"),
        _("One agency per line: 'agency | date requested YYYY-MM-DD | date received YYYY-MM-DD'."),
    )

    model.fieldset(
        "meeting",
        label=_("Rapid review meeting (QM2)"),
        fields=[
            "meeting_date",
            "agencies_present",
            "agency_views",
            "learning",
            "earlier_learning",
        ],
    )
    meeting_date = _date(_("Date of the meeting"))
    agencies_present = _lines(_("Agencies present"), _("One agency per line."))
    agency_views = _lines(
        _("Each agency's view"),
        _("One line per agency: 'agency | its view on whether and how to review'."),
    )
    learning = schema.Text(title=_("Learning identified"), required=False)
    earlier_learning = _lines(
        _("Earlier reviews or findings with the same themes"),
        _(
            "Shown at the decision (QM2 Q8): one per line, for example 'Child B (2024): "
            "escalation between agencies'."
        ),
    )

    model.fieldset(
        "recommendation",
        label=_("Recommendation and the Panel"),
        fields=[
            "recommendation",
            "rationale",
            "sent_to_panel_date",
            "panel_response_date",
            "panel_response",
            "panel_response_text",
        ],
    )
    recommendation = schema.Choice(
        title=_("Recommendation"), vocabulary=RECOMMENDATIONS, required=False
    )
    rationale = schema.Text(title=_("Rationale for the recommendation"), required=False)
    sent_to_panel_date = _date(
        _("Date sent to the Panel"),
        _("Stops the rapid review clock (15 working days from becoming aware)."),
    )
    panel_response_date = _date(_("Date of the Panel's response"))
    panel_response = schema.Choice(
        title=_("The Panel's response"), vocabulary=PANEL_RESPONSES, required=False
    )
    panel_response_text = schema.Text(title=_("Text of the Panel's response"), required=False)

    @invariant
    def rapid_review_consistent(data):
        _raise_first(rules.check_rapid_review(_FieldValues(data)))

    @invariant
    def one_rapid_review_per_incident(data):
        """plone.restapi checks with the new rapid review wrapped in the incident, the edit
        form on the rapid review itself; the add form gives no context (z3c.form ignores
        it on add), so the incident is the one the published add view is for."""
        context = getattr(data, "__context__", None)
        if context is None:
            request = getRequest()
            published = request.get("PUBLISHED") if request is not None else None
            context = getattr(published, "context", None)
        if context is None:
            return
        incident = context if ISeriousIncident.providedBy(context) else aq_parent(aq_inner(context))
        if not ISeriousIncident.providedBy(incident):
            return
        others = [
            child
            for child in incident.objectValues()
            if getattr(child, "portal_type", None) == "RapidReview"
            and aq_base(child) is not aq_base(context)
        ]
        problem = rules.second_rapid_review_problem(len(others))
        if problem is not None:
            raise Invalid(problem)


@implementer(ISeriousIncident)
class SeriousIncident(Container):
    """A serious incident: the notification, and a folder for its rapid review and its
    correspondence. ``review_uid`` names the review started from it, if any."""

    review_uid = None


@implementer(IRapidReview)
class RapidReview(Item):
    """The rapid review of a serious incident."""


class IStatutoryLetter(model.Schema):
    """One entry of the statutory correspondence log of an incident or a review."""

    title = schema.TextLine(
        title=_("Title"),
        description=_("For example 'Notification to the Panel'. No names of the family."),
        required=True,
        max_length=80,
    )
    letter_type = schema.Choice(title=_("Type"), vocabulary=LETTER_TYPES, required=True)
    direction = schema.Choice(
        title=_("Sent or received"), vocabulary=DIRECTIONS, required=True, default=rules.SENT
    )
    correspondent = schema.Choice(title=_("To or from"), vocabulary=CORRESPONDENTS, required=True)
    delayed_clock = schema.Choice(
        title=_("Clock delayed"),
        description=_(
            "For a notice of a delay: the clock it is about. Its date is then the date the "
            "Panel (or the Department for Education, or Welsh Government) was told."
        ),
        vocabulary=DELAYED_CLOCKS,
        required=False,
    )
    letter_date = _date(_("Date"), required=True)
    reference = schema.TextLine(title=_("Reference"), required=False)
    directives.read_permission(summary=TEAM_ONLY, attachment=TEAM_ONLY)
    directives.write_permission(summary=TEAM_EDITS, attachment=TEAM_EDITS)
    summary = schema.Text(title=_("Summary"), required=False)
    attachment = NamedBlobFile(title=_("Attachment"), required=False)

    @invariant
    def delay_notice_names_its_clock(data):
        _raise_first(rules.check_letter(_FieldValues(data)))


@implementer(IStatutoryLetter)
class StatutoryLetter(Item):
    """A letter or notice to or from the Panel, the Department, Ofsted or Welsh Government."""


# Volto: "one per line" lists as a textarea of lines (common/widgets.py).
lines_for_volto(ISeriousIncident)
lines_for_volto(IRapidReview)
