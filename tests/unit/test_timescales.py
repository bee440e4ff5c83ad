"""The clocks of a review: which apply, when they are due, where they stand, and what a
delay needs. Every date here is counted by hand (see the comments); none is computed from
the real date."""

from datetime import date

import pytest

from plone_scrqm.clocks.facts import ClockFacts
from plone_scrqm.clocks.facts import DelayRecord
from plone_scrqm.clocks.timescales import CLOCK_TITLES
from plone_scrqm.clocks.timescales import LATE
from plone_scrqm.clocks.timescales import LOOKED_AFTER_DEATH
from plone_scrqm.clocks.timescales import MET
from plone_scrqm.clocks.timescales import MISSED
from plone_scrqm.clocks.timescales import NOT_SET
from plone_scrqm.clocks.timescales import NOT_STARTED
from plone_scrqm.clocks.timescales import OVERDUE
from plone_scrqm.clocks.timescales import RUNNING
from plone_scrqm.clocks.timescales import SERIOUS_INCIDENT
from plone_scrqm.clocks.timescales import WAIVED
from plone_scrqm.clocks.timescales import Timescales
from plone_scrqm.clocks.timescales import add_months
from plone_scrqm.clocks.timescales import advance_copy_short
from plone_scrqm.clocks.timescales import delayed_clocks
from plone_scrqm.clocks.timescales import next_due
from plone_scrqm.clocks.timescales import notification_duty
from plone_scrqm.clocks.timescales import review_clocks
from plone_scrqm.clocks.timescales import summary
from plone_scrqm.clocks.timescales import summary_as_of
from plone_scrqm.clocks.workingdays import WALES

TODAY = date(2026, 11, 27)  # a Friday
LCSPR = {"decision": "review", "review_type": "lcspr"}
ALL_TOLD = DelayRecord(
    reason="The criminal trial: the police asked that practitioners are not interviewed.",
    cause="Crown Court prosecution",
    board_told=date(2026, 9, 10),
    panel_told=date(2026, 9, 11),
    government_told=date(2026, 9, 14),
)


def clocks_for(today=TODAY, settings=None, **facts):
    return {clock.id: clock for clock in review_clocks(ClockFacts(**facts), settings, today)}


def test_an_empty_record_has_the_notification_clocks_not_started():
    clocks = clocks_for()
    assert set(clocks) == {"notification", "rapid_review"}
    assert {clock.state for clock in clocks.values()} == {NOT_STARTED}


def test_notification_running_and_its_days():
    # Tuesday 24 November 2026 + 5 working days: 25, 26, 27, 30 Nov, 1 Dec.
    notification = clocks_for(aware_date=date(2026, 11, 24))["notification"]
    assert notification.state == RUNNING
    assert notification.due == date(2026, 12, 1)
    assert (notification.used, notification.left) == (3, 2)


def test_notification_due_on_new_years_eve_is_overdue_a_year_later_whatever_runs_beside():
    """No pause on the statutory notification: Monday 22 December 2025 + 5 working days is
    Wednesday 31 December (23, 24, 29, 30, 31; 25 and 26 are bank holidays). A delay record
    explains it but the clock stays overdue."""
    facts = {"aware_date": date(2025, 12, 22)}
    notification = clocks_for(**facts)["notification"]
    assert notification.due == date(2025, 12, 31)
    assert notification.state == OVERDUE and notification.overdue
    assert not notification.delay_explained
    assert [need for need, _msg in notification.delay_missing] == ["reason", "board_told"]
    explained = clocks_for(delays={"notification": ALL_TOLD}, **facts)["notification"]
    assert explained.state == OVERDUE
    assert explained.delay_explained
    assert explained.delay_notified_on == date(2026, 9, 14)


def test_notification_late_then_needs_its_own_record():
    facts = {"aware_date": date(2026, 11, 2), "notification_date": date(2026, 11, 12)}
    # 2 Nov + 5 working days = Monday 9 November; notified on the 12th.
    notification = clocks_for(**facts)["notification"]
    assert (notification.due, notification.state) == (date(2026, 11, 9), LATE)
    assert notification.stopped == date(2026, 11, 12)
    assert notification.delayed and not notification.overdue


def test_one_clocks_explanation_does_not_explain_another():
    facts = {
        "aware_date": date(2026, 11, 2),
        "notification_date": date(2026, 11, 12),
        "delays": {"notification": ALL_TOLD},
    }
    clocks = clocks_for(**facts)
    assert clocks["notification"].delay_explained
    # The rapid review (due 23 November, see below) is overdue with no record of its own.
    assert clocks["rapid_review"].state == OVERDUE
    assert not clocks["rapid_review"].delay_explained
    assert [need for need, _m in clocks["rapid_review"].delay_missing] == [
        "reason",
        "board_told",
        "panel_told",
    ]


def test_rapid_review_counts_from_becoming_aware_by_default():
    # Monday 2 November 2026 + 15 working days: 3–6, 9–13, 16–20, 23 November.
    facts = {
        "aware_date": date(2026, 11, 2),
        "notification_date": date(2026, 11, 6),
        "rapid_review_completed_date": date(2026, 11, 20),
    }
    clocks = clocks_for(**facts)
    assert clocks["notification"].state == MET
    assert (clocks["rapid_review"].due, clocks["rapid_review"].state) == (date(2026, 11, 23), MET)
    # By setting, from the notification (Friday 6 November): 9–13, 16–20, 23–27.
    settings = Timescales(rapid_review_from="notification")
    assert clocks_for(settings=settings, **facts)["rapid_review"].due == date(2026, 11, 27)


def test_rapid_review_across_christmas_and_new_year():
    # Friday 18 December 2026 + 15: 21–24, 29–31 Dec (25, 28 are bank holidays), 4–8,
    # 11–13 January 2027 (1 January is a bank holiday).
    clocks = clocks_for(aware_date=date(2026, 12, 18), today=date(2027, 1, 14))
    assert clocks["rapid_review"].due == date(2027, 1, 13)
    assert clocks["rapid_review"].state == OVERDUE
    assert clocks["rapid_review"].left == -1


def test_notification_across_easter_2026():
    # Thursday 2 April 2026: Good Friday (3rd) and Easter Monday (6th) do not count:
    # 7, 8, 9, 10, 13 April.
    clocks = clocks_for(aware_date=date(2026, 4, 2), today=date(2026, 4, 6))
    assert clocks["notification"].due == date(2026, 4, 13)
    assert clocks["notification"].state == RUNNING
    assert clocks["notification"].left == 5


@pytest.mark.parametrize(
    ("facts", "duty"),
    [
        ({}, SERIOUS_INCIDENT),  # nothing recorded yet rules nothing out
        ({"outcome": "died", "abuse_or_neglect": "suspected"}, SERIOUS_INCIDENT),
        ({"outcome": "seriously-harmed", "abuse_or_neglect": "known"}, SERIOUS_INCIDENT),
        (
            {"abuse_or_neglect": "known", "location": "outside-england-resident"},
            SERIOUS_INCIDENT,
        ),
        ({"abuse_or_neglect": "known", "location": "elsewhere"}, None),
        ({"outcome": "seriously-harmed", "abuse_or_neglect": "not-suspected"}, None),
        (
            {"outcome": "died", "abuse_or_neglect": "not-suspected", "looked_after": "yes"},
            LOOKED_AFTER_DEATH,
        ),
        (
            {"outcome": "died", "location": "elsewhere", "looked_after": "yes"},
            LOOKED_AFTER_DEATH,
        ),
        ({"outcome": "seriously-harmed", "looked_after": "yes", "location": "elsewhere"}, None),
        ({"referral_basis": "other-reason", "outcome": "died"}, None),
    ],
)
def test_which_notification_the_case_carries(facts, duty):
    assert notification_duty(ClockFacts(**facts)) == duty


def test_a_looked_after_childs_death_is_notified_without_a_rapid_review():
    facts = {"outcome": "died", "abuse_or_neglect": "not-suspected", "looked_after": "yes"}
    clocks = clocks_for(aware_date=date(2026, 11, 24), **facts)
    assert set(clocks) == {"notification"}
    assert clocks["notification"].title == CLOCK_TITLES["notification_looked_after"]
    assert summary(clocks.values())[0]["title_id"] == "notification_looked_after"


def test_local_learning_only_has_no_notification_clock():
    clocks = clocks_for(referral_basis="other-reason", aware_date=date(2026, 11, 2))
    assert clocks == {}


def test_publication_six_calendar_months_from_the_decision():
    clocks = clocks_for(decision_date=date(2026, 8, 31), **LCSPR)
    assert clocks["publication"].due == date(2027, 2, 28)
    assert clocks["publication"].state == RUNNING
    assert clocks["advance_copy"].state == NOT_STARTED
    leap = clocks_for(decision_date=date(2027, 8, 31), today=date(2028, 2, 29), **LCSPR)
    assert leap["publication"].due == date(2028, 2, 29)
    assert leap["publication"].state == RUNNING and leap["publication"].left == 0


def test_publication_delay_needs_the_panel_and_the_department_told():
    # Decision 2 March 2026: due 2 September 2026; overdue on 27 November.
    facts = {"decision_date": date(2026, 3, 2), **LCSPR}
    publication = clocks_for(**facts)["publication"]
    assert publication.state == OVERDUE
    assert [need for need, _m in publication.delay_missing] == [
        "reason",
        "board_told",
        "panel_told",
        "government_told",
    ]
    partial = DelayRecord(reason="Trial", board_told=date(2026, 9, 10))
    publication = clocks_for(delays={"publication": partial}, **facts)["publication"]
    assert [need for need, _m in publication.delay_missing] == ["panel_told", "government_told"]
    publication = clocks_for(delays={"publication": ALL_TOLD}, **facts)["publication"]
    assert publication.delay_explained and publication.state == OVERDUE
    assert publication.delay.cause == "Crown Court prosecution"


def test_no_publication_clock_for_a_rapid_review_or_without_a_decision():
    assert "publication" not in clocks_for(review_type="rapid-review")
    undecided = clocks_for(decision=None, decision_date=date(2026, 8, 31), review_type="lcspr")
    assert undecided["publication"].state == NOT_STARTED


def test_published_stops_the_publication_clock():
    facts = {"decision_date": date(2026, 3, 2), **LCSPR}
    published = {"published_date": date(2026, 8, 20), "publication_date": date(2026, 8, 20)}
    assert clocks_for(**facts, **published)["publication"].state == MET


def test_a_decision_not_to_publish_stops_the_clock_when_the_panel_is_told():
    facts = {
        "decision_date": date(2026, 3, 2),
        "publication_decision": "not-publishing",
        "publication_decision_told_date": date(2026, 10, 1),
        **LCSPR,
    }
    clocks = clocks_for(**facts)
    assert (clocks["publication"].state, clocks["publication"].stopped) == (
        LATE,
        date(2026, 10, 1),
    )
    assert "advance_copy" not in clocks


def test_advance_copy_counts_back_from_the_publication_date():
    # Wednesday 6 January 2027 − 7 working days: 5, 4 Jan, 31, 30, 29, 24, 23 Dec.
    facts = {"decision_date": date(2026, 8, 3), "publication_date": date(2027, 1, 6), **LCSPR}
    advance = clocks_for(**facts)["advance_copy"]
    assert (advance.due, advance.state) == (date(2026, 12, 23), RUNNING)
    late = clocks_for(advance_copy_sent_date=date(2026, 12, 30), **facts)["advance_copy"]
    assert (late.state, late.stopped) == (LATE, date(2026, 12, 30))


def test_published_without_an_advance_copy_is_never_done_late():
    facts = {
        "decision_date": date(2026, 8, 3),
        "publication_date": date(2026, 11, 20),
        "published_date": date(2026, 11, 20),
        **LCSPR,
    }
    missed = clocks_for(**facts)["advance_copy"]
    assert missed.state == MISSED and missed.stopped is None
    waived = clocks_for(advance_copy_not_sent_reason="Court order", **facts)["advance_copy"]
    assert waived.state == WAIVED


def test_approval_warns_when_the_advance_copy_has_too_few_days():
    facts = ClockFacts(**LCSPR)
    settings = Timescales()
    # Friday 27 November to Friday 4 December: 30 Nov, 1–4 Dec = 5 working days.
    assert advance_copy_short(facts, settings, date(2026, 12, 4), TODAY) == 5
    # To Wednesday 9 December: 8 working days, enough.
    assert advance_copy_short(facts, settings, date(2026, 12, 9), TODAY) is None
    sent = ClockFacts(advance_copy_sent_date=date(2026, 11, 26), **LCSPR)
    assert advance_copy_short(sent, settings, date(2026, 12, 4), TODAY) is None
    wales = Timescales(nation=WALES)
    assert advance_copy_short(facts, wales, date(2026, 12, 4), TODAY) is None


def test_wales_counts_only_what_the_partnership_set():
    facts = {
        "aware_date": date(2026, 11, 2),
        "decision": "review",
        "decision_date": date(2026, 9, 1),
        "review_type": "susr-wales",
    }
    clocks = clocks_for(settings=Timescales(nation=WALES), **facts)
    assert set(clocks) == {"publication"}
    assert clocks["publication"].state == NOT_SET
    wales = Timescales(nation=WALES, wales_susr_months=12, wales_cpr_months=6)
    assert clocks_for(settings=wales, **facts)["publication"].due == date(2027, 9, 1)
    facts["review_type"] = "cpr-wales"
    publication = clocks_for(settings=wales, **facts)["publication"]
    assert publication.due == date(2027, 3, 1)


def test_a_welsh_delay_needs_the_reason_and_the_board():
    wales = Timescales(nation=WALES, wales_susr_months=6)
    facts = {"decision_date": date(2026, 3, 2), "decision": "review", "review_type": "susr-wales"}
    publication = clocks_for(settings=wales, **facts)["publication"]
    assert [need for need, _m in publication.delay_missing] == ["reason", "board_told"]


def test_add_months_at_month_ends():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_delayed_next_due_and_summary():
    facts = {"aware_date": date(2026, 11, 2), "notification_date": date(2026, 11, 20)}
    clocks = review_clocks(ClockFacts(**facts), today=TODAY)
    assert [clock.id for clock in delayed_clocks(clocks)] == ["notification", "rapid_review"]
    # Only the rapid review still runs: due 23 November (overdue).
    assert next_due(clocks) == date(2026, 11, 23)
    data = summary_as_of(summary(clocks), TODAY)
    assert data[0]["id"] == "notification" and data[0]["delayed"] is True
    assert data[0]["delay_explained"] is False


STORED_CASES = [
    {"aware_date": date(2026, 11, 2), "notification_date": date(2026, 11, 20)},
    {"aware_date": date(2026, 11, 24)},
    {
        "aware_date": date(2026, 6, 1),
        "notification_date": date(2026, 6, 3),
        "rapid_review_completed_date": date(2026, 6, 30),
        "decision": "review",
        "decision_date": date(2026, 7, 1),
        "review_type": "lcspr",
        "publication_date": date(2027, 1, 15),
        "delays": {
            "rapid_review": DelayRecord(reason="Records late", board_told=date(2026, 6, 25))
        },
    },
    {
        "aware_date": date(2025, 1, 6),
        "notification_date": date(2025, 1, 7),
        "rapid_review_completed_date": date(2025, 1, 20),
        "decision": "review",
        "decision_date": date(2025, 1, 21),
        "review_type": "lcspr",
        "publication_date": date(2025, 9, 1),
        "published_date": date(2025, 9, 1),
        "advance_copy_not_sent_reason": "",
    },
]


@pytest.mark.parametrize("facts", STORED_CASES)
@pytest.mark.parametrize("nation", ["england", "wales"])
def test_stored_dates_give_the_clocks_of_any_later_day(facts, nation):
    """What the catalog keeps (dates) gives, on any later day, exactly the clocks computed
    that day: nothing needs indexing again when a day passes."""
    settings = Timescales(nation=nation, wales_cpr_months=9)
    if nation == "wales":
        facts = {**facts, "review_type": "cpr-wales"} if "review_type" in facts else facts
    indexed_on = date(2026, 11, 25)
    stored = summary(review_clocks(ClockFacts(**facts), settings, today=indexed_on), nation)
    for later in (indexed_on, date(2026, 11, 30), date(2026, 12, 28), date(2027, 3, 1)):
        expected = [c.as_dict() for c in review_clocks(ClockFacts(**facts), settings, today=later)]
        assert summary_as_of(stored, later, nation) == expected, later
    assert all(set(clock) <= STORED_KEYS for clock in stored)


STORED_KEYS = {
    "id",
    "title_id",
    "state",
    "started",
    "due",
    "stopped",
    "delay_recorded",
    "delay_incomplete",
    "delay_last_told",
}


def test_facts_as_a_dict():
    clocks = review_clocks({"aware_date": date(2026, 11, 24)}, today=TODAY)
    assert clocks[0].due == date(2026, 12, 1)


def test_settings_from_an_object_keep_defaults_for_empty_values():
    class Registry:
        nation = "wales"
        lcspr_months = None

    settings = Timescales.from_settings(Registry())
    assert settings.nation == "wales"
    assert settings.lcspr_months == 6
    assert settings.rapid_review_from == "aware"
