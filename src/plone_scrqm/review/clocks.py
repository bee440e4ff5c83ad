"""The clocks of a review, read from the review, its parallel processes, its report and the
timescales control panel (Zope side of ``plone_scrqm.clocks``)."""

from datetime import date

from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import queryUtility

from plone_scrqm.clocks.timescales import Timescales
from plone_scrqm.clocks.timescales import review_clocks
from plone_scrqm.controlpanel.timescales import PREFIX
from plone_scrqm.controlpanel.timescales import ITimescalesSettings
from plone_scrqm.publication.checks import documents_of

PARALLEL_PROCESS = "ParallelProcess"


def timescales():
    """The partnership's timescales; the defaults where the settings are not installed."""
    registry = queryUtility(IRegistry)
    if registry is None:
        return Timescales()
    try:
        settings = registry.forInterface(ITimescalesSettings, prefix=PREFIX, check=False)
        return Timescales.from_settings(settings)
    except KeyError:
        return Timescales()


def parallel_processes(review):
    return [obj for obj in review.objectValues() if obj.portal_type == PARALLEL_PROCESS]


def pauses_of(review):
    return [process.pause for process in parallel_processes(review) if process.pause]


def clock_facts(review):
    report = documents_of(review)["report"]
    if report is None:
        return {}
    published = api.content.get_state(obj=report, default=None) == "published"
    return {
        "publication_date": report.publication_date,
        "published_date": report.publication_date if published else None,
    }


def clocks_of(review, today=None):
    return review_clocks(
        review,
        clock_facts(review),
        timescales(),
        pauses=pauses_of(review),
        today=today or date.today(),
    )
