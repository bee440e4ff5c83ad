"""``GET {site}/@scr-actions``: the action tracker as JSON, with the tracker's filters
(``agency``, ``status``, ``flag``, ``review``, ``sort_on``, ``sort_order``)."""

from plone.restapi.services import Service

from plone_scrqm.actions.listing import json_row
from plone_scrqm.browser.actions import TrackerMixin


class ActionsGet(TrackerMixin, Service):
    def reply(self):
        rows = self.filtered_rows()
        if self.error is not None:
            return {
                "error": {
                    "type": "BadRequest",
                    "message": str(self.error),
                    "parameter": self.error.name,
                    "allowed": list(self.error.allowed),
                }
            }
        items = [json_row(row) for row in rows]
        return {
            "@id": f"{self.context.absolute_url()}/@scr-actions",
            "items": items,
            "items_total": len(items),
        }
