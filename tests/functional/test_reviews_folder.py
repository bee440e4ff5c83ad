"""The reviews folder view (``@@scr-reviews``): one row per review with its phase, next due
date, next move (what it needs, who makes it) and lead reviewer; sortable by a checked
parameter; from catalog brains only."""

import transaction
from plone import api

from conftest import PASSWORD
from reviews import SET_UP
from reviews import advance


def _pages(request_factory, user):
    session = request_factory(basic_auth=(user, PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    return session


def _reviews(folder):
    with api.env.adopt_user(username="rita"):
        referred = api.content.create(container=folder, type="CaseReview", title="Child B")
        running = api.content.create(container=folder, type="CaseReview", title="Child A")
    advance(running, "running")
    transaction.commit()
    return referred, running


def _rows(html):
    body = html[html.index("scrqm-reviews-table") :]
    return body[body.index("<tbody>") : body.index("</tbody>")]


def test_one_row_per_review_with_phase_next_move_and_lead(request_factory, rest_reviews_folder):
    _reviews(rest_reviews_folder)
    html = _pages(request_factory, "rita").get(
        f"{rest_reviews_folder.absolute_url()}/@@scr-reviews"
    )
    assert html.status_code == 200
    rows = _rows(html.text).split("<tr")[1:]
    assert len(rows) == 2
    by_title = {("Child A" if "Child A" in row else "Child B"): row for row in rows}
    assert "Running" in by_title["Child A"]
    assert "Start reporting" in by_title["Child A"]
    assert "the lead reviewer" in by_title["Child A"]
    for lead in SET_UP["lead_reviewers"]:
        assert lead in by_title["Child A"]
    assert "Referred" in by_title["Child B"]
    assert "the date referred (QM1)" in by_title["Child B"]
    assert "the review manager" in by_title["Child B"]


def test_sorted_by_the_parameter_and_a_bad_one_is_refused(request_factory, rest_reviews_folder):
    _reviews(rest_reviews_folder)
    session = _pages(request_factory, "leo")
    url = f"{rest_reviews_folder.absolute_url()}/@@scr-reviews"
    by_title = _rows(session.get(url, params={"sort_on": "title"}).text)
    assert by_title.index("Child A") < by_title.index("Child B")
    by_phase = _rows(session.get(url, params={"sort_on": "phase"}).text)
    assert by_phase.index("Child B") < by_phase.index("Child A")  # referred comes first
    for bad in ("sortable_title", "<script>", ""):
        response = session.get(url, params={"sort_on": bad})
        assert response.status_code == (200 if bad == "" else 400), bad
    response = session.get(url, params={"sort_on": "nope"})
    assert "sort_on" in response.text and "next_due" in response.text


def test_anonymous_sees_no_review(request_factory, rest_reviews_folder):
    _reviews(rest_reviews_folder)
    page = request_factory(api=False)
    page.headers["Accept"] = "text/html"
    response = page.get(f"{rest_reviews_folder.absolute_url()}/@@scr-reviews")
    assert "Child A" not in response.text and "Child B" not in response.text


def test_no_review_is_woken(functional_portal, rest_reviews_folder, monkeypatch):
    from plone_scrqm.review.views.folder import ReviewsFolderView

    _reviews(rest_reviews_folder)
    woken = []
    from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain

    monkeypatch.setattr(AbstractCatalogBrain, "getObject", lambda self: woken.append(self))
    request = functional_portal.REQUEST
    request.form["sort_on"] = "lead"
    with api.env.adopt_user(username="rita"):
        view = ReviewsFolderView(rest_reviews_folder, request)
        view.index = lambda: ""
        view()
    assert woken == []
    assert [row["title"] for row in view.rows] == ["Child A", "Child B"]  # no lead: last


def test_available_view_of_folders_and_the_demo_folders_default(functional_portal):
    folder_type = api.portal.get_tool("portal_types")["Folder"]
    assert "scr-reviews" in folder_type.view_methods
    assert folder_type.default_view == "listing_view"
