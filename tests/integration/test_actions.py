"""Findings and improvement actions: the model, the status workflow and its guards, who
sees them, the tracker from the catalog, and the notices (sent once)."""

import email
import email.policy
from datetime import timedelta

import pytest
from plone import api
from plone.api.exc import InvalidParameterError
from plone.app.testing import logout
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.CMFPlone.tests.utils import MockMailHost
from Products.MailHost.interfaces import IMailHost
from zope.component import getSiteManager

from plone_scrqm.actions.listing import action_rows
from plone_scrqm.actions.mailer import send_notices
from plone_scrqm.vocabularies import review_findings
from reviews import TODAY
from reviews import add_action
from reviews import add_finding
from reviews import advance

REFUSED = (WorkflowException, InvalidParameterError)


@pytest.fixture
def review(make_review):
    return advance(make_review(), "running")


def test_findings_vocabulary_is_the_reviews_own(review, make_review):
    first = add_finding(review)
    other = advance(make_review(title="Child Z"), "running")
    add_finding(other, title="Elsewhere")
    with api.env.adopt_user(username="rita"):
        vocabulary = review_findings(review)
    assert [term.value for term in vocabulary] == [first.UID()]
    assert [term.title for term in vocabulary] == ["Finding 1: thresholds for neglect"]


def test_action_workflow_and_impact_guard(review):
    finding = add_finding(review)
    action = add_action(review, [finding])
    assert api.content.get_state(action) == "proposed"
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=action, transition="agree")
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=action, transition="start")
        api.content.transition(obj=action, transition="complete")
        with pytest.raises(REFUSED):
            api.content.transition(obj=action, transition="evaluate_impact")
    action.evidence_of_impact = "Audit: referrals for neglect now made two weeks earlier."
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=action, transition="evaluate_impact")
    assert api.content.get_state(action) == "impact_evaluated"


def test_needs_adjusting_reopens_with_a_reason(review):
    action = add_action(review, [add_finding(review)])
    with api.env.adopt_roles(["Manager"]):
        for transition in ("agree", "start", "complete"):
            api.content.transition(obj=action, transition=transition)
    workflow_tool = api.portal.get_tool("portal_workflow")
    with api.env.adopt_user(username="rita"), pytest.raises(WorkflowException, match="reason"):
        workflow_tool.doActionFor(action, "needs_adjusting")
    with api.env.adopt_user(username="rita"):
        workflow_tool.doActionFor(action, "needs_adjusting", comment="Staff did not use the tool.")
    assert api.content.get_state(action) == "in_progress"
    assert action.workflow_history["scrqm_action_workflow"][-1]["comments"] == (
        "Staff did not use the tool."
    )


@pytest.mark.parametrize(
    ("user", "view", "modify"),
    [
        ("rita", True, True),
        ("leo", True, True),
        ("chandra", True, True),
        ("bola", True, False),
        ("edwin", False, False),
        ("morgan", False, False),
    ],
)
def test_who_sees_findings_and_actions(review, user, view, modify):
    finding = add_finding(review)
    action = add_action(review, [finding])
    with api.env.adopt_user(username=user):
        assert api.user.has_permission("View", obj=action) is view
        assert api.user.has_permission("View", obj=finding) is view
        assert api.user.has_permission("Modify portal content", obj=action) is modify


def test_anonymous_sees_no_finding_or_action(review):
    add_action(review, [add_finding(review, explanation="canary-explanation-5521")])
    logout()
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog(portal_type=["Finding", "ImprovementAction"])) == 0
    assert len(catalog.unrestrictedSearchResults(SearchableText="canary-explanation-5521")) == 0


def test_tracker_rows_and_flags(review):
    finding = add_finding(review)
    overdue = add_action(review, [finding], title="Overdue one", due_date=TODAY - timedelta(days=1))
    add_action(review, [finding], title="Soon one", due_date=TODAY, lead_user=None, lead_role=None)
    with api.env.adopt_user(username="bola"):
        rows = {row["title"]: row for row in action_rows()}
    assert rows["Overdue one"]["flags"] == ["overdue"]
    assert rows["Overdue one"]["review"] == "Child D"
    assert rows["Overdue one"]["agency"] == "Police"
    assert rows["Soon one"]["flags"] == ["due-soon", "no-owner"]
    assert rows["Overdue one"]["uid"] == overdue.UID()
    with api.env.adopt_user(username="edwin"):
        assert action_rows() == []


@pytest.fixture
def mailhost(portal):
    mailhost = MockMailHost("MailHost")
    mailhost.smtp_host = "localhost"
    site_manager = getSiteManager(portal)
    previous = portal.MailHost
    portal.MailHost = mailhost
    site_manager.registerUtility(mailhost, provided=IMailHost)
    api.portal.set_registry_record("plone.email_from_address", "reviews@partnership.example")
    api.portal.set_registry_record("plone.email_from_name", "Safeguarding partnership")
    yield mailhost
    portal.MailHost = previous
    site_manager.registerUtility(previous, provided=IMailHost)


def _mails(mailhost):
    out = []
    for raw in mailhost.messages:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        out.append((str(message["To"]), str(message["Subject"]), message.get_content()))
    return out


def test_notices_are_sent_once(review, mailhost):
    api.user.get(userid="leo").setMemberProperties({"email": "leo@example.org"})
    finding = add_finding(review)
    add_action(review, [finding], title="Overdue one", due_date=TODAY - timedelta(days=1))
    add_action(review, [finding], title="Later one", due_date=TODAY + timedelta(days=60))
    first = send_notices()
    mails = _mails(mailhost)
    assert ("leo@example.org", "Overdue: improvement action 'Overdue one'") in [
        (to, subject) for to, subject, _body in mails
    ]
    assert not any("Later one" in subject for _to, subject, _body in mails)
    digests = [mail for mail in mails if "monthly digest" in mail[1]]
    assert len(digests) == 1
    assert digests[0][0] == "rita@example.org"
    assert "Child D: Overdue one (Police)" in digests[0][2]
    assert sorted(key.split(":")[0] for key in first["sent"]) == ["digest", "overdue"]
    # Running it again the same day (or the same month) sends nothing twice
    assert send_notices()["sent"] == []
    assert len(mailhost.messages) == 2
