"""The clocks of a review: which apply, when they are due, and where they stand."""

from datetime import date

from plone_scrqm.clocks.timescales import LATE
from plone_scrqm.clocks.timescales import MET
from plone_scrqm.clocks.timescales import NOT_STARTED
from plone_scrqm.clocks.timescales import OVERDUE
from plone_scrqm.clocks.timescales import PAUSED
from plone_scrqm.clocks.timescales import RUNNING
from plone_scrqm.clocks.timescales import Timescales
from plone_scrqm.clocks.timescales import add_months
from plone_scrqm.clocks.timescales import delayed_clocks
from plone_scrqm.clocks.timescales import next_due
from plone_scrqm.clocks.timescales import review_clocks
from plone_scrqm.clocks.timescales import summary
from plone_scrqm.clocks.workingdays import WALES
from plone_scrqm.clocks.workingdays import Pause

TODAY = date(2026, 11, 27)  # a Friday


def by_id(clocks):
    return {clock.id: clock for clock in clocks}


def test_an_empty_record_has_clocks_not_started():
    clocks = by_id(review_clocks({}, today=TODAY))
    assert set(clocks) == {"notification", "rapid_review"}
    assert {clock.state for clock in clocks.values()} == {NOT_STARTED}


def test_notification_running_and_its_days():
    clocks = by_id(review_clocks({"aware_date": date(2026, 11, 24)}, today=TODAY))
    notification = clocks["notification"]
    assert notification.state == RUNNING
    assert notification.started == date(2026, 11, 24)
    assert notification.due == date(2026, 12, 1)
    assert (notification.used, notification.left) == (3, 2)
    assert clocks["rapid_review"].state == NOT_STARTED


def test_notification_overdue_then_met_late():
    record = {"aware_date": date(2026, 11, 2)}
    notification = by_id(review_clocks(record, today=TODAY))["notification"]
    assert notification.state == OVERDUE
    assert notification.overdue and notification.delayed
    assert notification.left < 0
    record["notification_date"] = date(2026, 11, 12)
    notification = by_id(review_clocks(record, today=TODAY))["notification"]
    assert notification.state == LATE
    assert notification.delayed and not notification.overdue


def test_rapid_review_counts_from_the_notification_by_default():
    record = {
        "aware_date": date(2026, 11, 2),
        "notification_date": date(2026, 11, 6),
        "rapid_review_completed_date": date(2026, 11, 26),
    }
    clocks = by_id(review_clocks(record, today=TODAY))
    assert clocks["notification"].state == MET
    assert clocks["rapid_review"].due == date(2026, 11, 27)
    assert clocks["rapid_review"].state == MET
    from_aware = Timescales(rapid_review_from="aware")
    clocks = by_id(review_clocks(record, settings=from_aware, today=TODAY))
    assert clocks["rapid_review"].due == date(2026, 11, 23)
    assert clocks["rapid_review"].state == LATE


def test_settings_change_the_numbers():
    record = {"aware_date": date(2026, 11, 24)}
    clocks = by_id(review_clocks(record, settings=Timescales(notification_working_days=10)))
    assert clocks["notification"].due == date(2026, 12, 8)


def test_publication_clock_six_months_from_the_decision():
    record = {"decision": "review", "decision_date": date(2026, 8, 31), "review_type": "lcspr"}
    clocks = by_id(review_clocks(record, today=TODAY))
    assert clocks["publication"].due == date(2027, 2, 28)
    assert clocks["publication"].state == RUNNING
    assert clocks["advance_copy"].state == NOT_STARTED


def test_no_publication_clock_for_a_rapid_review_or_without_a_decision():
    assert "publication" not in by_id(review_clocks({"review_type": "rapid-review"}))
    record = {"decision": None, "decision_date": date(2026, 8, 31), "review_type": "lcspr"}
    assert by_id(review_clocks(record, today=TODAY))["publication"].state == NOT_STARTED


def test_a_criminal_trial_pauses_the_clocks():
    record = {"decision": "review", "decision_date": date(2026, 6, 1), "review_type": "lcspr"}
    trial = Pause(date(2026, 11, 2), None, "Criminal trial")
    clocks = by_id(review_clocks(record, pauses=[trial], today=TODAY))
    publication = clocks["publication"]
    assert publication.state == PAUSED and publication.paused
    assert publication.pause_reasons == ("Criminal trial",)
    # 1 December 2026 moved on by the 26 calendar days paused so far.
    assert publication.due == date(2026, 12, 27)
    assert publication.paused_days == 20


def test_after_the_pause_the_clock_resumes_and_can_run_over():
    record = {"decision": "review", "decision_date": date(2026, 3, 2), "review_type": "scr"}
    trial = Pause(date(2026, 4, 1), date(2026, 4, 30), "Criminal trial")
    publication = by_id(review_clocks(record, pauses=[trial], today=TODAY))["publication"]
    assert publication.due == date(2026, 10, 2)  # 2 September + 30 days of pause
    assert publication.state == OVERDUE
    assert publication.paused_days == 20  # 22 weekdays in April 2026 less Easter's two


def test_advance_copy_counts_back_from_the_publication_date():
    record = {"decision": "review", "decision_date": date(2026, 8, 3), "review_type": "lcspr"}
    facts = {"publication_date": date(2027, 1, 6)}
    advance = by_id(review_clocks(record, facts, today=TODAY))["advance_copy"]
    assert advance.due == date(2026, 12, 23)
    assert advance.state == RUNNING
    record["advance_copy_sent_date"] = date(2026, 12, 30)
    assert by_id(review_clocks(record, facts, today=TODAY))["advance_copy"].state == LATE
    del record["advance_copy_sent_date"]
    facts["published_date"] = facts["publication_date"]
    assert by_id(review_clocks(record, facts, today=TODAY))["advance_copy"].state == LATE


def test_published_stops_the_publication_clock():
    record = {"decision": "review", "decision_date": date(2026, 3, 2), "review_type": "lcspr"}
    facts = {"published_date": date(2026, 8, 20), "publication_date": date(2026, 8, 20)}
    assert by_id(review_clocks(record, facts, today=TODAY))["publication"].state == MET


def test_wales_has_its_own_clocks():
    wales = Timescales(nation=WALES)
    record = {"aware_date": date(2026, 11, 2), "decision": "review", "review_type": "cpr-wales"}
    record["decision_date"] = date(2026, 9, 1)
    clocks = by_id(review_clocks(record, settings=wales, today=TODAY))
    assert set(clocks) == {"publication"}
    assert clocks["publication"].due == date(2027, 3, 1)
    record["review_type"] = "ussr-wales"
    clocks = by_id(review_clocks(record, settings=wales, today=TODAY))
    assert clocks["publication"].due == date(2027, 9, 1)


def test_add_months_at_month_ends():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_delayed_next_due_and_summary():
    record = {"aware_date": date(2026, 11, 2), "notification_date": date(2026, 11, 20)}
    clocks = review_clocks(record, today=TODAY)
    assert [clock.id for clock in delayed_clocks(clocks)] == ["notification"]
    assert next_due(clocks) == date(2026, 12, 11)
    data = summary(clocks)
    assert data[0]["id"] == "notification" and data[0]["delayed"] is True


def test_settings_from_an_object_keep_defaults_for_empty_values():
    class Registry:
        nation = "wales"
        lcspr_months = None

    settings = Timescales.from_settings(Registry())
    assert settings.nation == "wales"
    assert settings.lcspr_months == 6
