"""Public listing of published reviews, its CSV download, and the publication clock."""

from Products.Five.browser import BrowserView

from plone_scrqm.common.cron import CronView
from plone_scrqm.common.csv_writer import csv_response
from plone_scrqm.common.dates import format_date
from plone_scrqm.publication.clock import publish_due
from plone_scrqm.publication.listing import LISTING_FIELDS
from plone_scrqm.publication.listing import published_reviews


class PublishedReviewsView(BrowserView):
    """``@@published-reviews``: the reviews the partnership has published."""

    format_date = staticmethod(format_date)

    def rows(self):
        return published_reviews()


class PublishedReviewsCSV(BrowserView):
    """``@@published-reviews.csv``: the same rows, for a spreadsheet or a national repository."""

    def __call__(self):
        rows = [
            dict(row, learning_themes="; ".join(row["learning_themes"]))
            for row in published_reviews()
        ]
        return csv_response(self.request, LISTING_FIELDS, rows, "published-reviews.csv")


class PublicationClockView(CronView):
    """``@@scr-publication-clock`` (POST): publish the approved documents that are due.
    Called by cron (``make publish-due``) with a Site Administrator's credentials."""

    what = "run the publication clock"

    def run(self):
        return publish_due(request=self.request)
