"""Assembling information (QM10) and practitioner involvement (QM11): information requests
to agencies, the multi-agency chronology and practitioner events. All live inside a review.

Requests and events follow the review's phase (no workflow of their own), so board members
read them, including an agency's recorded reason for not cooperating (QM10 Q7). Chronology
entries have their own workflow, ``scrqm_private_workflow``: only the review team reads them.
An event's notes are readable by the review team only (field permissions).
"""

from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zope.schema import ValidationError

from plone_scrqm import _
from plone_scrqm.common import dateranges
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.information.chronology import DAY
from plone_scrqm.information.chronology import MARK_TITLES
from plone_scrqm.information.chronology import PRECISIONS
from plone_scrqm.information.chronology import date_label
from plone_scrqm.information.chronology import parse_time
from plone_scrqm.information.events import FORMATS
from plone_scrqm.information.events import event_problems
from plone_scrqm.information.folder import review_of
from plone_scrqm.information.requests import request_problems
from plone_scrqm.interfaces import IReviewPart
from plone_scrqm.review.vocabularies import fixed_vocabulary

MARKS_VOCABULARY = fixed_vocabulary(MARK_TITLES)
PRECISION_VOCABULARY = fixed_vocabulary(PRECISIONS)
FORMAT_VOCABULARY = fixed_vocabulary(FORMATS)


def _get(data, name):
    try:
        return getattr(data, name, None)
    except Invalid:
        return None


class IInformationRequest(model.Schema):
    title = schema.TextLine(
        title=_("Request"),
        description=_("A short name, for example 'Police: records for the period under review'."),
        required=True,
        max_length=160,
    )
    agency = schema.Choice(
        title=_("Agency asked"), vocabulary="plone_scrqm.Agencies", required=True
    )
    information_requested = schema.Text(
        title=_("What is asked for"),
        description=_("The records, reports or accounts requested (QM10 Q1, Q3)."),
        required=True,
    )
    period_start = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Period asked about: from"), required=False
    )
    period_end = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Period asked about: to"), required=False
    )
    level_of_detail = schema.Text(
        title=_("Level of detail, and why"),
        description=_(
            "The level of detail asked for and the reason, as explained to the agency (QM10 Q1, "
            "Q2)."
        ),
        required=False,
    )
    access_arrangements = schema.Text(
        title=_("Access arranged"),
        description=_("Access for the lead reviewer to records and people (QM10 Q4)."),
        required=False,
    )
    agency_contact = schema.TextLine(
        title=_("Who in the agency answers"),
        description=_("A role or a name, for example 'Designated safeguarding lead'."),
        required=False,
        max_length=200,
    )
    date_sent = schema.Date(min=EARLIEST, max=LATEST, title=_("Date sent"), required=False)
    date_due = schema.Date(min=EARLIEST, max=LATEST, title=_("Date due"), required=False)
    date_received = schema.Date(min=EARLIEST, max=LATEST, title=_("Date received"), required=False)
    non_cooperation_reason = schema.Text(
        title=_("Reason the agency does not cooperate"),
        description=_(
            "Record it if the agency does not provide the information: board members see it "
            "(QM10 Q7). A request with a reason recorded is no longer awaited."
        ),
        required=False,
    )

    @invariant
    def dates_in_order(data):
        problems = request_problems(
            _get(data, "date_sent"),
            _get(data, "date_due"),
            _get(data, "date_received"),
            _get(data, "period_start"),
            _get(data, "period_end"),
        )
        if problems:
            raise Invalid(problems[0])


@implementer(IInformationRequest, IReviewPart)
class InformationRequest(Item):
    """A request for information to one agency."""


def _valid_time(value):
    try:
        parse_time(value)
    except ValueError:
        raise Invalid(_("Use HH:MM (24-hour clock).")) from None
    return True


class FutureEntryDate(ValidationError):
    __doc__ = _("A chronology entry cannot be in the future.")


def _not_in_future(value):
    if value is not None and value > dateranges.today():
        raise FutureEntryDate(value)
    return True


class IChronologyEntry(model.Schema):
    entry_date = schema.Date(
        min=EARLIEST,
        constraint=_not_in_future,  # so never after LATEST
        title=_("Date"),
        description=_(
            "For an entry known only to its month, give any day and choose 'Month only'."
        ),
        required=True,
    )
    date_precision = schema.Choice(
        title=_("Date known to"),
        vocabulary=PRECISION_VOCABULARY,
        required=True,
        default=DAY,
    )
    entry_time = schema.TextLine(
        title=_("Time"),
        description=_("HH:MM, when known."),
        required=False,
        max_length=5,
        constraint=_valid_time,
    )
    agency = schema.Choice(title=_("Agency"), vocabulary="plone_scrqm.Agencies", required=True)
    directives.read_permission(practitioner_role="plone_scrqm.ViewFamilyDetails")
    directives.write_permission(practitioner_role="plone_scrqm.EditFamilyDetails")
    practitioner_role = schema.TextLine(
        title=_("Practitioner role"),
        description=_("The role, not the name (for example 'Health visitor')."),
        required=False,
        max_length=200,
    )
    directives.read_permission(what_happened="plone_scrqm.ViewFamilyDetails")
    directives.write_permission(what_happened="plone_scrqm.EditFamilyDetails")
    what_happened = schema.Text(title=_("What happened"), required=True, max_length=5000)
    source_record = schema.TextLine(
        title=_("Source record"),
        description=_("Where in the agency's records this comes from."),
        required=False,
        max_length=200,
    )
    directives.widget(marks=CheckBoxFieldWidget)
    marks = schema.List(
        title=_("Marks"),
        value_type=schema.Choice(vocabulary="plone_scrqm.ChronologyMarks"),
        required=False,
        default=[],
        missing_value=[],
    )

    @invariant
    def time_needs_a_day(data):
        if _get(data, "entry_time") and _get(data, "date_precision") not in (None, DAY):
            raise Invalid(_("A time needs an exact day, not a month only."))


@implementer(IChronologyEntry)
class ChronologyEntry(Item):
    """One entry of the multi-agency chronology. Its title is its date and agency, never
    what happened, so nothing of the entry's text reaches titles, addresses or the catalog."""

    # The key that stops a re-import from duplicating the entry; set once, when it is
    # created (see ``chronology_entry_added``), and kept when the entry is edited.
    scrqm_row_key = None

    @property
    def title(self):
        if getattr(self, "entry_date", None) is None:
            return ""
        label = date_label(self.entry_date, self.date_precision, self.entry_time)
        return f"{label} · {self.agency}" if self.agency else label

    @title.setter
    def title(self, value):
        """The title is computed: a title given is ignored."""

    def review(self):
        """The review the entry belongs to (entries live in its ``chronology-entries``)."""
        return review_of(self)


class IPractitionerEvent(model.Schema):
    title = schema.TextLine(
        title=_("Event or interview"),
        description=_("For example 'Practitioner learning event' or 'Interview: health visitor'."),
        required=True,
        max_length=160,
    )
    purpose = schema.Text(
        title=_("Purpose"),
        description=_("Stated before the invitations go out (QM11 Q1)."),
        required=True,
    )
    purpose_stated_date = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Purpose stated on"), required=False
    )
    invitations_sent_date = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Invitations sent on"), required=False
    )
    event_date = schema.Date(min=EARLIEST, max=LATEST, title=_("Date of the event"), required=False)
    event_format = schema.Choice(title=_("Format"), vocabulary=FORMAT_VOCABULARY, required=True)

    model.fieldset(
        "participants",
        label=_("Invited and attending"),
        fields=["roles_invited", "agencies_invited", "roles_attending", "agencies_attending"],
    )
    roles_invited = schema.List(
        title=_("Roles invited"),
        description=_("Roles, not names; one a line."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )
    directives.widget(agencies_invited=CheckBoxFieldWidget)
    agencies_invited = schema.List(
        title=_("Agencies invited"),
        value_type=schema.Choice(vocabulary="plone_scrqm.Agencies"),
        required=False,
        default=[],
        missing_value=[],
    )
    roles_attending = schema.List(
        title=_("Roles attending"),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )
    directives.widget(agencies_attending=CheckBoxFieldWidget)
    agencies_attending = schema.List(
        title=_("Agencies attending"),
        value_type=schema.Choice(vocabulary="plone_scrqm.Agencies"),
        required=False,
        default=[],
        missing_value=[],
    )

    model.fieldset(
        "support",
        label=_("Information, support and protection (QM11)"),
        fields=[
            "information_beforehand",
            "support_arranged",
            "protections",
            "senior_managers",
        ],
    )
    information_beforehand = schema.Text(
        title=_("Information given beforehand"),
        description=_("About the review and each participant's part in it (QM11 Q2)."),
        required=False,
    )
    support_arranged = schema.Text(
        title=_("Support arranged"),
        description=_(
            "For individual practitioners, in the planning of group events (QM11 Q4, Q6)."
        ),
        required=False,
    )
    protections = schema.Text(
        title=_("Protections within their own organisations"),
        description=_("QM11 Q5."),
        required=False,
    )
    senior_managers = schema.Text(
        title=_("Implications for people now in senior positions"),
        description=_("And what is done to support them (QM11 Q7)."),
        required=False,
    )

    model.fieldset("notes", label=_("Notes (review team only)"), fields=["notes"])
    directives.read_permission(notes="plone_scrqm.ViewFamilyDetails")
    directives.write_permission(notes="plone_scrqm.EditFamilyDetails")
    notes = schema.Text(
        title=_("Notes"),
        description=_("Kept privately: only the review team reads them, never board members."),
        required=False,
    )

    @invariant
    def purpose_before_invitations(data):
        problems = event_problems(
            _get(data, "purpose"),
            _get(data, "purpose_stated_date"),
            _get(data, "invitations_sent_date"),
        )
        if problems:
            raise Invalid(problems[0])


@implementer(IPractitionerEvent, IReviewPart)
class PractitionerEvent(Item):
    """A practitioner event or interview, with its feedback links and answers (stored by
    ``plone_scrqm.information.storage``)."""
