"""Staged publication of the report and the board's response: who may do what, the
chair's approval and its reasons for refusal, publication on the date, withdrawal."""

from datetime import timedelta

import pytest
from plone import api
from plone.api.exc import InvalidParameterError
from plone.app.testing import logout
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.component import getGlobalSiteManager
from zope.component import provideSubscriptionAdapter
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import implementer

from plone_scrqm.interfaces import IPublicationCheck
from plone_scrqm.interfaces import IPublicationEmbargo
from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.publication.checks import approval_problems
from plone_scrqm.publication.clock import publish_due
from plone_scrqm.review.clocks import clocks_of
from reviews import TODAY
from reviews import add_documents
from reviews import advance
from reviews import force_state
from reviews import to_awaiting_approval

REFUSED = (WorkflowException, InvalidParameterError)
STATES = ("draft", "quality_assurance", "awaiting_approval", "approved", "published", "withdrawn")
V, A, M, D = "View", "Access contents information", "Modify portal content", "Delete objects"
TEAM_READ = {"rita", "leo", "chandra", "samira"}
EXPECTED_VIEW = {
    "draft": TEAM_READ,
    "quality_assurance": TEAM_READ,
    "awaiting_approval": TEAM_READ | {"bola"},
    "approved": TEAM_READ | {"bola"},
    "published": TEAM_READ | {"bola", "edwin", "morgan", "Anonymous"},
    "withdrawn": TEAM_READ | {"bola"},
}
EXPECTED_MODIFY = {
    "draft": {"rita", "leo", "samira"},
    "quality_assurance": {"rita", "leo", "samira"},
    "awaiting_approval": {"rita", "chandra", "samira"},
    "approved": {"samira"},
    "published": {"samira"},
    "withdrawn": {"samira"},
}
USERS = ("rita", "leo", "chandra", "bola", "edwin", "morgan", "samira")


@pytest.fixture
def review(make_review):
    return advance(make_review(), "reporting")


def _holders(obj, permission):
    holders = set()
    for user in USERS:
        with api.env.adopt_user(username=user):
            if api.user.has_permission(permission, obj=obj):
                holders.add(user)
    return holders


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("kind", ["report", "response"])
def test_permission_matrix(review, state, kind):
    report, response = add_documents(review)
    doc = report if kind == "report" else response
    force_state(doc, "scrqm_publication_workflow", state)
    assert (
        _holders(doc, V) | ({"Anonymous"} if _anonymous_sees(doc) else set())
        == (EXPECTED_VIEW[state])
    )
    assert _holders(doc, A) == EXPECTED_VIEW[state] - {"Anonymous"}
    assert _holders(doc, M) == EXPECTED_MODIFY[state]
    assert _holders(doc, D) == (
        {"rita", "samira"}
        if state == "draft"
        else {"samira"}
        if state == "quality_assurance" or state == "awaiting_approval"
        else set()
    )


def _anonymous_sees(obj):
    from AccessControl.SecurityManagement import getSecurityManager
    from AccessControl.SecurityManagement import setSecurityManager

    manager = getSecurityManager()
    try:
        logout()
        return api.user.has_permission("View", obj=obj)
    finally:
        setSecurityManager(manager)


def test_approval_names_every_reason(review):
    report, _response = add_documents(review, told=False)
    to_awaiting_approval(report)
    problems = [str(p) for p in approval_problems(report, today=TODAY)]
    assert problems == [
        "a publication date",
        "a record of when the family were told the publication date (QM17)",
        "a record of when the professionals involved were told the publication date (QM17)",
        "the board's written response awaiting approval or approved (QM16)",
    ]
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=report, transition="approve")


def test_report_without_response_cannot_be_approved(review):
    with api.env.adopt_roles(["Manager"]):
        report = api.content.create(
            container=review,
            type="ReviewReport",
            title="Report",
            publication_date=TODAY,
            family_told_date=TODAY,
            professionals_told_date=TODAY,
        )
    to_awaiting_approval(report)
    assert [str(p) for p in approval_problems(report, today=TODAY)] == [
        "the board's written response, published with the report (QM16)"
    ]


def test_only_the_chair_approves(review):
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=7))
    to_awaiting_approval(report, response)
    for user in ("rita", "leo", "bola", "samira"):
        with api.env.adopt_user(username=user), pytest.raises(REFUSED):
            api.content.transition(obj=report, transition="approve")
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=report, transition="approve")
        api.content.transition(obj=response, transition="approve")
    assert api.content.get_state(obj=report) == "approved"


def test_embargo_blocks_approval(review):
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=7))
    to_awaiting_approval(report, response)
    with api.env.adopt_roles(["Manager"]):
        trial = api.content.create(
            container=review, type="BoardResponse", id="stand-in", title="Stand-in"
        )
    # Anything in the review that provides IPublicationEmbargo can hold publication back
    # (the parallel processes do): here a stand-in.
    alsoProvides(trial, IPublicationEmbargo)
    trial.reindexObject(idxs=["object_provides"])  # found by catalog, as a process is
    trial.embargo_reason = "criminal trial listed for next spring"
    problems = [translate(p) for p in approval_problems(report, today=TODAY)]
    assert "the embargo on publication to end: criminal trial listed for next spring" in problems


def test_checks_plug_in(review):
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=7))
    to_awaiting_approval(report, response)

    @implementer(IPublicationCheck)
    class PrivacyStandIn:
        def __init__(self, context):
            self.context = context

        def problems(self):
            return ["the privacy check to find no family details"]

    provideSubscriptionAdapter(PrivacyStandIn, (IPublicationItem,), IPublicationCheck)
    try:
        assert "the privacy check to find no family details" in approval_problems(
            report, today=TODAY
        )
        with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
            api.content.transition(obj=report, transition="approve")
    finally:
        getGlobalSiteManager().unregisterSubscriptionAdapter(
            PrivacyStandIn, (IPublicationItem,), IPublicationCheck
        )


def test_published_together_on_the_date_by_the_clock(review):
    tomorrow = TODAY + timedelta(days=1)
    report, response = add_documents(review, publication_date=tomorrow)
    to_awaiting_approval(report, response, to_board=False)
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=review, transition="submit_to_board")
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=report, transition="approve")
        api.content.transition(obj=response, transition="approve")
    # Not before the date, not even for the chair by hand, not by the clock
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=report, transition="publish")
    result = publish_due()
    assert result["published"] == []
    assert len(result["waiting"]) == 2
    assert not _anonymous_sees(report)
    # The date comes (here: the date moves to today)
    report.publication_date = response.publication_date = TODAY
    result = publish_due()
    assert len(result["published"]) == 2
    assert api.content.get_state(obj=report) == "published"
    assert api.content.get_state(obj=response) == "published"
    assert _anonymous_sees(report) and _anonymous_sees(response)
    assert not _anonymous_sees(review)
    assert api.content.get_state(obj=review) == "published"
    # Running the clock again publishes nothing twice
    assert publish_due()["published"] == []


def test_withdrawal_needs_a_reason_and_removes_public_access(review):
    report, response = add_documents(review, publication_date=TODAY)
    to_awaiting_approval(report, response)
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=report, transition="approve")
        api.content.transition(obj=response, transition="approve")
    publish_due()
    assert _anonymous_sees(report)
    workflow_tool = api.portal.get_tool("portal_workflow")
    with api.env.adopt_user(username="chandra"), pytest.raises(WorkflowException, match="reason"):
        workflow_tool.doActionFor(report, "withdraw")
    assert api.content.get_state(obj=report) == "published"
    with api.env.adopt_user(username="chandra"):
        api.content.transition(
            obj=report, transition="withdraw", comment="A court order restricts publication."
        )
    assert api.content.get_state(obj=report) == "withdrawn"
    assert report.withdrawal_reason == "A court order restricts publication."
    assert not _anonymous_sees(report)


def _approved(review, publication_date=TODAY):
    report, response = add_documents(review, publication_date=publication_date)
    to_awaiting_approval(report, response)
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=report, transition="approve")
        api.content.transition(obj=response, transition="approve")
    return report, response


def test_no_publication_without_a_recorded_advance_copy(review):
    from plone_scrqm.publication.checks import publication_problems

    report, response = _approved(review)
    review.advance_copy_sent_date = None
    reasons = [translate(reason) for reason in publication_problems(report)]
    assert any("advance copy" in reason for reason in reasons)
    assert publish_due()["published"] == []
    # A Site Manager records why it was not sent: publication goes ahead.
    review.advance_copy_not_sent_reason = "A court order allowed publication at short notice."
    assert publication_problems(report) == []
    assert len(publish_due()["published"]) == 2
    clocks = {clock.id: clock for clock in clocks_of(review)}
    assert clocks["advance_copy"].state == "waived"


def test_only_a_manager_records_why_there_was_no_advance_copy(review):
    for user in ("rita", "chandra", "samira"):
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission("Manage portal", obj=review), user
    with api.env.adopt_roles(["Manager"]):
        assert api.user.has_permission("Manage portal", obj=review)
    from plone.autoform.interfaces import WRITE_PERMISSIONS_KEY

    from plone_scrqm.review.content.case_review import ICaseReview

    permissions = ICaseReview.queryTaggedValue(WRITE_PERMISSIONS_KEY)
    assert permissions["advance_copy_not_sent_reason"] == "cmf.ManagePortal"


def test_approval_warns_when_fewer_than_seven_working_days_remain(review):
    from plone_scrqm.publication.checks import approval_warnings

    review.advance_copy_sent_date = None
    report, _response = add_documents(review, publication_date=TODAY + timedelta(days=3))
    review.advance_copy_sent_date = None
    warnings = [translate(w) for w in approval_warnings(report)]
    assert len(warnings) == 1 and "advance copy" in warnings[0]
    assert approval_problems(report)  # the partner is not ready, but no warning blocks
    assert not any("advance copy" in translate(p) for p in approval_problems(report))
    report.publication_date = TODAY + timedelta(days=30)
    assert approval_warnings(report) == []


def test_a_decision_not_to_publish_holds_publication(review):
    report, response = add_documents(review, publication_date=TODAY)
    review.publication_decision = "not-publishing"
    review.publication_decision_reasons = "The family asked; the Panel agreed."
    reasons = [translate(reason) for reason in approval_problems(report)]
    assert any("decided not to publish" in reason for reason in reasons)


def test_publishing_only_the_improvements(review):
    from plone_scrqm.publication.checks import publication_problems

    report, response = _approved(review)
    review.publication_decision = "improvements-only"
    review.publication_decision_reasons = "Publication would identify the siblings."
    reasons = [translate(reason) for reason in publication_problems(report)]
    assert any("improvements summary" in reason for reason in reasons)
    assert any("were told of the decision" in reason for reason in reasons)
    report.report_content = "improvements-only"
    review.publication_decision_told_date = TODAY
    assert publication_problems(report) == []
    # An improvements summary without that decision is refused.
    review.publication_decision = "full-report"
    reasons = [translate(reason) for reason in publication_problems(report)]
    assert any("publish only the improvements" in reason for reason in reasons)


def test_a_decision_not_to_publish_the_full_report_needs_reasons():
    from zope.interface import Invalid

    from plone_scrqm.review.content.case_review import ICaseReview

    class Data:
        publication_decision = "improvements-only"
        publication_decision_reasons = " "
        __context__ = None

    with pytest.raises(Invalid, match="reasons"):
        ICaseReview.validateInvariants(Data())


def test_the_chair_sees_the_warning_in_the_phase_panel_and_on_approving(review):
    from Products.statusmessages.interfaces import IStatusMessage

    from plone_scrqm.review.views.phase import steps_for

    review.advance_copy_sent_date = None
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=2))
    review.advance_copy_sent_date = None
    to_awaiting_approval(report, response)
    request = api.env.getRequest()
    with api.env.adopt_user(username="chandra"):
        approve = {step["id"]: step for step in steps_for(report, request)}["approve"]
        assert approve["available"]
        assert any("advance copy" in warning for warning in approve["warnings"])
        api.content.transition(obj=report, transition="approve")
    messages = [m.message for m in IStatusMessage(request).show()]
    assert any("advance copy" in message for message in messages)
