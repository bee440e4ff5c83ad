"""The demo content of ``make start``, created in the test site."""

import logging

from plone import api

from plone_scrqm.clocks.timescales import LATE
from plone_scrqm.clocks.timescales import MET
from plone_scrqm.clocks.timescales import OVERDUE
from plone_scrqm.clocks.timescales import RUNNING
from plone_scrqm.demo.loader import data
from plone_scrqm.demo.loader import demo_people
from plone_scrqm.demo.loader import ensure_demo_content


def test_demo_content_created_once(portal):
    with api.env.adopt_roles(["Manager"]):
        folder, created = ensure_demo_content(portal, "a-demo-password")
        again, created_again = ensure_demo_content(portal, "a-demo-password")
    assert created and not created_again
    assert again.getPhysicalPath() == folder.getPhysicalPath()
    # the learning demo (plone_scrqm.learning.demo) adds two earlier reviews and priorities;
    # the incidents demo (plone_scrqm.incidents.demo) the review started from Child J's incident
    reviews = [i for i in folder.objectIds() if folder[i].portal_type == "CaseReview"]
    assert reviews[:6] == ["child-a", "child-b", "child-c", "child-e", "child-f", "child-g"]
    assert sorted(reviews[6:]) == ["child-j", "child-r", "child-s"]
    reviews = reviews[:6] + ["child-j"]
    assert [folder[i].decision for i in reviews] == [
        "review",
        None,
        "no-review",
        "review",
        "review",
        "review",
        "review",
    ]
    assert [api.content.get_state(folder[i]) for i in reviews] == [
        "running",
        "referred",
        "not_proceeding",
        "implementation",
        "running",
        "reporting",
        "referred",
    ]
    assert api.content.get_state(folder["child-e"]["report"]) == "published"
    assert api.content.get_state(folder["child-e"]["response"]) == "published"
    for user_id, (_fullname, role) in demo_people().items():
        assert role in api.user.get_roles(username=user_id, obj=folder["child-a"])
    # serious incidents: one ended at the rapid review, one converted, one awaiting the Panel
    incidents = [i for i in folder.objectIds() if folder[i].portal_type == "SeriousIncident"]
    assert incidents == ["incident-child-h", "incident-child-j", "incident-child-k"]
    ended, converted, awaiting = (folder[i] for i in incidents)
    assert (api.content.get_state(ended), ended.decision) == ("closed", "no-review")
    assert ended.review_uid is None
    assert converted.review_uid == folder["child-j"].UID()
    assert folder["child-j"].incident_uid == converted.UID()
    assert awaiting["rapid-review"].sent_to_panel_date is not None
    assert awaiting["rapid-review"].panel_response is None
    # Child K's notification was late: its delay record is complete and agrees with the
    # notice of the delay in its correspondence; the rapid review is in time
    from plone_scrqm.incidents.adapters import incident_clocks
    from plone_scrqm.incidents.adapters import letters_of

    clocks = {clock.id: clock for clock in incident_clocks(awaiting)}
    notification = clocks["notification"]
    assert notification.state == LATE
    assert notification.delay_explained and notification.delay_missing == ()
    assert notification.delay.reason.startswith("The referral reached the wrong team")
    assert notification.delay.board_told == awaiting.notification_delay_board_told
    notices = [letter for letter in letters_of(awaiting) if letter.letter_type == "delay-notice"]
    assert [(n.correspondent, n.delayed_clock) for n in notices] == [("panel", "notification")]
    assert notification.delay.panel_told == notices[0].letter_date
    assert notification.delay.panel_told == awaiting.notification_delay_panel_told
    assert not clocks["rapid_review"].delayed
    assert clocks["rapid_review"].state == MET
    for other in (ended, converted):
        assert not any(clock.delayed for clock in incident_clocks(other))


def test_demo_actions_cover_every_flag(portal):
    from plone_scrqm.actions.flags import FLAGS
    from plone_scrqm.actions.listing import action_rows

    with api.env.adopt_roles(["Manager"]):
        ensure_demo_content(portal, "a-demo-password")
        flags = {flag for row in action_rows(unrestricted=True) for flag in row["flags"]}
    assert flags == set(FLAGS)


def test_demo_review_has_a_complete_and_a_partial_round(portal):
    with api.env.adopt_roles(["Manager"]):
        folder, _created = ensure_demo_content(portal, "a-demo-password")
        ensure_demo_content(portal, "a-demo-password")
    review = folder["child-a"]
    rounds = [obj for obj in review.objectValues() if obj.portal_type == "AssessmentRound"]
    assert [r.stage for r in rounds] == ["beginning", "progress"]
    beginning, progress = rounds
    assert len(beginning.objectIds()) == 18
    assert all(a.counts().answered == a.counts().total for a in beginning.objectValues())
    judgements = {a.judgement for a in beginning.objectValues()}
    assert {"met", "partly-met", "not-met", "not-assessed"} <= judgements
    assert progress.objectIds() == ["qm-04", "qm-09", "qm-12"]
    assert progress["qm-04"].judgement == "met"
    assert not any(obj.portal_type == "AssessmentRound" for obj in folder["child-b"].objectValues())


def test_demo_reviews_show_on_time_waiting_and_overdue_clocks(portal):
    from plone_scrqm.review.clocks import clocks_of

    with api.env.adopt_roles(["Manager"]):
        folder, _created = ensure_demo_content(portal, "a-demo-password")

    def states(review_id):
        return {clock.id: clock.state for clock in clocks_of(folder[review_id])}

    assert states("child-a") == {
        "notification": MET,
        "rapid_review": MET,
        "publication": RUNNING,
        "advance_copy": "not-started",
    }
    # Child F waits for a trial: the trial delays no clock; publication is not due yet.
    assert states("child-f")["publication"] == RUNNING
    assert folder["child-f"]["prosecution"].embargo_reason == "Crown Court prosecution (demo)"
    assert folder["child-f"]["inquest"].embargo_reason is None
    assert states("child-g")["publication"] == OVERDUE
    publication = {c.id: c for c in clocks_of(folder["child-g"])}["publication"]
    assert publication.delay_explained
    assert states("child-e")["publication"] == LATE


def test_an_older_demo_site_gains_the_new_sample_reviews(portal):
    with api.env.adopt_roles(["Manager"]):
        folder, _created = ensure_demo_content(portal, "a-demo-password")
        api.content.delete(objects=[folder["child-f"], folder["child-g"]])
        _again, added = ensure_demo_content(portal, "a-demo-password")
    assert added
    assert folder.objectIds()[-2:] == ["child-f", "child-g"]


def test_demo_review_has_information_chronology_and_an_event(portal):
    from plone_scrqm.information.listing import request_rows
    from plone_scrqm.information.storage import event_answers

    with api.env.adopt_roles(["Manager"]):
        folder, _created = ensure_demo_content(portal, "a-demo-password")
        ensure_demo_content(portal, "a-demo-password")
        statuses = {row["agency"]: row["status"] for row in request_rows(unrestricted=True)}
    review = folder["child-a"]
    assert statuses["Police"] == "overdue"
    assert statuses["General practice"] == "not-cooperating"
    entries = [
        o for o in review["chronology-entries"].objectValues() if o.portal_type == "ChronologyEntry"
    ]
    assert len(entries) == 6
    assert {e.agency for e in entries} == {"Police", "Children's social care", "Early help"}
    assert {e.date_precision for e in entries} == {"day", "month"}
    assert all(mark for e in entries for mark in e.marks) and any(e.marks for e in entries)
    assert len(event_answers(review["learning-event"])) == 2


def test_demo_family_members_are_fictional_and_created_once(portal):
    with api.env.adopt_roles(["Manager"]):
        folder, _created = ensure_demo_content(portal, "a-demo-password")
        ensure_demo_content(portal, "a-demo-password")
    review = folder["child-a"]
    members = [obj for obj in review.objectValues() if obj.portal_type == "FamilyMember"]
    assert [member.title for member in members] == [
        "Family member 1 (mother)",
        "Family member 2 (father)",
        "Family member 3 (brother or sister)",
    ]
    assert all("(fictional)" in member.full_name for member in members)
    assert {member.preferred_language for member in members} >= {"ur", "cy"}
    contacts = [obj for obj in review.objectValues() if obj.portal_type == "FamilyContact"]
    assert len(contacts) == sum(len(member["contact"]) for member in data("families")["family"])
    assert all(member.first_informed_date for member in members)
    assert api.portal.get_registry_record("plone_scrqm.partnership.contact_email")


def test_demo_has_an_english_and_a_welsh_partnership(portal):
    from plone_scrqm.publication.listing import published_reviews
    from plone_scrqm.review.status import missing_for_transition
    from plone_scrqm.wales.demo import WELSH_FOLDER_ID
    from plone_scrqm.wales.nation import nation_of

    with api.env.adopt_roles(["Manager"]):
        english, _created = ensure_demo_content(portal, "a-demo-password")
        welsh = portal[WELSH_FOLDER_ID]
        assert nation_of(english) == "england"
        assert nation_of(welsh) == "wales"
        assert welsh.objectIds() == ["plentyn-m", "plentyn-n"]
        assert api.content.get_state(welsh["plentyn-m"]) == "setting_up"
        # the SUSR still needs its reviewers and panel: the guard says so
        missing = [str(m) for m in missing_for_transition(welsh["plentyn-m"], "start_review")]
        assert "the review chair, recommended from the approved list" in missing
        pair = welsh["plentyn-n"]
        for doc_id in ("report-cy", "report-en", "response-cy", "response-en"):
            assert api.content.get_state(pair[doc_id]) == "published"
        assert api.content.get_state(pair) == "published"
        rows = [r for r in published_reviews(visitor_language="cy") if r["language"]]
        assert [v["language"] for v in rows[0]["versions"]] == ["cy", "en"]


def test_demo_creation_logs_no_error_and_the_folder_shows_the_reviews(portal, caplog):
    """``make start`` printed "ERROR:Zope.ZCatalog:uncatalogObject …" while indexers applied
    the indexing queue as a new item was renamed; a clean start prints no error."""
    caplog.set_level(logging.WARNING)
    with api.env.adopt_roles(["Manager"]):
        folder, _created = ensure_demo_content(portal, "a-demo-password")
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors == []
    assert folder.getLayout() == "scr-reviews"
