"""The statutory correspondence log read by the clocks (letters win over the record's
fields), the delay records of an incident's clocks, the letters recorded from a review's
stored dates, one rapid review per incident and the decision-making meeting record."""

from datetime import date

from plone_scrqm.clocks.facts import ClockFacts
from plone_scrqm.clocks.facts import DelayRecord
from plone_scrqm.clocks.timescales import LATE
from plone_scrqm.clocks.timescales import OVERDUE
from plone_scrqm.clocks.timescales import review_clocks
from plone_scrqm.incidents import rules
from plone_scrqm.incidents.rules import LetterFact

TODAY = date(2026, 11, 27)  # a Friday
INCIDENT = {
    "title": "Child E",
    "aware_date": date(2026, 11, 2),  # a Monday: notification due 9 November
    "child_outcome": "seriously-harmed",
    "notifiable": "yes",
}


def delay_notice(day, correspondent, clock, direction=rules.SENT):
    return LetterFact(rules.DELAY_NOTICE, direction, day, correspondent, clock)


def test_letters_give_the_review_dates_and_win_over_its_fields():
    facts = ClockFacts(
        advance_copy_sent_date=date(2026, 5, 1),
        publication_decision_told_date=date(2026, 5, 2),
        notification_date=date(2026, 1, 9),
    )
    letters = [
        LetterFact(rules.ADVANCE_COPY, rules.SENT, date(2026, 5, 4), rules.PANEL),
        LetterFact(rules.ADVANCE_COPY, rules.SENT, date(2026, 5, 3), rules.PANEL),
        LetterFact(rules.NOT_PUBLISHING_NOTICE, rules.SENT, date(2026, 5, 6), rules.PANEL),
        # a received letter is not what the partnership sent
        LetterFact(rules.NOTIFICATION, rules.RECEIVED, date(2026, 1, 5), "ofsted"),
    ]
    found = rules.facts_with_letters(facts, letters)
    assert found.advance_copy_sent_date == date(2026, 5, 3)  # the first one sent
    assert found.publication_decision_told_date == date(2026, 5, 6)
    assert found.notification_date == date(2026, 1, 9)  # no sent letter: the field
    # no letters at all: the record's fields, unchanged
    assert rules.facts_with_letters(facts, []) == facts


def test_delay_notices_fill_the_delay_record_of_the_clock_they_name():
    record = DelayRecord(reason="Inquest", board_told=date(2026, 6, 1), panel_told=date(2026, 6, 2))
    facts = ClockFacts(delays={"publication": record})
    letters = [
        delay_notice(date(2026, 6, 5), rules.PANEL, "publication"),
        delay_notice(date(2026, 6, 8), "dfe", "publication"),
        delay_notice(date(2026, 6, 9), rules.PANEL, "rapid_review"),
        delay_notice(date(2026, 6, 1), rules.PANEL, "publication", rules.RECEIVED),
    ]
    delays = rules.facts_with_letters(facts, letters).delays
    assert delays["publication"] == DelayRecord(
        reason="Inquest",
        board_told=date(2026, 6, 1),
        panel_told=date(2026, 6, 5),  # the letter wins over the field
        government_told=date(2026, 6, 8),
    )
    # a notice about another clock makes that clock's record, with only the told date
    assert delays["rapid_review"] == DelayRecord(panel_told=date(2026, 6, 9))
    assert "notification" not in delays
    welsh = [delay_notice(date(2026, 6, 7), "welsh-government", "publication")]
    assert rules.facts_with_letters(ClockFacts(), welsh).delays["publication"].government_told == (
        date(2026, 6, 7)
    )


def test_the_incident_delay_record_is_read_with_its_clocks():
    incident = {
        **INCIDENT,
        "notification_delay_reason": "The referral reached the wrong team.",
        "notification_delay_board_told": date(2026, 11, 12),
    }
    facts = rules.incident_facts(incident, None, [])
    assert facts.delays == {
        "notification": DelayRecord(
            reason="The referral reached the wrong team.", board_told=date(2026, 11, 12)
        )
    }
    found = {clock.id: clock for clock in review_clocks(facts, None, TODAY)}
    notification = found["notification"]
    assert notification.state == OVERDUE
    assert notification.delay_explained  # England: reason and board for the notification
    assert notification.delay_notified_on == date(2026, 11, 12)
    rapid = found["rapid_review"]  # due Monday 23 November, nothing recorded
    assert rapid.state == OVERDUE and not rapid.delay_explained
    assert [suffix for suffix, _message in rapid.delay_missing] == [
        "reason",
        "board_told",
        "panel_told",
    ]
    # the Panel's notice in the log completes the rapid review's record
    incident.update(
        rapid_review_delay_reason="Two agencies reported late.",
        rapid_review_delay_board_told=date(2026, 11, 24),
    )
    letters = [delay_notice(date(2026, 11, 25), rules.PANEL, "rapid_review")]
    facts = rules.incident_facts(incident, None, letters)
    rapid = {c.id: c for c in review_clocks(facts, None, TODAY)}["rapid_review"]
    assert rapid.delay_explained and rapid.delay_notified_on == date(2026, 11, 25)
    sent = rules.incident_facts(
        {**incident, "notification_date": date(2026, 11, 11)}, None, letters
    )
    assert {c.id: c for c in review_clocks(sent, None, TODAY)}["notification"].state == LATE


def test_a_delay_notice_names_its_clock():
    assert rules.check_letter({"letter_type": rules.DELAY_NOTICE})
    assert not rules.check_letter(
        {"letter_type": rules.DELAY_NOTICE, "delayed_clock": "publication"}
    )
    assert not rules.check_letter({"letter_type": rules.ADVANCE_COPY})


def test_one_rapid_review_per_incident():
    assert rules.second_rapid_review_problem(0) is None
    assert "already has its rapid review" in rules.second_rapid_review_problem(1)


REVIEW = {
    "advance_copy_sent_date": date(2026, 5, 1),
    "publication_decision_told_date": date(2026, 5, 2),
    "notification_date": date(2026, 1, 9),
    "rapid_review_completed_date": date(2026, 1, 30),
    "publication_delay_panel_told": date(2026, 4, 1),
    "publication_delay_government_told": date(2026, 4, 2),
    "publication_delay_board_told": date(2026, 3, 30),  # the board: not statutory mail
}


def test_letters_from_a_reviews_stored_dates():
    letters = rules.letters_from_record(REVIEW, "england")
    assert set(letters) == {
        LetterFact(rules.ADVANCE_COPY, rules.SENT, date(2026, 5, 1), rules.PANEL),
        LetterFact(rules.NOT_PUBLISHING_NOTICE, rules.SENT, date(2026, 5, 2), rules.PANEL),
        LetterFact(rules.NOTIFICATION, rules.SENT, date(2026, 1, 9), "ofsted"),
        LetterFact(rules.RAPID_REVIEW_SENT, rules.SENT, date(2026, 1, 30), rules.PANEL),
        delay_notice(date(2026, 4, 1), rules.PANEL, "publication"),
        delay_notice(date(2026, 4, 2), "dfe", "publication"),
    }
    # a review started from an incident: the incident holds the notification and the
    # rapid review
    from_incident = rules.letters_from_record(REVIEW, "england", from_incident=True)
    assert {letter.letter_type for letter in from_incident} == {
        rules.ADVANCE_COPY,
        rules.NOT_PUBLISHING_NOTICE,
        rules.DELAY_NOTICE,
    }
    welsh = rules.letters_from_record(REVIEW, "wales")
    assert delay_notice(date(2026, 4, 2), "welsh-government", "publication") in welsh
    # the letters stand for the same dates: the clocks read the same facts
    facts = ClockFacts(
        advance_copy_sent_date=date(2026, 5, 1),
        publication_decision_told_date=date(2026, 5, 2),
        notification_date=date(2026, 1, 9),
        rapid_review_completed_date=date(2026, 1, 30),
        delays={
            "publication": DelayRecord(
                board_told=date(2026, 3, 30),
                panel_told=date(2026, 4, 1),
                government_told=date(2026, 4, 2),
            )
        },
    )
    assert rules.facts_with_letters(facts, letters) == facts


def test_letters_missing_makes_recording_them_twice_add_nothing():
    wanted = rules.letters_from_record(REVIEW, "england")
    first = rules.letters_missing(wanted, [])
    assert len(first) == 6
    assert rules.letters_missing(wanted, first) == []
    # a letter the partnership already logged by hand is not added again
    assert len(rules.letters_missing(wanted, [wanted[0][:4]])) == 5


def test_the_decision_meeting_record():
    good = {
        "decision_meeting_date": date(2026, 3, 2),
        "decision_meeting_agencies": ["Police", "Health"],
        "decision_meeting_views": ["Police | A review would help"],
        "decision_meeting_recommendation": rules.LOCAL_REVIEW,
        "decision_meeting_rationale": "Learning for several agencies.",
    }
    assert rules.check_decision_meeting(good) == []
    assert rules.check_decision_meeting({}) == []
    bad_views = rules.check_decision_meeting({**good, "decision_meeting_views": ["Police"]})
    assert [p.fields for p in bad_views] == [("decision_meeting_views",)]
    no_rationale = rules.check_decision_meeting({**good, "decision_meeting_rationale": " "})
    assert [p.fields for p in no_rationale] == [("decision_meeting_rationale",)]
    no_date = rules.check_decision_meeting({**good, "decision_meeting_date": None})
    assert [p.fields for p in no_date] == [("decision_meeting_date",)]
    assert rules.decision_before_meeting(date(2026, 3, 2), date(2026, 3, 1))
    assert not rules.decision_before_meeting(date(2026, 3, 2), date(2026, 3, 2))
    assert not rules.decision_before_meeting(None, date(2026, 3, 1))
