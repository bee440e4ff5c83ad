"""The assessment pages of a review: overview, marker page, the one-form editor, compare,
report (HTML and PDF), CSV export and the heat-map across reviews."""

import csv
import io
from datetime import date

import pytest
from plone import api
from plone.protect.authenticator import createToken
from zExceptions import Forbidden

EVIDENCE = "The referral form gives the rationale in full (fictional)."


@pytest.fixture
def review(make_review):
    return make_review()


def _round(review, stage, held, markers=()):
    with api.env.adopt_user(username="rita"):
        return api.content.create(
            container=review,
            type="AssessmentRound",
            id=f"{stage}-{held.isoformat()}",
            stage=stage,
            date=held,
            markers=list(markers),
            participants=["Lead reviewer"],
        )


@pytest.fixture
def assessed(review):
    """A beginning round with QM1 met and QM4 not met; a progress round where QM4 improves."""
    beginning = _round(review, "beginning", date(2026, 3, 3))
    qm1 = beginning["qm-01"]
    qm1.answers = [dict(row, answer="yes", evidence=EVIDENCE) for row in qm1.answers]
    qm1.judgement = "met"
    qm4 = beginning["qm-04"]
    qm4.answers = [dict(row, answer="no") for row in qm4.answers]
    qm4.judgement = "not-met"
    progress = _round(review, "progress", date(2026, 5, 1), markers=[4])
    later = progress["qm-04"]
    later.answers = [dict(row, answer="partly") for row in later.answers]
    later.judgement = "partly-met"
    for obj in (qm1, qm4, later):
        obj.reindexObject()
    return review


def render(context, name, user="rita", **form):
    request = context.REQUEST
    request.form.clear()
    request.form.update(form)
    with api.env.adopt_user(username=user):
        view = api.content.get_view(name=name, context=context, request=request)
        return view()


def test_overview_shows_latest_judgement_in_clusters(assessed):
    html = render(assessed, "assessment-overview")
    assert html.index("Setting up the review") < html.index("Running the review")
    assert "QM 4:" in html and "Informing the family" in html
    assert "Partly met" in html  # QM4's latest, from the progress round
    assert "scrqm-judgement-met" in html and "text-bg-success" in html
    assert "Add an assessment round" in html
    assert "@@marker-assessment?marker=4" in html


def test_overview_for_a_board_member_has_no_add_button(assessed):
    html = render(assessed, "assessment-overview", user="bola")
    assert "Add an assessment round" not in html
    assert "Partly met" in html


def test_review_page_links_the_overview(assessed):
    html = render(assessed, "view")
    assert "@@assessment-overview" in html


def test_marker_page_shows_history(assessed):
    html = render(assessed, "marker-assessment", marker="1")
    assert "Referral" in html and "Quality statement" in html
    assert "<details" in html and "Rationale" in html
    assert EVIDENCE in html
    assert "History across rounds" in html
    html4 = render(assessed, "marker-assessment", marker="4")
    assert html4.index("During the review") < html4.index("Beginning of the review, 2026-03-03")


@pytest.mark.parametrize("value", ["99", "0", "four", ""])
def test_marker_page_refuses_bad_marker(assessed, value):
    html = render(assessed, "marker-assessment", marker=value)
    assert assessed.REQUEST.response.getStatus() == 400
    assert "There is no quality marker" in html


def _post_assess(assessment, user="rita", token=True, **fields):
    request = assessment.REQUEST
    request.method = "POST"
    form = dict(fields)
    if token:
        with api.env.adopt_user(username=user):
            form["_authenticator"] = createToken()
    form["form.save"] = "save"
    try:
        return render(assessment, "assess", user=user, **form)
    finally:
        request.method = "GET"


def test_assess_form_renders_every_question_with_labels(assessed):
    assessment = assessed["beginning-2026-03-03"]["qm-04"]
    html = render(assessment, "assess")
    assert html.count("<fieldset") >= len(assessment.answers) + 2
    assert html.count("<legend") >= len(assessment.answers)
    assert 'name="_authenticator"' in html
    assert 'for="answer-1-not-yet"' in html and 'id="answer-1-not-yet"' in html
    assert "Not yet" in html and "Not applicable" in html
    assert 'for="evidence-1"' in html


def test_assess_form_saves_all_answers_at_once(assessed):
    assessment = assessed["beginning-2026-03-03"]["qm-02"]
    total = len(assessment.answers)
    fields = {f"answer-{n}": "yes" for n in range(1, total + 1)}
    fields.update({"evidence-2": "Minutes of the rapid review (fictional).", "answer-3": "not-yet"})
    fields.update(judgement="partly-met", commentary="Good start.", assessed_on="2026-03-04")
    _post_assess(assessment, **fields)
    assert assessment.judgement == "partly-met"
    assert assessment.answers[2]["answer"] == "not-yet"
    assert assessment.answers[1]["evidence"] == "Minutes of the rapid review (fictional)."
    assert assessment.counts().answered == total
    assert assessment.assessed_on == date(2026, 3, 4)
    assert assessment.REQUEST.response.getStatus() == 302


def test_assess_form_refuses_unknown_answer_and_keeps_input(assessed):
    assessment = assessed["beginning-2026-03-03"]["qm-02"]
    html = _post_assess(assessment, **{"answer-1": "maybe", "evidence-1": "Kept text"})
    assert "Question 1: &#39;maybe&#39; is not an answer" in html or "Question 1: 'maybe'" in html
    assert "Kept text" in html
    assert assessment.answers[0]["answer"] is None


def test_assess_form_needs_the_authenticator(assessed):
    assessment = assessed["beginning-2026-03-03"]["qm-02"]
    with pytest.raises(Forbidden):
        _post_assess(assessment, token=False, **{"answer-1": "yes"})
    assert assessment.answers[0]["answer"] is None


def test_compare_shows_what_changed(assessed):
    html = render(assessed, "assessment-compare")
    assert "Not met" in html and "Partly met" in html
    assert "not in this round" in html
    assert "scrqm-changed" in html
    html = render(assessed, "assessment-compare", rounds="nope")
    assert assessed.REQUEST.response.getStatus() == 404
    assert "This review has no assessment round" in html


def test_report_html_and_unknown_round(assessed):
    html = render(assessed, "assessment-report", round="beginning-2026-03-03")
    assert "Self-assessment against the SCR Quality Markers" in html
    assert "QM 18: Implementation and evaluation" in html
    assert EVIDENCE in html
    html = render(assessed, "assessment-report", round="unknown")
    assert assessed.REQUEST.response.getStatus() == 404
    assert "This review has no assessment round" in html


def test_report_pdf_has_markers_and_judgements(assessed):
    from pypdf import PdfReader

    pdf = render(assessed, "assessment-report.pdf", round="beginning-2026-03-03")
    assert pdf.startswith(b"%PDF")
    assert assessed.REQUEST.response.getHeader("Content-Type") == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert "QM 1: Referral" in text
    assert "QM 4: Informing the family" in text
    assert "Not met" in text and "Met" in text
    assert "Child D" in text


def test_csv_export_has_every_answer(assessed):
    body = render(assessed, "assessment-export.csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 107 + len(assessed["progress-2026-05-01"]["qm-04"].answers)
    first = rows[0]
    assert (first["round"], first["marker"], first["answer"], first["judgement"]) == (
        "beginning-2026-03-03",
        "1",
        "yes",
        "met",
    )
    assert first["evidence"] == EVIDENCE


def test_heatmap_from_catalog(assessed, reviews_folder, make_review):
    make_review(title="Child E")
    html = render(api.portal.get(), "assessment-heatmap")
    assert "Child D" in html and "Child E" in html
    assert "Partly" in html and "Not assessed" in html
    assert html.count("scrqm-judgement-partly-met") >= 1
    anonymous_html = render(reviews_folder, "assessment-heatmap", user="edwin")
    assert "Child D" not in anonymous_html


def test_add_round_form_offers_stages_and_markers(review):
    with api.env.adopt_user(username="rita"):
        view = review.restrictedTraverse("++add++AssessmentRound")
        html = view()
    assert "During the review" in html
    assert "QM 12: Family involvement" in html
    assert 'type="checkbox"' in html


def _find_related(assessment, number, words, **fields):
    request = assessment.REQUEST
    request.method = "POST"
    form = dict(fields)
    with api.env.adopt_user(username="rita"):
        form["_authenticator"] = createToken()
    form[f"form.find-{number}"] = "find"
    form[f"related-search-{number}"] = words
    try:
        return render(assessment, "assess", **form)
    finally:
        request.method = "GET"


def test_related_items_are_a_search_within_the_review(assessed, make_review):
    from reviews import add_request

    police = add_request(assessed, title="Police records")
    add_request(assessed, title="Health visiting records")
    other = make_review(title="Child Z")
    add_request(other, title="Police records of another review")
    assessment = assessed["beginning-2026-03-03"]["qm-04"]
    html = render(assessment, "assess")
    assert "Police records" not in html and "Health visiting" not in html  # no list of all
    assert "Find items of the review to link" in html
    found = _find_related(assessment, 1, "police", **{"evidence-1": "Typed, not lost"})
    assert f'value="{police.UID()}"' in found
    assert "Health visiting" not in found and "another review" not in found
    assert "Typed, not lost" in found
    assert not assessment.answers[0].get("related")  # a search saves nothing
    assert "No item of the review has a title" in _find_related(assessment, 1, "zzzz")
    assert "No item" in _find_related(assessment, 1, 'police" OR (')  # no error
    _post_assess(assessment, **{"related-1": [police.UID()], "judgement": "not-met"})
    assert assessment.answers[0]["related"] == [police.UID()]
    html = render(assessment, "assess")
    assert f'value="{police.UID()}"' in html and "Health visiting" not in html
    # an item of another review cannot be linked
    foreign = other.objectValues()[0]
    refused = _post_assess(assessment, **{"related-1": [foreign.UID()]})
    assert "link only items of this review" in refused


def test_an_end_round_with_chosen_markers_says_it_covers_all(review):
    from zope.interface import Invalid

    from plone_scrqm.content.assessment import IAssessmentRound

    data = type("Data", (), {"stage": "end", "markers": [3, 4], "date": date(2026, 9, 1)})()
    with pytest.raises(Invalid, match="at the end of the review covers all"):
        IAssessmentRound.validateInvariants(data)


def test_the_lead_reviewer_completes_the_end_round_until_the_review_closes(review):
    from reviews import advance
    from reviews import force_state

    advance(review, "running")
    end = _round(review, "end", date(2026, 9, 1))
    assessment = end["qm-04"]
    force_state(review, "scrqm_review_workflow", "published")
    with api.env.adopt_user(username="leo"):
        assert not api.user.has_permission("Modify portal content", obj=review)
        assert api.user.has_permission("Modify portal content", obj=assessment)
    html = _post_assess(assessment, user="leo", **{"answer-1": "yes", "judgement": "met"})
    assert assessment.judgement == "met", html[:300]
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=review, transition="start_implementation")
        api.content.transition(obj=review, transition="close")
    with api.env.adopt_user(username="leo"):
        assert not api.user.has_permission("Modify portal content", obj=assessment)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=review, transition="reopen")
    with api.env.adopt_user(username="leo"):
        assert api.user.has_permission("Modify portal content", obj=assessment)
