"""Parallel processes inside a review: who adds and sees them, that they pause no statutory
clock, their publication embargo, and delays that need a record per clock before the review
moves on."""

from datetime import timedelta

import pytest
from AccessControl import Unauthorized
from plone import api
from plone.api.exc import InvalidParameterError
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.i18n import translate
from zope.interface import Invalid

from plone_scrqm.publication.checks import approval_problems
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.review.content.parallel_process import IParallelProcess
from plone_scrqm.review.status import missing_for_transition
from reviews import TODAY
from reviews import add_documents
from reviews import advance
from reviews import to_awaiting_approval

REFUSED = (WorkflowException, InvalidParameterError)
TRIAL = {
    "title": "Crown Court trial",
    "kind": "prosecution",
    "status": "active",
    "lead_agency": "Police and CPS",
    "contact": "DS Example",
    "effects": ["delays", "publication-embargo"],
    "liaison_log": ["2026-01-05 | CPS | Early discussion about interviews"],
    "disclosable_material": ["Chronology | Business unit | Review drive | yes | CPS"],
}


def add_process(review, user="rita", **fields):
    with api.env.adopt_user(username=user):
        return api.content.create(
            container=review, type="ParallelProcess", **{"id": "trial", **TRIAL, **fields}
        )


@pytest.fixture
def running(make_review):
    return advance(make_review(), "running")


def test_review_team_adds_parallel_processes(running):
    process = add_process(running)
    assert IParallelProcess.providedBy(process)
    add_process(running, user="leo", id="inquest", kind="coroners-inquest", effects=[])
    for user in ("chandra", "bola"):
        with api.env.adopt_user(username=user), pytest.raises(Unauthorized):
            api.content.create(
                container=running, type="ParallelProcess", title="X", kind="complaint"
            )


def test_it_follows_the_reviews_phase(running):
    process = add_process(running)
    assert api.portal.get_tool("portal_workflow").getChainFor(process) == ()
    for user in ("rita", "leo", "chandra", "bola"):
        with api.env.adopt_user(username=user):
            assert api.user.has_permission("View", obj=process), user
    for user in ("edwin", "morgan"):
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission("View", obj=process), user
    with api.env.adopt_user(username="bola"):
        assert not api.user.has_permission("Modify portal content", obj=process)
        assert not api.user.has_permission("plone_scrqm: View family details", obj=process)
    with api.env.adopt_user(username="leo"):
        assert api.user.has_permission("Modify portal content", obj=process)


def test_names_and_liaison_are_for_the_review_team_only(running):
    process = add_process(running)
    from plone.restapi.interfaces import ISerializeToJson
    from zope.component import getMultiAdapter

    request = api.env.getRequest()
    with api.env.adopt_user(username="bola"):
        data = getMultiAdapter((process, request), ISerializeToJson)()
    assert data["kind"]["token"] == "prosecution"
    assert "contact" not in data and "liaison_log" not in data
    assert "disclosable_material" not in data
    with api.env.adopt_user(username="leo"):
        data = getMultiAdapter((process, request), ISerializeToJson)()
    assert data["contact"] == "DS Example"


def test_a_trial_pauses_no_clock_and_can_be_named_as_the_cause_of_a_delay(running):
    running.aware_date = TODAY - timedelta(days=30)
    before = {clock.id: clock for clock in clocks_of(running)}
    process = add_process(running)
    after = {clock.id: clock for clock in clocks_of(running)}
    for clock_id in ("notification", "rapid_review", "publication"):
        assert (after[clock_id].due, after[clock_id].state) == (
            before[clock_id].due,
            before[clock_id].state,
        )
    assert after["notification"].state == "overdue"
    catalog = api.portal.get_tool("portal_catalog")
    assert "scrqm_paused" not in catalog.indexes()
    running.notification_delay_reason = "The police asked us to wait for their first account."
    running.notification_delay_cause = api.content.get_uuid(process)
    running.notification_delay_board_told = TODAY
    notification = {clock.id: clock for clock in clocks_of(running)}["notification"]
    assert notification.state == "overdue"
    assert notification.delay_explained
    assert notification.delay.cause == "Crown Court trial"


def test_the_cause_is_chosen_among_the_reviews_processes(running, make_review):
    process = add_process(running)
    from zope.component import getUtility
    from zope.schema.interfaces import IVocabularyFactory

    vocabulary = getUtility(IVocabularyFactory, "plone_scrqm.ReviewParallelProcesses")
    other = make_review(title="Child K")
    with api.env.adopt_user(username="rita"):
        terms = [(term.value, term.title) for term in vocabulary(running)]
        assert terms == [(api.content.get_uuid(process), "Crown Court trial")]
        assert list(vocabulary(other)) == []


def test_process_rules(running):
    from plone_scrqm.review.content.parallel_process import IParallelProcess as schema

    class Data:
        status = "concluded"
        concluded_date = None
        __context__ = None

    with pytest.raises(Invalid):
        schema.validateInvariants(Data())


def test_active_publication_embargo_blocks_the_chairs_approval(make_review):
    review = advance(make_review(), "reporting")
    process = add_process(review, effects=["publication-embargo"])
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=30))
    review.advance_copy_sent_date = TODAY
    to_awaiting_approval(report, response, to_board=False)
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=review, transition="submit_to_board")
    reasons = [translate(reason) for reason in approval_problems(report)]
    assert reasons == ["the embargo on publication to end: Crown Court trial"]
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=report, transition="approve")
    # The trial ends: the embargo is lifted and the chair may approve.
    process.status = "concluded"
    process.concluded_date = TODAY
    assert approval_problems(report) == []
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=report, transition="approve")
    assert api.content.get_state(report) == "approved"


def test_each_delayed_clock_needs_its_own_record(make_review):
    review = advance(make_review(), "decision_pending")
    review.aware_date = TODAY - timedelta(days=30)  # notification and rapid review overdue
    review.decision = "review"
    from reviews import DECISION

    for name, value in DECISION.items():
        setattr(review, name, value)
    missing = [translate(m) for m in missing_for_transition(review, "decide_review")]
    assert any("Notification" in item and "reason for the delay" in item for item in missing)
    assert any("Rapid review" in item and "the Panel was told" in item for item in missing)
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=review, transition="decide_review")
    review.notification_delay_reason = "The referral reached the local authority late."
    review.notification_delay_board_told = TODAY
    missing = [translate(m) for m in missing_for_transition(review, "decide_review")]
    assert missing and all("Rapid review" in item for item in missing)
    review.rapid_review_delay_reason = "Two agencies' records arrived after the deadline."
    review.rapid_review_delay_board_told = TODAY
    review.rapid_review_delay_panel_told = TODAY
    assert missing_for_transition(review, "decide_review") == []
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=review, transition="decide_review")


def test_the_clocks_panel_on_the_review(running):
    running.aware_date = TODAY - timedelta(days=30)
    process = add_process(running)
    with api.env.adopt_user(username="bola"):
        html = running.restrictedTraverse("@@view")()
    assert "Timescales" in html
    assert "Notification to the Child Safeguarding Practice Review Panel" in html
    assert "overdue by" in html
    assert "the reason for the delay" in html
    running.notification_delay_reason = "Waiting for the police."
    running.notification_delay_cause = api.content.get_uuid(process)
    running.notification_delay_board_told = TODAY - timedelta(days=2)
    with api.env.adopt_user(username="bola"):
        html = running.restrictedTraverse("@@view")()
    assert "delay explained and notified on" in html
    assert "caused by" in html and "Crown Court trial" in html


def test_disclosable_material_csv(running):
    process = add_process(running)
    with api.env.adopt_user(username="leo"):
        csv_text = process.restrictedTraverse("@@disclosable-material.csv")()
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("Document or note,Owner")
    assert lines[1] == "Chronology,Business unit,Review drive,yes,CPS"
    with api.env.adopt_user(username="bola"), pytest.raises(Exception):  # noqa: B017,PT011
        process.restrictedTraverse("@@disclosable-material.csv")


def test_process_page_shows_tables_to_the_team_only(running):
    process = add_process(running)
    with api.env.adopt_user(username="leo"):
        html = process.restrictedTraverse("@@view")()
    assert "Early discussion about interviews" in html
    assert "disclosable-material.csv" in html
    assert "embargoes the publication" in html
    request = api.env.getRequest()
    with api.env.adopt_user(username="bola"):
        # autoform checks read permissions only when the request has a user, as over HTTP
        request["AUTHENTICATED_USER"] = api.user.get_current()
        html = process.restrictedTraverse("@@view")()
    assert "Prosecution" in html
    assert "Early discussion" not in html and "DS Example" not in html
