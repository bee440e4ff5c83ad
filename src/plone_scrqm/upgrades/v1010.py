"""1009 → 1010: the audit trail in a SQL store shared by every instance.

Adds the Audit reader role and the permissions to read the audit trail and to manage it,
the retention setting (registry) and its control panel. The SQL table is created by the
instances themselves when they first write to the audit database."""

PROFILE = "profile-plone_scrqm:default"


def upgrade(setup_tool):
    for step in ("rolemap", "plone.app.registry", "controlpanel"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
