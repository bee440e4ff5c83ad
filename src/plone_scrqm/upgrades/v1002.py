"""1001 → 1002: assessment rounds and marker assessments.

Adds the two types (and lets a review hold rounds), their add permissions, their empty
workflow chain (they follow the review's workflow) and the catalog indexes and metadata
of the judgements. Nothing of the site's content changes.
"""

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS = "profile-plone_scrqm:workflows"


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "typeinfo")
    setup_tool.runImportStepFromProfile(PROFILE, "rolemap")
    setup_tool.runImportStepFromProfile(PROFILE, "catalog")
    setup_tool.runImportStepFromProfile(WORKFLOWS, "workflow")
