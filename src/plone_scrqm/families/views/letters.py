"""Letters to a family member (``{review}/@@family-letter``): a print-ready page in the
family's language, or a PDF. The choice of text and variables is in
``plone_scrqm.letters``; here they are translated with the ``plone_scrqm_letters`` catalogue
of the chosen language and laid out. Making a letter writes nothing: opening a page must
not add to the family member's contact log (a link from anywhere could add false records)."""

from plone import api
from plone.uuid.interfaces import IUUID
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate
from zope.i18nmessageid import Message

from plone_scrqm.clocks import today as current_day
from plone_scrqm.common import params
from plone_scrqm.common.pdf import pdf_response
from plone_scrqm.families import rules
from plone_scrqm.families.content import IFamilyMember
from plone_scrqm.families.letter_refusals import PROBLEM_MESSAGES
from plone_scrqm.families.letter_refusals import LetterRefused
from plone_scrqm.interfaces import IPartnershipSettings
from plone_scrqm.letters import compose
from plone_scrqm.letters import texts
from plone_scrqm.privacy.audit import audit
from plone_scrqm.publication.content import IReviewReport
from plone_scrqm.review.content.case_review import ICaseReview

SETTINGS_PREFIX = "plone_scrqm.partnership"


def partnership_settings():
    registry = api.portal.get_tool("portal_registry")
    proxy = registry.forInterface(IPartnershipSettings, prefix=SETTINGS_PREFIX, check=False)
    return {name: getattr(proxy, name, None) or "" for name in compose.SETTINGS}


def family_members(review):
    """The family members of a review the current user may see."""
    return [
        obj
        for obj in review.objectValues()
        if IFamilyMember.providedBy(obj) and api.user.has_permission("View", obj=obj)
    ]


def publication_date(review):
    dates = [
        obj.publication_date
        for obj in review.objectValues()
        if IReviewReport.providedBy(obj) and getattr(obj, "publication_date", None)
    ]
    return min(dates) if dates else None


def review_record(review, letter):
    """The fields of the review's own record that ``letter`` prints (its scope and period)."""
    return {
        name: getattr(review, name, None) or "" for name in compose.REVIEW_RECORD.get(letter, ())
    }


def current_user_name():
    user = api.user.get_current()
    return user.getProperty("fullname", "") or user.getId() or ""


class FamilyLetterView(BrowserView):
    template = ViewPageTemplateFile("../templates/family_letter.pt")
    refused_template = ViewPageTemplateFile("../templates/letter_refused.pt")
    fmt = "page"
    # Set by the REST service (@scr-family-letter): a refusal raises LetterRefused.
    raise_refusals = False

    def __call__(self):
        form = self.request.form
        self.member = self._member(params.text(form, "member"))
        self.letter = params.text(form, "letter")
        self.lang = params.text(form, "lang") or (
            getattr(self.member, "preferred_language", None) or "en"
            if self.member is not None
            else "en"
        )
        fmt = params.text(form, "format") or self.fmt
        self.publication_date = publication_date(self.context)
        self.review_record = review_record(self.context, self.letter)
        problem = compose.request_problem(
            self.letter,
            self.lang,
            fmt,
            member_found=self.member is not None,
            publication_date=self.publication_date,
            review_record=self.review_record,
        )
        if problem is not None:
            return self.refuse(problem)
        self.settings = partnership_settings()
        html = self.template()
        audit("letter-made", self.member, f"letter {self.letter} ({self.lang}, {fmt})")
        if fmt == "pdf":
            return self.pdf(html)
        return html

    def _member(self, uid):
        for member in family_members(self.context):
            if IUUID(member, None) == uid:
                return member
        return None

    def refuse(self, problem):
        message = PROBLEM_MESSAGES[problem.parameter]
        mapping = {
            "value": problem.value or "",
            "allowed": ", ".join(problem.allowed),
            "missing": ", ".join(
                translate(ICaseReview[name].title, context=self.request) for name in problem.missing
            ),
        }
        self.refusal = translate(Message(message, mapping=mapping), context=self.request)
        if self.raise_refusals:
            # The REST service answers the refusal itself (a 400 in JSON).
            raise LetterRefused(self.refusal)
        # A normal page in the user's language, saying why, with the way back (still 400:
        # the letter was not made).
        self.request.response.setStatus(400)
        return self.refused_template()

    def back_url(self):
        if self.member is not None:
            return self.member.absolute_url()
        return f"{self.context.absolute_url()}/@@family"

    def pdf(self, html):
        filename = f"{self.member.getId()}-{self.letter}-{self.lang}.pdf"
        return pdf_response(self.request, html, self.context.absolute_url(), filename)

    # What the template shows

    def variables(self, language):
        return compose.variables(
            self.member.address_as or "",
            self.member.child_reference or "",
            self.settings,
            self.publication_date,
            language.direction,
            period=self.review_record.get("period_under_review"),
            lang=language.code,
        )

    def record_lines(self, paragraph):
        """The review's own words printed after ``paragraph``: its terms of reference, line by
        line, after the paragraph that introduces the scope."""
        if paragraph == texts.INVITE_SCOPE:
            return rules.lines_of_enquiry(self.review_record.get("terms_of_reference"))
        return []

    def sections(self):
        def t(message, language):
            mapping = self.variables(language)
            # A message's own (empty) mapping would win over translate()'s argument.
            return translate(Message(message, mapping=mapping), target_language=language.catalogue)

        out = []
        for index, (language, subject, paragraphs) in enumerate(
            compose.sections(self.letter, self.lang)
        ):
            out.append(
                {
                    "lang": language.html_lang,
                    "dir": language.direction,
                    "following": index > 0,
                    "date": self.letter_date(language.code),
                    "private": t(texts.PRIVATE, language),
                    "subject": t(subject, language),
                    "greeting": t(texts.GREETING, language),
                    "paragraphs": [
                        {"text": t(paragraph, language), "record": self.record_lines(paragraph)}
                        for paragraph in paragraphs
                    ],
                    "closing": t(texts.CLOSING, language),
                }
            )
        return out

    def root(self):
        language = compose.languages_of(self.lang)[0]
        return {"lang": language.html_lang, "dir": language.direction}

    def letter_date(self, lang):
        return compose.format_date(current_day(), lang)

    def address_lines(self):
        return [line for line in (self.settings.get("address") or "").splitlines() if line.strip()]

    def postal_address_lines(self):
        return rules.address_lines(getattr(self.member, "postal_address", None))

    def missing_settings(self):
        return compose.missing_settings(self.settings)

    def pdf_url(self):
        query = f"member={IUUID(self.member)}&letter={self.letter}&lang={self.lang}&format=pdf"
        return f"{self.context.absolute_url()}/@@family-letter?{query}"

    def ui_language(self):
        return api.portal.get_current_language()


class FamilyLetterPDF(FamilyLetterView):
    """``@@family-letter.pdf``: the same letter, always as a PDF."""

    fmt = "pdf"
