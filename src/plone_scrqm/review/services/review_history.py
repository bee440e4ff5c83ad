"""``GET {review}/@scr-history``: the review's history as JSON, as the ``@@review-history``
page shows it (every move of the review and of the documents the reader may open, newest
first). Readable by whoever may view the review (the review team and the board); a
visitor gets 401."""

from plone.restapi.serializer.converters import json_compatible
from plone.restapi.services import Service

from plone_scrqm.review.history import history_entries


class ReviewHistoryGet(Service):
    def reply(self):
        items = [
            {**entry, "when": json_compatible(entry["when"])}
            for entry in history_entries(self.context, self.request)
        ]
        return {
            "@id": f"{self.context.absolute_url()}/@scr-history",
            "title": self.context.Title(),
            "items": items,
            "items_total": len(items),
        }
