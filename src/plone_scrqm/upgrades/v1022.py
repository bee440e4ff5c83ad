"""1021 → 1022: Site Administrators manage the add-on's settings.

The control panels (review timescales, learning themes, the board's time with a report, the
partnership's letters to families) were protected by "Manage portal", which Plone gives to
Managers only, so a Site Administrator neither saw them in Site Setup nor could open them.
They now need the add-on's own "plone_scrqm: Manage settings" (Managers and Site
Administrators). The role map is imported again (the permission's roles) and so are the
control panel entries (the permission each entry asks for). The audit trail's panel keeps
"plone_scrqm: Manage audit log" (Managers only).
"""

PROFILE = "profile-plone_scrqm:default"


def upgrade(setup_tool):
    for step in ("rolemap", "controlpanel"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
