"""The publication clock: publishes approved documents whose publication date has come.

Run daily by cron through ``make publish-due`` (which calls the view
``@@scr-publication-clock``). Safe to run any number of times: a document is published once;
one whose partner is not approved yet, or that a check holds back, waits for a later run.
"""

import logging

from plone import api
from zope.i18n import translate

from plone_scrqm.clocks import today as current_day
from plone_scrqm.publication.checks import publication_problems

logger = logging.getLogger("plone_scrqm.publication")


def publish_due(today=None, request=None):
    """Publish what is due; returns ``{"published": [paths], "waiting": {path: [reasons]}}``."""
    today = today or current_day()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type=["ReviewReport", "BoardResponse"], review_state="approved"
    )
    published, waiting = [], {}
    with api.env.adopt_roles(["Manager"]):
        for brain in brains:
            obj = brain._unrestrictedGetObject()
            if api.content.get_state(obj=obj) != "approved":
                continue  # published a moment ago with its partner
            problems = publication_problems(obj, today=today)
            path = "/".join(obj.getPhysicalPath())
            if problems:
                waiting[path] = [translate(p, context=request) for p in problems]
                continue
            api.content.transition(
                obj=obj, transition="publish", comment="Publication date reached."
            )
            published.append(path)
            logger.info("Published %s", path)
    return {"published": published, "waiting": waiting}
