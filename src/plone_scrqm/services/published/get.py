"""``GET {site}/@scr-published``: the public listing of published reviews as JSON."""

from plone.restapi.services import Service

from plone_scrqm.publication.listing import published_reviews


class PublishedGet(Service):
    def reply(self):
        items = published_reviews()
        return {
            "@id": f"{self.context.absolute_url()}/@scr-published",
            "items": items,
            "items_total": len(items),
        }
