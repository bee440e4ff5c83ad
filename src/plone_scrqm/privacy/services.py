"""``GET {review}/@scr-privacy``: the privacy check as JSON,
``{"matches": [...], "unreadable": [...], "blocking": true|false}``. The register entry a
match stands for (``identifier``) is given only to those who may view family details.

``POST {review}/@scr-privacy`` with ``{"key": "<match key>", "reason": "..."}``: the chair
accepts a match (or a file the check cannot read) with the reason it may be published, as
on ``@@privacy-check``; it answers the check again. No reason or an unknown key is a 400
and nothing is written; anyone but the chair gets 403."""

from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from plone.restapi.services import Service
from zExceptions import Forbidden
from zope.i18n import translate
from zope.interface import alsoProvides

from plone_scrqm.privacy import board
from plone_scrqm.privacy import gate
from plone_scrqm.privacy.access import APPROVE
from plone_scrqm.privacy.access import may_see_privacy_check
from plone_scrqm.privacy.audit import audit


class PrivacyGet(Service):
    def reply(self):
        if not may_see_privacy_check(self.context):
            raise Forbidden("The privacy check is for the review team and the chair.")
        return self.answer()

    def answer(self):
        show_register = gate.may_view_register(self.context)
        result = gate.check(self.context, self.request, show_register=show_register)
        audit("read", self.context, "privacy check (REST)")
        return {
            "@id": f"{self.context.absolute_url()}/@scr-privacy",
            "matches": result["matches"],
            "unreadable": result["unreadable"],
            "unresolved": len(gate.unresolved(result)) + len(gate.unresolved_files(result)),
            "blocking": gate.is_blocking(result),
            # internal text board members read: never blocking, listed to be corrected
            "board_visible": board.board_visible_matches(self.context, show_register),
            "may_accept": api.user.has_permission(APPROVE, obj=self.context),
        }


class PrivacyAcceptPost(PrivacyGet):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        if not api.user.has_permission(APPROVE, obj=self.context):
            raise Forbidden("Only the partnership chair accepts a match.")
        try:
            body = json_body(self.request)
        except DeserializationError:
            body = None
        if not isinstance(body, dict) or not all(
            isinstance(body.get(name, ""), str) for name in ("key", "reason")
        ):
            return self._bad("Send {'key': '<the match's key>', 'reason': '<why>'}.")
        key = body.get("key", "")
        result = gate.check(self.context, self.request)
        found = result["matches"] + result["unreadable"]
        where = next((f"{m['document']}:{m['field']}" for m in found if m["key"] == key), "")
        try:
            gate.accept(self.context, key, body.get("reason", ""))
        except gate.AcceptanceError as error:
            return self._bad(translate(error.args[0], context=self.request))
        # The trail says which document and field, never the identifier or its context.
        audit("match-accepted", self.context, where)
        return self.answer()

    def _bad(self, message):
        self.request.response.setStatus(400)
        return {"error": {"type": "BadRequest", "message": message}}
