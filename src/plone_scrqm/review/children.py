"""A review's own items of one kind, found by catalog query (never by waking every child).

A review holds its record's parts (report, response, parallel processes, family records,
assessment rounds, findings) next to what may be thousands of chronology entries; reading
``objectValues()`` wakes every one of them. The catalog answers with the review's direct
children of the kind asked for, in their order in the review, whoever is asking (the rules
must see what the current user may not). Each is taken from the review by its id, in the
review's context, with no traversal from the site.
"""

from plone import api


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
    found = (
        review._getOb(brain.getId, None) for brain in catalog.unrestrictedSearchResults(**query)
    )
    return [obj for obj in found if obj is not None]
