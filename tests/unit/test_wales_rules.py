"""The Welsh process: review types by nation, the SUSR record and its phase guards."""

from datetime import date

import pytest

from plone_scrqm.clocks.workingdays import ENGLAND
from plone_scrqm.clocks.workingdays import WALES
from plone_scrqm.wales import rules


def complete_susr(**changes):
    record = {
        "review_type": rules.SUSR,
        "decision_date": date(2026, 2, 2),
        "susr_criteria": [rules.CHILD_PRACTICE, rules.DOMESTIC_HOMICIDE],
        "susr_crg_date": date(2026, 1, 20),
        "susr_crg_agencies": ["Police", "Health board"],
        "susr_crg_recommendation": rules.RECOMMEND_SUSR,
        "susr_chair_decision": rules.RECOMMEND_SUSR,
        "susr_chair_decision_date": date(2026, 1, 27),
        "susr_government_notified_date": date(2026, 1, 28),
        "susr_government_reference": "WG-SUSR-0001",
        "susr_review_chair": "A. Chair",
        "susr_reviewers": ["B. Reviewer"],
        "susr_reviewers_source": rules.FROM_APPROVED_LIST,
        "susr_panel": ["Police | detective inspector"],
        "susr_home_office_notified_date": date(2026, 2, 3),
        "susr_family_meeting_date": date(2026, 4, 1),
        "susr_repository_date": date(2026, 9, 1),
        "susr_repository_reference": "WSR-42",
    }
    record.update(changes)
    return record


def test_types_offered_by_nation():
    assert rules.SUSR in rules.offered_review_types(WALES)
    assert "lcspr" not in rules.offered_review_types(WALES)
    assert "lcspr" in rules.offered_review_types(ENGLAND)
    assert rules.SUSR not in rules.offered_review_types(ENGLAND)


@pytest.mark.parametrize(
    ("nation", "review_type", "refused"),
    [
        (WALES, "lcspr", True),
        (WALES, "rapid-review", True),
        (WALES, rules.SUSR, False),
        (ENGLAND, rules.SUSR, True),
        (ENGLAND, rules.CPR_WALES, True),
        (ENGLAND, "lcspr", False),
        (ENGLAND, None, False),
    ],
)
def test_review_type_must_fit_the_nation(nation, review_type, refused):
    problems = rules.review_type_problems(nation, {"review_type": review_type})
    assert bool(problems) is refused
    if refused:
        assert ("Wales" if nation == WALES else "England") in str(problems[0])


def test_child_practice_review_only_before_1_october_2024():
    legacy = {"review_type": rules.CPR_WALES, "decision_date": date(2024, 9, 30)}
    assert rules.review_type_problems(WALES, legacy) == []
    late = {"review_type": rules.CPR_WALES, "decision_date": date(2024, 10, 1)}
    assert "1 October 2024" in str(rules.review_type_problems(WALES, late)[0])
    # no decision yet: the referral date counts
    referred = {"review_type": rules.CPR_WALES, "referral_date": date(2025, 1, 6)}
    assert rules.review_type_problems(WALES, referred)


def test_english_reviews_need_nothing_of_the_susr():
    for transition in ("request_decision", "decide_review", "start_review", "close"):
        assert rules.susr_missing(transition, {"review_type": "lcspr"}, ENGLAND) == []


def test_complete_susr_moves_on():
    for transition in (
        "request_decision",
        "decide_review",
        "start_review",
        "submit_to_board",
        "close",
    ):
        assert rules.susr_missing(transition, complete_susr(), WALES) == [], transition


def test_request_decision_needs_the_criteria():
    missing = rules.susr_missing("request_decision", complete_susr(susr_criteria=[]), WALES)
    assert [str(m) for m in missing] == ["which SUSR review criteria are met (SUSR guidance)"]


def test_decision_needs_the_case_review_group_and_the_chair():
    record = complete_susr(susr_crg_date=None, susr_crg_agencies=[], susr_chair_decision=None)
    missing = [str(m) for m in rules.susr_missing("decide_review", record, WALES)]
    assert "the date of the case review group meeting (SUSR guidance)" in missing
    assert "the agencies at the case review group meeting" in missing
    assert "the board chair's decision whether a SUSR takes place" in missing
    assert rules.susr_missing("decide_no_review", record, WALES)


def test_decide_review_needs_welsh_government_notified_and_a_hold_decision():
    record = complete_susr(
        susr_government_notified_date=None, susr_chair_decision=rules.RECOMMEND_NO_SUSR
    )
    missing = [str(m) for m in rules.susr_missing("decide_review", record, WALES)]
    assert "the date Welsh Government was notified that a SUSR takes place" in missing
    assert "the board chair's decision recorded as 'Hold a SUSR'" in missing


def test_start_needs_chair_reviewers_panel_and_home_office_for_domestic_homicide():
    record = complete_susr(susr_reviewers=[], susr_panel=[], susr_home_office_notified_date=None)
    missing = [str(m) for m in rules.susr_missing("start_review", record, WALES)]
    assert "the reviewer(s), recommended from the approved list" in missing
    assert "the review panel: the agencies involved in the incident" in missing
    assert any("Home Office" in m for m in missing)
    child_only = complete_susr(
        susr_criteria=[rules.CHILD_PRACTICE], susr_home_office_notified_date=None
    )
    assert rules.susr_missing("start_review", child_only, WALES) == []


def test_reviewers_from_elsewhere_need_a_reason():
    record = complete_susr(susr_reviewers_source=rules.FROM_ELSEWHERE)
    assert rules.susr_missing("start_review", record, WALES)
    record["susr_reviewers_source_reason"] = "No one on the list was free of conflicts."
    assert rules.susr_missing("start_review", record, WALES) == []


def test_board_needs_the_family_meeting_or_its_reason():
    record = complete_susr(susr_family_meeting_date=None)
    assert rules.susr_missing("submit_to_board", record, WALES)
    record["susr_family_no_meeting_reason"] = "The family declined the offer."
    assert rules.susr_missing("submit_to_board", record, WALES) == []


def test_close_needs_the_repository_submission():
    record = complete_susr(susr_repository_reference="")
    missing = [str(m) for m in rules.susr_missing("close", record, WALES)]
    assert missing == ["the Wales Safeguarding Repository's reference"]


def test_legacy_child_practice_review_needs_concise_or_extended():
    record = complete_susr(review_type=rules.CPR_WALES, decision_date=date(2024, 9, 2))
    missing = [str(m) for m in rules.susr_missing("decide_review", record, WALES)]
    assert missing == ["whether the child practice review is concise or extended"]
    record["cpr_form"] = rules.EXTENDED
    assert rules.susr_missing("decide_review", record, WALES) == []


def test_chair_cannot_decide_before_the_group_met():
    record = complete_susr(susr_chair_decision_date=date(2026, 1, 1))
    assert rules.susr_record_problems(record)
    assert rules.susr_missing("decide_review", record, WALES)
