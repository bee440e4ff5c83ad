"""Family details through HTTP, as every role and Anonymous: pages, search and REST. Only
the review team (Review Manager, Lead Reviewer), Site Administrators and Managers read a
family member; nobody finds a name through search or catalog metadata."""

import json

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from families import NAME
from families import add_family_member
from families import set_partnership
from plone_scrqm.demo.loader import offer_languages
from reviews import advance

READERS = ("rita", "leo", "samira", "Manager")
OTHERS = ("chandra", "bola", "edwin", "morgan", "Anonymous")
MEMBER_PATH = "safeguarding-reviews/child-f/family-member"


@pytest.fixture
def family(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-f", title="Child F"
        )
    advance(review, "running")
    set_partnership()
    member = add_family_member(review)
    transaction.commit()
    return member


def session_for(request_factory, who, api_=True):
    if who == "Manager":
        session = request_factory(role="Manager", api=api_)
    elif who == "Anonymous":
        session = request_factory(api=api_)
    else:
        session = request_factory(basic_auth=(who, PASSWORD), api=api_)
    if not api_:
        session.headers["Accept"] = "text/html"
    return session


@pytest.mark.parametrize("who", READERS)
def test_the_review_team_reads_the_member(request_factory, family, who):
    page = session_for(request_factory, who, api_=False).get(MEMBER_PATH)
    assert page.status_code == 200
    assert NAME in page.text
    assert "Family members or children must never interpret." in page.text or who == "leo"
    rest = session_for(request_factory, who).get(MEMBER_PATH)
    assert rest.status_code == 200
    assert rest.json()["full_name"] == NAME
    assert rest.json()["@id"].endswith("/family-member")
    listing = session_for(request_factory, who, api_=False).get(
        "safeguarding-reviews/child-f/@@family"
    )
    assert listing.status_code == 200 and "Family member 1 (mother)" in listing.text


@pytest.mark.parametrize("who", OTHERS)
def test_nobody_else_sees_the_member(request_factory, family, who):
    page = session_for(request_factory, who, api_=False).get(MEMBER_PATH, allow_redirects=False)
    assert page.status_code in (302, 401, 403, 404)
    assert NAME not in page.text
    rest = session_for(request_factory, who).get(MEMBER_PATH)
    assert rest.status_code in (401, 403, 404)
    assert NAME not in rest.text
    listing = session_for(request_factory, who, api_=False).get(
        "safeguarding-reviews/child-f/@@family", allow_redirects=False
    )
    assert listing.status_code != 200
    letter = session_for(request_factory, who, api_=False).get(
        "safeguarding-reviews/child-f/@@family-letter",
        params={"member": family.UID(), "letter": "inform", "lang": "en"},
        allow_redirects=False,
    )
    assert letter.status_code != 200 and NAME not in letter.text


@pytest.mark.parametrize("who", READERS + OTHERS)
def test_review_items_listing(request_factory, family, who):
    response = session_for(request_factory, who).get("safeguarding-reviews/child-f")
    assert NAME not in response.text
    if response.status_code != 200:
        assert who in ("edwin", "morgan", "Anonymous")
        return
    titles = [item["title"] for item in response.json()["items"]]
    assert ("Family member 1 (mother)" in titles) == (who in READERS)


@pytest.mark.parametrize("who", READERS + OTHERS)
def test_search_never_finds_a_name(request_factory, family, who):
    for words in ("Quorleigh", "Zainab", "Family member"):
        page = session_for(request_factory, who, api_=False).get(
            "@@search", params={"SearchableText": words}
        )
        assert NAME not in page.text
        rest = session_for(request_factory, who).get(
            "@search", params={"SearchableText": words, "metadata_fields": "_all"}
        )
        items = rest.json().get("items", [])
        assert "Quorleigh" not in json.dumps(items) and "Amir" not in json.dumps(items)
        found = [item["@id"] for item in items]
        if words == "Family member":
            assert any(url.endswith("/family-member") for url in found) == (who in READERS)
        else:
            assert found == []


def test_record_a_letter_as_sent(request_factory, family):
    """Writing a letter records nothing; recording it as sent makes a contact, and the
    inform letter sets the date first informed (QM4 Q1)."""
    session = session_for(request_factory, "rita", api_=False)
    page = session.get(MEMBER_PATH)
    assert "not yet told" in page.text
    token = page.text.split('name="_authenticator" value="')[1].split('"')[0]
    response = session.post(
        "safeguarding-reviews/child-f/@@record-letter-sent",
        data={
            "_authenticator": token,
            "member": family.UID(),
            "letter": "inform",
            "lang": "ur",
            "date": "2026-11-20",
            "method": "letter",
            "who": "Rita (review manager)",
        },
    )
    assert response.status_code == 200
    assert response.url.endswith("/family-contact")
    assert "Informing the family about the review" in response.text
    page = session.get(MEMBER_PATH)
    assert "2026-11-20" in page.text and "not yet told" not in page.text
    refused = session.post(
        "safeguarding-reviews/child-f/@@record-letter-sent",
        data={
            "_authenticator": token,
            "member": family.UID(),
            "letter": "inform",
            "date": "2999-01-01",
            "method": "letter",
            "who": "Rita",
        },
    )
    assert "cannot be in the future" in refused.text
    transaction.begin()
    contacts = [o for o in family.aq_parent.objectValues() if o.portal_type == "FamilyContact"]
    assert len(contacts) == 1


def test_letter_page_over_http_writes_nothing(request_factory, family):
    log_before = list(family.contact_log or [])
    session = session_for(request_factory, "leo", api_=False)
    response = session.get(
        "safeguarding-reviews/child-f/@@family-letter",
        params={"member": family.UID(), "letter": "invite", "lang": "ar"},
    )
    assert response.status_code == 200
    assert '<html dir="rtl" lang="ar"' in response.text or 'dir="rtl"' in response.text
    bad = session.get(
        "safeguarding-reviews/child-f/@@family-letter",
        params={"member": family.UID(), "letter": "invite", "lang": "xx"},
    )
    assert bad.status_code == 400
    assert "Letters are not available in 'xx'" in bad.text
    pdf = session.get(
        "safeguarding-reviews/child-f/@@family-letter",
        params={"member": family.UID(), "letter": "invite", "lang": "en", "format": "pdf"},
    )
    assert pdf.status_code == 200, pdf.status_code
    page = session.get(MEMBER_PATH)
    assert "Letter generated" not in page.text
    transaction.begin()
    assert list(family.contact_log or []) == log_before


def test_no_invitation_over_http_before_the_review_records_its_scope(
    request_factory, family, functional_portal
):
    offer_languages(functional_portal)
    review = family.aq_parent
    review.terms_of_reference = ""
    review.reindexObject()
    transaction.commit()
    session = session_for(request_factory, "rita", api_=False)
    session.headers["Accept-Language"] = "cy"
    for view in ("@@family-letter", "@@family-letter.pdf"):
        response = session.get(
            f"safeguarding-reviews/child-f/{view}",
            params={"member": family.UID(), "letter": "invite", "lang": "ur"},
        )
        assert response.status_code == 400, view
        assert response.headers["Content-Type"].startswith("text/html"), view
        # A normal page in the user's language, naming the missing field, with the way back
        assert "Nid yw'r adolygiad wedi cofnodi hyn eto: Cylch gorchwyl." in response.text
        assert f'href="{family.absolute_url()}"' in response.text
    # The informing letter does not print the scope: still written
    response = session.get(
        "safeguarding-reviews/child-f/@@family-letter",
        params={"member": family.UID(), "letter": "inform", "lang": "ur"},
    )
    assert response.status_code == 200


def test_control_panel(request_factory, functional_portal):
    page = session_for(request_factory, "Manager", api_=False).get("@@scrqm-partnership-settings")
    assert page.status_code == 200
    assert "Contact for families" in page.text
