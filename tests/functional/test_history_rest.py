"""``@history`` of a review and its report for the review team, whoever created them (what
Volto's History view lists): the workflow's moves with who made them; a board member, a
member without a role and a visitor are refused."""

import transaction
from plone import api

from conftest import PASSWORD
from reviews import add_documents
from reviews import advance


def test_the_review_team_reads_the_history_of_a_review_it_did_not_create(
    request_factory, rest_reviews_folder
):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-k", title="Child K"
        )
    advance(review, "running")
    report, _response = add_documents(review)
    transaction.commit()
    for user in ("rita", "leo", "chandra"):
        session = request_factory(basic_auth=(user, PASSWORD))
        answer = session.get("safeguarding-reviews/child-k/@history")
        assert answer.status_code == 200, (user, answer.text)
        entries = answer.json()
        moves = [entry for entry in entries if entry["type"] == "workflow"]
        assert len(moves) >= 3, (user, entries)
        assert "Start the review" in [entry["transition_title"] for entry in moves]
        for entry in moves:
            assert entry["time"][:4].isdigit() and "T" in entry["time"]
            assert entry["actor"]["id"] and entry["state_title"]
        report_history = session.get(f"safeguarding-reviews/child-k/{report.getId()}/@history")
        assert report_history.status_code == 200, report_history.text
        assert [entry["action"] for entry in report_history.json()] == ["Create"]
    for user in ("bola", "morgan", "edwin"):
        session = request_factory(basic_auth=(user, PASSWORD))
        refused = session.get("safeguarding-reviews/child-k/@history")
        assert refused.status_code in (401, 403), (user, refused.text)
    visitor = request_factory(basic_auth=None)
    assert visitor.get("safeguarding-reviews/child-k/@history").status_code == 401
