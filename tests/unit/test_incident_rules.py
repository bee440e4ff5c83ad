"""The rules of serious incidents and rapid reviews: their clocks (dates counted by hand),
the records' consistency, the conversion into a local review and the chain."""

from datetime import date

from plone_scrqm.clocks.facts import NO
from plone_scrqm.clocks.facts import YES
from plone_scrqm.clocks.facts import ClockFacts
from plone_scrqm.clocks.timescales import LATE
from plone_scrqm.clocks.timescales import MET
from plone_scrqm.clocks.timescales import OVERDUE
from plone_scrqm.clocks.timescales import RUNNING
from plone_scrqm.clocks.timescales import review_clocks
from plone_scrqm.incidents import rules

TODAY = date(2026, 11, 27)  # a Friday
INCIDENT = {
    "title": "Child E",
    "aware_date": date(2026, 11, 2),  # a Monday
    "child_outcome": "seriously-harmed",
    "child_status": [rules.CHILD_PROTECTION_PLAN],
    "notifiable": YES,
    "agencies": ["Police", "Health"],
    "decision": rules.DECISION_REVIEW,
    "decision_date": date(2026, 11, 26),
    "decided_by": "Independent chair",
    "decision_rationale": "Learning about information sharing.",
    "notification_sent_to": "Ofsted",
}
RAPID = {
    "title": "Rapid review",
    "agency_contributions": [
        "Police | 2026-11-03 | 2026-11-10",
        "Health | 2026-11-03 | 2026-11-12",
        "Education | 2026-11-04 |",
    ],
    "agency_views": ["Police | A local review would help"],
    "meeting_date": date(2026, 11, 16),
    "recommendation": rules.LOCAL_REVIEW,
    "rationale": "Practice learning for several agencies.",
    "sent_to_panel_date": date(2026, 11, 20),
}


def clocks(incident=INCIDENT, rapid=None, letters=(), today=TODAY):
    facts = rules.incident_facts(incident, rapid, letters)
    return {clock.id: clock for clock in review_clocks(facts, None, today)}


def test_notification_and_rapid_review_clocks_of_an_incident():
    found = clocks()
    assert set(found) == {"notification", "rapid_review"}
    # Monday 2 November + 5 working days = Monday 9 November; 15 = Monday 23 November
    assert found["notification"].due == date(2026, 11, 9)
    assert found["notification"].state == OVERDUE
    assert found["rapid_review"].due == date(2026, 11, 23)
    assert found["rapid_review"].state == OVERDUE


def test_notified_in_time_and_rapid_review_sent_in_time():
    found = clocks({**INCIDENT, "notification_date": date(2026, 11, 6)}, RAPID)
    assert found["notification"].state == MET
    assert found["rapid_review"].state == MET
    assert found["rapid_review"].stopped == date(2026, 11, 20)


def test_a_recent_incident_runs():
    found = clocks({**INCIDENT, "aware_date": date(2026, 11, 25)})
    assert found["notification"].state == RUNNING
    # Wednesday 25 November + 5 working days = Wednesday 2 December: 3 days left from Friday
    assert found["notification"].due == date(2026, 12, 2)
    assert found["notification"].left == 3


def test_the_correspondence_log_gives_the_dates_and_wins_over_the_record():
    letters = [
        (rules.NOTIFICATION, rules.RECEIVED, date(2026, 11, 4)),  # received: not ours
        (rules.NOTIFICATION, rules.SENT, date(2026, 11, 10)),
        (rules.RAPID_REVIEW_SENT, rules.SENT, date(2026, 11, 19)),
    ]
    found = clocks(INCIDENT, {**RAPID, "sent_to_panel_date": None}, letters)
    assert found["notification"].stopped == date(2026, 11, 10)
    assert found["notification"].state == LATE
    assert found["rapid_review"].stopped == date(2026, 11, 19)
    # the letter is the record of fact: it wins over the record's own date ...
    found = clocks({**INCIDENT, "notification_date": date(2026, 11, 5)}, RAPID, letters)
    assert found["notification"].stopped == date(2026, 11, 10)
    # ... which stays the fallback when the log has no such letter
    found = clocks({**INCIDENT, "notification_date": date(2026, 11, 5)}, RAPID, letters[:1])
    assert found["notification"].stopped == date(2026, 11, 5)


def test_not_notifiable_has_no_clock():
    assert clocks({**INCIDENT, "notifiable": NO, "notifiable_reason": "Not abuse."}) == {}


def test_looked_after_child_status_reaches_the_facts():
    facts = rules.incident_facts({**INCIDENT, "child_status": [rules.LOOKED_AFTER]})
    assert facts.looked_after == YES
    assert rules.incident_facts(INCIDENT).looked_after is None


def test_a_review_from_an_incident_does_not_count_its_clocks_again():
    facts = ClockFacts(aware_date=date(2026, 11, 2), decision="review", review_type="lcspr")
    assert {c.id for c in review_clocks(facts, None, TODAY)} >= {"notification", "rapid_review"}
    converted = ClockFacts(
        aware_date=date(2026, 11, 2),
        decision="review",
        decision_date=date(2026, 11, 26),
        review_type="lcspr",
        serious_incident_clocks=False,
    )
    assert [c.id for c in review_clocks(converted, None, TODAY)] == [
        "publication",
        "advance_copy",
    ]


def test_incident_checks():
    assert rules.check_incident(INCIDENT) == []
    problems = rules.check_incident(
        {
            **INCIDENT,
            "notification_date": date(2026, 11, 1),
            "notifiable": NO,
            "decision_rationale": "",
        }
    )
    assert [p.fields for p in problems] == [
        ("aware_date", "notification_date"),
        ("notifiable_reason",),
        ("decision_date", "decision_rationale"),
    ]


def test_rapid_review_checks():
    assert rules.check_rapid_review(RAPID) == []
    problems = rules.check_rapid_review(
        {
            **RAPID,
            "agency_contributions": ["Police | 3 Nov", "Health | 2026-11-10 | 2026-11-03", " | |"],
            "agency_views": ["Police"],
            "rationale": " ",
            "panel_response": rules.PANEL_AGREES,
            "panel_response_date": None,
        }
    )
    assert [p.fields for p in problems] == [
        ("agency_contributions",),
        ("agency_contributions",),
        ("agency_contributions",),
        ("agency_views",),
        ("rationale",),
        ("panel_response_date",),
    ]
    early = {**RAPID, "panel_response_date": date(2026, 11, 19)}
    assert [p.fields for p in rules.check_rapid_review(early)] == [("panel_response_date",)]
    unsent = {**RAPID, "sent_to_panel_date": None, "panel_response_date": date(2026, 11, 30)}
    assert [p.fields for p in rules.check_rapid_review(unsent)] == [("sent_to_panel_date",)]


def test_contributions_and_views_parse():
    assert rules.parse_contributions(RAPID["agency_contributions"]) == [
        {"agency": "Police", "requested": date(2026, 11, 3), "received": date(2026, 11, 10)},
        {"agency": "Health", "requested": date(2026, 11, 3), "received": date(2026, 11, 12)},
        {"agency": "Education", "requested": date(2026, 11, 4), "received": None},
    ]
    assert rules.parse_views(["Police | yes", "bad"]) == [{"agency": "Police", "view": "yes"}]


def test_conversion_needs_a_local_review_recommended_and_the_chairs_decision():
    assert rules.conversion_problems(INCIDENT, RAPID) == []
    assert len(rules.conversion_problems(INCIDENT, None)) == 1
    national = {**RAPID, "recommendation": rules.NATIONAL_REVIEW}
    assert len(rules.conversion_problems(INCIDENT, national)) == 1
    undecided = {**INCIDENT, "decision": None}
    assert len(rules.conversion_problems(undecided, RAPID)) == 1
    assert len(rules.conversion_problems(INCIDENT, RAPID, review_uid="abc")) == 1


def test_review_fields_carry_dates_agencies_decision_and_status():
    fields = rules.review_fields(INCIDENT, RAPID)
    assert fields["title"] == "Child E"
    assert fields["aware_date"] == date(2026, 11, 2)
    assert fields["rapid_review_completed_date"] == date(2026, 11, 20)
    assert fields["agencies_asked"] == ["Police", "Health", "Education"]
    assert fields["decision"] == "review"
    assert fields["decision_date"] == date(2026, 11, 26)
    assert fields["decision_rationale"] == "Learning about information sharing."
    assert fields["review_type"] == "lcspr"
    assert fields["child_looked_after"] == NO
    assert fields["child_outcome"] == "seriously-harmed"
    no_rationale = rules.review_fields({**INCIDENT, "decision_rationale": ""}, RAPID)
    assert no_rationale["decision_rationale"] == RAPID["rationale"]


def test_chain_in_order_with_dates():
    steps = rules.chain(INCIDENT, RAPID, {"title": "Child E", "decision_date": date(2026, 11, 26)})
    assert [step for step, _title, _dates in steps] == ["incident", "rapid_review", "review"]
    assert [day for _label, day in steps[1][2]] == [
        date(2026, 11, 16),
        date(2026, 11, 20),
        None,
    ]
    assert [step for step, _t, _d in rules.chain(INCIDENT)] == ["incident"]


def test_review_records_lines():
    good = {
        "terms_of_reference_versions": ["1 | 2026-10-01 | Police, Health | Agreed"],
        "issues_log": ["2026-10-02 | Records late | Lead reviewer | Business unit |"],
        "board_meetings": [
            "2026-10-03 | ordinary | decision-to-review | BM-12",
            "2026-11-03 | extraordinary | report-received | BM-13",
        ],
    }
    assert rules.check_review_records(good) == []
    bad = {
        "terms_of_reference_versions": ["draft | soon"],
        "issues_log": ["| no date"],
        "board_meetings": ["2026-10-03 | weekly | report-received |", "2026-10-03 | a | b | c | d"],
    }
    assert [p.fields for p in rules.check_review_records(bad)] == [
        ("terms_of_reference_versions",),
        ("issues_log",),
        ("board_meetings",),
        ("board_meetings",),
    ]


def test_board_time_with_the_report():
    lines = [
        "2026-11-03 | ordinary | report-received | BM-13",
        "2026-11-10 | extraordinary | response-agreed | BM-14",
    ]
    assert rules.board_dates(lines) == {
        rules.REPORT_RECEIVED: date(2026, 11, 3),
        rules.RESPONSE_AGREED: date(2026, 11, 10),
    }
    assert rules.board_time_short(lines, 14, TODAY) == 7
    assert rules.board_time_short(lines, 7, TODAY) is None
    assert rules.board_time_short(lines, 0, TODAY) is None  # no minimum set
    # not agreed yet: counted to the day of the approval
    assert rules.board_time_short(lines[:1], 28, TODAY) == 24
    assert rules.board_time_short([], 28, TODAY) is None
