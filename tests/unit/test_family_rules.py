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


def test_contact_record_checks():
    good = {
        "contact_date": today(),
        "method": "phone",
        "review_people": "Rita",
        "members": ["uid-1"],
    }
    assert rules.record_problems(good) == []
    future = {**good, "contact_date": today() + timedelta(days=1)}
    assert rules.record_problems(future) == ["date-in-future"]
    assert set(rules.record_problems({"contact_date": "soon", "method": "pigeon"})) == {
        "contact_date",
        "method",
        "review_people",
        "members",
    }


def test_first_informed_is_the_earliest_inform_contact():
    contacts = [
        {"contact_date": date(2026, 3, 9), "members": ["a", "b"], "informed": True},
        {"contact_date": date(2026, 3, 1), "members": ["a"], "informed": False},
        {"contact_date": date(2026, 3, 5), "members": ["a"], "informed": True},
    ]
    assert rules.first_informed(contacts, "a") == date(2026, 3, 5)
    assert rules.first_informed(contacts, "b") == date(2026, 3, 9)
    assert rules.first_informed(contacts, "c") is None


def test_old_contact_log_entries_migrate_except_generated_letters():
    entry = {
        "date": "2026-01-05",
        "channel": "face-to-face",
        "who": " Rita ",
        "offered": "A meeting",
        "interpreter": "",
        "automatic": "",
    }
    assert rules.migrated_contact(entry) == {
        "contact_date": date(2026, 1, 5),
        "method": "meeting",
        "review_people": "Rita",
        "said": "A meeting",
        "interpreter": "",
    }
    assert rules.migrated_contact({**entry, "automatic": "yes"}) is None
    assert rules.migrated_contact({**entry, "date": "soon"}) is None


def test_a_question_closes_only_with_an_answer():
    assert rules.question_problem("closed", " ") == "answer-missing"
    assert rules.question_problem("closed", "Because…") is None
    assert rules.question_problem("open", "") is None


def test_lines_of_enquiry_one_per_line_without_list_marks():
    text = "- Referrals\n* Schools\n1. Health visiting\n\n2) Housing\n- Referrals"
    assert rules.lines_of_enquiry(text) == ["Referrals", "Schools", "Health visiting", "Housing"]


def test_members_not_told_block_or_warn_by_involvement():
    members = [
        {"title": "FM 1", "involvement": "involved", "final_report_date": None},
        {"title": "FM 2", "involvement": "invited", "final_report_date": date(2026, 3, 1)},
        {"title": "FM 3", "involvement": "declined", "final_report_date": None},
        {"title": "FM 4", "involvement": "not-decided", "final_report_date": None},
    ]
    assert rules.not_yet_told(members) == (["FM 1"], ["FM 3", "FM 4"])


def test_address_identifiers_first_line_and_postcode():
    address = "12 Acacia Road,\nNorthtown\nNorthshire NS2 4QT"
    assert rules.address_identifiers(address) == ["12 Acacia Road", "NS2 4QT"]
    assert rules.address_identifiers("") == []


def test_record_titles_never_hold_what_was_said():
    assert rules.record_title("contact", 2, "phone") == "Contact 2 (phone)"
    assert rules.record_title("draft-comment", 1) == "Comment on the draft report 1"


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
    assert ltr["publication_date"] == "7 March 2026" and ltr["contact_phone"] == ""
    rtl = compose.variables("Ms Q", "Amir", settings, None, "rtl")
    assert rtl["addressee"] == "\u2068Ms Q\u2069" and rtl["publication_date"] == ""
    assert compose.missing_settings(settings) == ["contact_name", "contact_phone", "signatory_name"]


def test_an_invitation_needs_the_review_scope_and_period():
    recorded = {"terms_of_reference": "Information sharing.", "period_under_review": "2024"}
    assert compose.request_problem("invite", "cy", review_record=recorded) is None
    problem = compose.request_problem(
        "invite", "cy", review_record={**recorded, "terms_of_reference": "  "}
    )
    assert problem.parameter == "review_record" and problem.missing == ("terms_of_reference",)
    problem = compose.request_problem("invite", "en", review_record=None)
    assert problem.missing == ("terms_of_reference", "period_under_review")
    # Only the invitation prints the review's scope and period
    assert compose.request_problem("inform", "en", review_record=None) is None
    # A request that is wrong in itself is named first
    assert compose.request_problem("invite", "fr").parameter == "lang"


def test_the_period_is_printed_as_the_review_records_it():
    ltr = compose.variables("Ms Q", "Amir", {}, period=" March 2024 to June 2025 ")
    assert ltr["period"] == "March 2024 to June 2025"
    rtl = compose.variables("Ms Q", "Amir", {}, direction="rtl", period="March 2024")
    assert rtl["period"] == "\u2068March 2024\u2069"


def test_the_publication_date_in_words_in_the_letters_language():
    day = date(2026, 11, 29)
    assert compose.format_date(day, "en") == "29 November 2026"
    assert compose.format_date(day, "en-easyread") == "29 November 2026"
    assert compose.format_date(day, "cy") == "29 Tachwedd 2026"
    assert compose.format_date(day, "pl") == "29 listopada 2026"
    assert compose.format_date(day, "es") == "29 de noviembre de 2026"
    # Right to left: the month in the letter's own script, inside the isolates that keep a
    # variable's direction in the sentence
    assert compose.format_date(day, "ur") == "29 نومبر، 2026"
    assert compose.format_date(day, "ar") == "29 نوفمبر 2026"
    urdu = compose.variables("Ms Q", "Amir", {}, day, "rtl", lang="ur")
    assert urdu["publication_date"] == "\u206829 نومبر، 2026\u2069"
    welsh = compose.variables("Ms Q", "Amir", {}, day, lang="cy")
    assert welsh["publication_date"] == "29 Tachwedd 2026"
    # every letter language writes the month in words, none as digits
    for code in languages.CODES:
        written = compose.format_date(day, code)
        assert "11" not in written and "/" not in written, code
        assert "2026" in written and "29" in written, code
    assert compose.format_date(None, "cy") == ""
