"""The demo content of ``make start``, created in the test site."""

from plone import api

from plone_scrqm.demo import DEMO_PEOPLE
from plone_scrqm.demo import ensure_demo_content


def test_demo_content_created_once(portal):
    with api.env.adopt_roles(["Manager"]):
        folder, created = ensure_demo_content(portal, "a-demo-password")
        again, created_again = ensure_demo_content(portal, "a-demo-password")
    assert created and not created_again
    assert again.getPhysicalPath() == folder.getPhysicalPath()
    assert folder.objectIds() == ["child-a", "child-b", "child-c", "child-e"]
    assert [folder[i].decision for i in folder.objectIds()] == [
        "review",
        None,
        "no-review",
        "review",
    ]
    assert [api.content.get_state(folder[i]) for i in folder.objectIds()] == [
        "running",
        "referred",
        "not_proceeding",
        "implementation",
    ]
    assert api.content.get_state(folder["child-e"]["report"]) == "published"
    assert api.content.get_state(folder["child-e"]["response"]) == "published"
    for user_id, (_fullname, role) in DEMO_PEOPLE.items():
        assert role in api.user.get_roles(username=user_id, obj=folder["child-a"])


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
    assert all(member.contact_log for member in members)
    assert api.portal.get_registry_record("plone_scrqm.partnership.contact_email")
