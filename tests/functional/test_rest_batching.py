"""The add-on's REST listings batch like plone.restapi's: ``b_start``, ``b_size``,
``items_total`` of the whole set, ``batching`` links, and 400 for a bad batch parameter."""

from datetime import date
from datetime import timedelta
from urllib.parse import parse_qs
from urllib.parse import urlparse

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from reviews import TODAY
from reviews import add_action
from reviews import add_documents
from reviews import add_finding
from reviews import advance
from reviews import force_state


def _start(url):
    return int(parse_qs(urlparse(url).query)["b_start"][0])


@pytest.fixture
def three_reviews(rest_reviews_folder):
    reviews = []
    with api.env.adopt_user(username="rita"):
        for letter in "ABC":
            reviews.append(
                api.content.create(
                    container=rest_reviews_folder,
                    type="CaseReview",
                    id=f"child-{letter.lower()}",
                    title=f"Child {letter}",
                    aware_date=date(2026, 1, 5),
                )
            )
    transaction.commit()
    return reviews


def test_dashboard_pages(request_factory, three_reviews):
    session = request_factory(basic_auth=("bola", PASSWORD))
    everything = session.get("@scr-dashboard", params={"sort_on": "title"}).json()
    titles = [item["title"] for item in everything["items"]]
    assert {"Child A", "Child B", "Child C"} <= set(titles)
    total = everything["items_total"]
    assert total == len(titles) and total <= 25
    assert "batching" not in everything

    first = session.get("@scr-dashboard", params={"sort_on": "title", "b_size": 2}).json()
    assert first["items_total"] == total
    assert [item["title"] for item in first["items"]] == titles[:2]
    assert first["by_phase"] == everything["by_phase"]  # of the whole set, not the page
    links = first["batching"]
    assert _start(links["first"]) == 0
    assert _start(links["last"]) == (total - 1) // 2 * 2
    assert _start(links["next"]) == 2 and "prev" not in links
    assert "sort_on=title" in links["next"]

    second = session.get(links["next"]).json()
    assert [item["title"] for item in second["items"]] == titles[2:4]
    assert second["items_total"] == total
    assert _start(second["batching"]["prev"]) == 0


@pytest.fixture
def three_actions(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-t", title="Child T"
        )
    advance(review, "running")
    finding = add_finding(review)
    for number in (1, 2, 3):
        add_action(review, [finding], title=f"Action {number}", due_date=TODAY + timedelta(number))
    transaction.commit()
    return review


def test_actions_pages(request_factory, three_actions):
    session = request_factory(basic_auth=("bola", PASSWORD))
    params = {"sort_on": "title", "b_size": 2, "b_start": 2}
    page = session.get("@scr-actions", params=params).json()
    assert page["items_total"] == 3
    assert [item["title"] for item in page["items"]] == ["Action 3"]
    assert _start(page["batching"]["prev"]) == 0
    first = session.get("@scr-actions", params={"sort_on": "title", "b_size": 2}).json()
    assert [item["title"] for item in first["items"]] == ["Action 1", "Action 2"]


def test_published_pages_for_anonymous(request_factory, rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        for letter, days in (("e", 1), ("f", 2)):
            review = api.content.create(
                container=rest_reviews_folder,
                type="CaseReview",
                id=f"child-{letter}",
                title=f"Child {letter.upper()}",
            )
            for doc in add_documents(review, publication_date=TODAY - timedelta(days)):
                force_state(doc, "scrqm_publication_workflow", "published")
    transaction.commit()
    anonymous = request_factory()
    page = anonymous.get("@scr-published", params={"b_size": 1}).json()
    assert page["items_total"] == 2
    assert [item["pseudonym"] for item in page["items"]] == ["Child E"]  # newest first
    following = anonymous.get(page["batching"]["next"]).json()
    assert [item["pseudonym"] for item in following["items"]] == ["Child F"]
    assert "batching" not in anonymous.get("@scr-published").json()


@pytest.mark.parametrize("path", ["@scr-dashboard", "@scr-actions", "@scr-published"])
@pytest.mark.parametrize(
    "params",
    [
        {"b_start": "x"},
        {"b_start": "-1"},
        {"b_size": "0"},
        {"b_size": "two"},
        {"b_size": "100000"},
        {"b_start:list": ["1", "2"]},
    ],
)
def test_bad_batch_parameters_are_400(request_factory, rest_reviews_folder, path, params):
    session = request_factory(basic_auth=("bola", PASSWORD))
    response = session.get(path, params=params)
    assert response.status_code == 400, response.text
    name = next(iter(params)).split(":")[0]
    answer = response.json()
    assert answer["type"] == "BadRequest"
    assert f"'{name}'" in answer["message"]
