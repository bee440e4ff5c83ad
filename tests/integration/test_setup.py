"""Install, uninstall and upgrade of the add-on's profile."""

from datetime import date

import pytest
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.browserlayer.utils import registered_layers
from Products.GenericSetup.registry import _profile_registry

from plone_scrqm import roles
from plone_scrqm.interfaces import IPloneScrqmLayer

PROFILE_VERSION = "1022"
OUR_TYPES = (
    "CaseReview",
    "MarkerCatalogue",
    "QualityMarker",
    "ReviewReport",
    "BoardResponse",
    "Finding",
    "ImprovementAction",
    "AssessmentRound",
    "MarkerAssessment",
    "ParallelProcess",
    "InformationRequest",
    "ChronologyEntry",
    "ChronologyFolder",
    "PractitionerEvent",
    "FamilyMember",
    "SeriousIncident",
    "RapidReview",
    "StatutoryLetter",
    "PapersFolder",
    "WorkingPaper",
    "LearningPriority",
    "FamilyContact",
    "FamilyQuestion",
    "FamilyAccount",
)
OUR_WORKFLOWS = (
    "scrqm_review_workflow",
    "scrqm_catalogue_workflow",
    "scrqm_publication_workflow",
    "scrqm_action_workflow",
    "scrqm_private_workflow",
    "scrqm_family_workflow",
    "scrqm_incident_workflow",
    "scrqm_framework_workflow",
)
OUR_INDEXES = (
    "scrqm_marker_number",
    "scrqm_cluster",
    "scrqm_review_uid",
    "scrqm_publication_date",
    "scrqm_judgement",
    "scrqm_round_stage",
    "scrqm_review_type",
    "scrqm_next_due",
    "scrqm_request_due",
    "scrqm_themes",
    "scrqm_priorities",
)
OUR_COLUMNS = (
    "scrqm_marker_number",
    "scrqm_cluster",
    "scrqm_statement",
    "scrqm_questions",
    "scrqm_review_title",
    "scrqm_review_uid",
    "scrqm_publication_date",
    "scrqm_summary",
    "scrqm_area",
    "scrqm_learning_themes",
    "scrqm_judgement",
    "scrqm_round_stage",
    "scrqm_round_date",
    "scrqm_review_type",
    "scrqm_clocks",
    "scrqm_next_due",
    "scrqm_processes",
    "scrqm_next_steps",
    "scrqm_lead_reviewers",
    "scrqm_request_due",
    "scrqm_request_facts",
    "scrqm_themes",
    "scrqm_priorities",
    "scrqm_learning",
)


def test_profile_ids_are_the_products():
    for name in ("default", "uninstall", "workflows"):
        info = _profile_registry.getProfileInfo(f"plone_scrqm:{name}")
        assert info["product"] == "plone_scrqm"


def test_product_installed(installer, package_name):
    assert installer.is_product_installed(package_name) is True


def test_browserlayer_installed(portal):
    assert IPloneScrqmLayer in registered_layers()


def test_profile_version(setup_tool):
    assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == (PROFILE_VERSION,)


def test_uninstall_and_workflows_profiles_hidden(portal):
    from plone.base.interfaces import INonInstallable
    from zope.component import getAllUtilitiesRegisteredFor

    hidden = set()
    for utility in getAllUtilitiesRegisteredFor(INonInstallable):
        hidden.update(utility.getNonInstallableProfiles())
    assert {"plone_scrqm:uninstall", "plone_scrqm:workflows"} <= hidden


def test_roles_exist_and_show_in_sharing_tab(portal):
    from plone.app.workflow.interfaces import ISharingPageRole
    from zope.component import getUtility

    for role in roles.ALL:
        assert role in portal.validRoles()
        assert getUtility(ISharingPageRole, name=role).title == role


def test_workflows_bound_only_to_our_types(portal):
    wf_tool = api.portal.get_tool("portal_workflow")
    assert wf_tool.getChainForPortalType("CaseReview") == ("scrqm_review_workflow",)
    assert wf_tool.getChainForPortalType("QualityMarker") == ("scrqm_catalogue_workflow",)
    assert wf_tool.getChainForPortalType("MarkerCatalogue") == ("scrqm_catalogue_workflow",)
    for type_id, chain in wf_tool.listChainOverrides():
        if type_id not in OUR_TYPES:
            assert not set(chain) & set(OUR_WORKFLOWS), type_id
    # Assessments follow the review they are in: no workflow of their own.
    assert wf_tool.getChainForPortalType("AssessmentRound") == ()
    assert wf_tool.getChainForPortalType("MarkerAssessment") == ()
    # Requests and events follow the review; the chronology is private to the team.
    assert wf_tool.getChainForPortalType("InformationRequest") == ()
    assert wf_tool.getChainForPortalType("PractitionerEvent") == ()
    assert wf_tool.getChainForPortalType("ChronologyEntry") == ("scrqm_private_workflow",)
    # The site's default workflow is Plone's, untouched.
    assert wf_tool.getDefaultChain() == ("simple_publication_workflow",)
    assert wf_tool.getChainForPortalType("Document") == ("simple_publication_workflow",)


def test_parallel_process_has_no_workflow_of_its_own(portal):
    wf_tool = api.portal.get_tool("portal_workflow")
    assert wf_tool.getChainForPortalType("ParallelProcess") == ()
    review_type = api.portal.get_tool("portal_types")["CaseReview"]
    assert "ParallelProcess" in review_type.allowed_content_types


def test_timescales_settings_and_control_panel(portal):
    from plone_scrqm.review.clocks import timescales

    registry = api.portal.get_tool("portal_registry")
    assert registry["plone_scrqm.timescales.nation"] == "england"
    assert registry["plone_scrqm.timescales.notification_working_days"] == 5
    assert registry["plone_scrqm.timescales.rapid_review_working_days"] == 15
    assert registry["plone_scrqm.timescales.advance_copy_working_days"] == 7
    registry["plone_scrqm.timescales.nation"] = "wales"
    assert timescales().nation == "wales"
    actions = [a.getId() for a in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "scrqm-timescales" in actions


def test_site_permission_extended_not_replaced(portal):
    selected = {r["name"] for r in portal.rolesOfPermission("Add portal content") if r["selected"]}
    assert {"Manager", "Site Administrator", "Owner", "Contributor"} <= selected
    assert roles.REVIEW_MANAGER in selected


def test_our_permissions_granted(portal):
    def selected(permission):
        return {r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]}

    assert selected("plone_scrqm: Add CaseReview") == {
        "Manager",
        "Site Administrator",
        roles.REVIEW_MANAGER,
    }
    for type_id in ("AssessmentRound", "MarkerAssessment"):
        assert selected(f"plone_scrqm: Add {type_id}") == {
            "Manager",
            "Site Administrator",
            roles.REVIEW_MANAGER,
            roles.LEAD_REVIEWER,
        }
    for type_id in ("InformationRequest", "ChronologyEntry", "PractitionerEvent"):
        assert selected(f"plone_scrqm: Add {type_id}") == {
            "Manager",
            "Site Administrator",
            roles.REVIEW_MANAGER,
            roles.LEAD_REVIEWER,
        }
    assert selected("plone_scrqm: Add FamilyMember") == {
        "Manager",
        "Site Administrator",
        roles.REVIEW_MANAGER,
        roles.LEAD_REVIEWER,
    }
    family = selected("plone_scrqm: View family details")
    assert roles.BOARD_MEMBER not in family
    assert roles.PARTNERSHIP_CHAIR not in family
    assert {roles.REVIEW_MANAGER, roles.LEAD_REVIEWER} <= family
    assert selected("plone_scrqm: Add ParallelProcess") == {
        "Manager",
        "Site Administrator",
        roles.REVIEW_MANAGER,
        roles.LEAD_REVIEWER,
    }


class TestUpgrade:
    def test_upgrade_step_1000_to_1001(self, portal, setup_tool):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        catalog = api.portal.get_tool("portal_catalog")
        catalog.delIndex("scrqm_cluster")
        portal["quality-markers"].manage_delObjects(["qm-18"])
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1000")
        upgrades = setup_tool.listUpgrades("plone_scrqm:default")
        assert [step["dest"] for step in upgrades] == [
            ("1001",),
            ("1002",),
            ("1003",),
            ("1004",),
            ("1005",),
            ("1006",),
            ("1007",),
            ("1008",),
            ("1009",),
            ("1010",),
            ("1011",),
            ("1012",),
            ("1014",),
            ("1015",),
            ("1016",),
            ("1017",),
            ("1018",),
            ("1019",),
            ("1020",),
            ("1021",),
            ("1022",),
        ]
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1001")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1001",)
        assert "scrqm_cluster" in catalog.indexes()
        assert "qm-18" in portal["quality-markers"]
        assert len(catalog(portal_type="QualityMarker", scrqm_cluster="outputs")) == 5

    def test_upgrade_step_1002_to_1003_moves_reviews_to_phases(
        self, portal, setup_tool, make_review
    ):
        from reviews import DECISION
        from reviews import force_state

        pending = make_review(title="Child P")
        decided = make_review(title="Child Q", **DECISION, referral_date=None)
        for review in (pending, decided):
            force_state(review, "scrqm_review_workflow", "active")  # the 1001 state
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1002")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1003")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1003",)
        assert api.content.get_state(pending) == "referred"
        assert api.content.get_state(decided) == "setting_up"
        assert "scrqm_publication_workflow" in api.portal.get_tool("portal_workflow")

    def test_upgrade_step_1003_to_1004_adds_actions(self, portal, setup_tool):
        registry = api.portal.get_tool("portal_registry")
        del registry.records["plone_scrqm.agencies"]
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1003")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1004")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1004",)
        assert "Police" in api.portal.get_registry_record("plone_scrqm.agencies")
        assert "scrqm_action_workflow" in api.portal.get_tool("portal_workflow")

    def test_upgrade_step_1006_to_1007_adds_information(self, portal, setup_tool):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        types = api.portal.get_tool("portal_types")
        catalog = api.portal.get_tool("portal_catalog")
        wf_tool = api.portal.get_tool("portal_workflow")
        # A site as 1006 left it: no information types, private workflow or request index.
        types.manage_delObjects(["InformationRequest", "ChronologyEntry", "PractitionerEvent"])
        wf_tool.manage_delObjects(["scrqm_private_workflow"])
        catalog.delIndex("scrqm_request_due")
        catalog.delColumn("scrqm_request_facts")
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1006")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1007")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1007",)
        assert {"InformationRequest", "ChronologyEntry", "PractitionerEvent"} <= set(
            types.objectIds()
        )
        # Entries are added to the review's container of entries since 1019.
        assert "ChronologyEntry" in types["ChronologyFolder"].allowed_content_types
        assert wf_tool.getChainForPortalType("ChronologyEntry") == ("scrqm_private_workflow",)
        assert "scrqm_request_due" in catalog.indexes()
        assert "scrqm_request_facts" in catalog.schema()

    def test_upgrade_step_1007_to_1008_stops_pausing_and_splits_delays(
        self, portal, setup_tool, make_review
    ):
        from datetime import timedelta

        from plone.registry import Record
        from plone.registry import field

        from plone_scrqm.review.clocks import clocks_of
        from reviews import TODAY
        from reviews import advance

        setRoles(portal, TEST_USER_ID, ["Manager"])
        catalog = api.portal.get_tool("portal_catalog")
        registry = api.portal.get_tool("portal_registry")
        # A site as 1007 left it: a paused index, the Welsh setting under its old name, a
        # review with one delay explanation, a Welsh review under the old token, a process
        # that paused the clocks.
        catalog.addIndex("scrqm_paused", "BooleanIndex")
        catalog.addColumn("scrqm_paused")
        old = "plone_scrqm.timescales.wales_ussr_months"
        registry.records[old] = Record(field.Int(title="old"), 12)
        review = advance(make_review(title="Child U"), "running")
        review.aware_date = TODAY - timedelta(days=40)
        review.__dict__["delay_explanation"] = "Records arrived late."
        review.__dict__["board_told_of_delay_date"] = TODAY - timedelta(days=3)
        process = api.content.create(
            container=review,
            type="ParallelProcess",
            title="Trial",
            kind="prosecution",
            effects=["publication-embargo"],
        )
        process.effects = ["pause", "publication-embargo"]
        process.__dict__["pause_from"] = TODAY - timedelta(days=20)
        welsh = make_review(title="Child W", review_type="cpr-wales")
        welsh.__dict__["review_type"] = "ussr-wales"
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1007")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1008")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1008",)
        assert "scrqm_paused" not in catalog.indexes()
        assert "scrqm_paused" not in catalog.schema()
        assert old not in registry.records
        assert registry["plone_scrqm.timescales.wales_susr_months"] == 12
        assert welsh.review_type == "susr-wales"
        assert "delay_explanation" not in review.__dict__
        for clock_id in ("notification", "rapid_review"):
            assert getattr(review, f"{clock_id}_delay_reason") == "Records arrived late."
            assert getattr(review, f"{clock_id}_delay_board_told") == TODAY - timedelta(days=3)
        clocks = {clock.id: clock for clock in clocks_of(review)}
        assert clocks["notification"].delay_explained
        assert not clocks["rapid_review"].delay_explained  # the Panel's date is still needed
        assert process.effects == ["delays", "publication-embargo"]
        assert "pause_from" not in process.__dict__
        assert "pausing the review's clocks from" in process.liaison_log[-1]

    def test_upgrade_step_1010_to_1011_adds_the_user_menu_links(self, portal, setup_tool):
        user_menu = api.portal.get_tool("portal_actions")["user"]
        ours = [action for action in user_menu.objectIds() if action.startswith("scrqm-")]
        assert ours
        user_menu.manage_delObjects(list(ours))  # it empties the list it is given
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1010")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1011")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1011",)
        assert [a for a in user_menu.objectIds() if a.startswith("scrqm-")] == ours

    def test_upgrade_step_1011_to_1016_adds_serious_incidents(self, portal, setup_tool):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        types = api.portal.get_tool("portal_types")
        wf_tool = api.portal.get_tool("portal_workflow")
        default_chain = wf_tool.getDefaultChain()
        # A site as 1011 left it: no incident types, no incident workflow.
        added = [
            "SeriousIncident",
            "RapidReview",
            "StatutoryLetter",
            "PapersFolder",
            "WorkingPaper",
        ]
        types.manage_delObjects(list(added))
        wf_tool.manage_delObjects(["scrqm_incident_workflow"])
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1011")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1016")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1016",)
        for name in added:
            assert name in types.objectIds()
        assert wf_tool.getChainForPortalType("WorkingPaper") == ("scrqm_private_workflow",)
        assert wf_tool.getChainForPortalType("SeriousIncident") == ("scrqm_incident_workflow",)
        assert wf_tool.getChainForPortalType("RapidReview") == ()
        assert "StatutoryLetter" in types["CaseReview"].allowed_content_types
        assert wf_tool.getDefaultChain() == default_chain
        assert wf_tool.getChainForPortalType("Document") == default_chain

    def test_upgrade_step_1012_to_1018_adds_the_welsh_records(self, portal, setup_tool):
        types = api.portal.get_tool("portal_types")
        catalog = api.portal.get_tool("portal_catalog")
        for type_id, name in (
            ("Folder", "plone_scrqm.partnership_nation"),
            ("CaseReview", "plone_scrqm.susr"),
            ("ReviewReport", "plone_scrqm.bilingual"),
        ):
            fti = types[type_id]
            fti.behaviors = tuple(b for b in fti.behaviors if b != name)
        catalog.delColumn("scrqm_language")
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1012")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1018")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1018",)
        assert "plone_scrqm.partnership_nation" in types["Folder"].behaviors
        assert "plone_scrqm.susr" in types["CaseReview"].behaviors
        assert "plone_scrqm.bilingual" in types["ReviewReport"].behaviors
        assert "scrqm_language" in catalog.schema()
        roles = {
            r["name"]
            for r in portal.rolesOfPermission("plone_scrqm: Set partnership nation")
            if r["selected"]
        }
        assert roles == {"Manager", "Site Administrator"}

    def test_upgrade_step_1012_to_1017_one_theme_vocabulary(self, portal, setup_tool):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        catalog = api.portal.get_tool("portal_catalog")
        catalog.delIndex("scrqm_themes")
        types = api.portal.get_tool("portal_types")
        types.manage_delObjects(["LearningPriority"])
        api.portal.set_registry_record("plone_scrqm.learning_themes", ["Neglect", "Ours"])
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1012")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1017")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1017",)
        assert "scrqm_themes" in catalog.indexes()
        assert "LearningPriority" in types.objectIds()
        lines = api.portal.get_registry_record("plone_scrqm.learning_themes")
        assert lines[:3] == [
            "neglect | Neglect",
            "ours | Ours",
            "information-sharing | Information sharing",
        ]

    def test_upgrade_step_to_1014_adds_the_family_records(self, portal, setup_tool, make_review):
        from families import add_family_member

        setRoles(portal, TEST_USER_ID, ["Manager"])
        types = api.portal.get_tool("portal_types")
        wf_tool = api.portal.get_tool("portal_workflow")
        review = make_review()
        member = add_family_member(review)
        member.contact_log = [
            {
                "date": "2026-01-05",
                "channel": "phone",
                "who": "Rita",
                "offered": "A meeting",
                "interpreter": "",
                "automatic": "",
            },
        ]
        # A site as 1011 left it: no family record types, no bindings.
        types.manage_delObjects(["FamilyContact", "FamilyQuestion", "FamilyAccount"])
        wf_tool.setChainForPortalTypes(("FamilyContact",), "(Default)")
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1011")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1014")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1014",)
        for name in ("FamilyContact", "FamilyQuestion", "FamilyAccount"):
            assert name in types.objectIds()
            assert name in types["CaseReview"].allowed_content_types
            assert wf_tool.getChainForPortalType(name) == ("scrqm_family_workflow",)
        assert "plone_scrqm.family_account_link" in types["Finding"].behaviors
        contacts = [obj for obj in review.objectValues() if obj.portal_type == "FamilyContact"]
        assert [(c.method, c.said, c.members) for c in contacts] == [
            ("phone", "A meeting", [member.UID()])
        ]
        assert member.contact_log == []

    def test_upgrade_step_1012_to_1015_adds_the_reviews_folder_view(self, portal, setup_tool):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        folder = api.content.create(container=portal, type="Folder", id="reviews", title="R")
        review = api.content.create(
            container=folder, type="CaseReview", id="child-x", title="Child X"
        )
        round_ = api.content.create(
            container=review,
            type="AssessmentRound",
            id="r",
            stage="beginning",
            date=date(2026, 3, 3),
        )
        round_.manage_permission("Modify portal content", roles=[], acquire=True)
        catalog = api.portal.get_tool("portal_catalog")
        folder_type = api.portal.get_tool("portal_types")["Folder"]
        folder_type.view_methods = tuple(
            view for view in folder_type.view_methods if view != "scr-reviews"
        )
        for column in ("scrqm_next_steps", "scrqm_lead_reviewers"):
            catalog.delColumn(column)
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1012")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1015")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1015",)
        assert "scr-reviews" in folder_type.view_methods
        assert "listing_view" in folder_type.view_methods
        brain = catalog(portal_type="CaseReview", id="child-x")[0]
        assert [step["id"] for step in brain.scrqm_next_steps] == ["request_decision"]
        assert "Lead Reviewer" in [
            r["name"] for r in round_.rolesOfPermission("Modify portal content") if r["selected"]
        ]

    def test_upgrade_step_1018_to_1019_moves_entries_into_their_container(
        self, portal, setup_tool, make_review
    ):
        from Acquisition import aq_base
        from plone.uuid.interfaces import IUUID

        from reviews import add_entry

        setRoles(portal, TEST_USER_ID, ["Manager"])
        types = api.portal.get_tool("portal_types")
        catalog = api.portal.get_tool("portal_catalog")
        wf_tool = api.portal.get_tool("portal_workflow")
        review = make_review()
        empty = make_review(title="Child Z")
        process = api.content.create(
            container=review, type="ParallelProcess", id="trial", title="Trial", kind="inquest"
        )
        # A site as 1018 left it: entries are the review's direct children, no containers.
        add_entry(review)
        add_entry(review, what_happened="Second")
        old = review["chronology-entries"]
        entries = {e.getId(): (IUUID(e), e.workflow_history) for e in old.objectValues()}
        for entry_id in list(entries):
            entry = old._getOb(entry_id)
            catalog.uncatalog_object("/".join(entry.getPhysicalPath()))
            old._delObject(entry_id, suppress_events=True)
            review._setObject(entry_id, aq_base(entry), suppress_events=True)
            review._getOb(entry_id).reindexObject()
        review.manage_delObjects(["chronology-entries"])
        empty.manage_delObjects(["chronology-entries"])
        types.manage_delObjects(["ChronologyFolder"])
        types["CaseReview"].allowed_content_types += ("ChronologyEntry",)
        catalog.addIndex("scrqm_overdue", "BooleanIndex")  # a verdict of the day, before 1019
        catalog.addColumn("scrqm_overdue")
        assert (
            len(
                catalog(
                    portal_type="ChronologyEntry",
                    path={"query": "/".join(review.getPhysicalPath()), "depth": 1},
                )
            )
            == 2
        )
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1018")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1019")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1019",)
        assert "ChronologyEntry" not in types["CaseReview"].allowed_content_types
        assert "scrqm_overdue" not in catalog.indexes()
        assert "scrqm_overdue" not in catalog.schema()
        brain = catalog(UID=IUUID(review))[0]
        assert all("overdue" not in clock for clock in brain.scrqm_clocks["clocks"])
        assert wf_tool.getChainForPortalType("ChronologyFolder") == ("scrqm_private_workflow",)
        folder = review["chronology-entries"]
        assert sorted(folder.objectIds()) == sorted(entries)
        assert "chronology-entries" in empty.objectIds()
        assert not [i for i in review.objectIds() if i.startswith("entry")]
        for entry_id, (uid, history) in entries.items():
            entry = folder[entry_id]
            assert IUUID(entry) == uid
            assert entry.workflow_history == history
            assert api.content.get_state(entry) == "private"
        brains = catalog(portal_type="ChronologyEntry")
        assert sorted(b.getPath().rsplit("/", 2)[1] for b in brains) == ["chronology-entries"] * 2
        assert aq_base(review["trial"]) is aq_base(process)
        assert api.user.has_permission("View", obj=folder)
        with api.env.adopt_roles(["Board Member"]):
            assert not api.user.has_permission("View", obj=folder)

    def test_upgrade_step_1005_to_1006_adds_family_members(self, portal, setup_tool):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        types = api.portal.get_tool("portal_types")
        wf_tool = api.portal.get_tool("portal_workflow")
        registry = api.portal.get_tool("portal_registry")
        # A site as 1005 left it: no family type, workflow, records or control panel.
        types.manage_delObjects(["FamilyMember"])
        wf_tool.manage_delObjects(["scrqm_family_workflow"])
        for key in [key for key in registry.records if key.startswith("plone_scrqm.partnership")]:
            del registry.records[key]
        api.portal.get_tool("portal_controlpanel").unregisterConfiglet("plone_scrqm-partnership")
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1005")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1006")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1006",)
        assert "FamilyMember" in types.objectIds()
        assert "FamilyMember" in types["CaseReview"].allowed_content_types
        assert wf_tool.getChainForPortalType("FamilyMember") == ("scrqm_family_workflow",)
        assert "plone_scrqm.partnership.contact_email" in registry.records
        configlets = api.portal.get_tool("portal_controlpanel").listActions()
        assert "plone_scrqm-partnership" in [action.getId() for action in configlets]

    def test_upgrade_step_1001_to_1002(self, portal, setup_tool):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        types = api.portal.get_tool("portal_types")
        catalog = api.portal.get_tool("portal_catalog")
        wf_tool = api.portal.get_tool("portal_workflow")
        # A site as 1001 left it: no assessment types, indexes, permissions or bindings.
        types.manage_delObjects(["AssessmentRound", "MarkerAssessment"])
        types["CaseReview"].allowed_content_types = ()
        catalog.delIndex("scrqm_judgement")
        catalog.delColumn("scrqm_round_date")
        wf_tool.setChainForPortalTypes(("AssessmentRound",), "(Default)")
        portal.manage_permission("plone_scrqm: Add AssessmentRound", roles=[], acquire=True)
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1001")
        assert setup_tool.listUpgrades("plone_scrqm:default")[0]["dest"] == ("1002",)
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1002")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1002",)
        assert {"AssessmentRound", "MarkerAssessment"} <= set(types.objectIds())
        assert "AssessmentRound" in types["CaseReview"].allowed_content_types
        assert "scrqm_judgement" in catalog.indexes()
        assert "scrqm_round_date" in catalog.schema()
        assert wf_tool.getChainForPortalType("AssessmentRound") == ()
        selected = {
            r["name"]
            for r in portal.rolesOfPermission("plone_scrqm: Add AssessmentRound")
            if r["selected"]
        }
        assert roles.LEAD_REVIEWER in selected

    def test_upgrade_step_1004_to_1005_adds_timescales(self, portal, setup_tool, make_review):
        from reviews import advance

        setRoles(portal, TEST_USER_ID, ["Manager"])
        review = advance(make_review(title="Child T"), "setting_up")
        catalog = api.portal.get_tool("portal_catalog")
        catalog.delIndex("scrqm_next_due")
        catalog.delColumn("scrqm_clocks")
        registry = api.portal.get_tool("portal_registry")
        for key in [key for key in registry.records if key.startswith("plone_scrqm.timescales")]:
            del registry.records[key]
        api.portal.get_tool("portal_types").manage_delObjects(["ParallelProcess"])
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1004")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1005")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1005",)
        assert "ParallelProcess" in api.portal.get_tool("portal_types")
        assert registry["plone_scrqm.timescales.nation"] == "england"
        assert "scrqm_next_due" in catalog.indexes()
        brain = catalog(UID=api.content.get_uuid(review))[0]
        assert [clock["id"] for clock in brain.scrqm_clocks["clocks"]] == [
            "notification",
            "rapid_review",
            "publication",
            "advance_copy",
        ]

    def test_upgrade_step_1008_to_1009_stores_file_text(self, portal, setup_tool, make_review):
        from plone.namedfile.file import NamedBlobFile

        from plone_scrqm.privacy import gate
        from plone_scrqm.privacy.filetext import STORED
        from reviews import add_documents

        review = make_review()
        review.privacy_register = ["Fenella Brackwater"]
        report, _response = add_documents(review)
        # A file attached before 1009: no text stored with it.
        report.report_file = NamedBlobFile(data=b"Fenella Brackwater", filename="notes.txt")
        assert not hasattr(report.report_file, STORED)
        assert gate.check(review)["unreadable"]
        setup_tool.setLastVersionForProfile("plone_scrqm:default", "1008")
        setup_tool.upgradeProfile("plone_scrqm:default", dest="1009")
        assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1009",)
        result = gate.check(review)
        assert result["unreadable"] == []
        assert [m["field"] for m in result["matches"]] == ["report_file"]


class TestUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer, package_name):
        installer.uninstall_product(package_name)

    def test_product_uninstalled(self, installer, package_name):
        assert installer.is_product_installed(package_name) is False

    def test_browserlayer_removed(self):
        assert IPloneScrqmLayer not in registered_layers()

    def test_user_menu_links_removed(self):
        user_menu = api.portal.get_tool("portal_actions")["user"].objectIds()
        assert not [action for action in user_menu if action.startswith("scrqm-")]
        assert "dashboard" in user_menu

    def test_reviews_folder_view_removed(self):
        folder_type = api.portal.get_tool("portal_types")["Folder"]
        assert "scr-reviews" not in folder_type.view_methods
        assert "listing_view" in folder_type.view_methods

    def test_types_removed(self):
        types = api.portal.get_tool("portal_types")
        for type_id in OUR_TYPES:
            assert type_id not in types.objectIds()

    def test_workflows_removed(self):
        wf_tool = api.portal.get_tool("portal_workflow")
        for wf_id in OUR_WORKFLOWS:
            assert wf_id not in wf_tool.objectIds()
        assert wf_tool.getDefaultChain() == ("simple_publication_workflow",)

    def test_catalog_indexes_and_columns_removed(self):
        catalog = api.portal.get_tool("portal_catalog")
        for index in OUR_INDEXES:
            assert index not in catalog.indexes()
        for column in OUR_COLUMNS:
            assert column not in catalog.schema()

    def test_roles_removed(self, portal):
        from plone.app.workflow.interfaces import ISharingPageRole
        from zope.component import queryUtility

        for role in roles.ALL:
            assert role not in portal.validRoles()
            assert queryUtility(ISharingPageRole, name=role) is None

    def test_site_permission_restored(self, portal):
        selected = {
            r["name"] for r in portal.rolesOfPermission("Add portal content") if r["selected"]
        }
        assert {"Manager", "Site Administrator", "Owner", "Contributor"} == selected

    def test_marker_catalogue_removed(self, portal):
        assert "quality-markers" not in portal.objectIds()
        search = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
        assert len(search(path="/plone/quality-markers")) == 0

    def test_parallel_process_binding_and_control_panel_removed(self):
        wf_tool = api.portal.get_tool("portal_workflow")
        assert "ParallelProcess" not in dict(wf_tool.listChainOverrides())
        actions = [a.getId() for a in api.portal.get_tool("portal_controlpanel").listActions()]
        assert "scrqm-timescales" not in actions

    def test_control_panel_removed(self):
        configlets = api.portal.get_tool("portal_controlpanel").listActions()
        ids = {action.getId() for action in configlets}
        assert not ids & {
            "scrqm-timescales",
            "plone_scrqm-partnership",
            "plone_scrqm-learning-themes",
            "plone_scrqm-board-time",
            "plone_scrqm-audit",
        }

    def test_no_registry_records_left(self):
        registry = api.portal.get_tool("portal_registry")
        assert [key for key in registry.records if "scrqm" in key] == []
