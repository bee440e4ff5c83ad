"""1004 → 1005: timescales, parallel processes and the partnership dashboard.

Imports the parallel process type and its permission, its empty workflow binding, the
timescales settings and control panel, and the dashboard's catalog indexes and columns;
then indexes every review's clocks."""

from plone_scrqm.review.reindex import refresh_all_clocks

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"


def upgrade(setup_tool):
    for step in ("typeinfo", "rolemap", "plone.app.registry", "controlpanel", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
    refresh_all_clocks()
