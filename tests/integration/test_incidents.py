"""Serious incidents and rapid reviews: who adds and sees them, their clocks, the
conversion into a local review linked both ways, and the dashboard."""

from datetime import timedelta

import pytest
from AccessControl import Unauthorized as AccessDenied
from plone import api
from plone.restapi.interfaces import ISerializeToJson
from zExceptions import Unauthorized
from zope.component import getMultiAdapter

from incidents import TODAY
from incidents import add_incident
from incidents import add_rapid_review
from incidents import decide
from plone_scrqm.incidents import adapters
from plone_scrqm.incidents.adapters import ConversionRefused
from plone_scrqm.incidents.adapters import start_local_review
from plone_scrqm.incidents.content import ISeriousIncident
from plone_scrqm.incidents.dashboard import incident_rows
from plone_scrqm.interfaces import IFromSeriousIncident
from plone_scrqm.review.clocks import clocks_of

# Refused additions raise either, depending on where Plone checks first.
REFUSED = (AccessDenied, Unauthorized)
TEAM = ("rita", "leo")
BOARD = ("chandra", "bola")
OUTSIDERS = ("edwin", "morgan")


@pytest.fixture
def incident(reviews_folder):
    return add_incident(reviews_folder)


def indexed(obj):
    """The catalog entry of ``obj`` whoever may see it."""
    return api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=obj.UID())[0]


def serialized(obj, user):
    request = api.env.getRequest()
    with api.env.adopt_user(username=user):
        return getMultiAdapter((obj, request), ISerializeToJson)()


def test_review_manager_adds_an_incident_in_the_reviews_folder(incident, reviews_folder):
    assert ISeriousIncident.providedBy(incident)
    workflow = api.portal.get_tool("portal_workflow")
    assert workflow.getChainFor(incident) == ("scrqm_incident_workflow",)
    assert api.content.get_state(incident) == "open"
    for user in ("leo", "chandra", "bola", "edwin", "morgan"):
        with api.env.adopt_user(username=user), pytest.raises(REFUSED):
            api.content.create(container=reviews_folder, type="SeriousIncident", title="X")


def test_the_site_default_workflow_is_left_alone(incident):
    workflow = api.portal.get_tool("portal_workflow")
    assert "scrqm_incident_workflow" not in workflow.getDefaultChain()
    for portal_type in ("Document", "File", "Folder"):
        assert "scrqm_incident_workflow" not in workflow.getChainForPortalType(portal_type)


@pytest.mark.parametrize("state", ["open", "closed"])
def test_who_sees_and_edits_in_each_state(incident, state):
    rapid = add_rapid_review(incident)
    if state == "closed":
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=incident, transition="close")
    for obj in (incident, rapid):
        for user in TEAM + BOARD:
            with api.env.adopt_user(username=user):
                assert api.user.has_permission("View", obj=obj), (user, state)
                assert api.user.has_permission("Access contents information", obj=obj)
        for user in OUTSIDERS:
            with api.env.adopt_user(username=user):
                assert not api.user.has_permission("View", obj=obj), (user, state)
                assert not api.user.has_permission("Access contents information", obj=obj)
        with api.env.adopt_user(username="bola"):
            assert not api.user.has_permission("Modify portal content", obj=obj)
            assert not api.user.has_permission("plone_scrqm: View family details", obj=obj)
        with api.env.adopt_user(username="chandra"):
            assert not api.user.has_permission("plone_scrqm: View family details", obj=obj)
        with api.env.adopt_user(username="rita"):
            assert api.user.has_permission("Modify portal content", obj=obj) == (state == "open")
    roles = incident.rolesOfPermission("View")
    assert "Anonymous" not in [r["name"] for r in roles if r["selected"]]


def test_board_members_and_the_chair_read_only_what_the_board_needs(incident):
    add_rapid_review(incident)
    decide(incident)
    rapid = adapters.rapid_review_of(incident)
    for user in BOARD:
        data = serialized(incident, user)
        assert data["decision"]["token"] == "review"
        assert data["decision_rationale"] == "Learning about information sharing."
        for hidden in ("immediate_actions", "agencies", "child_status", "child_outcome"):
            assert hidden not in data, (user, hidden)
        data = serialized(rapid, user)
        assert data["recommendation"]["token"] == "local-review"
        assert data["rationale"]
        for hidden in ("agency_views", "agency_contributions", "learning"):
            assert hidden not in data, (user, hidden)
    data = serialized(incident, "leo")
    assert "CANARY-ACTIONS" in data["immediate_actions"]
    assert "CANARY-VIEW" in serialized(rapid, "leo")["agency_views"][0]


def test_only_the_chair_records_the_decision(incident):
    from plone.autoform.interfaces import WRITE_PERMISSIONS_KEY

    permissions = ISeriousIncident.queryTaggedValue(WRITE_PERMISSIONS_KEY)
    assert permissions["decision"] == "plone_scrqm.DecideOnReview"
    with api.env.adopt_user(username="chandra"):
        assert api.user.has_permission("plone_scrqm: Decide on review", obj=incident)
    with api.env.adopt_user(username="rita"):
        assert not api.user.has_permission("plone_scrqm: Decide on review", obj=incident)


def test_nothing_private_in_the_catalog(incident):
    add_rapid_review(incident)
    catalog = api.portal.get_tool("portal_catalog")
    assert not catalog.unrestrictedSearchResults(SearchableText="CANARY-ACTIONS")
    assert not catalog.unrestrictedSearchResults(SearchableText="CANARY-VIEW")
    assert catalog.unrestrictedSearchResults(SearchableText="Child E")
    assert "CANARY" not in repr(indexed(incident).scrqm_clocks)


def test_the_incident_clocks_are_the_statutory_ones(incident):
    clocks = {clock.id: clock for clock in adapters.incident_clocks(incident)}
    assert set(clocks) == {"notification", "rapid_review"}
    assert clocks["notification"].state == "overdue"
    assert clocks["rapid_review"].state in ("running", "overdue")
    incident.notification_date = incident.aware_date + timedelta(days=1)
    add_rapid_review(incident)
    clocks = {clock.id: clock for clock in adapters.incident_clocks(incident)}
    assert clocks["notification"].state == "met"
    assert clocks["rapid_review"].stopped == TODAY - timedelta(days=5)
    found = {clock["id"]: clock for clock in indexed(incident).scrqm_clocks["clocks"]}
    assert found["rapid_review"]["stopped"] == TODAY - timedelta(days=5)


def test_a_letter_in_the_log_stops_the_notification_clock(incident):
    with api.env.adopt_user(username="rita"):
        api.content.create(
            container=incident,
            type="StatutoryLetter",
            title="Notification to the Panel",
            letter_type="notification",
            direction="sent",
            correspondent="ofsted",
            letter_date=incident.aware_date + timedelta(days=2),
            reference="SIN-2026-041",
        )
    found = {clock["id"]: clock for clock in indexed(incident).scrqm_clocks["clocks"]}
    assert found["notification"]["state"] == "met"


def test_conversion_is_refused_until_recommended_and_decided(incident):
    with pytest.raises(ConversionRefused):
        start_local_review(incident)
    add_rapid_review(incident)
    with pytest.raises(ConversionRefused) as refused:
        start_local_review(incident)
    assert "chair" in str(refused.value)
    assert incident.review_uid is None


def test_start_a_local_review_links_both_ways_and_carries_the_record(incident, reviews_folder):
    add_rapid_review(incident)
    decide(incident)
    with api.env.adopt_user(username="rita"):
        review = start_local_review(incident)
    assert review.aq_parent == reviews_folder
    assert review.portal_type == "CaseReview"
    assert IFromSeriousIncident.providedBy(review)
    assert review.incident_uid == incident.UID()
    assert incident.review_uid == review.UID()
    assert review.title == "Child E"
    assert review.decision == "review"
    assert review.review_type == "lcspr"
    assert review.decision_rationale == "Learning about information sharing."
    assert review.agencies_asked == ["Police", "Health", "Education"]
    assert review.aware_date == incident.aware_date
    assert review.rapid_review_completed_date == TODAY - timedelta(days=5)
    assert review.child_outcome == "seriously-harmed"
    with pytest.raises(ConversionRefused):
        start_local_review(incident)
    # the chain, for everyone who may see both
    for user in TEAM + BOARD:
        with api.env.adopt_user(username=user):
            steps = adapters.incident_chain(incident)
            assert [step["step"] for step in steps] == ["incident", "rapid_review", "review"]
            assert incident.UID() == adapters.linked_incident(review).UID
            assert review.UID() == adapters.linked_review(incident).UID


def test_after_conversion_the_review_does_not_count_the_incidents_clocks(
    incident, reviews_folder, make_review
):
    add_rapid_review(incident)
    decide(incident)
    with api.env.adopt_user(username="rita"):
        review = start_local_review(incident)
    assert [clock.id for clock in clocks_of(review)] == ["publication", "advance_copy"]
    # A review recorded without an incident keeps its own notification clocks.
    plain = make_review(title="Child F", aware_date=TODAY - timedelta(days=3))
    assert "notification" in [clock.id for clock in clocks_of(plain)]
    found = indexed(review).scrqm_clocks["clocks"]
    assert {clock["id"] for clock in found} == {"publication", "advance_copy"}
    # the dashboard: the incident's clocks once, beside the review
    with api.env.adopt_user(username="bola"):
        rows = incident_rows(reviews_folder, today=TODAY)
    assert [row["title"] for row in rows] == ["Child E"]
    assert {clock["id"] for clock in rows[0]["clocks"]} == {"notification", "rapid_review"}
    from plone_scrqm.review.dashboard import query_rows

    with api.env.adopt_user(username="bola"):
        review_rows = query_rows(reviews_folder, today=TODAY)
    counted = [
        clock["id"]
        for row in review_rows + rows
        for clock in row["clocks"]
        if clock["id"] in ("notification", "rapid_review")
    ]
    assert sorted(counted) == ["notification", "notification", "rapid_review", "rapid_review"]
    # Child F's two and Child E's incident's two; none from Child E's review


def test_outsiders_see_no_incident_on_the_dashboard(incident, reviews_folder):
    for user in OUTSIDERS:
        with api.env.adopt_user(username=user):
            assert incident_rows(reviews_folder, today=TODAY) == []


def test_overdue_filter(incident, reviews_folder):
    add_incident(reviews_folder, title="Child G", aware_date=TODAY)
    with api.env.adopt_user(username="rita"):
        rows = incident_rows(reviews_folder, overdue=True, today=TODAY)
        assert [row["title"] for row in rows] == ["Child E"]
        rows = incident_rows(reviews_folder, today=TODAY)
    assert [row["title"] for row in rows] == ["Child E", "Child G"]


def test_deleting_the_review_lets_the_incident_start_another(incident, reviews_folder):
    add_rapid_review(incident)
    decide(incident)
    with api.env.adopt_user(username="rita"):
        review = start_local_review(incident)
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=review)
    assert incident.review_uid is None
    with api.env.adopt_user(username="rita"):
        again = start_local_review(incident)
    assert incident.review_uid == again.UID()


def test_working_papers_are_for_the_review_team_only(make_review):
    review = make_review()
    with api.env.adopt_user(username="rita"):
        papers = api.content.create(
            container=review, type="PapersFolder", id="papers", title="Papers"
        )
    with api.env.adopt_user(username="leo"):
        paper = api.content.create(
            container=papers,
            type="WorkingPaper",
            id="interview-notes",
            title="Interview notes PAPER-CANARY",
            kind="interview-notes",
            notes="What the practitioner said.",
        )
    workflow = api.portal.get_tool("portal_workflow")
    site_default = workflow.getDefaultChain()
    for obj in (papers, paper):
        assert workflow.getChainFor(obj) == ("scrqm_private_workflow",)
        assert workflow.getChainFor(obj) != site_default
        for user in TEAM:
            with api.env.adopt_user(username=user):
                assert api.user.has_permission("View", obj=obj)
        for user in BOARD + OUTSIDERS:
            with api.env.adopt_user(username=user):
                assert not api.user.has_permission("View", obj=obj), user
                assert not api.user.has_permission("Access contents information", obj=obj)
    catalog = api.portal.get_tool("portal_catalog")
    for user in BOARD + OUTSIDERS:
        with api.env.adopt_user(username=user):
            assert not catalog(SearchableText="PAPER-CANARY")
    with api.env.adopt_user(username="leo"):
        assert len(catalog(SearchableText="PAPER-CANARY")) == 1
    for user in ("chandra", "bola"):
        with api.env.adopt_user(username=user), pytest.raises(REFUSED):
            api.content.create(container=review, type="PapersFolder", title="Papers")


def test_review_records_and_the_boards_time_with_the_report(make_review):
    from plone_scrqm.incidents.records import IReviewRecords
    from plone_scrqm.publication.checks import approval_warnings
    from reviews import add_documents
    from reviews import advance

    review = advance(make_review(), "reporting")
    assert IReviewRecords(review, None) is not None
    review.board_meetings = [
        f"{(TODAY - timedelta(days=5)).isoformat()} | ordinary | report-received | BM-1",
    ]
    _report, response = add_documents(review, publication_date=TODAY + timedelta(days=30))
    assert approval_warnings(response) == []  # no minimum set
    api.portal.set_registry_record("plone_scrqm.board_minimum_days", 14)
    warnings = [str(warning) for warning in approval_warnings(response)]
    assert any("for ${days} days" in w for w in warnings), warnings
    review.board_meetings.append(
        f"{(TODAY - timedelta(days=5)).isoformat()} | ordinary | response-agreed | BM-1"
    )
    review.board_meetings = list(review.board_meetings)
    assert approval_warnings(response)
    api.portal.set_registry_record("plone_scrqm.board_minimum_days", 0)
    assert approval_warnings(response) == []


def _factories(incident):
    """The toolbar's add menu on the incident, as the user in force sees it."""
    from zope.annotation.interfaces import IAnnotations
    from zope.browsermenu.interfaces import IBrowserMenu
    from zope.component import getUtility

    request = incident.REQUEST
    IAnnotations(request).pop("plone.memoize_request", None)  # the menu's per-request memo
    menu = getUtility(IBrowserMenu, name="plone_contentmenu_factory")
    return {
        item["action"].rsplit("++add++", 1)[-1]
        for item in menu.getMenuItems(incident, request)
        if "++add++" in (item["action"] or "")
    }


def test_a_rapid_review_is_offered_until_the_incident_has_one(incident):
    from plone.base.interfaces.constrains import IConstrainTypes

    def allowed():
        return [fti.getId() for fti in incident.allowedContentTypes()]

    with api.env.adopt_user(username="rita"):
        assert allowed() == ["RapidReview", "StatutoryLetter"]
        assert _factories(incident) == {"RapidReview", "StatutoryLetter"}
    add_rapid_review(incident)
    with api.env.adopt_user(username="rita"):
        assert allowed() == ["StatutoryLetter"]
        assert _factories(incident) == {"StatutoryLetter"}
        constrains = IConstrainTypes(incident)
        assert constrains.getLocallyAllowedTypes() == ["StatutoryLetter"]
        assert constrains.getImmediatelyAddableTypes() == ["StatutoryLetter"]
        # the refusal holds however the second one is asked for
        with pytest.raises(api.exc.InvalidParameterError):
            api.content.create(container=incident, type="RapidReview", title="Another")
        from zope.interface import Invalid

        from plone_scrqm.incidents.content import IRapidReview

        with pytest.raises(Invalid, match="already has its rapid review"):
            IRapidReview.validateInvariants(_NewRapidReview(incident))
    assert [c.getId() for c in incident.objectValues() if c.portal_type == "RapidReview"] == [
        "rapid-review"
    ]
    # A board member may add neither, before or after
    with api.env.adopt_user(username="bola"):
        assert allowed() == []
        assert _factories(incident) == set()


class _NewRapidReview:
    """What the schema's invariants see of a new rapid review added to the incident."""

    title = "Another rapid review"

    def __init__(self, incident):
        self.__context__ = incident
