"""The family's records through the standard content endpoints (``POST {review}`` with
``"@type": "FamilyContact"``, ``GET {review}/family-contact``…), with the permissions of
their pages; reading one is written to the audit trail, as on its page."""

import json

from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from plone.restapi.services import Service
from zope.component import adapter
from zope.component import getMultiAdapter
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import Interface
from zope.interface import implementer

from plone_scrqm.common import params
from plone_scrqm.families.letter_refusals import PROBLEM_MESSAGES
from plone_scrqm.families.letter_refusals import LetterRefused
from plone_scrqm.interfaces import IFamilyRecord
from plone_scrqm.privacy.audit import audit


@implementer(ISerializeToJson)
@adapter(IFamilyRecord, Interface)
class FamilyRecordSerializer(SerializeToJson):
    def __call__(self, *args, **kwargs):
        audit("read", self.context, "family record (REST)")
        return super().__call__(*args, **kwargs)


class FamilyGet(Service):
    """``GET {review}/@scr-family``: the review's family as its family page lists it (the
    members with their relationship, language of letters, involvement and contacts; the
    contact log, the family's questions and accounts), and the letters that may be written.
    Registered with ``plone_scrqm: View family details``: the review team only. A member is
    named by its neutral label ("Family member 1 (mother)"), never by name."""

    def reply(self):
        view = getMultiAdapter((self.context, self.request), name="family")
        audit("read", self.context, "family list (REST)")
        return {
            "@id": f"{self.context.absolute_url()}/@scr-family",
            "members": view.members(),
            "contacts": view.contacts(),
            "questions": view.questions(),
            "accounts": view.accounts(),
            "letters": view.letter_choices(),
            "languages": view.language_choices(),
            "can_add": view.can_add(),
            "can_record": view.can_record(),
        }


REST_FORMATS = {"html": "page", "pdf": "pdf"}


class FamilyLetterGet(Service):
    """``GET {review}/@scr-family-letter?member=<uid>&letter=<kind>&lang=<code>&format=html|pdf``:
    a letter to a family member, as its page makes it: the HTML document (``format=html``,
    the default) or the PDF (``format=pdf``), with ``Content-Type`` and
    ``Content-Disposition``. A letter that cannot be written (unknown member, letter,
    language or format; the review's record or report not ready) is a 400 in JSON that says
    why. Making a letter writes nothing but the audit trail's line."""

    def render(self):
        self.check_permission()
        form = self.request.form
        fmt = params.text(form, "format") or "html"
        if fmt not in REST_FORMATS:
            message = Message(
                PROBLEM_MESSAGES["format"],
                mapping={"value": fmt, "allowed": ", ".join(REST_FORMATS)},
            )
            return self._refuse(translate(message, context=self.request))
        form["format"] = REST_FORMATS[fmt]
        view = getMultiAdapter((self.context, self.request), name="family-letter")
        view.raise_refusals = True
        try:
            body = view()
        except LetterRefused as refused:
            return self._refuse(refused.message)
        if fmt == "pdf":
            # pdf_response has set the PDF's headers (or a 503 with its reason)
            return body
        filename = f"{view.member.getId()}-{view.letter}-{view.lang}.html"
        self.request.response.setHeader("Content-Type", "text/html; charset=utf-8")
        self.request.response.setHeader("Content-Disposition", f'inline; filename="{filename}"')
        return body

    def _refuse(self, message):
        self.request.response.setStatus(400)
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps({"error": {"type": "BadRequest", "message": message}})
