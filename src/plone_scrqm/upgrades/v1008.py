"""1007 → 1008: statutory clocks as the law sets them.

- No clock pauses any more. A parallel process recorded as pausing the clocks now "may
  delay the review"; its pause dates are kept as a line of its liaison log, so nothing
  recorded is lost.
- The one delay explanation of a review becomes the delay record of each clock that is
  delayed today (its reason and the date the board was told), so every delayed clock has
  its own record; the old fields are removed.
- ``ussr-wales`` becomes ``susr-wales`` (single unified safeguarding review), in stored
  reviews and in the timescales setting.
- The ``scrqm_paused`` catalog index and column are removed; every review's clocks are
  indexed again.
"""

import logging

from plone import api

from plone_scrqm.clocks import today as current_day
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.review.clocks import parallel_processes
from plone_scrqm.review.parallel import DELAYS
from plone_scrqm.review.parallel import FORMER_PAUSE
from plone_scrqm.review.reindex import refresh_all_clocks

logger = logging.getLogger("plone_scrqm")
PROFILE = "profile-plone_scrqm:default"
REGISTRY_PREFIX = "plone_scrqm.timescales."
OLD_WALES_TYPE = "ussr-wales"
NEW_WALES_TYPE = "susr-wales"


def migrate_process(process):
    """``pause`` → ``delays``; the pause dates go into the liaison log."""
    effects = list(getattr(process, "effects", None) or ())
    start = process.__dict__.pop("pause_from", None)
    end = process.__dict__.pop("pause_until", None)
    if FORMER_PAUSE in effects:
        effects = [DELAYS if effect == FORMER_PAUSE else effect for effect in effects]
        process.effects = list(dict.fromkeys(effects))
    if start is not None:
        until = end.isoformat() if end else "its end"
        line = (
            f"{start.isoformat()} | review team | Recorded before the upgrade as pausing the "
            f"review's clocks from {start.isoformat()} until {until}; statutory clocks do not "
            "pause, so any delay is recorded on the review against the clock it delays."
        )
        process.liaison_log = [*(process.liaison_log or []), line]
    return start is not None


def migrate_review(review, today):
    """The old single delay explanation → one record per clock delayed today."""
    changed = False
    if review.__dict__.get("review_type") == OLD_WALES_TYPE:
        review.review_type = NEW_WALES_TYPE
        changed = True
    for process in parallel_processes(review):
        if migrate_process(process):
            process.reindexObject()
    explanation = review.__dict__.pop("delay_explanation", None)
    board_told = review.__dict__.pop("board_told_of_delay_date", None)
    if explanation or board_told:
        changed = True
        for clock in clocks_of(review, today=today):
            if not clock.delayed or clock.delay is not None:
                continue
            if clock.id not in ("notification", "rapid_review", "publication"):
                continue
            if explanation:
                setattr(review, f"{clock.id}_delay_reason", explanation)
            if board_told:
                setattr(review, f"{clock.id}_delay_board_told", board_told)
    if changed:
        review._p_changed = True
    return changed


def migrate_settings():
    registry = api.portal.get_tool("portal_registry")
    old = REGISTRY_PREFIX + "wales_ussr_months"
    new = REGISTRY_PREFIX + "wales_susr_months"
    if old in registry.records:
        value = registry.records[old].value
        if new in registry.records and value:
            registry.records[new].value = value
        del registry.records[old]


def remove_paused_index():
    catalog = api.portal.get_tool("portal_catalog")
    if "scrqm_paused" in catalog.indexes():
        catalog.delIndex("scrqm_paused")
    if "scrqm_paused" in catalog.schema():
        catalog.delColumn("scrqm_paused")


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "plone.app.registry")
    migrate_settings()
    remove_paused_index()
    today = current_day()
    catalog = api.portal.get_tool("portal_catalog")
    count = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="CaseReview"):
        if migrate_review(brain._unrestrictedGetObject(), today):
            count += 1
    logger.info("Timescales upgrade: %s reviews migrated.", count)
    refresh_all_clocks()
