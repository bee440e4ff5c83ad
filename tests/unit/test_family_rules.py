"""Family records and letters in plain Python: titles, involvement, contact log, languages."""

from datetime import date
from datetime import timedelta

import pytest

from plone_scrqm.clocks import today
from plone_scrqm.families import rules
from plone_scrqm.letters import compose
from plone_scrqm.letters import languages

pytestmark = pytest.mark.unit


def test_neutral_title_never_a_name():
    assert rules.neutral_title(1, "mother") == "Family member 1 (mother)"
    assert rules.neutral_title(2, "sibling") == "Family member 2 (brother or sister)"
    assert rules.neutral_title(0, None) == "Family member"
    assert rules.next_member_number([1, 3, 0]) == 4
    assert rules.next_member_number([]) == 1


def test_reasons_needed_when_not_involved():
    assert rules.involvement_problem("declined", "") == "reasons-missing"
    assert rules.involvement_problem("not-involved", "  ") == "reasons-missing"
    assert rules.involvement_problem("not-involved", "Lives abroad; no contact.") is None
    assert rules.involvement_problem("involved", "") is None


def test_identifiers_distinct_and_ordered():
    assert rules.identifiers("A B", "Ms B", ["Zee", "A B", ""], None) == ["A B", "Ms B", "Zee"]


def test_contact_entry_checks():
    good = rules.contact_entry(today(), "phone", " Rita ", " Offered a meeting ")
    assert rules.contact_problems(good) == []
    assert good["who"] == "Rita" and good["automatic"] == ""
    future = {**good, "date": (today() + timedelta(days=2)).isoformat()}
    assert rules.contact_problems(future) == ["date-in-future"]
    assert set(rules.contact_problems({"date": "soon", "channel": "pigeon"})) == {
        "date",
        "channel",
        "who",
        "offered",
    }


def test_letter_entries_recorded_once_a_day():
    entry = rules.letter_entry(date(2026, 3, 7), "Rita", "inform", "ur")
    assert entry["offered"] == "Letter generated: inform (ur)" and entry["automatic"] == "yes"
    log = rules.with_entry([], entry)
    assert rules.with_entry(log, dict(entry)) == log
    pdf = rules.letter_entry(date(2026, 3, 7), "Rita", "inform", "ur", "pdf")
    assert len(rules.with_entry(log, pdf)) == 2


def test_languages():
    assert len(languages.LANGUAGES) == 13
    assert {code for code in languages.CODES if languages.BY_CODE[code].direction == "rtl"} == {
        "ur",
        "ar",
    }
    assert [lang.code for lang in languages.languages_of("cy")] == ["cy", "en"]
    assert languages.BY_CODE["en-easyread"].catalogue == "en_easyread"


def test_request_problems_name_the_parameter():
    assert compose.request_problem("inform", "ur") is None
    problem = compose.request_problem("thanks", "ur")
    assert problem.parameter == "letter" and "draft-report" in problem.allowed
    assert compose.request_problem("inform", "fr").parameter == "lang"
    assert compose.request_problem("inform", "en", "docx").parameter == "format"
    assert compose.request_problem("inform", "en", member_found=False).parameter == "member"
    assert compose.request_problem("publication", "en").parameter == "publication_date"
    assert compose.request_problem("publication", "en", publication_date=today()) is None


def test_sections_welsh_first_then_english():
    sections = compose.sections("invite", "cy")
    assert [language.code for language, _subject, _paragraphs in sections] == ["cy", "en"]
    subject, paragraphs = sections[0][1], sections[0][2]
    assert subject == "invite-subject"
    assert paragraphs[-2:] == ("letter-interpreter", "letter-contact")


def test_variables_isolated_in_right_to_left_letters():
    settings = {"name": "Northshire", "contact_email": "a@b.example"}
    ltr = compose.variables("Ms Q", "Amir", settings, date(2026, 3, 7))
    assert ltr["publication_date"] == "07/03/2026" and ltr["contact_phone"] == ""
    rtl = compose.variables("Ms Q", "Amir", settings, None, "rtl")
    assert rtl["addressee"] == "\u2068Ms Q\u2069" and rtl["publication_date"] == ""
    assert compose.missing_settings(settings) == ["contact_name", "contact_phone", "signatory_name"]


def test_a_letter_entry_is_read_back_for_translation():
    entry = rules.letter_entry(date(2026, 11, 2), "Demo", "inform", "ur", fmt="pdf")
    assert rules.read_letter_entry(entry["offered"]) == ("inform", "ur", True)
    page = rules.letter_entry(date(2026, 11, 2), "Demo", "publication-date", "cy")
    assert rules.read_letter_entry(page["offered"]) == ("publication-date", "cy", False)
    assert rules.read_letter_entry("Phoned the father") is None
