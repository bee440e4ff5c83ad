"""1005 → 1006: family members and letters to families.

Adds the FamilyMember type (allowed in reviews), its add permission, its own workflow, the
partnership records the letters print and their control panel."""

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"


def upgrade(setup_tool):
    for step in ("typeinfo", "rolemap", "plone.app.registry", "controlpanel"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
