"""``GET {site}/@scr-published``: the public listing of published reviews as JSON, batched
(``b_start``, ``b_size``, see ``plone_scrqm.services.batching``)."""

from plone.restapi.services import Service

from plone_scrqm.publication.listing import published_reviews
from plone_scrqm.services.batching import batched


class PublishedGet(Service):
    def reply(self):
        return batched(
            self.request, published_reviews(), f"{self.context.absolute_url()}/@scr-published"
        )
