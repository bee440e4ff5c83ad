"""``GET {review}/@scr-privacy``: the privacy check as JSON,
``{"matches": [...], "unreadable": [...], "blocking": true|false}``. The register entry a
match stands for (``identifier``) is given only to those who may view family details."""

from plone.restapi.services import Service
from zExceptions import Forbidden

from plone_scrqm.privacy import board
from plone_scrqm.privacy import gate
from plone_scrqm.privacy.access import may_see_privacy_check
from plone_scrqm.privacy.audit import audit


class PrivacyGet(Service):
    def reply(self):
        if not may_see_privacy_check(self.context):
            raise Forbidden("The privacy check is for the review team and the chair.")
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
        }
