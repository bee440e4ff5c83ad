"""A review's clocks read its statutory correspondence log (the letter wins, the field is
the fallback); upgrade 1020 records letters from the dates stored on reviews, never twice;
an incident's delay records; one rapid review per incident; a review's decision-making
meeting (QM2); the board's minimum time in Site Setup."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.dexterity.interfaces import IDexterityFTI
from plone.restapi.interfaces import ISerializeToJson
from zExceptions import Unauthorized
from zope.component import getMultiAdapter
from zope.component import getUtility
from zope.interface import Invalid

from incidents import TODAY
from incidents import add_incident
from incidents import add_rapid_review
from plone_scrqm.incidents import adapters
from plone_scrqm.incidents.content import IRapidReview
from plone_scrqm.incidents.meeting import IDecisionMeeting
from plone_scrqm.interfaces import IClockFacts
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.upgrades import v1020


def add_letter(container, letter_type, day, correspondent="panel", user="rita", **fields):
    with api.env.adopt_user(username=user):
        return api.content.create(
            container=container,
            type="StatutoryLetter",
            title="Letter",
            letter_type=letter_type,
            direction=fields.pop("direction", "sent"),
            correspondent=correspondent,
            letter_date=day,
            **fields,
        )


def indexed_clocks(obj):
    brain = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=obj.UID())[0]
    return {clock["id"]: clock for clock in brain.scrqm_clocks["clocks"]}


def serialized(obj, user):
    with api.env.adopt_user(username=user):
        return getMultiAdapter((obj, api.env.getRequest()), ISerializeToJson)()


@pytest.fixture
def review(make_review):
    """An English review referred without an incident, notification clock running."""
    return make_review(
        aware_date=TODAY - timedelta(days=20),
        notification_date=TODAY - timedelta(days=18),
        child_outcome="seriously-harmed",
        abuse_or_neglect="suspected",
        referral_basis="statutory-criteria",
    )


def test_the_reviews_clocks_read_its_letters_and_the_letter_wins(review):
    clocks = {clock.id: clock for clock in clocks_of(review)}
    assert clocks["notification"].stopped == TODAY - timedelta(days=18)  # the field
    letter = add_letter(review, "notification", TODAY - timedelta(days=16), "ofsted")
    assert IClockFacts(review).notification_date == TODAY - timedelta(days=16)
    clocks = {clock.id: clock for clock in clocks_of(review)}
    assert clocks["notification"].stopped == TODAY - timedelta(days=16)
    # adding the letter indexed the review's clocks again
    assert indexed_clocks(review)["notification"]["stopped"] == TODAY - timedelta(days=16)
    # a received letter or another type is not the notification
    add_letter(review, "notification", TODAY - timedelta(days=19), direction="received")
    assert IClockFacts(review).notification_date == TODAY - timedelta(days=16)
    # removing the letter: the field again, and the catalog follows
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(letter)
    assert IClockFacts(review).notification_date == TODAY - timedelta(days=18)
    assert indexed_clocks(review)["notification"]["stopped"] == TODAY - timedelta(days=18)


def test_delay_notices_and_the_advance_copy_reach_the_reviews_facts(review):
    review.publication_delay_reason = "The criminal trial."
    review.publication_delay_panel_told = TODAY - timedelta(days=9)
    add_letter(review, "delay-notice", TODAY - timedelta(days=7), delayed_clock="publication")
    add_letter(
        review, "delay-notice", TODAY - timedelta(days=6), "dfe", delayed_clock="publication"
    )
    add_letter(review, "advance-copy", TODAY - timedelta(days=3))
    add_letter(review, "decision-not-to-publish", TODAY - timedelta(days=2))
    facts = IClockFacts(review)
    delay = facts.delay("publication")
    assert delay.reason == "The criminal trial."
    assert delay.panel_told == TODAY - timedelta(days=7)  # the letter, not the field
    assert delay.government_told == TODAY - timedelta(days=6)
    assert facts.advance_copy_sent_date == TODAY - timedelta(days=3)
    assert facts.publication_decision_told_date == TODAY - timedelta(days=2)


def test_a_review_from_an_incident_reads_its_letters_without_the_incident_clocks(
    reviews_folder,
):
    from incidents import decide
    from plone_scrqm.incidents.adapters import start_local_review

    incident = add_incident(reviews_folder)
    add_rapid_review(incident)
    decide(incident)
    with api.env.adopt_user(username="rita"):
        review = start_local_review(incident)
    add_letter(review, "advance-copy", TODAY - timedelta(days=1))
    facts = IClockFacts(review)
    assert facts.serious_incident_clocks is False
    assert facts.advance_copy_sent_date == TODAY - timedelta(days=1)


def test_upgrade_1020_records_letters_from_stored_dates_once(portal, setup_tool, review):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    review.advance_copy_sent_date = TODAY - timedelta(days=4)
    review.publication_decision_told_date = TODAY - timedelta(days=3)
    review.publication_delay_reason = "The inquest."
    review.publication_delay_board_told = TODAY - timedelta(days=12)
    review.publication_delay_panel_told = TODAY - timedelta(days=11)
    review.publication_delay_government_told = TODAY - timedelta(days=10)
    # a letter the partnership already logged by hand is not recorded again
    add_letter(review, "advance-copy", TODAY - timedelta(days=4))
    before = IClockFacts(review)
    fti = getUtility(IDexterityFTI, name="CaseReview")
    fti.behaviors = tuple(b for b in fti.behaviors if b != v1020.MEETING_BEHAVIOUR)
    api.portal.get_tool("portal_controlpanel").unregisterConfiglet("plone_scrqm-board-time")
    api.portal.set_registry_record("plone_scrqm.board_minimum_days", 21)
    setup_tool.setLastVersionForProfile("plone_scrqm:default", "1019")
    setup_tool.upgradeProfile("plone_scrqm:default", dest="1020")
    assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1020",)

    def logged():
        return sorted(
            (letter.letter_type, letter.correspondent, letter.letter_date, letter.delayed_clock)
            for letter in adapters.letters_of(review)
        )

    assert logged() == sorted(
        [
            ("advance-copy", "panel", TODAY - timedelta(days=4), None),
            ("decision-not-to-publish", "panel", TODAY - timedelta(days=3), None),
            ("delay-notice", "panel", TODAY - timedelta(days=11), "publication"),
            ("delay-notice", "dfe", TODAY - timedelta(days=10), "publication"),
            ("notification", "ofsted", TODAY - timedelta(days=18), None),
        ]
    )
    titles = {letter.title for letter in adapters.letters_of(review)}
    assert "Notice of a delay: Publication" in titles
    assert IClockFacts(review) == before  # the log stands for the same dates
    # idempotent: run twice, same log
    v1020.upgrade(setup_tool)
    assert len(logged()) == 5
    assert v1020.MEETING_BEHAVIOUR in fti.behaviors
    actions = [a.getId() for a in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "plone_scrqm-board-time" in actions
    assert api.portal.get_registry_record("plone_scrqm.board_minimum_days") == 21
    record = api.portal.get_tool("portal_registry").records["plone_scrqm.board_minimum_days"]
    assert record.field.max == 90


def test_the_incident_delay_record_is_read_with_its_clocks(reviews_folder):
    # Aware 40 days ago: both clocks are overdue on any day, Christmas and New Year included
    # (23 days before 28 December hold only 14 working days).
    incident = add_incident(reviews_folder, aware_date=TODAY - timedelta(days=40))
    with api.env.adopt_user(username="rita"):
        incident.rapid_review_delay_reason = "CANARY-DELAY two agencies reported late"
        incident.rapid_review_delay_board_told = TODAY - timedelta(days=2)
    add_letter(incident, "delay-notice", TODAY - timedelta(days=1), delayed_clock="rapid_review")
    clocks = {clock.id: clock for clock in adapters.incident_clocks(incident, today=TODAY)}
    rapid = clocks["rapid_review"]
    assert rapid.state == "overdue"
    assert rapid.delay.panel_told == TODAY - timedelta(days=1)
    assert rapid.delay_explained and rapid.delay_notified_on == TODAY - timedelta(days=1)
    assert not clocks["notification"].delay_explained
    # the reason is for the review team; the board sees the dates
    board = serialized(incident, "bola")
    assert "rapid_review_delay_reason" not in board
    assert board["rapid_review_delay_board_told"] == (TODAY - timedelta(days=2)).isoformat()
    assert serialized(incident, "rita")["rapid_review_delay_reason"].startswith("CANARY-DELAY")
    catalog = api.portal.get_tool("portal_catalog")
    assert not catalog.unrestrictedSearchResults(SearchableText="CANARY-DELAY")


def test_a_second_rapid_review_is_refused_by_the_schema(reviews_folder):
    incident = add_incident(reviews_folder)
    # the add form checks with the incident as context
    data = SimpleNamespace(__context__=incident)
    IRapidReview.validateInvariants(data)  # no rapid review yet: nothing to refuse
    rapid = add_rapid_review(incident)
    with pytest.raises(Invalid, match="already has its rapid review"):
        IRapidReview.validateInvariants(data)
    # editing the one there is not refused
    IRapidReview.validateInvariants(SimpleNamespace(__context__=rapid))


def test_the_decision_meeting_of_a_review_without_an_incident(make_review):
    review = make_review(
        decision_meeting_date=TODAY - timedelta(days=10),
        decision_meeting_agencies=["Police", "Health"],
        decision_meeting_views=["Police | CANARY-MEETING a review would help"],
        decision_meeting_recommendation="local-review",
        decision_meeting_rationale="Learning for several agencies.",
        decision_meeting_earlier_learning=["Child B (2024): escalation"],
    )
    assert IDecisionMeeting.providedBy(review)
    team = serialized(review, "rita")
    assert team["decision_meeting_views"] == ["Police | CANARY-MEETING a review would help"]
    for user in ("bola", "chandra"):
        board = serialized(review, user)
        assert "decision_meeting_views" not in board
        assert "decision_meeting_agencies" not in board
        assert board["decision_meeting_recommendation"]["token"] == "local-review"
        assert board["decision_meeting_rationale"] == "Learning for several agencies."
    catalog = api.portal.get_tool("portal_catalog")
    assert not catalog.unrestrictedSearchResults(SearchableText="CANARY-MEETING")
    with pytest.raises(Invalid):
        IDecisionMeeting.validateInvariants(SimpleNamespace(decision_meeting_views=["Police"]))


def test_the_board_time_control_panel(portal):
    request = portal.REQUEST
    view = api.content.get_view("scrqm-board-time", portal, request)
    html = view()
    assert "Board&#x27;s time with a report" in html or "Board's time with a report" in html
    assert "form.widgets.board_minimum_days" in html
    actions = [a.getId() for a in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "plone_scrqm-board-time" in actions
    logout()
    with pytest.raises(Unauthorized):
        portal.restrictedTraverse("@@scrqm-board-time")
