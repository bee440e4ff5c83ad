"""A member of the child's family (QM4, QM12, QM17): a private record inside a review.

Only the review team reads it: the type has its own workflow (``scrqm_family_workflow``)
that gives View to Review Managers, Lead Reviewers, Site Administrators and Managers only,
and every field also needs ``plone_scrqm: View family details`` to be read and ``… Edit
family details`` to be written. The title is generated from the member's number and
relationship ("Family member 2 (father)") and is all the catalog ever holds.

The family's records inside a review, each a Dexterity type on the family workflow
(private to the review team, like the family member's record):

- ``FamilyContact``: one contact with the family (QM4, QM12): when, how, who from the review,
  which family members, what was said and agreed, follow-ups; a letter once a person
  records it as sent. The first contact that informed a member sets their date first
  informed (QM4 Q1).
- ``FamilyQuestion``: a question the family asks (QM4 Q3-Q4), something they want the review
  to look at, linked to the lines of enquiry (QM12 Q4), or a comment on the draft report
  (QM12 Q7); who answers, the answer, open or closed.
- ``FamilyAccount``: the family's account, what they told the review (QM12 Q6), which
  findings may say they draw on.

Every field needs ``plone_scrqm: View family details`` to be read and ``… Edit family
details`` to be written. Titles are generated from a number and a kind ("Contact 2
(phone)"): never what was said.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.app.content.interfaces import INameFromTitle
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.component import adapter
from zope.globalrequest import getRequest
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zope.interface import provider
from zope.schema.interfaces import IContextAwareDefaultFactory

from plone_scrqm import _
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.common.limits import limit_text_fields
from plone_scrqm.common.widgets import lines_for_volto
from plone_scrqm.families import rules
from plone_scrqm.families.vocabularies import CHANNELS
from plone_scrqm.families.vocabularies import CONTACT_METHODS
from plone_scrqm.families.vocabularies import INVOLVEMENT
from plone_scrqm.families.vocabularies import LETTER_LANGUAGES
from plone_scrqm.families.vocabularies import LETTERS
from plone_scrqm.families.vocabularies import QUESTION_KINDS
from plone_scrqm.families.vocabularies import QUESTION_STATUS
from plone_scrqm.families.vocabularies import RELATIONSHIPS
from plone_scrqm.interfaces import IFamilyRecord
from plone_scrqm.interfaces import IIdentifierSource

VIEW = "plone_scrqm.ViewFamilyDetails"
EDIT = "plone_scrqm.EditFamilyDetails"

PRIVATE_FIELDS = (
    "full_name",
    "address_as",
    "aliases",
    "child_reference",
    "relationship",
    "preferred_language",
    "other_language",
    "communication_needs",
    "communication_detail",
    "preferred_channel",
    "interpreter_language",
    "involvement",
    "involvement_reasons",
    "contact_log",
    "postal_address",
    "first_informed_date",
    "plan_asked",
    "plan_by",
    "plan_support",
    "plan_adjustments",
    "draft_received_date",
    "representation",
    "final_report_date",
    "final_report_support",
)


class IFamilyMember(model.Schema):
    full_name = schema.TextLine(
        title=_("Name"),
        description=_(
            "Private to the review team. It is never shown in titles, addresses, search or "
            "listings: the record is known as 'Family member 1 (mother)'."
        ),
        required=True,
    )
    address_as = schema.TextLine(
        title=_("How to address them in letters"),
        description=_("For example 'Ms Khan' or 'Dafydd'."),
        required=True,
    )
    aliases = schema.List(
        title=_("Other names"),
        description=_(
            "Other names, spellings and nicknames, one per line: the privacy check looks for "
            "these in documents that will be published."
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )
    child_reference = schema.TextLine(
        title=_("How letters refer to the child"),
        description=_("The name the family uses, for example 'Sam'."),
        required=True,
    )
    relationship = schema.Choice(
        title=_("Relationship to the child"),
        vocabulary=RELATIONSHIPS,
        required=True,
    )
    postal_address = schema.Text(
        title=_("Postal address"),
        description=_(
            "Printed on letters. The privacy check looks for its first line and postcode in "
            "documents that will be published."
        ),
        required=False,
        max_length=500,
    )
    directives.mode(first_informed_date="display")
    first_informed_date = schema.Date(
        title=_("Date first informed about the review (QM4 Q1)"),
        description=_("Set by the first contact recorded as telling them about the review."),
        required=False,
    )

    model.fieldset(
        "communication",
        label=_("Language and communication (QM4)"),
        fields=[
            "preferred_language",
            "other_language",
            "communication_needs",
            "communication_detail",
            "preferred_channel",
            "interpreter_language",
        ],
    )
    preferred_language = schema.Choice(
        title=_("Language of letters"),
        description=_("Welsh letters are bilingual, Welsh first."),
        vocabulary=LETTER_LANGUAGES,
        required=True,
        default="en",
    )
    other_language = schema.TextLine(
        title=_("Preferred language, if letters are not available in it"),
        description=_("Arrange a professional interpreter to read the letter with them."),
        required=False,
    )
    directives.widget(communication_needs=CheckBoxFieldWidget)
    communication_needs = schema.List(
        title=_("Communication needs"),
        value_type=schema.Choice(vocabulary="plone_scrqm.CommunicationNeeds"),
        required=False,
        default=[],
        missing_value=[],
    )
    communication_detail = schema.Text(
        title=_("Adjustments and support"),
        description=_(
            "What helps them take part: disability adjustments, an advocate, times to avoid."
        ),
        required=False,
    )
    preferred_channel = schema.Choice(
        title=_("Preferred way of contact"),
        description=_("Ask young people how they want to be contacted."),
        vocabulary=CHANNELS,
        required=False,
    )
    interpreter_language = schema.TextLine(
        title=_("Interpreter: language and dialect"),
        description=_(
            "Use a professional interpreter. Family members or children must never interpret. "
            "Record each time an interpreter was used in the contact log."
        ),
        required=False,
    )

    model.fieldset(
        "involvement",
        label=_("Involvement in the review (QM12)"),
        fields=["involvement", "involvement_reasons"],
    )
    involvement = schema.Choice(
        title=_("Involvement"),
        vocabulary=INVOLVEMENT,
        required=True,
        default=rules.INVOLVEMENT_NOT_DECIDED,
    )
    involvement_reasons = schema.Text(
        title=_("Reasons"),
        description=_(
            "Needed when they declined or were not involved: why, and who decided (QM12 Q8)."
        ),
        required=False,
    )

    model.fieldset(
        "plan",
        label=_("Involvement plan (QM12 Q5)"),
        fields=["plan_asked", "plan_by", "plan_support", "plan_adjustments"],
    )
    plan_asked = schema.Text(title=_("What they will be asked"), required=False)
    plan_by = schema.TextLine(title=_("By whom"), required=False)
    plan_support = schema.Text(
        title=_("Support and interpreter arranged"),
        description=_("An advocate, someone they trust, a professional interpreter."),
        required=False,
    )
    plan_adjustments = schema.Text(
        title=_("Adjustments"),
        description=_(
            "For disability, for age (adolescents: in the way they prefer) and language."
        ),
        required=False,
    )

    model.fieldset(
        "draft",
        label=_("The draft report (QM12 Q7)"),
        description=_(
            "Their comments on the draft, and the review's reply to each, are recorded as "
            "questions and comments of the family."
        ),
        fields=["draft_received_date", "representation"],
    )
    draft_received_date = schema.Date(
        title=_("Date they received the draft report"),
        required=False,
    )
    representation = schema.Text(
        title=_("How they are represented in the report, as agreed with them"),
        required=False,
    )

    model.fieldset(
        "publication",
        label=_("Publication (QM17)"),
        fields=["final_report_date", "final_report_support"],
    )
    final_report_date = schema.Date(
        title=_("Date they received the final report"),
        description=_("Approval of the report names every family member without this date."),
        required=False,
    )
    final_report_support = schema.Text(
        title=_("Support offered to them with the final report"),
        required=False,
    )

    # The contact log of earlier versions, kept as it was stored: contacts are now records of
    # their own (FamilyContact). Entries written when a letter was generated stay here.
    directives.omitted("contact_log")
    contact_log = schema.List(
        title=_("Contact log"),
        value_type=schema.Dict(key_type=schema.TextLine(), value_type=schema.TextLine()),
        required=False,
        default=[],
        missing_value=[],
    )

    directives.read_permission(**dict.fromkeys(PRIVATE_FIELDS, VIEW))
    directives.write_permission(**dict.fromkeys(PRIVATE_FIELDS, EDIT))

    @invariant
    def reasons_recorded(data):
        if rules.involvement_problem(
            getattr(data, "involvement", None), getattr(data, "involvement_reasons", None)
        ):
            raise Invalid(
                _(
                    "Record the reasons when a family member declined or was not involved, "
                    "and who decided (QM12 Q8)."
                )
            )


class GeneratedTitleItem(Item):
    """The family's items: the title is made from a number and a kind by ``_title`` and never
    holds a name or what was said; a title given (by a form, REST or a copy) is ignored.
    Search finds them by that title only, and they have no description.

    A subclass of ``Item``, not a mixin placed before it: a plain class first in the bases
    would get zope.interface's own ``__providedBy__`` and hide Dexterity's, and the items
    would lose their behaviours' marker interfaces."""

    def _title(self):
        raise NotImplementedError

    @property
    def title(self):
        return self._title()

    @title.setter
    def title(self, value):
        """The title is generated: what is given is ignored."""

    def Description(self):  # noqa: N802 - Dublin Core
        return ""

    def SearchableText(self):  # noqa: N802 - catalog index name
        return self.title

    def review(self):
        return aq_parent(aq_inner(self))


@implementer(IFamilyMember, IIdentifierSource)
class FamilyMember(GeneratedTitleItem):
    """A family member. Its title is generated and never holds the name."""

    member_number = 0
    # The schema's "Other names" field shares its name with a class attribute of Plone's
    # BrowserDefaultMixin (a dict of method aliases): without this, a record saved without
    # other names read that dict as its other names (and REST refused to create it). The
    # field's empty value; a record's own list replaces it when set.
    aliases = []  # noqa: RUF012 - read only; assignment stores the record's own list

    def _title(self):
        return rules.neutral_title(self.member_number, getattr(self, "relationship", None))

    def identifiers(self):
        return rules.identifiers(
            getattr(self, "full_name", None),
            getattr(self, "address_as", None),
            getattr(self, "aliases", None) or [],
            getattr(self, "child_reference", None),
            rules.address_identifiers(getattr(self, "postal_address", None)),
        )


def number_new_member(member, event):
    """Give a new family member the next number in its review."""
    if member.member_number:
        return
    container = aq_parent(aq_inner(member))
    numbers = [
        getattr(obj, "member_number", 0)
        for obj in container.objectValues()
        if IFamilyMember.providedBy(obj) and obj is not member
    ]
    member.member_number = rules.next_member_number(numbers)
    member.reindexObject()


@implementer(INameFromTitle)
@adapter(IFamilyMember)
class FamilyMemberName:
    """Ids are ``family-member``, ``family-member-1``…: never a name, not even the
    relationship."""

    title = "family-member"

    def __init__(self, context):
        self.context = context


MEMBERS_VOCABULARY = "plone_scrqm.FamilyMembersOfReview"
LINES_VOCABULARY = "plone_scrqm.LinesOfEnquiry"
ACCOUNTS_VOCABULARY = "plone_scrqm.FamilyAccountsOfReview"


@provider(IContextAwareDefaultFactory)
def member_from_request(context):
    """The family member whose page the record is added from (``?member=<uid>``)."""
    request = getRequest()
    uid = request.form.get("member") if request is not None else None
    return [uid] if isinstance(uid, str) and uid else []


def _members_field(title):
    return schema.List(
        title=title,
        value_type=schema.Choice(vocabulary=MEMBERS_VOCABULARY),
        required=True,
        min_length=1,
        missing_value=[],
        defaultFactory=member_from_request,
    )


def _date_field(title, required=True, description=None):
    return schema.Date(
        title=title,
        description=description,
        required=required,
        min=EARLIEST,
        max=LATEST,
    )


CONTACT_FIELDS = (
    "contact_date",
    "method",
    "review_people",
    "members",
    "informed",
    "letter",
    "letter_language",
    "said",
    "agreed",
    "follow_ups",
    "interpreter",
)


class IFamilyContact(model.Schema):
    contact_date = _date_field(_("Date of the contact"))
    method = schema.Choice(title=_("How"), vocabulary=CONTACT_METHODS, required=True)
    review_people = schema.TextLine(
        title=_("Who from the review"),
        description=_("For example 'Rita Patel (review manager) and the lead reviewer'."),
        required=True,
    )
    directives.widget(members=CheckBoxFieldWidget)
    members = _members_field(_("Who in the family"))
    informed = schema.Bool(
        title=_("They were told about the review at this contact (QM4 Q1)"),
        description=_(
            "What the review is for (learning, not blame), how it works and its limits. The "
            "first such contact sets each family member's date first informed."
        ),
        required=False,
        default=False,
    )
    letter = schema.Choice(
        title=_("Letter sent"),
        description=_("When the contact is a letter: which one was sent."),
        vocabulary=LETTERS,
        required=False,
    )
    letter_language = schema.Choice(
        title=_("Language of the letter"),
        vocabulary=LETTER_LANGUAGES,
        required=False,
    )
    said = schema.Text(title=_("What was said"), required=False)
    agreed = schema.Text(title=_("What was agreed"), required=False)
    follow_ups = schema.Text(
        title=_("Follow-ups"),
        description=_("What the review will do next, by whom and when."),
        required=False,
    )
    interpreter = schema.TextLine(
        title=_("Interpreter used (language, and the interpreting service)"),
        description=_("Family members or children must never interpret."),
        required=False,
    )

    directives.read_permission(**dict.fromkeys(CONTACT_FIELDS, VIEW))
    directives.write_permission(**dict.fromkeys(CONTACT_FIELDS, EDIT))

    @invariant
    def not_in_future(data):
        when = getattr(data, "contact_date", None)
        if when is not None and "date-in-future" in rules.record_problems(
            {"contact_date": when, "method": "phone", "review_people": "x", "members": ["x"]}
        ):
            raise Invalid(_("The date of a contact cannot be in the future."))


QUESTION_FIELDS = (
    "kind",
    "question",
    "asked_date",
    "members",
    "lines_of_enquiry",
    "answerer",
    "answer",
    "answered_date",
    "status",
)


class IFamilyQuestion(model.Schema):
    kind = schema.Choice(
        title=_("This is"),
        vocabulary=QUESTION_KINDS,
        required=True,
        default="question",
    )
    question = schema.Text(
        title=_("The question or comment, in their words"),
        required=True,
    )
    asked_date = _date_field(_("When they asked"))
    directives.widget(members=CheckBoxFieldWidget)
    members = _members_field(_("Who in the family"))
    directives.widget(lines_of_enquiry=CheckBoxFieldWidget)
    lines_of_enquiry = schema.List(
        title=_("Lines of enquiry it relates to"),
        description=_(
            "From the review's terms of reference, one line each: how the family's questions "
            "shape what the review looks at (QM12 Q4)."
        ),
        value_type=schema.Choice(vocabulary=LINES_VOCABULARY),
        required=False,
        default=[],
        missing_value=[],
    )
    answerer = schema.TextLine(
        title=_("Who answers"),
        required=False,
    )
    answer = schema.Text(
        title=_("The answer, or the review's reply"),
        description=_("Honest, and in words they understand (QM4 Q4)."),
        required=False,
    )
    answered_date = _date_field(_("When it was answered"), required=False)
    status = schema.Choice(
        title=_("Open or closed"),
        vocabulary=QUESTION_STATUS,
        required=True,
        default=rules.OPEN,
    )

    directives.read_permission(**dict.fromkeys(QUESTION_FIELDS, VIEW))
    directives.write_permission(**dict.fromkeys(QUESTION_FIELDS, EDIT))

    @invariant
    def answered_when_closed(data):
        if rules.question_problem(getattr(data, "status", None), getattr(data, "answer", None)):
            raise Invalid(_("Give the answer before closing the question."))


ACCOUNT_FIELDS = ("account_date", "members", "review_people", "how_given", "account")


class IFamilyAccount(model.Schema):
    account_date = _date_field(_("When they gave it"))
    directives.widget(members=CheckBoxFieldWidget)
    members = _members_field(_("Who in the family"))
    review_people = schema.TextLine(title=_("Who heard it"), required=True)
    how_given = schema.Choice(title=_("How"), vocabulary=CONTACT_METHODS, required=False)
    account = schema.Text(
        title=_("What they told the review"),
        description=_(
            "Their account, in their words where possible. Findings that draw on it say so "
            "without showing it."
        ),
        required=True,
    )

    directives.read_permission(**dict.fromkeys(ACCOUNT_FIELDS, VIEW))
    directives.write_permission(**dict.fromkeys(ACCOUNT_FIELDS, EDIT))


for _schema in (IFamilyContact, IFamilyQuestion, IFamilyAccount):
    limit_text_fields(_schema)


class FamilyRecord(GeneratedTitleItem):
    """A numbered record whose title is generated and never holds what was said."""

    record_number = 0
    members = ()


@implementer(IFamilyContact, IFamilyRecord)
class FamilyContact(FamilyRecord):
    def _title(self):
        return rules.record_title("contact", self.record_number, getattr(self, "method", None))


@implementer(IFamilyQuestion, IFamilyRecord)
class FamilyQuestion(FamilyRecord):
    def _title(self):
        return rules.record_title(
            getattr(self, "kind", None) or "question", self.record_number, None
        )

    def is_open(self):
        return (getattr(self, "status", None) or rules.OPEN) == rules.OPEN


@implementer(IFamilyAccount, IFamilyRecord)
class FamilyAccount(FamilyRecord):
    def _title(self):
        return rules.record_title("account", self.record_number, None)


@implementer(INameFromTitle)
@adapter(IFamilyRecord)
class FamilyRecordName:
    """Ids are ``family-contact``, ``family-question-1``…: never what was said."""

    def __init__(self, context):
        self.context = context
        self.title = {
            "FamilyContact": "family-contact",
            "FamilyQuestion": "family-question",
            "FamilyAccount": "family-account",
        }.get(context.portal_type, "family-record")


# Findings that draw on the family's account (QM12 Q6)


@provider(IFormFieldProvider)
class IFamilyAccountLink(model.Schema):
    """A behaviour of findings: the family's accounts the finding draws on. Everyone who
    reads the finding sees that it was informed by the family's account; only the review
    team opens the account."""

    directives.widget(family_accounts=CheckBoxFieldWidget)
    directives.write_permission(family_accounts=EDIT)
    family_accounts = schema.List(
        title=_("Informed by the family's account"),
        description=_("The family's accounts this finding draws on (QM12 Q6)."),
        value_type=schema.Choice(vocabulary=ACCOUNTS_VOCABULARY),
        required=False,
        default=[],
        missing_value=[],
    )


# Volto: "one per line" lists as a textarea of lines (common/widgets.py).
lines_for_volto(IFamilyMember)
