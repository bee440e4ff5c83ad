"""A member of the child's family (QM4, QM12, QM17): a private record inside a review.

Only the review team reads it: the type has its own workflow (``scrqm_family_workflow``)
that gives View to Review Managers, Lead Reviewers, Site Administrators and Managers only,
and every field also needs ``plone_scrqm: View family details`` to be read and ``… Edit
family details`` to be written. The title is generated from the member's number and
relationship ("Family member 2 (father)") and is all the catalog ever holds.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.app.content.interfaces import INameFromTitle
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.component import adapter
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant

from plone_scrqm import _
from plone_scrqm.families import rules
from plone_scrqm.families.vocabularies import CHANNELS
from plone_scrqm.families.vocabularies import COMMUNICATION_NEEDS
from plone_scrqm.families.vocabularies import INVOLVEMENT
from plone_scrqm.families.vocabularies import LETTER_LANGUAGES
from plone_scrqm.families.vocabularies import RELATIONSHIPS
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
        value_type=schema.Choice(vocabulary=COMMUNICATION_NEEDS),
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

    # Entries are added on the family member's page and when a letter is generated.
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


@implementer(IFamilyMember, IIdentifierSource)
class FamilyMember(Item):
    """A family member. Its title is generated and never holds the name."""

    member_number = 0
    # The schema's "Other names" field shares its name with a class attribute of Plone's
    # BrowserDefaultMixin (a dict of method aliases): without this, a record saved without
    # other names read that dict as its other names (and REST refused to create it). The
    # field's empty value; a record's own list replaces it when set.
    aliases = []  # noqa: RUF012 - read only; assignment stores the record's own list

    @property
    def title(self):
        return rules.neutral_title(self.member_number, getattr(self, "relationship", None))

    @title.setter
    def title(self, value):
        """The title is generated: what is given is ignored."""

    def Description(self):  # noqa: N802 - Dublin Core
        return ""

    def SearchableText(self):  # noqa: N802 - catalog index name
        return self.title

    def identifiers(self):
        return rules.identifiers(
            getattr(self, "full_name", None),
            getattr(self, "address_as", None),
            getattr(self, "aliases", None) or [],
            getattr(self, "child_reference", None),
        )

    def review(self):
        return aq_parent(aq_inner(self))


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
