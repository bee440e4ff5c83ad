"""1003 → 1004: findings and improvement actions.

Adds the Finding and ImprovementAction types, the action workflow, their permissions, the
tracker's catalog column and the partnership's lists (learning themes, agencies)."""

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"


def upgrade(setup_tool):
    for step in ("typeinfo", "rolemap", "catalog", "plone.app.registry"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
