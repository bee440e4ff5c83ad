"""``GET {site}/@scr-published``: the public listing of published reviews as JSON, batched
(``b_start``, ``b_size``, see ``plone_scrqm.common.batching``)."""

from plone.restapi.services import Service

from plone_scrqm.common.batching import batched
from plone_scrqm.publication.listing import published_reviews


class PublishedGet(Service):
    def reply(self):
        return batched(
            self.request, published_reviews(), f"{self.context.absolute_url()}/@scr-published"
        )
