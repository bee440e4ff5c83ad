"""One place for moves: the phase panel and the clocks live on the review's own page and
on its report's and response's pages; the review's sub-pages show a compact header (title
linking back, phase, next due date) and hold no move button. Moves that cannot be undone
ask before they are made."""

import transaction
from plone import api

from conftest import PASSWORD
from reviews import DECISION
from reviews import add_documents
from reviews import advance
from reviews import set_fields

SUB_PAGES = (
    "@@information",
    "@@chronology-import",
    "@@chronology",
    "@@findings",
    "@@privacy-check",
    "@@assessment-overview",
    "@@assessment-compare",
    "@@marker-assessment?marker=4",
    "@@family",
    "@@review-history",
    "edit",
)
# A move button is a form posting to content_status_modify (Plone's own state menu in the
# toolbar is a menu of links, not this add-on's button).
MOVE_FORM = '/content_status_modify"'


def _pages(request_factory, user):
    session = request_factory(basic_auth=(user, PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    return session


def _review(folder):
    with api.env.adopt_user(username="rita"):
        review = api.content.create(container=folder, type="CaseReview", title="Child S")
    advance(review, "reporting")
    report, response = add_documents(review)
    transaction.commit()
    return review, report, response


def test_review_page_holds_the_panel(request_factory, rest_reviews_folder):
    review, _report, _response = _review(rest_reviews_folder)
    html = _pages(request_factory, "rita").get(review.absolute_url()).text
    assert 'class="scrqm-phase' in html and MOVE_FORM in html
    assert 'id="scrqm-clocks-heading"' in html
    assert "scrqm-review-header" not in html


def test_no_sub_page_holds_a_move_button(request_factory, rest_reviews_folder):
    review, _report, _response = _review(rest_reviews_folder)
    session = _pages(request_factory, "rita")
    checked = []
    for page in SUB_PAGES:
        response = session.get(f"{review.absolute_url()}/{page}")
        assert response.status_code == 200, (page, response.status_code)
        html = response.text
        assert MOVE_FORM not in html, page
        assert 'class="scrqm-phase' not in html, page
        assert 'id="scrqm-clocks-heading"' not in html, page
        header = html[html.index("scrqm-review-header") :][:1500]
        assert f'href="{review.absolute_url()}"' in header, page
        assert "Reporting" in header, page
        checked.append(page)
    assert checked == list(SUB_PAGES)


def test_report_and_response_pages_hold_their_panel(request_factory, rest_reviews_folder):
    _review_obj, report, response = _review(rest_reviews_folder)
    session = _pages(request_factory, "rita")
    for document in (report, response):
        html = session.get(document.absolute_url()).text
        assert 'class="scrqm-phase' in html and MOVE_FORM in html, document.getId()
        edit = session.get(f"{document.absolute_url()}/edit").text
        assert MOVE_FORM not in edit, document.getId()


def test_moves_that_cannot_be_undone_ask_first(request_factory, rest_reviews_folder):
    with api.env.adopt_user(username="rita"):
        review = api.content.create(container=rest_reviews_folder, type="CaseReview", title="T")
    advance(review, "decision_pending")
    set_fields(review, **DECISION)
    transaction.commit()
    html = _pages(request_factory, "chandra").get(review.absolute_url()).text
    decide = html.index('value="decide_review"')
    form = html[html.rindex("<form", 0, decide) : decide]
    assert "data-scrqm-confirm=" in form and "cannot be undone" in form
    assert 'aria-describedby="scrqm-confirm-decide_review"' in html
    assert "window.confirm" in html
    html = _pages(request_factory, "rita").get(review.absolute_url()).text
    back = html.index('value="return_to_referred"')
    assert "data-scrqm-confirm" not in html[html.rindex("<form", 0, back) : back]
