"""Wales through HTTP: the SUSR record through the content endpoints, the nation's review
types refused with a clear 400, the SUSR guards through @workflow, and the public listing
and pages of a review published in Welsh and English."""

import re
from datetime import timedelta

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from conftest import PEOPLE
from reviews import TODAY
from reviews import to_awaiting_approval
from wales import add_bilingual_documents
from wales import add_welsh_folder
from wales import advance_welsh


def session(request_factory, user=None, api_call=True):
    s = request_factory(basic_auth=(user, PASSWORD) if user else None, api=api_call)
    if not api_call:
        s.headers["Accept"] = "text/html"
    return s


@pytest.fixture
def welsh_folder(functional_portal, rest_reviews_folder):
    folder = add_welsh_folder(functional_portal, PEOPLE)
    transaction.commit()
    return folder


@pytest.fixture
def published_pair(welsh_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=welsh_folder, type="CaseReview", id="plentyn-g", title="Plentyn G"
        )
    advance_welsh(review, "reporting")
    docs = add_bilingual_documents(review, publication_date=TODAY)
    to_awaiting_approval(*docs.values())
    with api.env.adopt_roles(["Manager"]):
        for doc in docs.values():
            api.content.transition(obj=doc, transition="approve")
        for doc in docs.values():
            if api.content.get_state(obj=doc) != "published":
                api.content.transition(obj=doc, transition="publish")
    transaction.commit()
    return docs


def test_susr_fields_through_the_content_endpoints(request_factory, welsh_folder):
    rita = session(request_factory, "rita")
    created = rita.post(
        "welsh-reviews",
        json={
            "@type": "CaseReview",
            "title": "Plentyn H",
            "review_type": "susr-wales",
            "susr_criteria": ["adult-practice", "mental-health-homicide"],
            "susr_crg_date": str(TODAY - timedelta(days=5)),
        },
    )
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    record = rita.get(url).json()
    assert [c["token"] for c in record["susr_criteria"]] == [
        "adult-practice",
        "mental-health-homicide",
    ]
    patched = rita.patch(url, json={"susr_government_reference": "WG-SUSR-0099"})
    assert patched.status_code == 204, patched.text
    assert rita.get(url).json()["susr_government_reference"] == "WG-SUSR-0099"


def test_language_versions_created_and_linked_through_rest(request_factory, welsh_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=welsh_folder, type="CaseReview", id="plentyn-l", title="Plentyn L"
        )
    advance_welsh(review, "reporting")
    transaction.commit()
    rita = session(request_factory, "rita")
    uids = {}
    for language in ("cy", "en"):
        document = {"@type": "ReviewReport", "id": f"report-{language}", "title": "Plentyn L"}
        document["language"] = language
        if language == "en":
            document["counterpart"] = uids["cy"]
        created = rita.post("welsh-reviews/plentyn-l", json=document)
        assert created.status_code == 201, created.text
        uids[language] = created.json()["UID"]
    english = rita.get("welsh-reviews/plentyn-l/report-en").json()
    assert english["language"]["token"] == "en"
    assert english["counterpart"]["token"] == uids["cy"]
    wrong = rita.patch("welsh-reviews/plentyn-l/report-cy", json={"counterpart": "not-a-uid"})
    assert wrong.status_code == 400


def test_a_document_without_a_language_is_created_through_rest(request_factory, welsh_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=welsh_folder.aq_parent["safeguarding-reviews"],
            type="CaseReview",
            id="child-o",
            title="Child O",
        )
    transaction.commit()
    rita = session(request_factory, "rita")
    created = rita.post(
        "safeguarding-reviews/child-o",
        json={"@type": "ReviewReport", "id": "report", "title": "Child O: review"},
    )
    assert created.status_code == 201, created.text
    assert review.getId() == "child-o"
    assert rita.get("safeguarding-reviews/child-o/report").json()["language"] in ("", None)


def test_an_english_type_in_a_welsh_folder_is_a_clear_400(request_factory, welsh_folder):
    rita = session(request_factory, "rita")
    refused = rita.post(
        "welsh-reviews", json={"@type": "CaseReview", "title": "Plentyn I", "review_type": "lcspr"}
    )
    assert refused.status_code == 400, refused.text
    assert "partnership is in Wales" in refused.text
    with api.env.adopt_roles(["Manager"]):
        assert "plentyn-i" not in welsh_folder
    english = rita.post(
        "safeguarding-reviews",
        json={"@type": "CaseReview", "title": "Child J", "review_type": "susr-wales"},
    )
    assert english.status_code == 400
    assert "partnership is in England" in english.text


def test_only_site_administrators_set_the_nation(request_factory, welsh_folder):
    rita = session(request_factory, "rita")
    rita.patch("welsh-reviews", json={"scrqm_nation": "england"})
    samira = session(request_factory, "samira")
    assert samira.get("welsh-reviews").json()["scrqm_nation"]["token"] == "wales"
    done = samira.patch("welsh-reviews", json={"scrqm_nation": "england"})
    assert done.status_code == 204
    assert samira.get("welsh-reviews").json()["scrqm_nation"]["token"] == "england"


def test_susr_guard_through_workflow(request_factory, welsh_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=welsh_folder, type="CaseReview", id="plentyn-k", title="Plentyn K"
        )
    advance_welsh(review, "decision_pending")
    review.review_type = "susr-wales"
    transaction.commit()
    chandra = session(request_factory, "chandra")
    refused = chandra.post("welsh-reviews/plentyn-k/@workflow/decide_review", json={})
    assert refused.status_code == 400
    assert (
        "the date Welsh Government was notified that a SUSR takes place"
        in refused.json()["error"]["missing"]
    )


def test_published_listing_gives_both_versions(request_factory, published_pair):
    anonymous = session(request_factory)
    for language, other in (("cy", "en"), ("en", "cy")):
        listing = anonymous.get("@scr-published", params={"language": language}).json()
        [item] = [i for i in listing["items"] if i["pseudonym"] == "Plentyn G"]
        assert item["language"] == language
        assert item["report_url"].endswith(f"/report-{language}")
        assert item["response_url"].endswith(f"/response-{language}")
        assert [v["language"] for v in item["versions"]] == [language, other]
    bad = anonymous.get("@scr-published", params={"language": "fr"})
    assert bad.status_code == 400
    assert "'cy' (Welsh) or 'en' (English)" in bad.text


def test_pages_carry_the_lang_of_each_version(request_factory, published_pair):
    page = session(request_factory, api_call=False)
    html = page.get("@@published-reviews", params={"language": "cy"}).text
    assert re.search(r'<p[^>]*lang="cy"[^>]*>\s*Sut y rhannodd', html)
    assert re.search(r'<a[^>]*hreflang="en"[^>]*lang="en"[^>]*>Read the English version', html) or (
        re.search(r'<a[^>]*lang="en"[^>]*>Read the English version', html)
    )
    welsh = page.get("welsh-reviews/plentyn-g/report-cy").text
    assert re.search(r'<h1[^>]*lang="cy"', welsh)
    assert 'hreflang="en"' in welsh and "Read the English version" in welsh
    english = page.get("welsh-reviews/plentyn-g/report-en").text
    assert re.search(r'<h1[^>]*lang="en"', english)
    assert "Darllen y fersiwn Gymraeg" in english
    csv_text = page.get("@@published-reviews.csv").text
    assert "/report-cy" in csv_text and "/report-en" in csv_text
