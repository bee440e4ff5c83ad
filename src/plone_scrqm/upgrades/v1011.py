"""1010 → 1011: the user-menu links to My work, the dashboard and the action tracker for
people with a review role."""

PROFILE = "profile-plone_scrqm:default"


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "actions")
