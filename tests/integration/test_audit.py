"""The audit trail: each recorded action, once per request, with who, which review, which
family record and which instance; the page's filters and paging, its CSV, its permissions,
the retention clean-up and the upgrade step. Entries written here are rolled back with the
test's transaction."""

import io
import json
from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest
import transaction
from plone import api
from plone.protect.authenticator import createToken
from plone.restapi.interfaces import ISerializeToJson
from zope.component import getMultiAdapter
from zope.globalrequest import setRequest

from plone_scrqm import roles
from plone_scrqm.audit import adapters
from plone_scrqm.audit import rules
from plone_scrqm.audit import store
from plone_scrqm.permissions import MANAGE_AUDIT_LOG
from plone_scrqm.permissions import READ_AUDIT_LOG
from reviews import TODAY
from reviews import add_documents
from reviews import add_entry
from reviews import add_event
from reviews import advance
from reviews import to_awaiting_approval


@pytest.fixture(autouse=True)
def _empty_trail():
    """Functional tests in the same run commit entries to the same file."""
    from audit_trail import empty_trail

    empty_trail()


def entries(**filters):
    sql = adapters.session()
    adapters.write_pending(sql)  # what the commit would write
    return store.select(sql, rules.Filters(**filters))


def fresh_request(obj):
    """The next request: a new key (the test layer reuses one request object)."""
    request = obj.REQUEST
    request._orig_env.pop(adapters.REQUEST_KEY, None)
    request.form.clear()
    request.method = "GET"
    request.other.pop("REQUEST_METHOD", None)
    request.response.setStatus(200)
    return request


def view_as(user, obj, name, **form):
    request = fresh_request(obj)
    request.form.update(form)
    with api.env.adopt_user(username=user):
        return api.content.get_view(name, obj, request)()


@pytest.fixture
def review(make_review):
    return advance(make_review(), "running")


@pytest.fixture
def member(review):
    from families import add_family_member

    return add_family_member(review)


def test_reading_a_family_record_says_who_what_which_review_record_and_instance(
    review, member, monkeypatch
):
    monkeypatch.setenv(adapters.INSTANCE_ENV, "instance-2")
    view_as("rita", member, "view")
    (entry,) = entries(family=member.UID())
    assert entry["user_id"] == "rita"
    assert entry["action"] == rules.READ
    assert entry["path"] == "/".join(member.getPhysicalPath())
    assert entry["title"] == "Family member 1 (mother)"  # never the name
    assert entry["review_uid"] == review.UID()
    assert entry["review_title"] == "Child D"
    assert entry["family_title"] == "Family member 1 (mother)"
    assert entry["instance"] == "instance-2"
    assert entry["detail"] == "family record"
    assert abs(entry["occurred"] - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=1)


def test_one_request_records_once_even_when_retried(review, member):
    request = fresh_request(member)
    with api.env.adopt_user(username="rita"):
        api.content.get_view("view", member, request)()
        api.content.get_view("view", member, request)()  # the page asks twice
        # Zope's retry after a ConflictError: a new request with the same environment
        request.stdin = io.BytesIO()
        retried = request.retry()
        assert adapters.request_key(retried) == adapters.request_key(request)
        setRequest(retried)
        try:
            adapters.audit(rules.READ, member, "family record")
        finally:
            setRequest(request)
    assert len(entries(family=member.UID())) == 1
    view_as("rita", member, "view")  # a second request is a second read
    assert len(entries(family=member.UID())) == 2


def test_savepoints_after_an_entry_work(review, member):
    """Plone takes savepoints in the middle of some requests (moving content, say)."""
    view_as("rita", member, "view")
    savepoint = transaction.savepoint()
    view_as("leo", member, "view")
    savepoint.rollback()
    transaction.savepoint(optimistic=False)
    assert {e["user_id"] for e in entries(family=member.UID())} == {"rita", "leo"}


def test_family_page_links_managers_to_the_records_trail(review, member):
    link = f"@@scr-audit-log?family={member.UID()}"
    assert link not in view_as("rita", member, "view")
    request = fresh_request(member)
    with api.env.adopt_roles(["Manager"]):
        assert link in api.content.get_view("view", member, request)()


def test_family_list_contact_log_and_rest_reads(review, member):
    view_as("leo", review, "family")
    request = fresh_request(member)
    with api.env.adopt_user(username="rita"):
        getMultiAdapter((member, request), ISerializeToJson)()
    details = {(e["user_id"], e["detail"]) for e in entries(review=review.UID())}
    assert ("leo", "family list") in details
    assert ("rita", "family record (REST)") in details


def test_recording_a_contact_and_sending_a_letter(review, member):
    from families import add_contact
    from families import set_partnership

    set_partnership()
    fresh_request(member)
    add_contact(review, [member], contact_date=TODAY - timedelta(days=1), method="phone")
    view_as("rita", review, "family-letter", member=member.UID(), letter="inform", lang="en")
    actions = {(e["action"], e["detail"]) for e in entries(family=member.UID())}
    assert (rules.CONTACT_RECORDED, "phone") in actions
    assert (rules.LETTER_MADE, "letter inform (en, page)") in actions


def test_chronology_page_and_export_and_practitioner_feedback(review):
    add_entry(review)
    event = add_event(review)
    view_as("leo", review, "chronology")
    view_as("leo", review, "chronology.csv")
    view_as("rita", event, "feedback")
    found = {(e["user_id"], e["action"], e["detail"]) for e in entries(review=review.UID())}
    assert ("leo", rules.READ, "chronology") in found
    assert ("leo", rules.EXPORT, "chronology CSV") in found
    assert ("rita", rules.READ, "practitioner feedback") in found


def test_identifier_register_read_and_match_accepted(make_review):
    from plone.app.textfield.value import RichTextValue

    review = advance(make_review(title="Child M"), "reporting")
    review.privacy_register = ["Aisha Begum"]
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=7))
    report.text = RichTextValue("<p>Aisha Begum moved.</p>", "text/html", "text/x-html-safe")
    to_awaiting_approval(report, response)
    view_as("rita", review, "privacy-check")
    from plone_scrqm.privacy import gate

    (match,) = gate.check(review)["matches"]
    request = fresh_request(review)
    request.method = "POST"
    with api.env.adopt_user(username="chandra"):
        request.form.update(
            key=match["key"], reason="The family consented.", _authenticator=createToken()
        )
        api.content.get_view("privacy-check", review, request)()
    found = {(e["user_id"], e["action"], e["detail"]) for e in entries(review=review.UID())}
    assert ("rita", rules.READ, "privacy check") in found
    assert ("chandra", rules.MATCH_ACCEPTED, "report:text") in found
    assert not any("Aisha" in e["detail"] for e in entries())  # the identifier is not copied


def test_identifier_register_read_through_rest(review):
    review.privacy_register = ["Aisha Begum"]
    for user in ("leo", "bola"):
        request = fresh_request(review)
        with api.env.adopt_user(username=user):
            result = getMultiAdapter((review, request), ISerializeToJson)()
        assert ("privacy_register" in result) == (user == "leo")
    assert [(e["user_id"], e["detail"]) for e in entries(review=review.UID())] == [
        ("leo", "identifier register (REST)")
    ]


def test_sharing_changes_on_a_review(review):
    request = fresh_request(review)
    request.other["REQUEST_METHOD"] = "POST"
    with api.env.adopt_user(username="rita"):
        request.form.update(
            {
                "form.submitted": "1",
                "form.button.Save": "Save",
                "_authenticator": createToken(),
                "entries": [{"id": "morgan", "type": "user", "role_Lead Reviewer": "True"}],
            }
        )
        api.content.get_view("sharing", review, request).handle_form()
    (entry,) = entries(action=rules.SHARING_CHANGED)
    assert entry["user_id"] == "rita"
    assert entry["review_uid"] == review.UID()
    assert "morgan: Lead Reviewer" in entry["detail"]


def test_approval_publication_and_withdrawal(make_review):
    from plone_scrqm.publication.clock import publish_due

    review = advance(make_review(title="Child W"), "reporting")
    report, response = add_documents(review, publication_date=TODAY)
    to_awaiting_approval(report, response)
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=report, transition="approve")
        api.content.transition(obj=response, transition="approve")
    publish_due()
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=report, transition="withdraw", comment="A court order.")
    found = [(e["user_id"], e["action"], e["title"], e["detail"]) for e in entries()]
    report_title, response_title = report.Title(), response.Title()
    assert ("chandra", rules.APPROVED, report_title, "") in found
    assert ("chandra", rules.APPROVED, response_title, "") in found
    assert sum(1 for f in found if f[1] == rules.PUBLISHED) == 2
    assert ("chandra", rules.WITHDRAWN, report_title, "A court order.") in found
    assert not entries(action=rules.READ)  # transitions are not reads


def test_only_managers_and_audit_readers_read_the_trail(portal, reviews_folder):
    api.user.create(email="ig@example.org", username="ignes", password="a-long-test-password")
    api.user.grant_roles(username="ignes", roles=[roles.AUDIT_READER])
    allowed = set()
    for user in ("rita", "leo", "chandra", "bola", "edwin", "morgan", "samira", "ignes"):
        with api.env.adopt_user(username=user):
            if api.user.has_permission(READ_AUDIT_LOG, obj=portal):
                allowed.add(user)
            assert not api.user.has_permission(MANAGE_AUDIT_LOG, obj=portal)
    assert allowed == {"ignes"}
    with api.env.adopt_roles(["Manager"]):
        assert api.user.has_permission(READ_AUDIT_LOG, obj=portal)
        assert api.user.has_permission(MANAGE_AUDIT_LOG, obj=portal)
    with api.env.adopt_user(username="ignes"):
        # The role gives nothing else: no review, no family details.
        assert not api.user.has_permission("View", obj=reviews_folder)
        assert not api.user.has_permission("plone_scrqm: View family details", obj=portal)


def test_daily_clean_up_removes_entries_past_the_retention_period(portal, review, member):
    sql = adapters.session()
    old = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=800)
    store.add(sql, store.new_entry("old", old, "rita", rules.READ, "/plone/x", "family record"))
    view_as("rita", member, "view")
    api.portal.set_registry_record("plone_scrqm.audit.retention_days", 730)
    request = fresh_request(portal)
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_view("scr-audit-cleanup", portal, request)() and (
            request.response.getStatus() == 405
        )
        request.method = "POST"
        answer = json.loads(api.content.get_view("scr-audit-cleanup", portal, request)())
    assert answer["removed"] == 1
    assert answer["retention_days"] == 730
    assert [e["path"] for e in entries(action=rules.READ)] == ["/".join(member.getPhysicalPath())]
    (purged,) = entries(action=rules.PURGED)
    assert purged["detail"].startswith("1 entries before")


def test_control_panel_for_managers(portal):
    request = fresh_request(portal)
    with api.env.adopt_roles(["Manager"]):
        html = api.content.get_view("scrqm-audit-settings", portal, request)()
    assert "retention_days" in html
    assert api.portal.get_registry_record("plone_scrqm.audit.retention_days") == 2190


def test_upgrade_step_1009_to_1010(portal, setup_tool):
    registry = api.portal.get_tool("portal_registry")
    del registry.records["plone_scrqm.audit.retention_days"]
    portal.manage_permission(READ_AUDIT_LOG, roles=[], acquire=True)
    setup_tool.setLastVersionForProfile("plone_scrqm:default", "1009")
    setup_tool.upgradeProfile("plone_scrqm:default", dest="1010")
    assert setup_tool.getLastVersionForProfile("plone_scrqm:default") == ("1010",)
    assert api.portal.get_registry_record("plone_scrqm.audit.retention_days") == 2190
    selected = {r["name"] for r in portal.rolesOfPermission(READ_AUDIT_LOG) if r["selected"]}
    assert selected == {"Manager", roles.AUDIT_READER}
