"""The privacy scanner on realistic report text: what it must find, and what it must leave."""

import io
import zipfile

import pytest

from plone_scrqm.privacy.extract import ExtractionError
from plone_scrqm.privacy.extract import docx_to_text
from plone_scrqm.privacy.extract import file_to_text
from plone_scrqm.privacy.extract import html_to_text
from plone_scrqm.privacy.scanner import EMAIL
from plone_scrqm.privacy.scanner import FULL_DATE
from plone_scrqm.privacy.scanner import IDENTIFIER
from plone_scrqm.privacy.scanner import NHS_NUMBER
from plone_scrqm.privacy.scanner import PHONE
from plone_scrqm.privacy.scanner import POSTCODE
from plone_scrqm.privacy.scanner import STREET_ADDRESS
from plone_scrqm.privacy.scanner import fold
from plone_scrqm.privacy.scanner import nhs_number_valid
from plone_scrqm.privacy.scanner import scan

REGISTER = ["Zoë Hartley-Price", "Aisha Begum", "Northfield Primary School", "Ty Gwyn"]

# A paragraph in the style of a published review, with family details that should not be in
# it; and the same paragraph written as it should be.
LEAKY = (
    "Child D lived with her mother, Aisha Begum, at 14 Wellington Road, Leeds LS6 2QT. "
    "Aisha's health visitor recorded concerns on 12 March 2019 and again on 03/06/2019. "
    "Zoe Hartley-Price (NHS number 943 476 5919) attended Northfield Primary School. "
    "A. Begum could be reached on 07700 900123 or aisha.begum@example.com."
)
CLEAN = (
    "Child D lived with her mother. Over two years, health visitors, the school and "
    "children's social care each saw part of the picture. In March 2019 the health visitor "
    "recorded concerns about home conditions; the school raised attendance in the spring term. "
    "Section 47 enquiries were not started. The review found that agencies held different "
    "thresholds for neglect, and that 3 of 4 agencies did not know the escalation policy. "
    "Working Together 2018, paragraph 22, sets out the duty."
)


def kinds(matches):
    return [m.kind for m in matches]


def texts(matches):
    return [m.text for m in matches]


def test_finds_every_detail_in_a_leaky_report():
    matches = scan(LEAKY, REGISTER)
    found = texts(matches)
    assert "Aisha Begum" in found
    assert "14 Wellington Road" in found
    assert "LS6 2QT" in found
    assert "Aisha's" in found  # possessive
    assert "12 March 2019" in found and "03/06/2019" in found
    assert "Zoe Hartley-Price" in found  # without the diaeresis
    assert "943 476 5919" in found
    assert "Northfield Primary School" in found
    assert "A. Begum" in found  # initial with surname
    assert "07700 900123" in found
    assert "aisha.begum@example.com" in found
    assert set(kinds(matches)) == {
        IDENTIFIER,
        STREET_ADDRESS,
        POSTCODE,
        FULL_DATE,
        NHS_NUMBER,
        PHONE,
        EMAIL,
    }


def test_leaves_a_well_written_report_alone():
    assert scan(CLEAN, REGISTER) == []


@pytest.mark.parametrize(
    "text",
    [
        "In March 2019 the school raised concerns.",  # month and year only
        "The review covered 2017 to 2019.",
        "Finding 3 of 5; paragraph 4.2.1 of the guidance.",
        "Tel. numbers were not shared: see page 12.",
        "1234567890 is not an NHS number",  # fails the check digit
        "The team at Park Road clinic",  # a place name without a house number
    ],
)
def test_no_false_positive(text):
    assert scan(text, []) == []


def test_common_word_surname_only_as_full_name():
    register = ["Holly Green"]
    assert scan("The green door and the holly bush.", register) == []
    assert texts(scan("Holly Green's father", register)) == ["Holly Green's"]


def test_case_insensitive_and_word_boundaries():
    assert texts(scan("AISHA BEGUM was seen.", ["Aisha Begum"])) == ["AISHA BEGUM"]
    assert scan("Begumpet is a place.", ["Aisha Begum"]) == []


def test_context_and_offsets():
    text = "x" * 100 + " Aisha Begum " + "y" * 100
    (match,) = scan(text, ["Aisha Begum"])
    assert text[match.start : match.end] == "Aisha Begum"
    assert match.context.startswith("…") and match.context.endswith("…")
    assert "Aisha Begum" in match.context
    assert match.key == "identifier:aisha begum"


def test_postcodes():
    for postcode in ("SW1A 1AA", "CF10 3NQ", "M1 1AE", "b33 8th"):
        assert kinds(scan(f"at {postcode} then", [])) == [POSTCODE], postcode


def test_phone_numbers():
    for phone in ("07700 900123", "+44 7700 900123", "0161 496 0000", "029 2018 0000"):
        assert kinds(scan(f"call {phone} now", [])) == [PHONE], phone


def test_nhs_check_digit():
    assert nhs_number_valid("943 476 5919")
    assert not nhs_number_valid("943 476 5918")
    assert not nhs_number_valid("000 000 0000")


def test_fold():
    assert fold("Zoë’s") == "zoe's"


def test_html_text():
    html = "<h2>Finding</h2><p>Aisha&nbsp;Begum&#39;s <b>home</b></p><script>x()</script>"
    assert html_to_text(html) == "Finding\n\nAisha\xa0Begum's home"
    assert texts(scan(html_to_text(html), ["Aisha Begum"])) == ["Aisha\xa0Begum's"]


def _docx(text):
    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", body)
    return out.getvalue()


def test_word_documents():
    data = _docx("Aisha Begum was interviewed.")
    assert docx_to_text(data).strip() == "Aisha Begum was interviewed."
    assert file_to_text("report.docx", None, data).strip() == "Aisha Begum was interviewed."
    with pytest.raises(ExtractionError):
        docx_to_text(b"not a zip file")


def test_pdf_documents():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    # a blank page has no text; the document information holds the producer
    assert file_to_text("r.pdf", "application/pdf", out.getvalue()).strip() == "pypdf"
    with pytest.raises(ExtractionError):
        file_to_text("r.pdf", "application/pdf", b"%PDF-broken")
    with pytest.raises(ExtractionError, match="cannot read this kind of file"):
        file_to_text("picture.png", "image/png", b"...")
