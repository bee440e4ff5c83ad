"""→ 1016: serious incidents, their rapid reviews and the statutory correspondence log.

Adds the three types (and ``StatutoryLetter`` to what a review may hold), their add
permissions and the incident workflow, bound to the incident only. The site's own
workflows and the chains of every other type are left as they are."""

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"


def upgrade(setup_tool):
    for step in ("typeinfo", "rolemap"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
