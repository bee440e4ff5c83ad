"""An incident's clocks read its rapid review and its correspondence, a review's clocks its
correspondence: index the incident or the review again when they change, so the dashboard
stays right. A deleted review unlinks its incident."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api

from plone_scrqm.incidents.content import ISeriousIncident
from plone_scrqm.review.reindex import reindex_clocks

CLOCK_INDEXES = ["scrqm_clocks", "scrqm_next_due"]


def child_changed(obj, event):
    containers = (
        getattr(event, "oldParent", None),
        getattr(event, "newParent", None),
        aq_parent(aq_inner(obj)),
    )
    seen = set()
    for container in containers:
        if container is None or id(container) in seen:
            continue
        seen.add(id(container))
        if ISeriousIncident.providedBy(container):
            container.reindexObject(idxs=CLOCK_INDEXES)
        else:
            reindex_clocks(container)  # a review's letter; anything else is left alone


def review_removed(review, event):
    """A review started from an incident was deleted: the incident may start another."""
    uid = getattr(review, "incident_uid", None)
    if not uid or getattr(event, "newParent", None) is not None:
        return  # a move or a rename keeps the link (the UID does not change)
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(UID=uid):
        incident = brain._unrestrictedGetObject()
        if getattr(incident, "review_uid", None) == review.UID():
            incident.review_uid = None
            incident.reindexObject()
