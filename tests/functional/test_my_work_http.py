""" "My work" over HTTP: the page and ``GET @scr-my-work`` for a signed-in person, Plone's
login (never a 200) for a visitor; the user menu's links only for people with a review
role; the site's tabs untouched."""

from datetime import date

import transaction
from plone import api

from conftest import PASSWORD


def _overdue_review(folder):
    with api.env.adopt_user(username="rita"):
        review = api.content.create(
            container=folder, type="CaseReview", title="Child R", aware_date=date(2026, 1, 5)
        )
    transaction.commit()
    return review


def test_rest_my_work(request_factory, rest_reviews_folder):
    review = _overdue_review(rest_reviews_folder)
    response = request_factory(basic_auth=("rita", PASSWORD)).get("@scr-my-work")
    assert response.status_code == 200, response.text
    data = response.json()
    sections = {section["kind"]: section for section in data["sections"]}
    assert list(sections) == [
        "review-moves",
        "document-moves",
        "overdue-clocks",
        "family-questions",
        "actions",
    ]
    clocks = sections["overdue-clocks"]["items"]
    assert clocks and clocks[0]["@id"].startswith(review.absolute_url())
    assert clocks[0]["urgent"] is True and clocks[0]["review"] == "Child R"
    moves = sections["review-moves"]["items"]
    assert moves and all(item["@id"] == review.absolute_url() for item in moves)
    assert data["items_total"] == sum(len(s["items"]) for s in data["sections"])


def test_rest_my_work_refuses_visitors(request_factory, rest_reviews_folder):
    _overdue_review(rest_reviews_folder)
    response = request_factory().get("@scr-my-work")
    assert response.status_code == 401
    assert "Child R" not in response.text


def test_page_for_visitors_is_the_login(request_factory, rest_reviews_folder):
    _overdue_review(rest_reviews_folder)
    response = request_factory(api=False).get("@@scr-my-work", allow_redirects=False)
    assert response.status_code in (302, 401, 403), response.status_code
    if response.status_code == 302:
        assert "login" in response.headers["Location"]
    assert "Child R" not in response.text


def test_page_for_a_review_manager(request_factory, rest_reviews_folder):
    review = _overdue_review(rest_reviews_folder)
    response = request_factory(basic_auth=("rita", PASSWORD), api=False).get("@@scr-my-work")
    assert response.status_code == 200
    assert f'href="{review.absolute_url()}#scrqm-clocks-heading"' in response.text


def _user_menu(session):
    return {action["id"]: action["url"] for action in session.get("@actions").json()["user"]}


def test_user_menu_links_only_for_review_roles(
    request_factory, functional_portal, rest_reviews_folder
):
    site = functional_portal.absolute_url()
    links = {
        "scrqm-my-work": f"{site}/@@scr-my-work",
        "scrqm-dashboard": f"{site}/@@scr-dashboard",
        "scrqm-action-tracker": f"{site}/@@action-tracker",
    }
    for user in ("rita", "leo", "chandra", "bola"):
        menu = _user_menu(request_factory(basic_auth=(user, PASSWORD)))
        assert {key: menu.get(key) for key in links} == links, user
    for user in ("edwin", "morgan"):
        menu = _user_menu(request_factory(basic_auth=(user, PASSWORD)))
        assert not set(links) & set(menu), user
    assert not set(links) & set(_user_menu(request_factory()))
    html = request_factory(basic_auth=("rita", PASSWORD), api=False).get("@@scr-dashboard").text
    assert f'href="{links["scrqm-my-work"]}"' in html


def test_the_sites_tabs_are_untouched(functional_portal):
    tabs = api.portal.get_tool("portal_actions")["portal_tabs"]
    assert tabs.objectIds() == ["index_html"]
    user = api.portal.get_tool("portal_actions")["user"].objectIds()
    assert user.index("scrqm-my-work") == user.index("dashboard") + 1
