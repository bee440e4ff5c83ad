"""REST: rounds created through the content endpoints, answers patched with the same checks
as the form, and ``GET {review}/@scr-assessment``."""

import pytest

from conftest import PASSWORD

REVIEW = "safeguarding-reviews/child-f"


@pytest.fixture
def rita(request_factory, rest_reviews_folder):
    session = request_factory(basic_auth=("rita", PASSWORD))
    response = session.post(
        "safeguarding-reviews", json={"@type": "CaseReview", "title": "Child F"}
    )
    assert response.status_code == 201, response.text
    return session


def _beginning(session):
    response = session.post(
        REVIEW,
        json={
            "@type": "AssessmentRound",
            "stage": "beginning",
            "date": "2026-03-03",
            "participants": ["Lead reviewer", "Review manager"],
        },
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_round_created_through_rest_has_all_markers(rita):
    body = _beginning(rita)
    assert body["@id"].endswith("/child-f/beginning-2026-03-03")
    assert body["title"] == "Beginning of the review, 2026-03-03"
    assert body["stage"]["token"] == "beginning"
    listing = rita.get(f"{REVIEW}/beginning-2026-03-03").json()["items"]
    assert [item["@id"].rsplit("/", 1)[1] for item in listing] == [
        f"qm-{n:02d}" for n in range(1, 19)
    ]
    assert listing[3]["title"] == "QM 4: Informing the family"


def test_progress_round_with_unknown_marker_is_refused(rita):
    response = rita.post(
        REVIEW,
        json={
            "@type": "AssessmentRound",
            "stage": "progress",
            "date": "2026-04-01",
            "markers": [4, 99],
        },
    )
    assert response.status_code == 400
    assert "There is no quality marker 99: markers are numbered 1 to 18." in response.text
    response = rita.post(
        REVIEW, json={"@type": "AssessmentRound", "stage": "progress", "date": "2026-04-01"}
    )
    assert response.status_code == 400
    assert "needs at least one marker" in response.text
    # Nothing but the container of chronology entries the review is made with.
    items = rita.get(REVIEW).json()["items"]
    assert [item["@type"] for item in items] == ["ChronologyFolder"]


def test_patch_answers_by_question_number(rita):
    _beginning(rita)
    url = f"{REVIEW}/beginning-2026-03-03/qm-04"
    response = rita.patch(
        url,
        json={
            "judgement": "partly-met",
            "answers": [{"number": 2, "answer": "not-yet", "evidence": "Letter drafted."}],
        },
    )
    assert response.status_code == 204, response.text
    data = rita.get(url).json()
    assert data["judgement"]["token"] == "partly-met"
    second = data["answers"][1]
    assert (second["answer"], second["evidence"]) == ("not-yet", "Letter drafted.")
    assert data["answers"][0]["answer"] is None
    assert data["answers"][1]["question"].startswith("Is the standard correspondence")


@pytest.mark.parametrize(
    "payload, message",
    [
        ({"answers": [{"number": 1, "answer": "maybe"}]}, "Question 1: 'maybe' is not an answer"),
        (
            {"answers": [{"number": 40, "answer": "yes"}]},
            "There is no question 40 in this assessment",
        ),
        ({"marker_number": 19}, "There is no quality marker 19"),
        ({"judgement": "excellent"}, "'excellent' is not a judgement"),
    ],
)
def test_patch_refuses_bad_values(rita, payload, message):
    _beginning(rita)
    url = f"{REVIEW}/beginning-2026-03-03/qm-04"
    response = rita.patch(url, json=payload)
    assert response.status_code == 400
    assert message in response.text
    assert rita.get(url).json()["judgement"]["token"] == "not-assessed"


def test_post_a_marker_assessment_into_a_progress_round(rita):
    rita.post(
        REVIEW,
        json={
            "@type": "AssessmentRound",
            "stage": "progress",
            "date": "2026-05-01",
            "markers": [9],
        },
    )
    response = rita.post(
        f"{REVIEW}/progress-2026-05-01",
        json={
            "@type": "MarkerAssessment",
            "marker_number": 12,
            "answers": [{"number": 1, "answer": "yes", "evidence": "Met the family."}],
        },
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["@id"].endswith("/progress-2026-05-01/qm-12")
    assert body["title"] == "QM 12: Family involvement"
    assert body["answers"][0]["answer"] == "yes"
    assert len(body["answers"]) > 1


def test_get_scr_assessment(rita, request_factory):
    _beginning(rita)
    rita.patch(
        f"{REVIEW}/beginning-2026-03-03/qm-01",
        json={"judgement": "met", "answers": [{"number": 1, "answer": "yes"}]},
    )
    data = rita.get(f"{REVIEW}/@scr-assessment").json()
    assert data["@id"].endswith("/child-f/@scr-assessment")
    (round_,) = data["rounds"]
    assert round_["id"] == "beginning-2026-03-03"
    assert round_["stage"] == "beginning"
    assert round_["date"] == "2026-03-03"
    assert round_["participants"] == ["Lead reviewer", "Review manager"]
    assert [m["number"] for m in round_["markers"]] == list(range(1, 19))
    qm1 = round_["markers"][0]
    assert (qm1["title"], qm1["judgement"], qm1["answered"], qm1["total"]) == (
        "Referral",
        "met",
        1,
        3,
    )
    assert qm1["answers"][0]["answer"] == "yes"
    narrowed = rita.get(f"{REVIEW}/@scr-assessment", params={"round": "beginning-2026-03-03"})
    assert len(narrowed.json()["rounds"]) == 1
    unknown = rita.get(f"{REVIEW}/@scr-assessment", params={"round": "nope"})
    assert unknown.status_code == 400
    assert "This review has no assessment round 'nope'." in unknown.text
    bola = request_factory(basic_auth=("bola", PASSWORD))
    assert bola.get(f"{REVIEW}/@scr-assessment").status_code == 200
    assert bola.patch(
        f"{REVIEW}/beginning-2026-03-03/qm-01", json={"judgement": "not-met"}
    ).status_code in (401, 403)
    assert request_factory().get(f"{REVIEW}/@scr-assessment").status_code == 401
    edwin = request_factory(basic_auth=("edwin", PASSWORD))
    assert edwin.get(f"{REVIEW}/@scr-assessment").status_code in (401, 403)
