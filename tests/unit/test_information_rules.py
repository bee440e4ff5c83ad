"""Information requests' status, practitioner events' rules and the feedback questionnaire
(plain Python)."""

from datetime import date
from datetime import timedelta

from plone_scrqm.information.events import event_problems
from plone_scrqm.information.feedback import EXPIRED
from plone_scrqm.information.feedback import OPEN
from plone_scrqm.information.feedback import UNKNOWN
from plone_scrqm.information.feedback import USED
from plone_scrqm.information.feedback import FeedbackLink
from plone_scrqm.information.feedback import check_answer
from plone_scrqm.information.feedback import link_state
from plone_scrqm.information.feedback import summarise
from plone_scrqm.information.requests import AWAITED
from plone_scrqm.information.requests import NOT_COOPERATING
from plone_scrqm.information.requests import NOT_SENT
from plone_scrqm.information.requests import OVERDUE
from plone_scrqm.information.requests import RECEIVED
from plone_scrqm.information.requests import RequestFacts
from plone_scrqm.information.requests import outstanding_due
from plone_scrqm.information.requests import request_problems
from plone_scrqm.information.requests import request_status

TODAY = date(2024, 6, 1)
DAY = timedelta(days=1)


def test_request_status_at_the_day_boundary():
    sent = TODAY - 20 * DAY
    assert request_status(RequestFacts(), TODAY) == NOT_SENT
    assert request_status(RequestFacts(sent, TODAY), TODAY) == AWAITED
    assert request_status(RequestFacts(sent, TODAY - DAY), TODAY) == OVERDUE
    assert request_status(RequestFacts(sent, TODAY - DAY, TODAY), TODAY) == RECEIVED
    refused = RequestFacts(sent, TODAY - DAY, not_cooperating=True)
    assert request_status(refused, TODAY) == NOT_COOPERATING


def test_outstanding_due_only_while_awaited():
    sent = TODAY - 20 * DAY
    assert outstanding_due(RequestFacts(sent, TODAY - DAY)) == TODAY - DAY
    assert outstanding_due(RequestFacts(None, TODAY)) is None
    assert outstanding_due(RequestFacts(sent, TODAY, TODAY)) is None
    assert outstanding_due(RequestFacts(sent, TODAY, not_cooperating=True)) is None


def test_request_dates_in_order():
    assert request_problems(TODAY, TODAY + DAY, None) == []
    assert len(request_problems(TODAY, TODAY - DAY, None)) == 1
    assert len(request_problems(None, None, TODAY)) == 1
    assert len(request_problems(TODAY, None, TODAY - DAY)) == 1
    assert len(request_problems(None, None, None, TODAY, TODAY - DAY)) == 1


def test_purpose_stated_before_invitations():
    assert event_problems("", None, None) == []
    assert event_problems("Learn how agencies shared information", TODAY - DAY, TODAY) == []
    assert len(event_problems("", TODAY - DAY, TODAY)) == 1
    assert len(event_problems("Purpose", None, TODAY)) == 1
    assert len(event_problems("Purpose", TODAY, TODAY - DAY)) == 1


def test_link_life_cycle():
    links = {"abc": FeedbackLink("abc", expires=TODAY)}
    assert link_state(links, "abc", TODAY) == OPEN
    assert link_state(links, "abc", TODAY + DAY) == EXPIRED
    assert link_state(links, "nope", TODAY) == UNKNOWN
    assert link_state(links, "", TODAY) == UNKNOWN
    links["abc"].used = True
    assert link_state(links, "abc", TODAY) == USED


def test_answers_are_checked_and_carry_no_name():
    answer, problems = check_answer(
        {"purpose_clear": "agree", "what_helped": " The chair's briefing ", "name": "Sam"}
    )
    assert problems == []
    assert answer == {"purpose_clear": "agree", "what_helped": "The chair's briefing"}
    assert check_answer({})[1]
    assert check_answer({"purpose_clear": "maybe"})[1]
    assert check_answer({"learning": "agree", "what_helped": "x" * 2001})[1]


def test_summary():
    summary = summarise(
        [
            {"purpose_clear": "agree", "what_would_improve": "More notice"},
            {"purpose_clear": "strongly-agree", "safe_to_speak": "disagree"},
            {"purpose_clear": "disagree"},
        ]
    )
    assert summary["answers"] == 3
    purpose = summary["questions"][0]
    assert purpose["answered"] == 3 and purpose["agreed_percent"] == 67
    assert summary["questions"][1]["agreed_percent"] is None
    assert summary["comments"]["what_would_improve"] == ["More notice"]
