"""Family pages: the review's family list (``{review}/@@family``) with its contacts and
questions, a family member's page with their contacts, questions and the letters, and the
partnership details control panel. All need ``plone_scrqm: View family details``."""

from plone import api
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.dexterity.browser.view import DefaultView
from plone.uuid.interfaces import IUUID
from plone.z3cform import layout
from Products.Five.browser import BrowserView
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.families import adapters
from plone_scrqm.families.views.letters import current_user_name
from plone_scrqm.families.views.letters import family_members
from plone_scrqm.families.vocabularies import CONTACT_METHODS
from plone_scrqm.families.vocabularies import INVOLVEMENT
from plone_scrqm.families.vocabularies import LETTER_LANGUAGES
from plone_scrqm.families.vocabularies import LETTER_TITLES
from plone_scrqm.families.vocabularies import QUESTION_STATUS
from plone_scrqm.families.vocabularies import RELATIONSHIPS
from plone_scrqm.interfaces import IPartnershipSettings
from plone_scrqm.letters.compose import LETTER_KINDS
from plone_scrqm.permissions import EDIT_FAMILY_DETAILS
from plone_scrqm.permissions import READ_AUDIT_LOG
from plone_scrqm.privacy.audit import audit
from plone_scrqm.review.children import children_of


def term_title(vocabulary, value):
    try:
        return vocabulary.getTerm(value).title
    except LookupError:
        return value or ""


def _iso(value):
    return value.isoformat() if value else ""


class FamilyMixin:
    def t(self, message):
        return translate(message, context=self.request)

    def _contact_row(self, contact):
        return {
            "title": contact.Title(),
            "url": contact.absolute_url(),
            "date": _iso(contact.contact_date),
            "method": self.t(term_title(CONTACT_METHODS, contact.method)),
            "who": contact.review_people or "",
            "members": self.member_labels(contact),
            "letter": self.t(LETTER_TITLES[contact.letter]) if contact.letter else "",
            "informed": bool(contact.informed),
        }

    def _question_row(self, question):
        return {
            "title": question.Title(),
            "url": question.absolute_url(),
            "asked": _iso(question.asked_date),
            "answerer": question.answerer or "",
            "status": self.t(term_title(QUESTION_STATUS, question.status)),
            "open": question.is_open(),
            "members": self.member_labels(question),
        }

    def member_labels(self, record):
        """The family members a record names, each labelled in the reader's language."""
        return ", ".join(self.label(member) for member in adapters.record_members(record))

    def label(self, member):
        """ "Family member 2 (father)" in the reader's language (the stored title is the
        English one)."""
        relationship = term_title(RELATIONSHIPS, member.relationship)
        if not relationship:
            return self.t(_("Family member ${number}", mapping={"number": member.member_number}))
        return self.t(
            _(
                "Family member ${number} (${relationship})",
                mapping={
                    "number": member.member_number,
                    "relationship": self.t(relationship).lower(),
                },
            )
        )

    def letter_choices(self):
        return [{"value": kind, "title": self.t(LETTER_TITLES[kind])} for kind in LETTER_KINDS]

    def method_choices(self):
        return [{"value": term.value, "title": self.t(term.title)} for term in CONTACT_METHODS]

    def language_choices(self):
        return [{"value": term.value, "title": self.t(term.title)} for term in LETTER_LANGUAGES]


class FamilyView(FamilyMixin, BrowserView):
    """The family members of a review, for the review team."""

    def __call__(self):
        audit("read", self.context, "family list")
        return self.index()

    def members(self):
        rows = []
        for member in family_members(self.context):
            contacts = adapters.records_about(member, "FamilyContact")
            rows.append(
                {
                    "title": self.label(member),
                    "url": member.absolute_url(),
                    "uid": IUUID(member),
                    "relationship": self.t(term_title(RELATIONSHIPS, member.relationship)),
                    "language": self.t(term_title(LETTER_LANGUAGES, member.preferred_language)),
                    "preferred_language": member.preferred_language,
                    "involvement": self.t(term_title(INVOLVEMENT, member.involvement)),
                    "last_contact": contacts[0].contact_date.isoformat() if contacts else "",
                    "first_informed": _iso(getattr(member, "first_informed_date", None)),
                }
            )
        return sorted(rows, key=lambda row: row["title"])

    def can_add(self):
        return api.user.has_permission("plone_scrqm: Add FamilyMember", obj=self.context)

    def can_record(self):
        return api.user.has_permission(EDIT_FAMILY_DETAILS, obj=self.context)

    def contacts(self):
        return [
            self._contact_row(contact)
            for contact in reversed(children_of(self.context, "FamilyContact"))
        ]

    def questions(self):
        return [
            self._question_row(question) for question in children_of(self.context, "FamilyQuestion")
        ]

    def accounts(self):
        return [
            {
                "title": account.Title(),
                "url": account.absolute_url(),
                "date": _iso(account.account_date),
                "members": self.member_labels(account),
            }
            for account in children_of(self.context, "FamilyAccount")
        ]


class FamilyMemberView(FamilyMixin, DefaultView):
    """A family member's record, contact log and letters."""

    def __call__(self):
        audit("read", self.context, "family record")
        return super().__call__()

    def review_url(self):
        return self.context.review().absolute_url()

    def audit_url(self):
        """For Managers: everything the audit trail holds about this record."""
        portal = api.portal.get()
        if not api.user.has_permission(READ_AUDIT_LOG, obj=portal):
            return None
        return f"{portal.absolute_url()}/@@scr-audit-log?family={self.uid()}"

    def contacts(self):
        return [
            self._contact_row(contact)
            for contact in adapters.records_about(self.context, "FamilyContact")
        ]

    def questions(self):
        return [
            self._question_row(question)
            for question in adapters.records_about(self.context, "FamilyQuestion")
        ]

    def can_record(self):
        return api.user.has_permission(EDIT_FAMILY_DETAILS, obj=self.context)

    def uid(self):
        return IUUID(self.context)

    def today(self):
        return current_day().isoformat()

    def default_who(self):
        return current_user_name()

    def add_url(self, portal_type):
        return f"{self.review_url()}/++add++{portal_type}?member={self.uid()}"


class PartnershipSettingsForm(RegistryEditForm):
    schema = IPartnershipSettings
    schema_prefix = "plone_scrqm.partnership"
    label = _("Safeguarding partnership (letters to families)")
    description = _(
        "The partnership's name, contact details, logo and signatory printed on letters to "
        "family members."
    )


PartnershipSettings = layout.wrap_form(PartnershipSettingsForm, ControlPanelFormWrapper)
