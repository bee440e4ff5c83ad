"""The review team reads the history of the add-on's items (Volto's History view asks for
"CMFEditions: Access previous versions"); nobody else gains it, and a published document's
history stays closed to the public. Upgrade step 1020 → 1021 applies it to existing items."""

from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles

from plone_scrqm import roles

PERMISSION = "CMFEditions: Access previous versions"


def _roles_with(obj):
    return {
        role["name"] for role in obj.rolesOfPermission(PERMISSION) if role["selected"] == "SELECTED"
    }


def test_review_team_reads_a_review_history(portal, make_review):
    review = make_review()
    granted = _roles_with(review)
    assert {roles.REVIEW_MANAGER, roles.LEAD_REVIEWER, roles.PARTNERSHIP_CHAIR} <= granted
    assert granted <= {
        "Manager",
        "Site Administrator",
        roles.REVIEW_MANAGER,
        roles.LEAD_REVIEWER,
        roles.PARTNERSHIP_CHAIR,
    }
    assert not review.acquiredRolesAreUsedBy(PERMISSION)
    with api.env.adopt_user(username="rita"):
        assert api.user.has_permission(PERMISSION, obj=review)
    for outsider in ("Board Member", "Member", "Anonymous", "Owner", "Editor", "Contributor"):
        with api.env.adopt_roles([outsider]):
            assert not api.user.has_permission(PERMISSION, obj=review), outsider


def test_every_state_of_the_add_on_workflows_manages_it(portal):
    workflow_tool = api.portal.get_tool("portal_workflow")
    team = {
        "Manager",
        "Site Administrator",
        roles.REVIEW_MANAGER,
        roles.LEAD_REVIEWER,
        roles.PARTNERSHIP_CHAIR,
    }
    checked = 0
    for workflow_id in workflow_tool.objectIds():
        if not workflow_id.startswith("scrqm_") or workflow_id == "scrqm_family_workflow":
            continue
        workflow = workflow_tool[workflow_id]
        assert PERMISSION in workflow.permissions, workflow_id
        for state in workflow.states.objectValues():
            granted = set(state.getPermissionInfo(PERMISSION)["roles"])
            viewers = set(state.getPermissionInfo("View")["roles"])
            assert granted <= team & viewers, (workflow_id, state.id, granted)
            assert "Anonymous" not in granted
            checked += 1
    assert checked > 20


def test_upgrade_1020_to_1021(portal, setup_tool, make_review):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    review = make_review()
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow = workflow_tool["scrqm_review_workflow"]
    # As before 1021: the workflow does not manage the permission; the item acquires it
    workflow.permissions = tuple(p for p in workflow.permissions if p != PERMISSION)
    review.manage_permission(PERMISSION, roles=[], acquire=True)
    assert review.acquiredRolesAreUsedBy(PERMISSION)
    assert roles.LEAD_REVIEWER not in _roles_with(review)
    setup_tool.setLastVersionForProfile("plone_scrqm:default", "1020")
    setup_tool.upgradeProfile("plone_scrqm:default", dest="1021")
    assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1021",)
    assert PERMISSION in workflow_tool["scrqm_review_workflow"].permissions
    assert not review.acquiredRolesAreUsedBy(PERMISSION)
    assert roles.LEAD_REVIEWER in _roles_with(review)
    with api.env.adopt_user(username="rita"):
        assert api.user.has_permission(PERMISSION, obj=review)
    with api.env.adopt_roles(["Board Member"]):
        assert not api.user.has_permission(PERMISSION, obj=review)
