"""Letters ready to post: the PDFs opened. The Welsh letter is one page in Welsh then one in
English; each right-to-left letter fits its pages with the closing and the signature on the
page of the last paragraph; the family member's postal address is on the letter; the
invitation names the review's own scope and period, and is refused until they are recorded."""

import io

import pytest
from test_families import render

from families import PARTNERSHIP
from families import add_family_member
from families import add_report_with_date
from families import set_partnership
from plone_scrqm.letters.compose import LETTER_KINDS
from reviews import advance
from reviews import set_fields

ADDRESS = "12 Acacia Road\nNorthtown\nNS2 4QT"
# Terms of reference as a review records them: numbered lines of enquiry.
SCOPE = (
    "1. How agencies recognised and responded to neglect at home.",
    "2. How health and children's social care shared what they knew.",
    "3. How the voice of the child was heard by the services involved.",
)
PERIOD = "March 2024 to June 2025"


@pytest.fixture
def member(make_review):
    review = advance(make_review(), "running")
    set_fields(review, terms_of_reference="\n".join(SCOPE), period_under_review=PERIOD)
    set_partnership()
    add_report_with_date(review)
    return add_family_member(review, postal_address=ADDRESS)


def pages_of(member, letter, lang):
    pytest.importorskip("weasyprint", exc_type=OSError)
    from pypdf import PdfReader

    status, body = render(member.review(), member, letter=letter, lang=lang, format="pdf")
    assert status == 200
    return [page.extract_text() for page in PdfReader(io.BytesIO(body)).pages]


def assert_signed_with_the_last_paragraph(pages):
    """The signatory is on every page that has the last paragraph (the contact details,
    Latin script in every language), and on no other."""
    for page in pages:
        has_signature = PARTNERSHIP["signatory_name"] in page
        assert has_signature == (PARTNERSHIP["contact_email"] in page), page[-200:]


@pytest.mark.parametrize("letter", LETTER_KINDS)
def test_welsh_letter_two_pages_each_signed(member, letter):
    pages = pages_of(member, letter, "cy")
    assert len(pages) == 2
    assert "Yn gywir," in pages[0] and PARTNERSHIP["signatory_name"] in pages[0]
    assert "Yours sincerely," in pages[1] and PARTNERSHIP["signatory_name"] in pages[1]
    assert_signed_with_the_last_paragraph(pages)


@pytest.mark.parametrize("letter", LETTER_KINDS)
@pytest.mark.parametrize("lang", ["ar", "ur"])
def test_right_to_left_letters_fit_one_page(member, letter, lang):
    pages = pages_of(member, letter, lang)
    assert len(pages) == 1
    assert_signed_with_the_last_paragraph(pages)


def test_postal_address_on_the_letter(member):
    pages = pages_of(member, "invite", "en")
    assert "12 Acacia Road" in pages[0] and "NS2 4QT" in pages[0]


def test_a_letter_that_cannot_be_written_yet_says_so_on_a_page(make_review):
    review = advance(make_review(title="Child E"), "running")
    set_partnership()
    member = add_family_member(review)
    status, body = render(review, member, letter="publication", lang="en")
    assert status == 400
    assert "<html" in body and "This letter cannot be written yet" in body
    assert "no publication date yet" in body
    assert f'href="{member.absolute_url()}"' in body


def scope_lines():
    """The lines of enquiry as the letter prints them (without their numbers)."""
    return [line[3:] for line in SCOPE]


def test_the_invitation_names_the_review_scope_and_period_in_english(member):
    status, body = render(member.review(), member, letter="invite", lang="en")
    assert status == 200
    opening = body.index("We would now like to invite you to take part in it.")
    period = body.index(f"The review looks at what happened in this period: {PERIOD}.")
    scope = body.index("In the words of its terms of reference, this is what it is looking at:")
    lines = [body.index(line) for line in scope_lines()]
    assert opening < period < scope < lines[0] < lines[1] < lines[2]
    assert "1. How" not in body  # the review's list marks are the letter's own


def test_the_welsh_invitation_names_the_scope_and_period_in_welsh_then_english(member):
    status, body = render(member.review(), member, letter="invite", lang="cy")
    assert status == 200
    welsh_period = body.index(
        f"Mae’r adolygiad yn edrych ar yr hyn a ddigwyddodd yn y cyfnod hwn: {PERIOD}."
    )
    welsh = body.index("Yng ngeiriau ei gylch gorchwyl, dyma beth mae’n edrych arno:")
    english_period = body.index(f"The review looks at what happened in this period: {PERIOD}.")
    english = body.index("In the words of its terms of reference, this is what it is")
    assert welsh_period < welsh < english_period < english
    # The review's own words in both sections, as it recorded them
    first_line = scope_lines()[0]
    assert body.count(first_line) == 2
    assert welsh < body.index(first_line) < english_period


def test_the_invitation_pdf_holds_the_scope_and_period(member):
    for lang in ("cy", "ur", "ar"):
        text = " ".join(pages_of(member, "invite", lang))
        assert "neglect at home" in text and "June 2025" in text, lang


@pytest.mark.parametrize(
    ("missing", "named"),
    [
        ({"terms_of_reference": ""}, "Terms of reference"),
        ({"period_under_review": None}, "Period under review"),
        ({"terms_of_reference": "  ", "period_under_review": ""}, "Terms of reference, Period"),
    ],
)
def test_no_invitation_before_the_review_records_its_scope(member, missing, named):
    review = member.review()
    set_fields(review, **missing)
    for fmt in ("page", "pdf"):
        status, body = render(review, member, letter="invite", lang="cy", format=fmt)
        assert status == 400, fmt
        assert "<html" in body and "This letter cannot be written yet" in body
        assert f"The review has not recorded this yet: {named}" in body
        assert f'href="{member.absolute_url()}"' in body
    # The other letters do not print the review's scope and can still be written
    status, _body = render(review, member, letter="inform", lang="cy")
    assert status == 200


@pytest.mark.parametrize("lang", ["en", "cy", "ur"])
def test_the_publication_letter_writes_its_dates_in_words(member, lang):
    from datetime import timedelta

    from families import TODAY
    from plone_scrqm.letters.compose import format_date
    from plone_scrqm.letters.languages import languages_of

    published = TODAY + timedelta(days=30)  # add_report_with_date's publication date
    status, body = render(member.review(), member, letter="publication", lang=lang)
    assert status == 200
    for language in languages_of(lang):  # Welsh, then English
        assert format_date(published, language.code) in body, language.code
        assert format_date(TODAY, language.code) in body, language.code
    assert published.strftime("%d/%m/%Y") not in body
    assert TODAY.strftime("%d/%m/%Y") not in body
