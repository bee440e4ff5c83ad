"""``GET {site}/@scr-published``: the public listing of published reviews as JSON, batched
(``b_start``, ``b_size``, see ``plone_scrqm.common.batching``), filtered by ``theme``
(theme tokens, repeatable). One item per review, in the visitor's language (or
``?language=cy|en``), with every language version in ``versions``."""

from plone.restapi.services import Service

from plone_scrqm.common.batching import batched
from plone_scrqm.learning.rules import ThemeFilterError
from plone_scrqm.learning.rules import theme_filter
from plone_scrqm.learning.vocabularies import theme_titles
from plone_scrqm.publication.languages import listing_preferences
from plone_scrqm.publication.listing import published_reviews


class PublishedGet(Service):
    def reply(self):
        titles = theme_titles(self.request)
        try:
            themes = theme_filter(self.request.form.get("theme"), set(titles))
        except ThemeFilterError as error:
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "message": str(error)}}
        rows = published_reviews(
            **listing_preferences(self.context, self.request), themes=themes, request=self.request
        )
        # The theme list, so a frontend (Volto) can offer the filter without a vocabulary
        # call that Anonymous may not make.
        return batched(
            self.request,
            rows,
            f"{self.context.absolute_url()}/@scr-published",
            theme_options=[{"token": token, "title": title} for token, title in titles.items()],
        )
