"""Family pages: the review's family list (``{review}/@@family``), a family member's page
with the contact log and the letters, the form that records a contact, and the partnership
details control panel. All need ``plone_scrqm: View family details`` (recording a contact,
``… Edit family details``)."""

from datetime import date

from plone import api
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.dexterity.browser.view import DefaultView
from plone.protect import CheckAuthenticator
from plone.uuid.interfaces import IUUID
from plone.z3cform import layout
from Products.Five.browser import BrowserView
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.common import params
from plone_scrqm.families import rules
from plone_scrqm.families.views.letters import current_user_name
from plone_scrqm.families.views.letters import family_members
from plone_scrqm.families.vocabularies import CHANNELS
from plone_scrqm.families.vocabularies import INVOLVEMENT
from plone_scrqm.families.vocabularies import LETTER_LANGUAGES
from plone_scrqm.families.vocabularies import RELATIONSHIPS
from plone_scrqm.interfaces import IPartnershipSettings
from plone_scrqm.letters.compose import LETTER_KINDS
from plone_scrqm.permissions import EDIT_FAMILY_DETAILS
from plone_scrqm.permissions import READ_AUDIT_LOG
from plone_scrqm.privacy.audit import audit

LETTER_TITLES = {
    "inform": _("Informing the family about the review"),
    "invite": _("Invitation to contribute"),
    "draft-report": _("Invitation to read and comment on the draft report"),
    "publication": _("Notice of publication"),
}
CONTACT_PROBLEMS = {
    "date": _("Give the date of the contact."),
    "date-in-future": _("The date of a contact cannot be in the future."),
    "channel": _("Choose how the contact was made."),
    "who": _("Say who made the contact."),
    "offered": _("Say what was offered or discussed."),
}


def term_title(vocabulary, value):
    try:
        return vocabulary.getTerm(value).title
    except LookupError:
        return value or ""


class FamilyMixin:
    def t(self, message):
        return translate(message, context=self.request)

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

    def offered_text(self, entry):
        """What was offered; an automatic letter entry in the reader's language."""
        letter = rules.read_letter_entry(entry.get("offered"))
        if letter is None or not entry.get("automatic"):
            return entry.get("offered", "")
        kind, language, pdf = letter
        title = self.t(LETTER_TITLES[kind]) if kind in LETTER_TITLES else kind
        message = (
            _(
                "Letter generated: ${letter} (${language}, PDF)",
                mapping={"letter": title, "language": language},
            )
            if pdf
            else _(
                "Letter generated: ${letter} (${language})",
                mapping={"letter": title, "language": language},
            )
        )
        return self.t(message)

    def letter_choices(self):
        return [{"value": kind, "title": self.t(LETTER_TITLES[kind])} for kind in LETTER_KINDS]

    def language_choices(self):
        return [{"value": term.value, "title": term.title} for term in LETTER_LANGUAGES]


class FamilyView(FamilyMixin, BrowserView):
    """The family members of a review, for the review team."""

    def __call__(self):
        audit("read", self.context, "family list")
        return self.index()

    def members(self):
        rows = []
        for member in family_members(self.context):
            log = rules.sorted_log(member.contact_log)
            rows.append(
                {
                    "title": self.label(member),
                    "url": member.absolute_url(),
                    "uid": IUUID(member),
                    "relationship": self.t(term_title(RELATIONSHIPS, member.relationship)),
                    "language": term_title(LETTER_LANGUAGES, member.preferred_language),
                    "preferred_language": member.preferred_language,
                    "involvement": self.t(term_title(INVOLVEMENT, member.involvement)),
                    "last_contact": log[-1]["date"] if log else "",
                }
            )
        return sorted(rows, key=lambda row: row["title"])

    def can_add(self):
        return api.user.has_permission("plone_scrqm: Add FamilyMember", obj=self.context)


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

    def contact_log(self):
        return [
            {
                **entry,
                "channel_title": self.t(term_title(CHANNELS, entry.get("channel"))),
                "offered": self.offered_text(entry),
            }
            for entry in reversed(rules.sorted_log(self.context.contact_log))
        ]

    def channel_choices(self):
        return [{"value": term.value, "title": self.t(term.title)} for term in CHANNELS]

    def can_record(self):
        return api.user.has_permission(EDIT_FAMILY_DETAILS, obj=self.context)

    def uid(self):
        return IUUID(self.context)

    def today(self):
        return current_day().isoformat()

    def default_who(self):
        return current_user_name()


class RecordContact(BrowserView):
    """POST from the family member's page: add an entry to the contact log."""

    def __call__(self):
        request = self.request
        if request.method != "POST":
            request.response.setStatus(405)
            return ""
        CheckAuthenticator(request)
        form = request.form
        entry = {name: params.text(form, name) for name in ("date", "channel", "who", "offered")}
        interpreter = params.text(form, "interpreter")
        problems = rules.contact_problems(entry)
        if problems:
            for problem in problems:
                api.portal.show_message(
                    translate(CONTACT_PROBLEMS[problem], context=request),
                    request=request,
                    type="error",
                )
        else:
            self.context.contact_log = rules.with_entry(
                self.context.contact_log,
                rules.contact_entry(
                    date.fromisoformat(entry["date"]),
                    entry["channel"],
                    entry["who"],
                    entry["offered"],
                    interpreter=interpreter,
                ),
            )
            audit("contact-recorded", self.context, entry["channel"])
            api.portal.show_message(
                translate(_("Contact recorded."), context=request), request=request
            )
        request.response.redirect(self.context.absolute_url())
        return ""


class PartnershipSettingsForm(RegistryEditForm):
    schema = IPartnershipSettings
    schema_prefix = "plone_scrqm.partnership"
    label = _("Safeguarding partnership (letters to families)")
    description = _(
        "The partnership's name, contact details, logo and signatory printed on letters to "
        "family members."
    )


PartnershipSettings = layout.wrap_form(PartnershipSettingsForm, ControlPanelFormWrapper)
