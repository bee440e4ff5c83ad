"""The review's phases: who may see and change a review in each phase, the guards that
name what is missing, and the history of moves."""

import pytest
from plone import api
from plone.api.exc import InvalidParameterError
from plone.app.testing import logout
from Products.CMFCore.WorkflowCore import WorkflowException

from plone_scrqm.review.status import missing_for_transition
from reviews import DECISION
from reviews import REFERRAL
from reviews import SET_UP
from reviews import add_documents
from reviews import advance
from reviews import force_state
from reviews import set_fields

STATES = (
    "referred",
    "decision_pending",
    "not_proceeding",
    "setting_up",
    "running",
    "reporting",
    "board_response",
    "published",
    "implementation",
    "closed",
)
PERMISSIONS = (
    "View",
    "Access contents information",
    "Modify portal content",
    "Add portal content",
    "Delete objects",
    "Change local roles",
    "plone_scrqm: View family details",
    "plone_scrqm: Edit family details",
)
# The users of tests/conftest.py: rita Review Manager, leo Lead Reviewer, chandra
# Partnership Chair, bola Board Member, edwin Editor+Reader+Contributor, morgan member,
# samira Site Administrator.
V, A, M, ADD, D, S, FV, FE = PERMISSIONS
READ = {V, A}
ACTIVE_TEAM = READ | {M, ADD, FV, FE}
EXPECTED = {
    "referred": {
        "rita": READ | {M, ADD, D, S, FV, FE},
        "leo": READ | {FV, FE},
        "chandra": READ | {M},
        "bola": READ,
    },
    "not_proceeding": {
        "rita": READ | {S, FV, FE},
        "leo": READ,
        "chandra": READ | {M},
        "bola": READ,
    },
    "setting_up": {
        "rita": ACTIVE_TEAM | {D, S},
        "leo": ACTIVE_TEAM,
        "chandra": READ | {M},
        "bola": READ,
    },
    "board_response": {
        "rita": ACTIVE_TEAM | {D, S},
        "leo": READ | {FV, FE},
        "chandra": READ | {M, ADD},
        "bola": READ,
    },
    "published": {
        "rita": READ | {M, ADD, S, FV, FE},
        "leo": READ | {FV, FE},
        "chandra": READ | {ADD},
        "bola": READ,
    },
    "implementation": {
        "rita": READ | {M, ADD, D, S, FV, FE},
        "leo": READ,
        "chandra": READ | {M},
        "bola": READ,
    },
    "closed": {
        "rita": READ | {FV},
        "leo": READ,
        "chandra": READ,
        "bola": READ,
    },
}
EXPECTED["decision_pending"] = EXPECTED["referred"]
EXPECTED["running"] = EXPECTED["reporting"] = EXPECTED["setting_up"]
for _state in STATES:
    EXPECTED[_state]["samira"] = set(PERMISSIONS)
    EXPECTED[_state]["edwin"] = set()
    EXPECTED[_state]["morgan"] = set()


REFUSED = (WorkflowException, InvalidParameterError)


def granted(obj, user):
    with api.env.adopt_user(username=user):
        return {p for p in PERMISSIONS if api.user.has_permission(p, obj=obj)}


@pytest.mark.parametrize("state", STATES)
def test_permission_matrix(make_review, state):
    review = make_review()
    force_state(review, "scrqm_review_workflow", state)
    for user, expected in EXPECTED[state].items():
        assert granted(review, user) == expected, (state, user)
    logout()
    assert {p for p in PERMISSIONS if api.user.has_permission(p, obj=review)} == set()


def test_every_state_maps_every_permission(portal):
    workflow = api.portal.get_tool("portal_workflow")["scrqm_review_workflow"]
    assert set(workflow.states.objectIds()) == set(STATES)
    for state in workflow.states.objectValues():
        assert set(state.permission_roles) == set(workflow.permissions), state.id
        for permission, roles in state.permission_roles.items():
            assert isinstance(roles, tuple), (state.id, permission)  # not acquired
            assert "Owner" not in roles and "Anonymous" not in roles


def test_new_review_is_referred(make_review):
    assert api.content.get_state(obj=make_review()) == "referred"


def test_request_decision_names_what_is_missing(make_review):
    review = make_review()
    missing = [str(m) for m in missing_for_transition(review, "request_decision")]
    assert missing == [
        "the date referred (QM1)",
        "the rationale for the referral (QM1)",
        "whether the statutory criteria are met or the other reason (QM1)",
    ]
    with api.env.adopt_user(username="rita"), pytest.raises(REFUSED):
        api.content.transition(obj=review, transition="request_decision")
    set_fields(review, **REFERRAL)
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=review, transition="request_decision", comment="Ready")
    assert api.content.get_state(obj=review) == "decision_pending"


def test_only_the_chair_decides(make_review):
    review = advance(make_review(), "decision_pending")
    set_fields(review, **DECISION)
    for user in ("rita", "leo", "bola", "samira"):
        with api.env.adopt_user(username=user), pytest.raises(REFUSED):
            api.content.transition(obj=review, transition="decide_review")
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=review, transition="decide_review")
    assert api.content.get_state(obj=review) == "setting_up"


def test_decision_must_match_the_transition(make_review):
    review = advance(make_review(), "decision_pending")
    set_fields(review, **{**DECISION, "decision": "no-review"})
    missing = [str(m) for m in missing_for_transition(review, "decide_review")]
    assert missing == ["the decision recorded as 'Hold a review' (QM2)"]
    assert missing_for_transition(review, "decide_no_review") == []
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=review, transition="decide_no_review")
    assert api.content.get_state(obj=review) == "not_proceeding"


def test_decision_needs_date_maker_and_rationale(make_review):
    review = advance(make_review(), "decision_pending")
    set_fields(review, decision="review")
    missing = [str(m) for m in missing_for_transition(review, "decide_review")]
    assert missing[:4] == [
        "the type of review (QM2)",
        "the date of the decision (QM2)",
        "who decided (QM2)",
        "the rationale for the decision (QM2)",
    ]


def test_start_review_needs_terms_governance_and_lead_reviewer(make_review):
    review = advance(make_review(), "setting_up")
    missing = [str(m) for m in missing_for_transition(review, "start_review")]
    assert "the terms of reference (QM6)" in missing
    assert "the lead reviewer(s) (QM6, QM8)" in missing
    assert "who quality-assures and challenges it (QM7)" in missing
    assert len(missing) == 8
    set_fields(review, **SET_UP)
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=review, transition="start_review")
    assert api.content.get_state(obj=review) == "running"


def test_record_breaking_a_rule_cannot_move_on(make_review):
    review = advance(make_review(), "setting_up")
    set_fields(review, **{**SET_UP, "board_advised_date": review.decision_date.replace(year=2000)})
    missing = [str(m) for m in missing_for_transition(review, "start_review")]
    assert missing == ["Board members cannot have been advised of the decision before it was made."]


def test_lead_reviewer_moves_running_to_reporting(make_review):
    review = advance(make_review(), "running")
    with api.env.adopt_user(username="leo"):
        api.content.transition(obj=review, transition="start_reporting")
    assert api.content.get_state(obj=review) == "reporting"
    with api.env.adopt_user(username="bola"), pytest.raises(REFUSED):
        api.content.transition(obj=review, transition="return_to_running")


def test_no_board_response_stage_without_a_report(make_review):
    review = advance(make_review(), "reporting")
    assert [str(m) for m in missing_for_transition(review, "submit_to_board")] == [
        "a review report that has gone to quality assurance (QM14)"
    ]
    report, _response = add_documents(review)
    assert missing_for_transition(review, "submit_to_board") != []  # still a draft
    with api.env.adopt_user(username="leo"):
        api.content.transition(obj=report, transition="submit_for_qa")
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=review, transition="submit_to_board")
    assert api.content.get_state(obj=review) == "board_response"


def test_history_records_actor_time_and_comment(make_review):
    review = make_review()
    set_fields(review, **REFERRAL)
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=review, transition="request_decision", comment="Complete.")
    last = review.workflow_history["scrqm_review_workflow"][-1]
    assert last["action"] == "request_decision"
    assert last["actor"] == "rita"
    assert last["comments"] == "Complete."
    assert last["time"] is not None
    with api.env.adopt_user(username="bola"):
        view = review.restrictedTraverse("@@review-history")
        entries = view.entries()
        html = view()
    assert entries[0]["action"] == "Ask the chair for a decision"
    assert entries[0]["comment"] == "Complete."
    assert "Complete." in html and "Ask the chair for a decision" in html


def test_next_steps_for_the_user(make_review):
    from plone_scrqm.review.views.phase import steps_for

    review = advance(make_review(), "setting_up")
    with api.env.adopt_user(username="rita"):
        steps = steps_for(review)
    assert [s["id"] for s in steps] == ["start_review"]
    assert not steps[0]["available"]
    assert "the terms of reference (QM6)" in steps[0]["missing"]
    with api.env.adopt_user(username="bola"):
        assert steps_for(review) == []
