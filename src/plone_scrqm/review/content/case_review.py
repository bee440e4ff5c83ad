"""The case review record (``CaseReview``), a folder for everything about one review.

Fields are grouped in fieldsets that follow the quality markers; help texts use the
markers' own wording. The title is the case's pseudonym, never a real name. Consistency
rules live in ``plone_scrqm.review.rules`` and are applied here as schema invariants, so the
forms and plone.restapi enforce them alike.
"""

from AccessControl import ClassSecurityInfo
from AccessControl.class_init import InitializeClass
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant

from plone_scrqm import _
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.common.field_errors import raise_first
from plone_scrqm.common.limits import limit_text_fields
from plone_scrqm.common.widgets import lines_for_volto
from plone_scrqm.review import rules
from plone_scrqm.review.status import missing_for_transition
from plone_scrqm.review.vocabularies import ABUSE_OR_NEGLECT
from plone_scrqm.review.vocabularies import BOARD_ADVICE_CHANNELS
from plone_scrqm.review.vocabularies import CHILD_OUTCOMES
from plone_scrqm.review.vocabularies import DECISIONS
from plone_scrqm.review.vocabularies import INCIDENT_LOCATIONS
from plone_scrqm.review.vocabularies import PUBLICATION_DECISIONS
from plone_scrqm.review.vocabularies import REFERRAL_BASIS
from plone_scrqm.review.vocabularies import REVIEW_TYPES
from plone_scrqm.review.vocabularies import YES_NO
from plone_scrqm.wales.nation import nation_of
from plone_scrqm.wales.rules import review_type_problems


class _FieldValues:
    """Read a form's or REST payload's data for the rules; a value that was not part of
    the submitted data (z3c.form's ``NoInputData``) reads as empty. The forms check the rules
    once more across all fieldsets together (see ``review/views/forms.py``)."""

    def __init__(self, data):
        self._data = data

    def __getattr__(self, name):
        try:
            return getattr(self._data, name)
        except (AttributeError, Invalid):
            return None


def _raise_first(problems):
    raise_first(problems)


def _delay_fields(clock):
    """The five fields of the delay record of one clock."""
    return (
        schema.Text(
            title=_("${clock}: reason for the delay", mapping={"clock": clock}),
            description=_("Are delays explained and the reasons recorded (QM1 Q3, QM2 Q5)?"),
            required=False,
        ),
        schema.Choice(
            title=_("${clock}: parallel process that caused it", mapping={"clock": clock}),
            description=_("Where a criminal trial, an inquest or another process caused it."),
            vocabulary="plone_scrqm.ReviewParallelProcesses",
            required=False,
        ),
        schema.Date(
            min=EARLIEST,
            max=LATEST,
            title=_("${clock}: date the board was told", mapping={"clock": clock}),
            description=_("Were board members kept informed of any delay (QM8 Q4)?"),
            required=False,
        ),
        schema.Date(
            min=EARLIEST,
            max=LATEST,
            title=_("${clock}: date the Panel was told", mapping={"clock": clock}),
            required=False,
        ),
        schema.Date(
            min=EARLIEST,
            max=LATEST,
            title=_(
                "${clock}: date the Department for Education (or Welsh Government) was told",
                mapping={"clock": clock},
            ),
            required=False,
        ),
    )


class ICaseReview(model.Schema):
    title = schema.TextLine(
        title=_("Case pseudonym"),
        description=_(
            "How the review is known, for example 'Child D'. Never use a real name, initials "
            "or a place: the pseudonym appears in addresses, lists and search results."
        ),
        required=True,
        max_length=60,
    )

    # QM1 Referral
    model.fieldset(
        "referral",
        label=_("Referral (QM1)"),
        description=_(
            "The case is referred for consideration with an appropriate rationale and in a "
            "timely manner."
        ),
        fields=[
            "incident_date",
            "referral_date",
            "referring_agency",
            "referral_rationale",
            "referral_basis",
            "referral_other_reason",
            "referral_delay_explanation",
        ],
    )
    incident_date = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Date of the incident"), required=False
    )
    referral_date = schema.Date(min=EARLIEST, max=LATEST, title=_("Date referred"), required=False)
    referring_agency = schema.TextLine(title=_("Referring agency"), required=False)
    referral_rationale = schema.Text(
        title=_("Rationale for the referral"),
        description=_(
            "Is the rationale for the referral clear, and supported by adequate information?"
        ),
        required=False,
    )
    referral_basis = schema.Choice(
        title=_("Statutory criteria or another reason"),
        description=_(
            "Does the referral state explicitly whether the case met the statutory criteria, "
            "or if it was referred for another reason?"
        ),
        vocabulary=REFERRAL_BASIS,
        required=False,
    )
    referral_other_reason = schema.Text(
        title=_("The other reason for the referral"),
        description=_(
            "Required when the case was referred for a reason other than the statutory criteria."
        ),
        required=False,
    )
    referral_delay_explanation = schema.Text(
        title=_("Explanation of any delay in the referral"),
        required=False,
    )

    # QM2 Decision-making
    model.fieldset(
        "decision",
        label=_("Decision (QM2)"),
        description=_(
            "The rationale for the decision about whether to have a review, and its nature, is "
            "clear, defensible and reached in a timely fashion."
        ),
        fields=[
            "review_type",
            "decision",
            "decision_date",
            "decided_by",
            "decision_rationale",
            "agencies_asked",
            "neighbouring_areas_checked",
            "neighbouring_areas_note",
            "independent_challenge_considered",
            "independent_challenge_note",
        ],
    )
    review_type = schema.Choice(title=_("Type of review"), vocabulary=REVIEW_TYPES, required=False)
    decision = schema.Choice(
        title=_("Decision"),
        description=_("Leave empty while the decision is pending."),
        vocabulary=DECISIONS,
        required=False,
    )
    decision_date = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Date of the decision"), required=False
    )
    decided_by = schema.TextLine(
        title=_("Decided by"),
        description=_("Name or role, for example 'Independent chair of the partnership'."),
        required=False,
    )
    decision_rationale = schema.Text(
        title=_("Rationale for the decision"),
        description=_(
            "Is the decision informed by the statutory criteria, and is this evidenced in the "
            "record of the decision?"
        ),
        required=False,
    )
    agencies_asked = schema.List(
        title=_("Agencies asked for information"),
        description=_("One agency per line."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )
    neighbouring_areas_checked = schema.Bool(
        title=_("Neighbouring areas checked"),
        description=_(
            "Checks with neighbouring partnerships where the family lived outside the area."
        ),
        required=False,
        default=False,
    )
    neighbouring_areas_note = schema.Text(title=_("Which areas, or why not needed"), required=False)
    independent_challenge_considered = schema.Bool(
        title=_("Independent challenge considered"),
        description=_("For example peer discussion with another partnership's chair."),
        required=False,
        default=False,
    )
    independent_challenge_note = schema.Text(
        title=_("Independent challenge: notes"), required=False
    )

    # QM3 Advising board members
    model.fieldset(
        "board",
        label=_("Advising board members (QM3)"),
        description=_(
            "There is transparency among board members about the decision and its outcome."
        ),
        fields=["board_advised_date", "board_advised_how", "board_rationale_communicated"],
    )
    board_advised_date = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Date board members were advised"), required=False
    )
    board_advised_how = schema.Choice(
        title=_("How they were advised"), vocabulary=BOARD_ADVICE_CHANNELS, required=False
    )
    board_rationale_communicated = schema.Text(
        title=_("Rationale as communicated to members"),
        description=_(
            "Is the rationale for the decision full and explicit in the communication with members?"
        ),
        required=False,
    )

    # QM5 Clarity of purpose
    model.fieldset(
        "purpose",
        label=_("Purpose (QM5)"),
        description=_(
            "The purpose of the review is organisational learning and improvement; any factors "
            "that complicate this goal are acknowledged."
        ),
        fields=["purpose_statement", "purpose_communicated_to", "complicating_factors"],
    )
    purpose_statement = schema.Text(title=_("Statement of purpose"), required=False)
    purpose_communicated_to = schema.Text(
        title=_("Who has been told the purpose, and how"),
        description=_(
            "Board members, agency leaders, practitioners directly involved, those conducting the review."
        ),
        required=False,
    )
    complicating_factors = schema.Text(
        title=_("Complicating circumstances acknowledged"),
        description=_(
            "For example expectations of disciplinary action, media or political interest."
        ),
        required=False,
    )

    # QM6 Commissioning
    model.fieldset(
        "commissioning",
        label=_("Commissioning (QM6)"),
        description=_(
            "The precise form and focus of the review take into account the case and the local "
            "context, with input from board members and the lead reviewer(s)."
        ),
        fields=[
            "terms_of_reference",
            "period_under_review",
            "methodology",
            "proportionality_rationale",
        ],
    )
    terms_of_reference = schema.Text(
        title=_("Terms of reference"),
        description=_("Scope, key lines of enquiry and the agencies involved."),
        required=False,
    )
    period_under_review = schema.TextLine(
        title=_("Period under review"),
        description=_("For example 'March 2024 to June 2025'."),
        required=False,
    )
    methodology = schema.TextLine(title=_("Method or approach"), required=False)
    proportionality_rationale = schema.Text(
        title=_("Rationale for a proportionate approach"),
        description=_("Refer to factors related both to the case and to the local context."),
        required=False,
    )

    # QM7 Governance
    model.fieldset(
        "governance",
        label=_("Governance (QM7)"),
        description=_(
            "Who conducts the review, who quality-assures and challenges it, who signs it off, "
            "and how impasses are handled, stated from the start."
        ),
        fields=["conducted_by", "quality_assured_by", "signed_off_by", "impasse_arrangements"],
    )
    conducted_by = schema.Text(title=_("Who conducts the review"), required=False)
    quality_assured_by = schema.Text(
        title=_("Who quality-assures and challenges it"), required=False
    )
    signed_off_by = schema.TextLine(title=_("Who signs off the report"), required=False)
    impasse_arrangements = schema.Text(
        title=_("How impasses are handled"),
        description=_(
            "What happens when agreement cannot be reached about the analysis and findings."
        ),
        required=False,
    )

    # QM8 SCR management
    model.fieldset(
        "plan",
        label=_("Plan and management (QM8)"),
        description=_(
            "The review is effectively managed, concluded in a timely manner and within budget."
        ),
        fields=[
            "lead_reviewers",
            "admin_support",
            "budget",
            "spend",
            "planned_completion_date",
            "roles_and_responsibilities",
            "milestones",
        ],
    )
    lead_reviewers = schema.List(
        title=_("Lead reviewer(s)"),
        description=_("One per line."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )
    admin_support = schema.TextLine(title=_("Administrative support"), required=False)
    budget = schema.Int(title=_("Budget (£)"), required=False, min=0)
    planned_completion_date = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Planned completion"), required=False
    )
    spend = schema.Int(title=_("Spend so far (£)"), required=False, min=0)
    roles_and_responsibilities = schema.Text(
        title=_("Roles and responsibilities"),
        description=_("Who does what in the review, including administrative support."),
        required=False,
    )
    milestones = schema.List(
        title=_("Milestones"),
        description=_(
            "One per line: milestone | planned date | actual date (when reached) | who, with "
            "dates as YYYY-MM-DD. For example 'Practitioner event | 2026-03-02 | | Lead "
            "reviewer'. Slippage is shown with the review's clocks."
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )

    # QM1, QM2, QM8 Timescales
    model.fieldset(
        "timescales",
        label=_("Timescales (QM1, QM2, QM8)"),
        description=_(
            "The facts that decide which statutory clocks apply, and the dates they run from "
            "and stop at. No clock pauses: a delay is recorded below, against the clock it "
            "delays."
        ),
        fields=[
            "child_outcome",
            "abuse_or_neglect",
            "child_looked_after",
            "incident_location",
            "aware_date",
            "notification_date",
            "rapid_review_completed_date",
            "advance_copy_sent_date",
            "advance_copy_not_sent_reason",
        ],
    )
    child_outcome = schema.Choice(
        title=_("What happened to the child"), vocabulary=CHILD_OUTCOMES, required=False
    )
    abuse_or_neglect = schema.Choice(
        title=_("Abuse or neglect"),
        description=_(
            "England: the local authority notifies the Panel where abuse or neglect is known "
            "or suspected (Children Act 2004, s16C)."
        ),
        vocabulary=ABUSE_OR_NEGLECT,
        required=False,
    )
    child_looked_after = schema.Choice(
        title=_("The child was looked after by a local authority"),
        description=_(
            "The death of a looked-after child is notified to Ofsted and the Secretary of "
            "State whether or not abuse or neglect is known or suspected."
        ),
        vocabulary=YES_NO,
        required=False,
    )
    incident_location = schema.Choice(
        title=_("Where it happened"), vocabulary=INCIDENT_LOCATIONS, required=False
    )
    aware_date = schema.Date(
        min=EARLIEST,
        max=LATEST,
        title=_("Date the local authority became aware of the incident"),
        required=False,
    )
    notification_date = schema.Date(
        min=EARLIEST,
        max=LATEST,
        title=_("Date of the notification"),
        description=_(
            "England: the serious incident notification to the Panel (the form goes to "
            "Ofsted and is shared with the Panel and the Department), or the notification of "
            "a looked-after child's death."
        ),
        required=False,
    )
    rapid_review_completed_date = schema.Date(
        min=EARLIEST,
        max=LATEST,
        title=_("Date the rapid review was completed and sent to the Panel"),
        required=False,
    )
    advance_copy_sent_date = schema.Date(
        min=EARLIEST,
        max=LATEST,
        title=_("Date the advance copy of the report was sent"),
        description=_(
            "England: the report to the Panel and the Secretary of State (and Ofsted where "
            "required) at least seven working days before publication."
        ),
        required=False,
    )
    directives.write_permission(advance_copy_not_sent_reason="cmf.ManagePortal")
    advance_copy_not_sent_reason = schema.Text(
        title=_("Why the report is published without an advance copy"),
        description=_(
            "Recorded by a Manager only. Without an advance copy or this reason the report "
            "is not published."
        ),
        required=False,
    )

    # Delays, one record per clock
    model.fieldset(
        "delays",
        label=_("Delays (QM1, QM2, QM8)"),
        description=_(
            "A clock past its due date needs its own record: why, what caused it, and when "
            "the board, the Panel and the Department for Education (Welsh Government in "
            "Wales) were told. The review does not move on until each delayed clock has one."
        ),
        fields=[
            f"{clock}_delay_{part}"
            for clock in ("notification", "rapid_review", "publication")
            for part in ("reason", "cause", "board_told", "panel_told", "government_told")
        ],
    )
    (
        notification_delay_reason,
        notification_delay_cause,
        notification_delay_board_told,
        notification_delay_panel_told,
        notification_delay_government_told,
    ) = _delay_fields(_("Notification"))
    (
        rapid_review_delay_reason,
        rapid_review_delay_cause,
        rapid_review_delay_board_told,
        rapid_review_delay_panel_told,
        rapid_review_delay_government_told,
    ) = _delay_fields(_("Rapid review"))
    (
        publication_delay_reason,
        publication_delay_cause,
        publication_delay_board_told,
        publication_delay_panel_told,
        publication_delay_government_told,
    ) = _delay_fields(_("Publication"))

    # Publication decision (Working Together 2023, ch. 5)
    model.fieldset(
        "publication_decision",
        label=_("Publication decision"),
        description=_(
            "Where the partners publish only the improvements to be made, or do not publish, "
            "the reasons and the date the Panel and the Secretary of State were told."
        ),
        fields=[
            "publication_decision",
            "publication_decision_reasons",
            "publication_decision_told_date",
        ],
    )
    publication_decision = schema.Choice(
        title=_("What is published"),
        description=_("Leave empty until decided; the full report is the expectation."),
        vocabulary=PUBLICATION_DECISIONS,
        required=False,
    )
    publication_decision_reasons = schema.Text(
        title=_("Reasons for not publishing the full report"), required=False
    )
    publication_decision_told_date = schema.Date(
        min=EARLIEST,
        max=LATEST,
        title=_("Date the Panel and the Secretary of State were told of the decision"),
        required=False,
    )

    # QM14: the private register the privacy check scans the report and response for
    model.fieldset(
        "privacy",
        label=_("Privacy register (QM14)"),
        description=_(
            "Details that would identify the child or the family if published. The privacy "
            "check looks for them in the report and the board response before the chair can "
            "approve publication. Family members' names are added automatically."
        ),
        fields=["privacy_register"],
    )
    directives.read_permission(privacy_register="plone_scrqm.ViewFamilyDetails")
    directives.write_permission(privacy_register="plone_scrqm.EditFamilyDetails")
    privacy_register = schema.List(
        title=_("Identifying details"),
        description=_(
            "One per line: the child's name and any alias, addresses, schools, dates of birth, "
            "a rare condition, a place."
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )

    @invariant
    def dates_in_order(data):
        _raise_first(rules.check_dates(_FieldValues(data)))

    @invariant
    def referral_reason_given(data):
        _raise_first(rules.check_referral(_FieldValues(data)))

    @invariant
    def decision_recorded(data):
        _raise_first(rules.check_decision(_FieldValues(data)))

    @invariant
    def milestones_readable(data):
        _raise_first(rules.check_plan(_FieldValues(data)))

    @invariant
    def publication_decision_explained(data):
        _raise_first(rules.check_publication_decision(_FieldValues(data)))

    @invariant
    def review_type_fits_nation(data):
        """The partnership's nation decides the process offered (``wales.rules``); the
        context is the folder on add, the review on edit and REST."""
        context = getattr(data, "__context__", data)
        problems = review_type_problems(nation_of(context), _FieldValues(data))
        if problems:
            raise Invalid(problems[0])


limit_text_fields(ICaseReview)


@implementer(ICaseReview)
class CaseReview(Container):
    """A case review: the record of referral, decision and set-up, and a folder for the
    review's own items."""

    security = ClassSecurityInfo()

    @security.public
    def scrqm_transition_ready(self, transition):
        """Guard of the review workflow: true when the record has what ``transition``
        needs (see ``plone_scrqm.review.phases``)."""
        return not missing_for_transition(self, transition)


InitializeClass(CaseReview)


# Volto: "one per line" lists as a textarea of lines (common/widgets.py).
lines_for_volto(ICaseReview)
