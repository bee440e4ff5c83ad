"""Letters ready to post: the PDFs opened. The Welsh letter is one page in Welsh then one in
English; each right-to-left letter fits its pages with the closing and the signature on the
page of the last paragraph; the family member's postal address is on the letter."""

import io

import pytest
from test_families import render

from families import PARTNERSHIP
from families import add_family_member
from families import add_report_with_date
from families import set_partnership
from plone_scrqm.letters.compose import LETTER_KINDS
from reviews import advance

ADDRESS = "12 Acacia Road\nNorthtown\nNS2 4QT"


@pytest.fixture
def member(make_review):
    review = advance(make_review(), "running")
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
