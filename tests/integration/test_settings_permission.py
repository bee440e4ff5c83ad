"""The add-on's control panels need "plone_scrqm: Manage settings" (Managers and Site
Administrators); upgrade step 1021 → 1022 gives it on an existing site, where the panels
asked for "Manage portal"."""

import pytest
from AccessControl import Unauthorized
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles

from plone_scrqm.permissions import MANAGE_SETTINGS

CONFIGLETS = (
    "scrqm-timescales",
    "plone_scrqm-learning-themes",
    "plone_scrqm-board-time",
    "plone_scrqm-partnership",
)
VIEWS = (
    "scrqm-timescales",
    "scrqm-learning-themes",
    "scrqm-board-time",
    "scrqm-partnership-settings",
)


def _configlets():
    return {
        action.getId(): action
        for action in api.portal.get_tool("portal_controlpanel").listActions()
    }


def _roles_with(portal, permission):
    return {r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]}


def test_managers_and_site_administrators_manage_settings(portal):
    assert _roles_with(portal, MANAGE_SETTINGS) == {"Manager", "Site Administrator"}
    configlets = _configlets()
    for configlet in CONFIGLETS:
        assert configlets[configlet].permissions == (MANAGE_SETTINGS,), configlet
    assert configlets["plone_scrqm-audit"].permissions == ("plone_scrqm: Manage audit log",)


@pytest.mark.parametrize("role", ["Site Administrator", "Manager"])
def test_the_panels_open_for(portal, role):
    setRoles(portal, TEST_USER_ID, [role])
    for view in VIEWS:
        assert portal.restrictedTraverse(f"@@{view}")(), view


@pytest.mark.parametrize("role", ["Editor", "Review Manager", "Reviewer", "Member"])
def test_the_panels_refuse(portal, role):
    setRoles(portal, TEST_USER_ID, [role])
    for view in VIEWS:
        with pytest.raises(Unauthorized):
            portal.restrictedTraverse(f"@@{view}")


def test_upgrade_1021_to_1022(portal, setup_tool):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    # As before 1022: nobody has the permission; the configlets ask for "Manage portal"
    portal.manage_permission(MANAGE_SETTINGS, roles=[], acquire=True)
    tool = api.portal.get_tool("portal_controlpanel")
    for configlet in CONFIGLETS:
        action = _configlets()[configlet]
        action.permissions = ("Manage portal",)
    assert "Site Administrator" not in _roles_with(portal, MANAGE_SETTINGS)
    setup_tool.setLastVersionForProfile("plone_scrqm:default", "1021")
    setup_tool.upgradeProfile("plone_scrqm:default", dest="1022")
    assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1022",)
    assert _roles_with(portal, MANAGE_SETTINGS) == {"Manager", "Site Administrator"}
    configlets = _configlets()
    for configlet in CONFIGLETS:
        assert configlets[configlet].permissions == (MANAGE_SETTINGS,), configlet
    assert len([a for a in tool.listActions() if a.getId() in CONFIGLETS]) == len(CONFIGLETS)
    setRoles(portal, TEST_USER_ID, ["Site Administrator"])
    visible = {
        action["id"]
        for category in ("plone-general", "Products")
        for action in tool.enumConfiglets(group=category)
    }
    assert set(CONFIGLETS) <= visible
