"""→ 1018 (Wales): the permission to set a partnership folder's nation, the nation
behaviour on folders, the SUSR record on reviews and the language pairing of review reports
and board responses; the review's "close" move asks the record what it still needs (a SUSR:
its submission to the Wales Safeguarding Repository). Stored reviews keep their values: the
new fields start empty."""

from plone import api

PROFILE = "profile-plone_scrqm:default"

BEHAVIOURS = {
    "Folder": ("plone_scrqm.partnership_nation",),
    "CaseReview": ("plone_scrqm.susr",),
    "ReviewReport": ("plone_scrqm.bilingual",),
    "BoardResponse": ("plone_scrqm.bilingual",),
}


def add_behaviours(types_tool=None):
    types_tool = types_tool or api.portal.get_tool("portal_types")
    for type_id, names in BEHAVIOURS.items():
        fti = types_tool.get(type_id)
        if fti is None:
            continue
        behaviours = list(fti.behaviors)
        for name in names:
            if name not in behaviours:
                behaviours.append(name)
        fti.behaviors = tuple(behaviours)


def add_language_column():
    catalog = api.portal.get_tool("portal_catalog")
    if "scrqm_language" not in catalog.schema():
        catalog.addColumn("scrqm_language")
    for brain in catalog.unrestrictedSearchResults(portal_type=["ReviewReport", "BoardResponse"]):
        brain._unrestrictedGetObject().reindexObject(idxs=["getId"])


CLOSE_GUARD = "python:here.scrqm_transition_ready('close')"


def guard_close():
    """The review workflow's ``close`` transition asks the record (as the other guarded
    moves do), so a SUSR is not closed before its repository submission is recorded."""
    workflow = api.portal.get_tool("portal_workflow").get("scrqm_review_workflow")
    if workflow is None or "close" not in workflow.transitions:
        return
    transition = workflow.transitions["close"]
    guard = transition.getGuard()
    if guard.getExprText() != CLOSE_GUARD:
        guard.changeFromProperties({"guard_expr": CLOSE_GUARD})
        transition.guard = guard


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "rolemap")
    add_behaviours()
    add_language_column()
    guard_close()
