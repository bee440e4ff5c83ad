"""Public listing of published reviews, its CSV download, and the publication clock."""

import csv
import io
import json

from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from zope.interface import alsoProvides

from plone_scrqm.publication.clock import publish_due
from plone_scrqm.publication.listing import LISTING_FIELDS
from plone_scrqm.publication.listing import published_reviews


class PublishedReviewsView(BrowserView):
    """``@@published-reviews``: the reviews the partnership has published."""

    def rows(self):
        return published_reviews()


class PublishedReviewsCSV(BrowserView):
    """``@@published-reviews.csv``: the same rows, for a spreadsheet or a national repository."""

    def __call__(self):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=LISTING_FIELDS)
        writer.writeheader()
        for row in published_reviews():
            writer.writerow(dict(row, learning_themes="; ".join(row["learning_themes"])))
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", 'attachment; filename="published-reviews.csv"')
        return out.getvalue()


class PublicationClockView(BrowserView):
    """``@@scr-publication-clock`` (POST): publish the approved documents that are due.

    Called by cron (``make publish-due``) with a Site Administrator's credentials. It writes
    on purpose, so it takes POST only and is exempt from the CSRF token that a browser form
    would carry."""

    def __call__(self):
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        if self.request.method != "POST":
            response.setStatus(405)
            response.setHeader("Allow", "POST")
            return json.dumps({"error": "Use POST to run the publication clock."})
        alsoProvides(self.request, IDisableCSRFProtection)
        return json.dumps(publish_due(request=self.request), indent=2)
