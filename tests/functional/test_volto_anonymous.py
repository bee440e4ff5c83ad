"""What a Volto frontend reads as Anonymous on a published report inside a private review:
the document's JSON, its breadcrumbs and navigation through every way Volto asks for them
(``@breadcrumbs``, ``?expand=``, ``++api++``), and the document's ``parent``. None carries
the review's title; the public listing offers its themes."""

from datetime import timedelta

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from reviews import TODAY
from reviews import add_documents
from reviews import advance
from reviews import to_awaiting_approval

REVIEW_TITLE = "Child Zebedee"


@pytest.fixture
def published(rest_reviews_folder, request_factory):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-z", title=REVIEW_TITLE
        )
    advance(review, "reporting")
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=1))
    to_awaiting_approval(report, response)
    with api.env.adopt_user(username="chandra"):
        for doc in (report, response):
            api.content.transition(obj=doc, transition="approve")
    report.publication_date = response.publication_date = TODAY
    transaction.commit()
    # The publication clock (cron) publishes them on their date
    clock = request_factory(basic_auth=("samira", PASSWORD), api=False)
    assert len(clock.post("@@scr-publication-clock").json()["published"]) == 2
    transaction.begin()
    return review


def _titles(value):
    """Every "title" anywhere in a JSON value."""
    if isinstance(value, dict):
        found = [value["title"]] if isinstance(value.get("title"), str) else []
        return found + [t for item in value.values() for t in _titles(item)]
    if isinstance(value, list):
        return [t for item in value for t in _titles(item)]
    return []


@pytest.mark.parametrize("document", ["report", "response"])
def test_anonymous_volto_reads_no_private_title(request_factory, published, document):
    anonymous = request_factory(basic_auth=None)
    path = f"safeguarding-reviews/child-z/{document}"
    assert anonymous.get("safeguarding-reviews/child-z").status_code == 401
    answers = {}
    for url in (
        path,
        f"{path}/@breadcrumbs",
        f"{path}/@navigation",
        f"{path}/@navigation?expand.navigation.depth=3",
        f"{path}/@contextnavigation",
        f"{path}?expand=breadcrumbs,navigation,actions",
        f"{path}?expand=breadcrumbs,navigation,actions,navroot",
        f"++api++/{path}",
        f"++api++/{path}/@breadcrumbs",
        f"++api++/{path}?expand=breadcrumbs,navigation",
    ):
        response = anonymous.get(url)
        assert response.status_code == 200, (url, response.status_code, response.text[:300])
        answers[url] = response.json()
    leaking = {url for url, data in answers.items() if REVIEW_TITLE in _titles(data)}
    assert leaking == set()
    assert not [url for url, data in answers.items() if REVIEW_TITLE in str(data)]
    # The document itself is readable, and its breadcrumbs still lead home
    assert answers[path]["title"]
    crumbs = answers[f"{path}/@breadcrumbs"]["items"]
    assert crumbs and crumbs[-1]["@id"].endswith(f"/child-z/{document}")


def test_review_team_still_sees_the_review_in_breadcrumbs(request_factory, published):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    crumbs = rita.get("safeguarding-reviews/child-z/report/@breadcrumbs").json()["items"]
    assert REVIEW_TITLE in [item["title"] for item in crumbs]
    assert rita.get("safeguarding-reviews/child-z/report").json()["parent"]["title"] == (
        REVIEW_TITLE
    )


def test_published_listing_offers_its_themes(request_factory, published):
    listing = request_factory(basic_auth=None).get("@scr-published").json()
    assert listing["items_total"] == 1
    tokens = [option["token"] for option in listing["theme_options"]]
    assert "neglect" in tokens and "information-sharing" in tokens
    assert all(option["title"] for option in listing["theme_options"])


def test_chair_reads_the_moves_of_a_published_document(request_factory, published):
    """Volto's phase panel on a report: the chair's moves (she has no "Work on review"),
    none for a visitor; a withdrawal without its reason is refused with the reason why."""
    path = "safeguarding-reviews/child-z/report"
    chandra = request_factory(basic_auth=("chandra", PASSWORD))
    answer = chandra.get(f"{path}/@scr-next-steps")
    assert answer.status_code == 200, answer.text
    assert "withdraw" in [step["id"] for step in answer.json()["steps"]]
    visitor = request_factory(basic_auth=None).get(f"{path}/@scr-next-steps")
    assert visitor.status_code == 200
    assert visitor.json()["steps"] == []
    assert REVIEW_TITLE not in visitor.text
    refused = chandra.post(f"{path}/@workflow/withdraw", json={})
    assert refused.status_code == 400
    assert "reason" in refused.json()["error"]["message"]
    assert chandra.get(path).json()["review_state"] == "published"
