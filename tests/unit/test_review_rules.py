"""Consistency rules of the case review record."""

from datetime import date

from plone_scrqm.review.rules import check_dates
from plone_scrqm.review.rules import check_decision
from plone_scrqm.review.rules import check_referral
from plone_scrqm.review.rules import check_review

TODAY = date(2026, 11, 27)


def fields(problems):
    return [p.fields for p in problems]


def test_empty_record_is_fine():
    assert check_review({}, today=TODAY) == []


def test_dates_in_order_are_fine():
    data = {
        "incident_date": date(2026, 1, 5),
        "referral_date": date(2026, 1, 6),
        "decision_date": date(2026, 1, 20),
        "board_advised_date": date(2026, 1, 22),
        "planned_completion_date": date(2026, 7, 20),
    }
    assert check_dates(data, today=TODAY) == []


def test_same_day_is_fine():
    day = date(2026, 3, 1)
    assert (
        check_dates({"incident_date": day, "referral_date": day, "decision_date": day}, TODAY) == []
    )


def test_referral_before_incident():
    problems = check_dates(
        {"incident_date": date(2026, 2, 1), "referral_date": date(2026, 1, 31)}, today=TODAY
    )
    assert fields(problems) == [("incident_date", "referral_date")]
    assert "before the date of the incident" in problems[0].message


def test_decision_before_referral_and_incident():
    problems = check_dates(
        {
            "incident_date": date(2026, 2, 1),
            "referral_date": date(2026, 2, 3),
            "decision_date": date(2026, 1, 1),
        },
        today=TODAY,
    )
    assert fields(problems) == [
        ("referral_date", "decision_date"),
        ("incident_date", "decision_date"),
    ]


def test_board_advised_before_decision():
    problems = check_dates(
        {"decision_date": date(2026, 2, 1), "board_advised_date": date(2026, 1, 1)}, today=TODAY
    )
    assert fields(problems) == [("decision_date", "board_advised_date")]


def test_future_dates_refused():
    problems = check_dates({"incident_date": date(2026, 11, 28)}, today=TODAY)
    assert fields(problems) == [("incident_date",)]
    assert "future" in problems[0].message
    # planned completion is meant to be in the future
    assert check_dates({"planned_completion_date": date(2027, 5, 1)}, today=TODAY) == []


def test_other_reason_needs_explaining():
    assert fields(check_referral({"referral_basis": "other-reason"})) == [
        ("referral_other_reason",)
    ]
    assert fields(
        check_referral({"referral_basis": "other-reason", "referral_other_reason": "  "})
    ) == [("referral_other_reason",)]
    assert (
        check_referral(
            {"referral_basis": "other-reason", "referral_other_reason": "Local priority"}
        )
        == []
    )
    assert check_referral({"referral_basis": "statutory-criteria"}) == []


def test_pending_decision_needs_nothing():
    assert check_decision({"decision": None}) == []


def test_decision_needs_date_maker_and_rationale():
    problems = check_decision({"decision": "no-review"})
    assert fields(problems) == [("decision_date",), ("decided_by",), ("decision_rationale",)]
    assert "rationale" in problems[2].message


def test_decision_to_review_needs_type():
    data = {
        "decision": "review",
        "decision_date": date(2026, 1, 1),
        "decided_by": "Independent chair",
        "decision_rationale": "Meets the criteria; learning about neglect.",
    }
    assert fields(check_decision(data)) == [("review_type",)]
    data["review_type"] = "lcspr"
    assert check_decision(data) == []


def test_rules_read_attributes_too():
    class Record:
        decision = "no-review"
        decision_date = date(2026, 1, 1)
        decided_by = "Chair"
        decision_rationale = "Single-agency learning is enough."

    assert check_review(Record(), today=TODAY) == []
