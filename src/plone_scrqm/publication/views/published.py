"""Public listing of published reviews, its CSV download, and the publication clock."""

from Products.Five.browser import BrowserView

from plone_scrqm.common.cron import CronView
from plone_scrqm.common.csv_writer import csv_response
from plone_scrqm.common.dates import format_date
from plone_scrqm.learning.rules import ThemeFilterError
from plone_scrqm.learning.rules import theme_filter
from plone_scrqm.learning.vocabularies import theme_titles
from plone_scrqm.publication.clock import publish_due
from plone_scrqm.publication.languages import listing_preferences
from plone_scrqm.publication.listing import LISTING_FIELDS
from plone_scrqm.publication.listing import published_reviews


def _theme_filter(request):
    """The ``theme`` filter of the public listing (tokens); 400 for an unknown theme."""
    return theme_filter(request.form.get("theme"), set(theme_titles(request)))


class PublishedReviewsView(BrowserView):
    """``@@published-reviews``: the reviews the partnership has published, by theme if
    ``theme`` is given."""

    error = None

    def __call__(self):
        try:
            self.themes = _theme_filter(self.request)
        except ThemeFilterError as error:
            self.request.response.setStatus(400)
            self.error = str(error)
            self.themes = None
        return self.index()

    def theme_choices(self):
        """The themes of the published reviews (public documents only), to filter by."""
        titles = theme_titles(self.request)
        used = {token for row in published_reviews(request=self.request) for token in row["themes"]}
        return [
            {"token": token, "title": title, "selected": token in (self.themes or ())}
            for token, title in titles.items()
            if token in used
        ]

    format_date = staticmethod(format_date)

    def rows(self):
        if self.themes is None:
            return []
        return published_reviews(
            **listing_preferences(self.context, self.request),
            themes=self.themes,
            request=self.request,
        )


class PublishedReviewsCSV(BrowserView):
    """``@@published-reviews.csv``: the same rows, for a spreadsheet or a national repository."""

    def __call__(self):
        try:
            themes = _theme_filter(self.request)
        except ThemeFilterError as error:
            self.request.response.setStatus(400)
            self.request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return str(error)
        rows = [
            dict(version, learning_themes="; ".join(version["learning_themes"]))
            for row in published_reviews(
                **listing_preferences(self.context, self.request),
                themes=themes,
                request=self.request,
            )
            for version in row["versions"]
        ]
        return csv_response(self.request, LISTING_FIELDS, rows, "published-reviews.csv")


class PublicationClockView(CronView):
    """``@@scr-publication-clock`` (POST): publish the approved documents that are due.
    Called by cron (``make publish-due``) with a Site Administrator's credentials."""

    what = "run the publication clock"

    def run(self):
        return publish_due(request=self.request)
