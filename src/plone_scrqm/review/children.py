"""A review's own items of one kind, found by catalog query (never by waking every child).

A review holds its record's parts (report, response, parallel processes, family records,
assessment rounds, findings) next to what may be thousands of chronology entries; reading
``objectValues()`` wakes every one of them. The catalog answers with the review's direct
children of the kind asked for, in their order in the review, whoever is asking (the rules
must see what the current user may not). Each is taken from the review by its id, in the
review's context, with no traversal from the site.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from plone import api

# While the review's own indexers run, the catalog is searched without applying the queued
# indexing first: applying it from inside an indexer would index objects at paths that are
# about to change (a new review being renamed) and list the review twice.
_indexing = ContextVar("plone_scrqm_indexing", default=False)


@contextmanager
def while_indexing():
    token = _indexing.set(True)
    try:
        yield
    finally:
        _indexing.reset(token)


def children_of(review, portal_type=None, provides=None):
    """The review's direct children of ``portal_type`` (a name or a list of names) and/or
    providing the interface ``provides``, in folder order."""
    query = {
        "path": {"query": "/".join(review.getPhysicalPath()), "depth": 1},
        "sort_on": "getObjPositionInParent",
    }
    if portal_type is not None:
        query["portal_type"] = portal_type
    if provides is not None:
        query["object_provides"] = provides.__identifier__
    catalog = api.portal.get_tool("portal_catalog")
    search = (
        catalog._unrestrictedSearchResults if _indexing.get() else catalog.unrestrictedSearchResults
    )
    found = (review._getOb(brain.getId, None) for brain in search(**query))
    return [obj for obj in found if obj is not None]
