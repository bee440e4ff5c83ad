"""Assessment rules: questions, answers, counts, validation and comparing rounds."""

from datetime import date

import pytest

from plone_scrqm.assessment import rules


def rows():
    return rules.blank_answers(["Q one?", "Q two?"], ["Local Q?"])


def messages(error):
    return [str(problem) for problem in error.value.problems]


def test_blank_answers_number_published_then_local():
    got = rows()
    assert [(r["number"], r["question"], r["local"]) for r in got] == [
        (1, "Q one?", False),
        (2, "Q two?", False),
        (3, "Local Q?", True),
    ]
    assert all(r["answer"] is None and r["evidence"] == "" for r in got)


def test_tokens_and_titles():
    assert rules.ANSWER_TOKENS == ("yes", "partly", "no", "not-yet", "not-applicable")
    assert rules.JUDGEMENT_TOKENS == ("met", "partly-met", "not-met", "not-assessed")
    assert rules.title_of(rules.ANSWERS, "not-yet") == "Not yet"
    assert rules.title_of(rules.JUDGEMENTS, "partly-met") == "Partly met"


def test_merge_answers_changes_only_what_is_named():
    stored = rows()
    merged = rules.merge_answers(stored, [{"number": 2, "answer": "partly", "evidence": " Notes "}])
    assert merged[1]["answer"] == "partly" and merged[1]["evidence"] == "Notes"
    assert merged[0] == stored[0]
    assert stored[1]["answer"] is None  # the stored rows are not changed in place
    assert rules.merge_answers(merged, [{"number": 2, "answer": ""}])[1]["answer"] is None


def test_merge_answers_keeps_the_question_text():
    merged = rules.merge_answers(rows(), [{"number": 1, "question": "Rewritten", "answer": "yes"}])
    assert merged[0]["question"] == "Q one?"


@pytest.mark.parametrize(
    "update, expected",
    [
        ({"number": 4, "answer": "yes"}, "There is no question ${number} in this assessment"),
        ({"number": 0}, "There is no question ${number}"),
        ({"number": "1"}, "There is no question ${number}"),
        ({"number": 1, "answer": "maybe"}, "Question ${number}: '${answer}' is not an answer"),
        ({"number": 1, "evidence": 3}, "evidence must be text"),
        ({"number": 1, "related": "uid"}, "related items must be a list"),
        ("yes", "is not an object"),
    ],
)
def test_merge_answers_refuses(update, expected):
    with pytest.raises(rules.AssessmentError) as error:
        rules.merge_answers(rows(), [update])
    assert expected in messages(error)[0]


def test_merge_answers_reports_every_problem_and_interpolates():
    with pytest.raises(rules.AssessmentError) as error:
        rules.merge_answers(rows(), [{"number": 1, "answer": "maybe"}, {"number": 9}])
    assert len(error.value.problems) == 2
    assert error.value.problems[1].mapping == {"number": "9", "total": "3"}


def test_a_question_answered_twice_is_refused():
    with pytest.raises(rules.AssessmentError) as error:
        rules.merge_answers(rows(), [{"number": 1}, {"number": 1}])
    assert "answered twice" in messages(error)[0]


def test_answers_must_be_a_list():
    with pytest.raises(rules.AssessmentError):
        rules.merge_answers(rows(), {"number": 1})


@pytest.mark.parametrize("number", [0, 19, -1, "4", None, True, 4.0])
def test_marker_number_problem(number):
    assert rules.marker_number_problem(number) is not None


def test_marker_numbers_1_to_18_are_fine():
    assert all(rules.marker_number_problem(n) is None for n in range(1, 19))


def test_markers_for_round():
    assert rules.markers_for_round("beginning") == list(range(1, 19))
    assert rules.markers_for_round("end", [3]) == list(range(1, 19))
    assert rules.markers_for_round("progress", [12, 4, 4]) == [4, 12]
    for stage, chosen in (("progress", []), ("progress", [19]), ("middle", [1])):
        with pytest.raises(rules.AssessmentError):
            rules.markers_for_round(stage, chosen)


def test_check_answer_rows():
    good = rows()
    assert rules.check_answer_rows(good) == []
    bad = [dict(good[0], answer="maybe"), dict(good[1], number=5)]
    assert len(rules.check_answer_rows(bad)) == 2


def test_count_answers():
    merged = rules.merge_answers(rows(), [{"number": 1, "answer": "yes"}])
    counts = rules.count_answers(merged)
    assert (counts.answered, counts.total, counts.outstanding) == (1, 3, (2, 3))


def _round(round_id, stage, held, **markers):
    return {
        "id": round_id,
        "stage": stage,
        "date": held,
        "markers": {int(k[2:]): v for k, v in markers.items()},
    }


def test_latest_assessments_skips_not_assessed():
    answers = rows()
    beginning = _round("b", "beginning", date(2026, 3, 1), qm4={"judgement": "not-met"}, qm5={})
    progress = _round("p", "progress", date(2026, 5, 1), qm4={"judgement": "not-assessed"})
    end = _round("e", "end", date(2026, 9, 1), qm5={"judgement": "met", "answers": answers})
    latest = rules.latest_assessments([end, progress, beginning])
    assert latest[4][0] == "b"
    assert latest[5][0] == "e"


def test_compare_rounds():
    before = rules.merge_answers(rows(), [{"number": 1, "answer": "no"}])
    after = rules.merge_answers(
        rows(), [{"number": 1, "answer": "yes"}, {"number": 2, "answer": "partly"}]
    )
    beginning = _round(
        "b", "beginning", date(2026, 3, 1), qm4={"judgement": "not-met", "answers": before}, qm6={}
    )
    progress = _round("p", "progress", date(2026, 5, 1), qm4={"judgement": "met", "answers": after})
    compared = rules.compare_rounds([progress, beginning])
    assert [row["number"] for row in compared] == [4, 6]
    qm4, qm6 = compared
    assert [cell["round"] for cell in qm4["cells"]] == ["b", "p"]
    assert qm4["judgement_changed"]
    (change,) = qm4["changes"]
    assert change["judgement"] == ("not-met", "met")
    assert [c[0] for c in change["answers"]] == [1, 2]
    assert qm6["cells"][1] is None and qm6["changes"] == []


def test_not_assessed_in_a_later_round_is_not_a_change():
    answered = rules.merge_answers(rows(), [{"number": 1, "answer": "partly"}])
    beginning = _round(
        "b", "beginning", date(2026, 3, 1), qm4={"judgement": "partly-met", "answers": answered}
    )
    progress = _round(
        "p", "progress", date(2026, 5, 1), qm4={"judgement": "not-assessed", "answers": rows()}
    )
    end = _round("e", "end", date(2026, 9, 1), qm4={"judgement": "met", "answers": rows()})
    (qm4,) = rules.compare_rounds([beginning, progress])
    assert qm4["cells"][1]["judgement"] == "not-assessed"
    assert qm4["changes"] == [] and not qm4["judgement_changed"]
    # a later judgement is compared with the last round that judged the marker
    (qm4,) = rules.compare_rounds([beginning, progress, end])
    (change,) = qm4["changes"]
    assert change["judgement"] == ("partly-met", "met")
    assert (change["from_round"], change["to_round"]) == ("b", "e")
    assert change["answers"] == []


def test_chosen_markers_of_a_beginning_or_end_round_are_refused_with_a_reason():
    assert rules.chosen_markers_problem("end", [3, 4]) is not None
    assert "covers all" in rules.chosen_markers_problem("beginning", [1])
    assert rules.chosen_markers_problem("end", []) is None
    assert rules.chosen_markers_problem("end", list(range(1, 19))) is None
    assert rules.chosen_markers_problem("progress", [3]) is None


def test_rounds_sort_by_date_then_stage():
    same_day = [
        _round("e", "end", date(2026, 3, 1)),
        _round("b", "beginning", date(2026, 3, 1)),
        _round("u", "progress", None),
    ]
    assert [r["id"] for r in rules.sorted_rounds(same_day)] == ["b", "e", "u"]
