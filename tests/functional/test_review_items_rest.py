"""The review's items by kind (``@scr-items``) and who acts next (``@scr-next-steps``'s
``others``), which a Volto review page reads: each kind with its title, total and items
linked, only what the caller may view; a visitor and a member without a review role are
refused; no family detail is sent."""

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from families import NAME
from families import add_family_member
from reviews import add_documents
from reviews import add_entry
from reviews import add_finding
from reviews import add_request
from reviews import advance


@pytest.fixture
def review(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-k", title="Child K"
        )
    advance(review, "running")
    add_request(review, title="Police records")
    add_request(review, title="School records")
    add_finding(review)
    add_documents(review)
    add_family_member(review)
    add_entry(review)
    transaction.commit()
    return review


def _kinds(session, query=""):
    answer = session.get(f"safeguarding-reviews/child-k/@scr-items{query}")
    assert answer.status_code == 200, answer.text
    return answer, {kind["id"]: kind for kind in answer.json()["kinds"]}


def test_the_review_team_gets_the_items_by_kind_in_the_types_order(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    answer, kinds = _kinds(rita)
    order = list(api.portal.get_tool("portal_types")["CaseReview"].allowed_content_types)
    # Kinds the type allows first, in its order; others (the chronology's own folder) after.
    assert list(kinds) == sorted(
        kinds, key=lambda kind: (kind not in order, order.index(kind) if kind in order else kind)
    )
    requests = kinds["InformationRequest"]
    assert requests["title"] == "Information request"
    assert requests["total"] == 2
    assert [item["title"] for item in requests["items"]] == ["Police records", "School records"]
    assert requests["items"][0]["@id"].endswith("/child-k/police-records")
    # Items without a workflow of their own have no state; the report has its own.
    assert kinds["ReviewReport"]["items"][0]["review_state"] == "draft"
    assert kinds["ReviewReport"]["items"][0]["state_title"]
    assert {"ReviewReport", "BoardResponse", "Finding", "FamilyMember"} <= set(kinds)
    # The chronology's entries live in its own folder: one link, not thousands of entries.
    assert kinds["ChronologyFolder"]["total"] == 1
    assert "ChronologyEntry" not in kinds
    assert NAME not in answer.text


def test_each_kind_is_cut_at_b_size_with_its_total(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    _answer, kinds = _kinds(rita, "?b_size=1")
    assert kinds["InformationRequest"]["total"] == 2
    assert [item["title"] for item in kinds["InformationRequest"]["items"]] == ["Police records"]
    for bad in ("0", "-1", "many", "100000"):
        answer = rita.get(f"safeguarding-reviews/child-k/@scr-items?b_size={bad}")
        assert answer.status_code == 400, (bad, answer.text)
        assert "b_size" in answer.json()["error"]["message"]


def test_only_what_the_caller_may_view(request_factory, review):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    bola = request_factory(basic_auth=("bola", PASSWORD))
    _answer, team_kinds = _kinds(rita)
    answer, board_kinds = _kinds(bola)
    with api.env.adopt_user(username="bola"):
        for kind in board_kinds.values():
            for item in kind["items"]:
                obj = api.content.get(path=item["@id"].split("/plone", 1)[1])
                assert obj is not None and api.user.has_permission("View", obj=obj)
    # The family's records are for the review team only.
    assert "FamilyMember" in team_kinds and "FamilyMember" not in board_kinds
    assert NAME not in answer.text
    visitor = request_factory(basic_auth=None)
    assert visitor.get("safeguarding-reviews/child-k/@scr-items").status_code == 401
    morgan = request_factory(basic_auth=("morgan", PASSWORD))
    assert morgan.get("safeguarding-reviews/child-k/@scr-items").status_code in (401, 403)


def test_next_steps_say_who_acts_next(request_factory, review):
    api.user.get(userid="chandra").setMemberProperties({"fullname": "Chandra Chair"})
    transaction.commit()
    bola = request_factory(basic_auth=("bola", PASSWORD))
    answer = bola.get("safeguarding-reviews/child-k/@scr-next-steps")
    assert answer.status_code == 200, answer.text
    others = answer.json()["others"]
    assert others, "the board member cannot move the review on: someone else can"
    for other in others:
        assert other["id"] and other["title"] and other["roles"]
    assert any(other["people"] for other in others)
    visitor = request_factory(basic_auth=None)
    assert visitor.get("safeguarding-reviews/child-k/@scr-next-steps").status_code == 401


def test_pages_are_those_the_caller_may_open(request_factory, review):
    """``pages`` names the review's own Volto pages the caller may open, so a review page
    links them (users arrive without addresses); each page's own service agrees."""
    expected = {
        # the review team: every page
        "rita": [
            "assessment-overview",
            "review-information",
            "review-history",
            "privacy-check",
            "chronology",
            "family",
        ],
        # the chair: the privacy check, not the family's details
        "chandra": ["assessment-overview", "review-information", "review-history", "privacy-check"],
        # a board member: what the board reads
        "bola": ["assessment-overview", "review-information", "review-history"],
    }
    services = {
        "assessment-overview": "@scr-assessment-overview",
        "review-information": "@scr-information",
        "review-history": "@scr-history",
        "privacy-check": "@scr-privacy",
        "chronology": "@scr-chronology",
        "family": "@scr-family",
    }
    for user, pages in expected.items():
        session = request_factory(basic_auth=(user, PASSWORD))
        answer, _kinds_ = _kinds(session)
        assert answer.json()["pages"] == pages, user
        for page, service in services.items():
            status = session.get(f"safeguarding-reviews/child-k/{service}").status_code
            if page in pages:
                assert status == 200, (user, service, status)
            else:
                assert status in (401, 403), (user, service, status)
