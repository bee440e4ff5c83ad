"""Bilingual publication of a Welsh partnership's report and response: each language its
own item in the review, linked to the other; approval and publication need both versions
(or a recorded reason); the privacy gate reads both; the listing pairs them."""

from datetime import timedelta

import pytest
from plone import api
from plone.api.exc import InvalidParameterError
from plone.app.textfield.value import RichTextValue
from Products.CMFCore.WorkflowCore import WorkflowException

from conftest import PEOPLE
from plone_scrqm.privacy import gate
from plone_scrqm.publication.bilingual import counterpart_of
from plone_scrqm.publication.checks import approval_problems
from plone_scrqm.publication.checks import publication_problems
from plone_scrqm.publication.clock import publish_due
from plone_scrqm.publication.listing import published_reviews
from reviews import TODAY
from reviews import add_documents
from reviews import advance
from reviews import to_awaiting_approval
from wales import add_bilingual_documents
from wales import add_welsh_folder
from wales import advance_welsh

REFUSED = (WorkflowException, InvalidParameterError)


@pytest.fixture
def welsh_review(portal, reviews_folder):
    folder = add_welsh_folder(portal, PEOPLE)
    with api.env.adopt_user(username="rita"):
        review = api.content.create(container=folder, type="CaseReview", title="Plentyn F")
    return advance_welsh(review, "reporting")


def test_linking_either_side_pairs_both(welsh_review):
    docs = add_bilingual_documents(welsh_review)
    assert counterpart_of(docs[("report", "cy")]) == docs[("report", "en")]
    assert counterpart_of(docs[("report", "en")]) == docs[("report", "cy")]
    assert counterpart_of(docs[("response", "en")]) == docs[("response", "cy")]


def test_one_version_missing_refuses_approval(welsh_review):
    docs = add_bilingual_documents(welsh_review, TODAY + timedelta(days=10), languages=("en",))
    report, response = docs[("report", "en")], docs[("response", "en")]
    to_awaiting_approval(report, response)
    problems = [str(p) for p in approval_problems(report, today=TODAY)]
    assert problems == [
        "${version}, linked as its counterpart, or a recorded reason for publishing in one "
        "language only (Welsh Language Standards)"
    ]
    assert str(approval_problems(report, today=TODAY)[0].mapping["version"]) == (
        "the Welsh version of this document"
    )
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=report, transition="approve")
    # A recorded reason lets one language go ahead
    report.single_language_reason = "Welsh version follows within the week (agreed)."
    response.single_language_reason = "Welsh version follows within the week (agreed)."
    assert approval_problems(report, today=TODAY) == []


def test_language_must_be_recorded(welsh_review):
    report, response = add_documents(welsh_review, TODAY + timedelta(days=10))
    to_awaiting_approval(report, response)
    problems = [str(p) for p in approval_problems(report, today=TODAY)]
    assert "the language of this version: Welsh or English (Welsh Language Standards)" in problems


def test_both_versions_present_publishes_both(welsh_review):
    tomorrow = TODAY + timedelta(days=1)
    docs = add_bilingual_documents(welsh_review, tomorrow)
    english = (docs[("report", "en")], docs[("response", "en")])
    welsh = (docs[("report", "cy")], docs[("response", "cy")])
    to_awaiting_approval(*english, to_board=False)
    # The Welsh versions have not gone to the chair: the English ones wait for them
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=welsh_review, transition="submit_to_board")
    problems = [p.mapping["version"] for p in approval_problems(english[0], today=TODAY)]
    assert [str(p) for p in problems] == ["the Welsh version of this document"]
    to_awaiting_approval(*welsh, to_board=False)
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=english[0], transition="approve")
        api.content.transition(obj=english[1], transition="approve")
    # English approved, Welsh not yet: publication waits for the Welsh versions
    assert any(
        "both languages are published together" in str(p)
        for p in publication_problems(english[0], today=tomorrow)
    )
    with api.env.adopt_user(username="chandra"):
        for doc in welsh:
            api.content.transition(obj=doc, transition="approve")
    assert publish_due()["published"] == []  # not before the date
    for doc in english + welsh:
        doc.publication_date = TODAY  # the date comes
    result = publish_due()
    assert len(result["published"]) == 4
    for doc in english + welsh:
        assert api.content.get_state(obj=doc) == "published"
    assert api.content.get_state(obj=welsh_review) == "published"


def test_english_partnership_is_unchanged(make_review):
    review = advance(make_review(), "reporting")
    report, response = add_documents(review, TODAY + timedelta(days=10))
    to_awaiting_approval(report, response)
    assert approval_problems(report, today=TODAY) == []


def test_privacy_gate_reads_both_versions(welsh_review):
    welsh_review.privacy_register = ["Siân Prydderch"]
    docs = add_bilingual_documents(welsh_review, TODAY + timedelta(days=10))
    docs[("report", "cy")].text = RichTextValue(
        "<p>Symudodd mam y plentyn, Siân Prydderch, yn 2019.</p>", "text/html", "text/x-html-safe"
    )
    to_awaiting_approval(*docs.values())
    result = gate.check(welsh_review)
    # found once, in the Welsh report (the English one does not name her)
    assert [(m["document"], m["text"]) for m in result["matches"]] == [("report", "Siân Prydderch")]
    # The English version, clean itself, is held too: the gate reads the whole review
    for doc in (docs[("report", "en")], docs[("report", "cy")]):
        assert any("privacy check" in str(p) for p in approval_problems(doc, today=TODAY))


def test_listing_shows_the_visitors_language_with_the_other_version(welsh_review):
    docs = add_bilingual_documents(welsh_review, TODAY)
    to_awaiting_approval(*docs.values(), to_board=False)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=welsh_review, transition="submit_to_board")
        for doc in docs.values():
            api.content.transition(obj=doc, transition="approve")
    publish_due(today=TODAY)
    [row] = published_reviews(visitor_language="en")
    assert row["language"] == "en"
    assert row["report_url"].endswith("/report-en")
    assert row["response_url"].endswith("/response-en")
    assert [v["language"] for v in row["versions"]] == ["en", "cy"]
    [row] = published_reviews(visitor_language="cy")
    assert row["summary"] == "Sut y rhannodd asiantaethau wybodaeth."
    assert row["response_url"].endswith("/response-cy")
    [row] = published_reviews(visitor_language="fr", welsh_first=True)
    assert [v["language"] for v in row["versions"]] == ["cy", "en"]
