"""Links between the add-on's pages and "who acts next": the review links to its findings,
whose empty state offers "Add a finding"; a move held back by the privacy check links to
the review's privacy check; the phase panel names who may make a move the current user
cannot; the chair who writes the board's response sends it to quality assurance."""

from datetime import timedelta

import transaction
from plone import api

from conftest import PASSWORD
from reviews import DECISION
from reviews import TODAY
from reviews import add_documents
from reviews import advance
from reviews import set_fields
from reviews import to_awaiting_approval


def _pages(request_factory, user):
    session = request_factory(basic_auth=(user, PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    return session


def _named(user_id, fullname):
    api.user.get(userid=user_id).setMemberProperties({"fullname": fullname})


def _panel(html):
    start = html.index('class="scrqm-phase')
    return html[start : html.index("</section>", start)]


def test_the_review_links_to_its_findings_which_offer_to_add_one(
    request_factory, rest_reviews_folder
):
    with api.env.adopt_user(username="rita"):
        review = api.content.create(container=rest_reviews_folder, type="CaseReview", title="F")
    transaction.commit()
    rita = _pages(request_factory, "rita")
    assert f'href="{review.absolute_url()}/@@findings"' in rita.get(review.absolute_url()).text
    findings = rita.get(f"{review.absolute_url()}/@@findings").text
    assert "No finding has been recorded yet." in findings
    assert f'href="{review.absolute_url()}/++add++Finding"' in findings
    assert "Add a finding" in findings
    # a board member may read the findings but not add one
    bola = _pages(request_factory, "bola").get(f"{review.absolute_url()}/@@findings").text
    assert "++add++Finding" not in bola


def test_after_asking_the_chair_the_manager_is_told_the_chair_decides(
    request_factory, rest_reviews_folder
):
    _named("chandra", "Chandra Chair")
    with api.env.adopt_user(username="rita"):
        review = api.content.create(container=rest_reviews_folder, type="CaseReview", title="W")
    advance(review, "decision_pending")
    set_fields(review, **DECISION)
    transaction.commit()
    panel = _panel(_pages(request_factory, "rita").get(review.absolute_url()).text)
    assert "Back to referral" in panel
    assert "Who acts next" in panel
    assert "Decide to hold a review" in panel
    assert "the partnership chair" in panel and "Chandra Chair" in panel
    # the chair, who can decide, is not told to wait for someone else about it
    chair_panel = _panel(_pages(request_factory, "chandra").get(review.absolute_url()).text)
    assert "Who acts next" not in chair_panel


def test_the_chair_sends_the_board_response_she_wrote_to_quality_assurance(
    request_factory, rest_reviews_folder
):
    with api.env.adopt_user(username="rita"):
        review = api.content.create(container=rest_reviews_folder, type="CaseReview", title="B")
    advance(review, "reporting")
    with api.env.adopt_user(username="chandra"):
        response = api.content.create(
            container=review, type="BoardResponse", id="response", title="Board response"
        )
        assert api.user.has_permission("Modify portal content", obj=response)
        api.content.transition(obj=response, transition="submit_for_qa")
    assert api.content.get_state(obj=response) == "quality_assurance"
    with api.env.adopt_user(username="rita"):
        api.content.transition(obj=response, transition="return_to_draft")
    transaction.commit()
    panel = _panel(_pages(request_factory, "chandra").get(response.absolute_url()).text)
    assert "content_status_modify" in panel and "Submit for quality assurance" in panel
    # the chair does not gain the review team's report
    with api.env.adopt_roles(["Manager"]):
        report = api.content.create(container=review, type="ReviewReport", id="report", title="R")
    workflow_tool = api.portal.get_tool("portal_workflow")
    with api.env.adopt_user(username="chandra"):
        assert not api.user.has_permission("Modify portal content", obj=report)
        assert [t["id"] for t in workflow_tool.getTransitionsFor(report)] == []


def test_a_move_held_back_by_the_privacy_check_links_to_it(request_factory, rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(container=rest_reviews_folder, type="CaseReview", title="P")
    advance(review, "reporting")
    review.privacy_register = ["Fenella Brackwater"]
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=7))
    report.summary = "Fenella Brackwater moved house twice."
    report.reindexObject()
    to_awaiting_approval(report, response)
    transaction.commit()
    panel = _panel(_pages(request_factory, "chandra").get(report.absolute_url()).text)
    assert "Approve for publication" in panel and "not yet" in panel
    assert f'href="{review.absolute_url()}/@@privacy-check"' in panel
    clean = _panel(_pages(request_factory, "chandra").get(review.absolute_url()).text)
    assert "@@privacy-check" not in clean
