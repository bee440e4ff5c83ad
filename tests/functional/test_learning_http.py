"""Learning across reviews through HTTP: the page with its period filter and chart, the CSV,
``GET @scr-learning``, a priority's page, progress updates, the board view, earlier learning
on the review page; the board sees learning, never family details; Anonymous nothing."""

import csv
import io
import re
from datetime import date
from datetime import timedelta

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from reviews import TODAY
from reviews import add_action
from reviews import add_finding
from reviews import advance
from reviews import set_fields

FAMILY_DETAIL = "Kayleigh Marsh-Duvall"


@pytest.fixture
def learning(rest_reviews_folder):
    folder = rest_reviews_folder
    with api.env.adopt_roles(["Manager"]):
        first = api.content.create(
            container=folder, type="CaseReview", id="child-p", title="Child P"
        )
        second = api.content.create(
            container=folder, type="CaseReview", id="child-q", title="Child Q"
        )
        priority = api.content.create(
            container=folder,
            type="LearningPriority",
            id="neglect-early",
            title="Neglect is recognised early",
            period_start=date(2025, 4, 1),
            owner="Learning and improvement subgroup",
            business_plan_reference="BP 2.3",
        )
    advance(first, "running")
    advance(second, "running")
    set_fields(
        first,
        incident_date=date(2025, 1, 10),
        referral_date=date(2025, 1, 20),
        decision_date=date(2025, 2, 3),
    )
    f1 = add_finding(
        first,
        learning_themes=["neglect"],
        factor_levels=["organisational"],
        factor_explanation=f"No one saw the whole picture of {FAMILY_DETAIL}.",
        learning_priorities=[priority.UID()],
    )
    f2 = add_finding(
        second,
        title="Finding 1: neglect thresholds again",
        learning_themes=["neglect"],
        factor_levels=["organisational"],
    )
    add_action(first, [f1], learning_themes=["neglect"], learning_priorities=[priority.UID()])
    add_action(second, [f2], title="Second action", learning_themes=["neglect"])
    transaction.commit()
    return folder, first, second, priority


def page(request_factory, path, user="bola", allow_redirects=True, **params):
    if user:
        session = request_factory(basic_auth=(user, PASSWORD), api=False)
    else:
        session = request_factory(api=False)
    session.headers["Accept"] = "text/html"
    return session.get(path, params=params, allow_redirects=allow_redirects)


def test_learning_page_for_the_board(request_factory, learning):
    response = page(request_factory, "safeguarding-reviews/@@learning")
    assert response.status_code == 200
    text = response.text
    assert "Recurring findings across reviews" in text
    assert "Neglect" in text and "scrqm-learning-themes" in text
    assert 'role="img"' in text and "scrqm-hatch" in text  # patterns, not colour alone
    assert FAMILY_DETAIL not in text


def test_period_filter_is_validated(request_factory, learning):
    assert page(request_factory, "safeguarding-reviews/@@learning", to="soon").status_code == 400
    assert (
        page(
            request_factory, "safeguarding-reviews/@@learning", **{"from": "2026", "to": "2025"}
        ).status_code
        == 400
    )
    only_2025 = page(
        request_factory, "safeguarding-reviews/@@learning", **{"from": "2025", "to": "2025"}
    )
    assert only_2025.status_code == 200
    flat = " ".join(only_2025.text.split())
    assert "1 findings in" in flat, flat[flat.find("scrqm-learning-counts") - 200 :][:600]


def test_learning_csv_and_rest(request_factory, learning):
    text = page(request_factory, "safeguarding-reviews/@@learning.csv").text
    rows = list(csv.DictReader(io.StringIO(text)))
    recurring = [row for row in rows if row["section"] == "recurring"]
    assert recurring == [
        {
            "section": "recurring",
            "group": "organisational",
            "theme": "neglect",
            "title": "Neglect",
            "count": "2",
            "extra": "2 findings",
        }
    ]
    session = request_factory(basic_auth=("bola", PASSWORD))
    data = session.get("safeguarding-reviews/@scr-learning").json()
    assert data["findings"] == 2 and data["actions"] == 2
    assert data["recurring"][0]["reviews"] == 2
    assert FAMILY_DETAIL not in str(data)
    bad = session.get("safeguarding-reviews/@scr-learning", params={"from": "x"})
    assert bad.status_code == 400 and "from" in bad.json()["error"]["message"]


def test_anonymous_and_plain_members_see_no_learning(request_factory, learning):
    anonymous = request_factory(api=False)
    for path in ("@@learning", "@@learning.csv", "@@action-board", "@@learning-framework"):
        response = anonymous.get(f"safeguarding-reviews/{path}", allow_redirects=False)
        assert response.status_code in (302, 401), path
    assert request_factory().get("@scr-learning").status_code == 401
    edwin = page(request_factory, "@@learning", user="edwin", allow_redirects=False)
    assert edwin.status_code in (401, 403, 302)
    assert anonymous.get(
        "safeguarding-reviews/neglect-early", allow_redirects=False
    ).status_code in (302, 401)


def test_priority_page_board_and_progress(request_factory, learning):
    folder, first, second, priority = learning
    text = page(request_factory, "safeguarding-reviews/neglect-early").text
    assert "Finding 1: thresholds for neglect" in text and "Shared neglect threshold tool" in text
    assert "BP 2.3" in text
    framework = page(request_factory, "safeguarding-reviews/@@learning-framework").text
    assert "Neglect is recognised early" in framework

    action_path = "safeguarding-reviews/child-p/shared-neglect-threshold-tool/@@progress"
    rita = request_factory(basic_auth=("rita", PASSWORD), api=False)
    rita.headers["Accept"] = "text/html"
    token = re.search(r'name="_authenticator" value="([^"]+)"', rita.get(action_path).text)[1]
    form = {
        "_authenticator": token,
        "form.submitted": "1",
        "date": (TODAY - timedelta(days=1)).isoformat(),
        "what": "Tool piloted in two teams",
        "rag": "amber",
    }
    refused = rita.post(action_path, data=dict(form, rag="purple"))
    assert refused.status_code == 400, refused.text[-3000:]
    assert "RAG" in refused.text
    board_refused = request_factory(basic_auth=("bola", PASSWORD), api=False).post(
        action_path, data=form
    )
    assert board_refused.status_code == 403
    assert rita.post(action_path, data=form).status_code == 200
    assert "Tool piloted in two teams" in page(request_factory, action_path).text
    tracked = request_factory(basic_auth=("bola", PASSWORD)).get("@scr-actions").json()
    latest = {item["title"]: item for item in tracked["items"]}["Shared neglect threshold tool"]
    assert (latest["rag"], latest["rag_date"]) == ("amber", (TODAY - timedelta(days=1)).isoformat())
    assert "Amber" in page(request_factory, "@@action-tracker").text
    board = page(request_factory, "safeguarding-reviews/@@action-board").text
    assert "Amber" in board and "Neglect is recognised early" in board


def test_review_page_shows_earlier_learning(request_factory, learning):
    folder, first, second, priority = learning
    text = page(request_factory, "safeguarding-reviews/child-q", user="rita").text
    assert "Earlier learning on these themes" in text
    assert "Finding 1: thresholds for neglect" in text  # the other review's open finding


def test_yearly_pack_page_and_pdf(request_factory, learning):
    folder, first, second, priority = learning
    text = page(request_factory, "safeguarding-reviews/@@learning-year", year="2025").text
    assert "Learning from reviews: 2025" in text
    assert "Reviews started (decided to hold)" in text and "Neglect is recognised early" in text
    assert FAMILY_DETAIL not in text
    for bad in ("", "20x5", "1999"):
        response = page(request_factory, "safeguarding-reviews/@@learning-year", year=bad)
        assert response.status_code == 400
    pdf = page(request_factory, "safeguarding-reviews/@@learning-year.pdf", year=str(TODAY.year))
    if pdf.status_code == 503:
        pytest.skip("WeasyPrint needs the Pango libraries on this machine")
    assert pdf.headers["Content-Type"] == "application/pdf"
    from pypdf import PdfReader

    words = " ".join(page_.extract_text() for page_ in PdfReader(io.BytesIO(pdf.content)).pages)
    words = " ".join(words.split())
    assert f"Learning from reviews: {TODAY.year}" in words
    assert "Timeliness against each clock" in words
    assert "Neglect" in words and "Neglect is recognised early" in words
    assert FAMILY_DETAIL not in words
