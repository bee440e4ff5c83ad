"""1006 → 1007: assembling information and practitioner involvement (QM10, QM11).

Adds the InformationRequest, ChronologyEntry and PractitionerEvent types (and lets a review
hold them), their add permissions, the chronology's private workflow and the bindings, and
the catalog index and metadata of information requests. Existing content is unchanged."""

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"


def upgrade(setup_tool):
    for step in ("typeinfo", "rolemap", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
