"""Pages of the family's records: a contact, a question or comment, the family's account
(each read is written to the audit trail), recording a letter as sent, and what the review's
phase panel says about the family. All need ``plone_scrqm: View family details``; recording,
``… Edit family details``."""

from datetime import date

from plone import api
from plone.dexterity.browser.view import DefaultView
from plone.protect import CheckAuthenticator
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.common import params
from plone_scrqm.families import adapters
from plone_scrqm.families import rules
from plone_scrqm.letters.compose import LETTER_KINDS
from plone_scrqm.privacy.audit import audit

SENT_PROBLEMS = {
    "contact_date": _("Give the date the letter was sent."),
    "date-in-future": _("The date of a contact cannot be in the future."),
    "method": _("Choose how the letter was sent."),
    "review_people": _("Say who sent the letter."),
    "members": _("No family member of this review has that identifier (member=…)."),
    "letter": _("Choose the letter that was sent."),
}


class FamilyRecordView(DefaultView):
    """A contact, question or account: its fields, the family members it names."""

    def __call__(self):
        audit("read", self.context, "family record")
        return super().__call__()

    def review_url(self):
        return self.context.review().absolute_url()

    def member_titles(self):
        return adapters.member_titles(self.context)


class RecordLetterSent:
    """POST ``{review}/@@record-letter-sent``: a person records that a letter was sent
    (date, method, by whom). It becomes a contact with the family member; the inform letter
    tells them about the review (QM4 Q1). Making a letter writes nothing; this does."""

    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self):
        request = self.request
        if request.method != "POST":
            request.response.setStatus(405)
            return ""
        CheckAuthenticator(request)
        form = request.form
        member_uid = params.text(form, "member")
        letter = params.text(form, "letter")
        members = [m for m in adapters.members_of(self.context) if m.UID() == member_uid]
        try:
            when = date.fromisoformat(params.text(form, "date"))
        except ValueError:
            when = None
        record = {
            "contact_date": when,
            "method": params.text(form, "method"),
            "review_people": params.text(form, "who"),
            "members": [member_uid] if members else [],
        }
        problems = rules.record_problems(record)
        if letter not in LETTER_KINDS:
            problems.append("letter")
        back = self.context.absolute_url() + "/@@family"
        if problems:
            for problem in problems:
                api.portal.show_message(
                    translate(SENT_PROBLEMS[problem], context=request),
                    request=request,
                    type="error",
                )
            request.response.redirect(back)
            return ""
        contact = api.content.create(
            container=self.context,
            type="FamilyContact",
            title="family-contact",
            letter=letter,
            letter_language=params.text(form, "lang") or None,
            informed=letter == rules.INFORM_LETTER,
            said=params.text(form, "note"),
            **record,
        )
        audit("contact-recorded", members[0], f"letter {letter} sent ({record['method']})")
        api.portal.show_message(
            translate(_("The letter is recorded as sent."), context=request), request=request
        )
        request.response.redirect(contact.absolute_url())
        return ""
