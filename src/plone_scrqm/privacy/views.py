"""``@@privacy-check`` on a review: every match the privacy scanner finds in the report and
the board response, and the chair's acceptance of a match with its reason."""

from AccessControl import Unauthorized
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from zExceptions import Forbidden
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.privacy import board
from plone_scrqm.privacy import gate
from plone_scrqm.privacy.access import APPROVE
from plone_scrqm.privacy.access import may_see_privacy_check
from plone_scrqm.privacy.audit import audit


class PrivacyCheckView(BrowserView):
    message = None

    def __call__(self):
        if not may_see_privacy_check(self.context):
            # Unauthorized, not Forbidden: Plone answers with its login form or its
            # "insufficient privileges" page instead of an error page.
            raise Unauthorized("The privacy check is for the review team and the chair.")
        if self.request.method == "POST":
            self.accept()
        show_register = gate.may_view_register(self.context)
        self.result = gate.check(self.context, self.request, show_register=show_register)
        self.board_visible = board.board_visible_matches(self.context, show_register)
        audit("read", self.context, "privacy check")
        return self.index()

    def may_accept(self):
        return api.user.has_permission(APPROVE, obj=self.context)

    def accept(self):
        CheckAuthenticator(self.request)
        if not self.may_accept():
            raise Forbidden("Only the partnership chair accepts a match.")
        key = self.request.form.get("key", "")
        result = gate.check(self.context, self.request)
        found = result["matches"] + result["unreadable"]
        where = next((f"{m['document']}:{m['field']}" for m in found if m["key"] == key), "")
        try:
            gate.accept(self.context, key, self.request.form.get("reason", ""))
        except gate.AcceptanceError as error:
            self.request.response.setStatus(400)
            self.message = ("danger", translate(error.args[0], context=self.request))
            return
        # The trail says which document and field, never the identifier or its context.
        audit("match-accepted", self.context, where)
        self.message = (
            "success",
            translate(_("The match is accepted; the reason is recorded."), context=self.request),
        )

    def blocking(self):
        return gate.is_blocking(self.result)

    def unresolved_count(self):
        return len(gate.unresolved(self.result)) + len(gate.unresolved_files(self.result))
