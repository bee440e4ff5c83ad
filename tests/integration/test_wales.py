"""Wales: the nation of a partnership's folder, the review types it offers, and the SUSR
process's phase guards (docs/wales.md)."""

from datetime import timedelta

import pytest
from plone import api
from plone.api.exc import InvalidParameterError
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.interface import Invalid

from conftest import PEOPLE
from plone_scrqm.review.clocks import clock_facts
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.review.content.case_review import ICaseReview
from plone_scrqm.review.status import missing_for_transition
from plone_scrqm.wales.nation import nation_of
from reviews import DECISION
from reviews import REFERRAL
from reviews import SET_UP
from reviews import TODAY
from reviews import advance
from reviews import set_fields
from wales import SUSR_DECIDED
from wales import SUSR_DECISION
from wales import SUSR_REFERRAL
from wales import SUSR_SET_UP
from wales import add_welsh_folder
from wales import advance_welsh

REFUSED = (WorkflowException, InvalidParameterError)


@pytest.fixture
def welsh_folder(portal, reviews_folder):
    return add_welsh_folder(portal, PEOPLE)


@pytest.fixture
def make_welsh_review(welsh_folder):
    def make(title="Plentyn E", **fields):
        with api.env.adopt_user(username="rita"):
            return api.content.create(
                container=welsh_folder, type="CaseReview", title=title, **fields
            )

    return make


def test_one_site_hosts_an_english_and_a_welsh_partnership(make_review, make_welsh_review):
    english, welsh = make_review(), make_welsh_review()
    assert nation_of(english) == "england"
    assert nation_of(welsh) == "wales"
    assert clock_facts(english).nation is None  # the site's setting
    assert clock_facts(welsh).nation == "wales"


def test_the_clocks_follow_the_folder_nation(make_review, make_welsh_review):
    api.portal.set_registry_record("plone_scrqm.timescales.wales_susr_months", 12)
    english = make_review(aware_date=TODAY - timedelta(days=3))
    welsh = make_welsh_review(aware_date=TODAY - timedelta(days=3))
    assert "notification" in {clock.id for clock in clocks_of(english)}
    assert clocks_of(welsh) == []  # s16C does not apply in Wales
    set_fields(welsh, **SUSR_DECISION)
    assert [clock.id for clock in clocks_of(welsh)] == ["publication"]


def test_the_site_setting_is_the_fallback(make_review):
    review = make_review()
    api.portal.set_registry_record("plone_scrqm.timescales.nation", "wales")
    assert nation_of(review) == "wales"


def test_only_site_administrators_set_the_nation(welsh_folder):
    permission = "plone_scrqm: Set partnership nation"
    assert api.user.has_permission(permission, username="samira", obj=welsh_folder)
    for user in ("rita", "chandra", "edwin"):
        assert not api.user.has_permission(permission, username=user, obj=welsh_folder)


def test_the_nation_decides_the_review_types(make_review, make_welsh_review):
    welsh = make_welsh_review(review_type="lcspr")
    with pytest.raises(Invalid, match="partnership is in Wales"):
        ICaseReview.validateInvariants(welsh)
    english = make_review(review_type="susr-wales")
    with pytest.raises(Invalid, match="partnership is in England"):
        ICaseReview.validateInvariants(english)
    welsh.review_type = "susr-wales"
    ICaseReview.validateInvariants(welsh)


def test_a_new_welsh_child_practice_review_is_refused(make_welsh_review):
    review = make_welsh_review(review_type="cpr-wales", decision_date=TODAY - timedelta(days=10))
    with pytest.raises(Invalid, match="1 October 2024"):
        ICaseReview.validateInvariants(review)


def test_susr_request_decision_needs_the_criteria(make_welsh_review):
    review = make_welsh_review()
    set_fields(review, **REFERRAL)
    missing = [str(m) for m in missing_for_transition(review, "request_decision")]
    assert missing == ["which SUSR review criteria are met (SUSR guidance)"]
    with api.env.adopt_user(username="rita"), pytest.raises(REFUSED):
        api.content.transition(obj=review, transition="request_decision")
    set_fields(review, susr_criteria=["child-practice"])
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=review, transition="request_decision")
    assert api.content.get_state(obj=review) == "decision_pending"


def test_susr_decision_needs_group_chair_and_welsh_government(make_welsh_review):
    review = advance_welsh(make_welsh_review(), "decision_pending")
    set_fields(review, **SUSR_DECISION)
    missing = [str(m) for m in missing_for_transition(review, "decide_review")]
    assert missing == [
        "the date of the case review group meeting (SUSR guidance)",
        "the agencies at the case review group meeting",
        "the case review group's recommendation to the board chair",
        "the board chair's decision whether a SUSR takes place",
        "the date of the board chair's decision",
        "the date Welsh Government was notified that a SUSR takes place",
        "Welsh Government's reference for the notification",
    ]
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=review, transition="decide_review")
    set_fields(review, **SUSR_DECIDED)
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=review, transition="decide_review")
    assert api.content.get_state(obj=review) == "setting_up"


def test_susr_start_needs_reviewers_panel_and_home_office(make_welsh_review):
    review = advance_welsh(make_welsh_review(), "setting_up")
    set_fields(review, **SET_UP)
    missing = [str(m) for m in missing_for_transition(review, "start_review")]
    assert "the reviewer(s), recommended from the approved list" in missing
    assert "the review panel: the agencies involved in the incident" in missing
    assert any("Home Office" in item for item in missing)  # a domestic homicide strand
    set_fields(review, **SUSR_SET_UP)
    assert missing_for_transition(review, "start_review") == []


def test_susr_board_needs_the_family_meeting(make_welsh_review):
    review = advance_welsh(make_welsh_review(), "reporting")
    set_fields(review, susr_family_meeting_date=None)
    missing = [str(m) for m in missing_for_transition(review, "submit_to_board")]
    assert (
        "the family's meeting with the reviewers, or why there was none (SUSR guidance)" in missing
    )


def test_english_reviews_are_unchanged(make_review):
    review = advance(make_review(), "decision_pending")
    set_fields(review, **DECISION)
    assert missing_for_transition(review, "decide_review") == []


def test_legacy_child_practice_review_keeps_its_type_with_its_form(make_welsh_review):
    review = make_welsh_review()
    legacy_day = TODAY.replace(year=2024, month=9, day=2)
    set_fields(
        review,
        **{
            **SUSR_REFERRAL,
            **SUSR_DECIDED,
            **DECISION,
            "incident_date": legacy_day - timedelta(days=30),
            "referral_date": legacy_day - timedelta(days=20),
            "decision_date": legacy_day,
            "susr_crg_date": legacy_day - timedelta(days=5),
            "susr_chair_decision_date": legacy_day,
            "susr_government_notified_date": legacy_day,
            "review_type": "cpr-wales",
        },
    )
    ICaseReview.validateInvariants(review)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=review, transition="request_decision")
    missing = [str(m) for m in missing_for_transition(review, "decide_review")]
    assert missing == ["whether the child practice review is concise or extended"]
    set_fields(review, cpr_form="concise")
    assert missing_for_transition(review, "decide_review") == []


def test_the_close_move_asks_the_record(make_welsh_review, make_review):
    """The review workflow's ``close`` is guarded like the other moves: a SUSR is not
    closed before its submission to the Wales Safeguarding Repository is recorded."""
    workflow = api.portal.get_tool("portal_workflow")["scrqm_review_workflow"]
    guard = workflow.transitions["close"].getGuard()
    assert guard.getExprText() == "python:here.scrqm_transition_ready('close')"
    review = advance_welsh(make_welsh_review(), "reporting")
    missing = [str(m) for m in missing_for_transition(review, "close")]
    assert "the Wales Safeguarding Repository's reference" in missing
    assert not review.scrqm_transition_ready("close")
    set_fields(
        review,
        susr_repository_date=TODAY,
        susr_repository_reference="WSR-2026-0012",
    )
    assert missing_for_transition(review, "close") == []
    assert review.scrqm_transition_ready("close")
    # an English review's close needs nothing new
    english = make_review()
    assert english.scrqm_transition_ready("close")


def test_the_1018_upgrade_guards_close(portal):
    from plone_scrqm.upgrades.v1018 import CLOSE_GUARD
    from plone_scrqm.upgrades.v1018 import guard_close

    workflow = api.portal.get_tool("portal_workflow")["scrqm_review_workflow"]
    transition = workflow.transitions["close"]
    guard = transition.getGuard()
    guard.expr = None
    transition.guard = guard
    assert transition.getGuard().getExprText() == ""
    with api.env.adopt_roles(["Manager"]):
        guard_close()
    assert transition.getGuard().getExprText() == CLOSE_GUARD
    assert transition.getGuard().permissions == ("plone_scrqm: Decide on review",)
