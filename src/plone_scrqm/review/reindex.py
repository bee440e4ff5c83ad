"""Keeping the dashboard's clock dates right: a review is indexed again when something its
clocks read changes (a parallel process, its report or response). The catalog keeps dates,
not the state of a clock on a given day, so nothing needs indexing when a day passes;
``@@scr-refresh-clocks`` indexes every review's clocks again after the partnership's
timescales change (they move due dates)."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api

from plone_scrqm.review.content.case_review import ICaseReview

CLOCK_INDEXES = (
    "scrqm_clocks",
    "scrqm_next_due",
    "scrqm_processes",
    "scrqm_review_type",
    # what the next move needs reads the report's and response's states
    "scrqm_next_steps",
)


def reindex_clocks(review):
    if review is not None and ICaseReview.providedBy(review):
        review.reindexObject(idxs=list(CLOCK_INDEXES))


def child_changed(obj, event):
    reindex_clocks(aq_parent(aq_inner(obj)))


def child_removed(obj, event):
    reindex_clocks(event.oldParent)


def refresh_all_clocks():
    """Index every review's clocks again (after the timescales change); returns how many."""
    catalog = api.portal.get_tool("portal_catalog")
    count = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="CaseReview"):
        reindex_clocks(brain._unrestrictedGetObject())
        count += 1
    return count
