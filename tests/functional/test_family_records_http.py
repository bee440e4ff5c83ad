"""The family's records through REST (content endpoints) and their pages, as the review
team, the other roles and Anonymous: the same permissions as the family member's record."""

import pytest
import transaction
from plone import api
from test_families_http import OTHERS
from test_families_http import READERS
from test_families_http import session_for

from families import add_family_member
from families import set_partnership
from reviews import advance

REVIEW = "safeguarding-reviews/child-f"
SAID = "Mum asked why the school did not call"


@pytest.fixture
def member(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-f", title="Child F"
        )
    advance(review, "running")
    set_partnership()
    member = add_family_member(review)
    transaction.commit()
    return member


def contact_body(member, **fields):
    return {
        "@type": "FamilyContact",
        "contact_date": "2026-11-20",
        "method": "phone",
        "review_people": "Rita (review manager)",
        "members": [member.UID()],
        "informed": True,
        "said": SAID,
        "agreed": "A meeting with the lead reviewer",
        "follow_ups": "Send the invitation letter",
        **fields,
    }


def test_the_review_team_records_and_reads_a_contact(request_factory, member):
    rita = session_for(request_factory, "rita")
    created = rita.post(REVIEW, json=contact_body(member))
    assert created.status_code == 201, created.text
    data = created.json()
    titles = [item["title"] for item in rita.get(REVIEW).json()["items"]]
    assert "Contact 1 (phone)" in titles
    assert data["@id"].endswith("/family-contact")
    assert data["said"] == SAID
    assert [m["token"] for m in data["members"]] == [member.UID()]
    for who in READERS:
        got = session_for(request_factory, who).get(f"{REVIEW}/family-contact")
        assert got.status_code == 200 and got.json()["said"] == SAID
    got = rita.get(f"{REVIEW}/family-member")
    assert got.json()["first_informed_date"] == "2026-11-20"
    schema = rita.get(f"{REVIEW}/@types/FamilyContact")
    assert schema.status_code == 200
    assert {"contact_date", "method", "members", "said", "agreed", "follow_ups"} <= set(
        schema.json()["properties"]
    )


@pytest.mark.parametrize("who", OTHERS)
def test_nobody_else_reads_or_records(request_factory, member, who):
    session_for(request_factory, "rita").post(REVIEW, json=contact_body(member))
    session = session_for(request_factory, who)
    got = session.get(f"{REVIEW}/family-contact")
    assert got.status_code in (401, 403, 404)
    assert SAID not in got.text
    posted = session.post(REVIEW, json=contact_body(member, said="other"))
    assert posted.status_code in (401, 403, 404)
    page = session_for(request_factory, who, api_=False).get(
        f"{REVIEW}/family-contact", allow_redirects=False
    )
    assert page.status_code != 200 and SAID not in page.text
    listing = session.get(REVIEW)
    assert "family-contact" not in listing.text


def test_bad_records_are_refused_and_nothing_is_written(request_factory, member):
    rita = session_for(request_factory, "rita")
    future = rita.post(REVIEW, json=contact_body(member, contact_date="2999-01-01"))
    assert future.status_code == 400
    nobody = rita.post(REVIEW, json=contact_body(member, members=[]))
    assert nobody.status_code == 400
    stranger = rita.post(REVIEW, json=contact_body(member, members=["not-a-member"]))
    assert stranger.status_code == 400
    question = rita.post(
        REVIEW,
        json={
            "@type": "FamilyQuestion",
            "question": "Why?",
            "asked_date": "2026-11-20",
            "members": [member.UID()],
            "status": "closed",
        },
    )
    assert question.status_code == 400
    items = rita.get(REVIEW).json()["items"]
    # The review holds its member and the container of chronology entries it is made with;
    # no refused record was written.
    assert sorted(item["@type"] for item in items) == ["ChronologyFolder", "FamilyMember"]


def test_question_answered_and_closed(request_factory, member):
    rita = session_for(request_factory, "rita")
    created = rita.post(
        REVIEW,
        json={
            "@type": "FamilyQuestion",
            "question": "Why did nobody visit?",
            "asked_date": "2026-11-20",
            "members": [member.UID()],
            "answerer": "Leo (lead reviewer)",
        },
    )
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    assert created.json()["status"]["token"] == "open"
    page = session_for(request_factory, "rita", api_=False).get(REVIEW)
    assert "Question 1 from the family is open" in page.text
    work = rita.get("@scr-my-work").json()
    questions = [s for s in work["sections"] if s["kind"] == "family-questions"][0]
    assert [item["@id"] for item in questions["items"]] == [url]
    closed = rita.patch(url, json={"answer": "The visits stopped in March.", "status": "closed"})
    assert closed.status_code == 204, closed.text
    page = session_for(request_factory, "rita", api_=False).get(REVIEW)
    assert "Question 1 from the family is open" not in page.text


def test_a_letter_not_yet_possible_is_a_page_in_the_sites_language(request_factory, member):
    """Notice of publication before the report has a date: a normal page in Welsh on a Welsh
    site, with the way back to the family member, not a bare error."""
    api.portal.set_registry_record("plone.available_languages", ["cy", "en"])
    api.portal.set_registry_record("plone.default_language", "cy")
    transaction.commit()
    session = session_for(request_factory, "rita", api_=False)
    session.headers["Accept-Language"] = "cy"
    page = session.get(
        f"{REVIEW}/@@family-letter",
        params={"member": member.UID(), "letter": "publication", "lang": "en"},
    )
    assert page.status_code == 400
    assert "<html" in page.text and 'lang="cy"' in page.text
    assert "Ni ellir ysgrifennu" in page.text
    assert f'href="{member.absolute_url()}"' in page.text
