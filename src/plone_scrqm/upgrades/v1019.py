"""1018 → 1019: a review's chronology entries move into its container of entries.

- The ``ChronologyFolder`` type and its workflow (the private workflow of the entries); a
  review no longer takes entries as its direct children.
- Every review gets its container ``chronology-entries``; the entries that were the review's
  direct children move into it, keeping their ids, UIDs, workflow state and history (a move,
  not a copy). The entries are found by catalog query: the review's other items do not wake,
  and entries are released from memory as they are moved.
- The catalog keeps the clocks' dates, not their state on the day a review was indexed: the
  ``scrqm_overdue`` index and column go (the dashboard's overdue filter reads
  ``scrqm_next_due``), and every review's clocks are indexed again in the new form.
"""

import logging

import transaction
from plone import api

from plone_scrqm.information.folder import ENTRY_TYPE
from plone_scrqm.information.folder import ensure_chronology_folder
from plone_scrqm.review.reindex import refresh_all_clocks

logger = logging.getLogger("plone_scrqm")
PROFILE = "profile-plone_scrqm:default"
WORKFLOWS = "profile-plone_scrqm:workflows"
BATCH = 200


def _path(obj):
    return "/".join(obj.getPhysicalPath())


def move_entries(review):
    """Move the review's direct chronology entries into its container; returns how many."""
    catalog = api.portal.get_tool("portal_catalog")
    folder = ensure_chronology_folder(review)
    ids = [
        brain.getId
        for brain in catalog.unrestrictedSearchResults(
            portal_type=ENTRY_TYPE,
            path={"query": _path(review), "depth": 1},
            sort_on="getObjPositionInParent",
        )
    ]
    ids = [id_ for id_ in ids if review._getOb(id_, None) is not None]
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        folder.manage_pasteObjects(review.manage_cutObjects(batch))
        transaction.savepoint(optimistic=True)
        review._p_jar.cacheGC()
    if ids:
        # The review's own items keep their positions among themselves.
        for brain in catalog.unrestrictedSearchResults(path={"query": _path(review), "depth": 1}):
            obj = review._getOb(brain.getId, None)
            if obj is not None:
                obj.reindexObject(idxs=["getObjPositionInParent"])
    return len(ids)


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "typeinfo")
    setup_tool.runImportStepFromProfile(WORKFLOWS, "workflow")
    types = api.portal.get_tool("portal_types")
    review_type = types["CaseReview"]
    allowed = [t for t in review_type.allowed_content_types if t != ENTRY_TYPE]
    review_type.allowed_content_types = tuple(allowed)
    catalog = api.portal.get_tool("portal_catalog")
    moved = reviews = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="CaseReview"):
        review = brain._unrestrictedGetObject()
        moved += move_entries(review)
        reviews += 1
    logger.info("%s chronology entries moved into the containers of %s reviews", moved, reviews)
    if "scrqm_overdue" in catalog.indexes():
        catalog.delIndex("scrqm_overdue")
    if "scrqm_overdue" in catalog.schema():
        catalog.delColumn("scrqm_overdue")
    refresh_all_clocks()
