"""``GET {site}/@scr-published``: the public listing of published reviews as JSON, batched
(``b_start``, ``b_size``, see ``plone_scrqm.common.batching``). One item per review, in
the visitor's language (or ``?language=cy|en``), with every language version in
``versions``."""

from plone.restapi.services import Service

from plone_scrqm.common.batching import batched
from plone_scrqm.publication.languages import listing_preferences
from plone_scrqm.publication.listing import published_reviews


class PublishedGet(Service):
    def reply(self):
        rows = published_reviews(**listing_preferences(self.context, self.request))
        return batched(self.request, rows, f"{self.context.absolute_url()}/@scr-published")
