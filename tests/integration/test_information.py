"""Information requests, the chronology (privacy, keys, import all or nothing) and
practitioner events inside a review."""

from datetime import timedelta

import pytest
from plone import api
from plone.app.testing import logout

from plone_scrqm.information.chronology import preview_import
from plone_scrqm.information.chronology import read_csv
from plone_scrqm.information.listing import create_entries
from plone_scrqm.information.listing import existing_keys
from plone_scrqm.information.listing import overdue_requests
from plone_scrqm.information.listing import request_rows
from reviews import TODAY
from reviews import add_entry
from reviews import add_event
from reviews import add_request
from reviews import advance
from reviews import force_state

SECRET = "canary-chronology-7731"
NOTES = "canary-event-notes-4410"
TEAM = ("rita", "leo", "samira")
OTHERS = ("chandra", "bola", "edwin", "morgan")


@pytest.fixture
def review(make_review):
    return advance(make_review(), "running")


def test_overdue_requests_from_the_catalog(review):
    late = add_request(review, title="Late", date_due=TODAY - timedelta(days=1))
    add_request(review, title="Due today", date_due=TODAY)
    add_request(review, title="Received", date_due=TODAY - timedelta(days=5), date_received=TODAY)
    add_request(
        review,
        title="Refused",
        agency="Education",
        date_due=TODAY - timedelta(days=5),
        non_cooperation_reason="The school says it holds no records.",
    )
    with api.env.adopt_user(username="rita"):
        assert [b.Title for b in overdue_requests()] == ["Late"]
        statuses = {row["title"]: row["status"] for row in request_rows()}
    assert statuses == {
        "Late": "overdue",
        "Due today": "awaited",
        "Received": "received",
        "Refused": "not-cooperating",
    }
    brain = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=late.UID())[0]
    assert brain.scrqm_request_due == TODAY - timedelta(days=1)
    assert brain.scrqm_review_title == "Child D"
    assert "non_cooperation_reason" not in brain.scrqm_request_facts


def test_board_members_read_requests_and_the_reason_for_non_cooperation(review):
    request = add_request(review, non_cooperation_reason="Declined: legal advice awaited.")
    for user in ("bola", "chandra", "rita", "leo"):
        with api.env.adopt_user(username=user):
            assert api.user.has_permission("View", obj=request), user
    with api.env.adopt_user(username="bola"):
        assert not api.user.has_permission("Modify portal content", obj=request)
    for user in ("edwin", "morgan"):
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission("View", obj=request), user


def test_request_dates_must_be_in_order(review):
    from zope.interface import Invalid

    from plone_scrqm.information.content import IInformationRequest

    class Data:
        date_sent = TODAY
        date_due = TODAY - timedelta(days=1)
        date_received = None
        period_start = None
        period_end = None

    with pytest.raises(Invalid):
        IInformationRequest.validateInvariants(Data())


@pytest.mark.parametrize(
    "state", ["setting_up", "running", "reporting", "board_response", "published", "closed"]
)
def test_chronology_private_to_the_review_team_in_every_phase(review, state):
    entry = add_entry(review, what_happened=SECRET)
    force_state(review, "scrqm_review_workflow", state)
    for user in TEAM:
        with api.env.adopt_user(username=user):
            assert api.user.has_permission("View", obj=entry), (user, state)
            assert api.user.has_permission("Modify portal content", obj=entry), (user, state)
    for user in OTHERS:
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission("View", obj=entry), (user, state)
            assert not api.user.has_permission("Access contents information", obj=entry)
            assert len(api.content.find(portal_type="ChronologyEntry")) == 0
    logout()
    assert not api.user.has_permission("View", obj=entry)
    assert len(api.content.find(portal_type="ChronologyEntry")) == 0


def test_owner_keeps_nothing_of_the_chronology(review):
    entry = add_entry(review)
    roles = entry.rolesOfPermission("View")
    assert {r["name"] for r in roles if r["selected"]} == {
        "Manager",
        "Site Administrator",
        "Review Manager",
        "Lead Reviewer",
    }


def test_chronology_text_never_in_the_catalog(review):
    entry = add_entry(review, what_happened=SECRET, practitioner_role=f"role {SECRET}")
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(SearchableText=SECRET)) == 0
    brain = catalog.unrestrictedSearchResults(UID=entry.UID())[0]
    for column in catalog.schema():
        assert SECRET not in repr(getattr(brain, column, "")), column
    assert entry.Title() == f"{(TODAY - timedelta(days=400)).strftime('%d/%m/%Y')} · Police"


def test_entry_key_set_once_and_kept_when_edited(review):
    entry = add_entry(review)
    key = entry.scrqm_row_key
    assert key
    entry.what_happened = "Corrected text"
    entry.reindexObject()
    assert entry.scrqm_row_key == key
    assert existing_keys(review) == {key}


def _rows(text):
    header = "Date,Agency,What happened,Source record\n"
    return preview_import(
        read_csv((header + text).encode()), ("Police", "Education"), today=TODAY
    ).to_create


def test_a_failed_import_writes_nothing(review, monkeypatch):
    rows = _rows("2023-01-01,Police,One,A\n2023-01-02,Police,Two,B\n2023-01-03,Police,Three,C\n")
    original = api.content.create
    calls = []

    def failing(**kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        return original(**kwargs)

    monkeypatch.setattr(api.content, "create", failing)
    with api.env.adopt_user(username="rita"), pytest.raises(RuntimeError):
        create_entries(review, rows)
    monkeypatch.setattr(api.content, "create", original)
    assert [
        o for o in review["chronology-entries"].objectValues() if o.portal_type == "ChronologyEntry"
    ] == []
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(portal_type="ChronologyEntry")) == 0


def test_import_as_the_lead_reviewer_creates_entries(review):
    rows = _rows("2023-01-01,Police,One,A\n2023-01,Education,Two,B\n")
    with api.env.adopt_user(username="leo"):
        created = create_entries(review, rows)
    assert [e.Title() for e in created] == ["01/01/2023 · Police", "01/2023 · Education"]
    assert existing_keys(review) == {row.key for row in rows}


def test_event_notes_only_for_the_review_team(review):
    event = add_event(review, notes=NOTES)
    for user in TEAM:
        with api.env.adopt_user(username=user):
            assert api.user.has_permission("plone_scrqm: View family details", obj=event)
    for user in ("chandra", "bola"):
        with api.env.adopt_user(username=user):
            assert api.user.has_permission("View", obj=event), user
            assert not api.user.has_permission("plone_scrqm: View family details", obj=event)
    for user in ("edwin", "morgan"):
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission("View", obj=event), user
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(SearchableText=NOTES)) == 0


def test_event_purpose_before_invitations(review):
    from zope.interface import Invalid

    from plone_scrqm.information.content import IPractitionerEvent

    class Data:
        purpose = "Learning"
        purpose_stated_date = TODAY
        invitations_sent_date = TODAY - timedelta(days=1)

    with pytest.raises(Invalid):
        IPractitionerEvent.validateInvariants(Data())


def test_feedback_link_life_cycle(review):
    from plone_scrqm.information.storage import create_links
    from plone_scrqm.information.storage import event_answers
    from plone_scrqm.information.storage import record_answer
    from plone_scrqm.information.storage import token_state

    event = add_event(review)
    with api.env.adopt_user(username="rita"):
        first, second = create_links(event, 2, expires=TODAY)
    logout()
    assert token_state(first.token)[1] == "open"
    assert record_answer(first.token, {"learning": "agree"}) == "open"
    assert record_answer(first.token, {"learning": "disagree"}) == "used"
    assert token_state(second.token, today=TODAY + timedelta(days=1))[1] == "expired"
    assert record_answer(second.token, {"learning": "agree"}, today=TODAY + timedelta(days=1)) == (
        "expired"
    )
    assert token_state("not-a-token")[1] == "unknown"
    assert event_answers(event) == [{"learning": "agree"}]
