"""Family members: private records (titles, catalog, permissions, identifiers) and the
letters (every letter in every language, errors, contact log, readability, PDF)."""

import io
import re

import pytest
import textstat
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import logout
from plone.app.testing import setRoles
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import Invalid

from families import NAME
from families import PARTNERSHIP
from families import add_family_member
from families import add_report_with_date
from families import set_partnership
from plone_scrqm.families.content import IFamilyMember
from plone_scrqm.interfaces import IIdentifierSource
from plone_scrqm.letters import texts
from plone_scrqm.letters.compose import LETTER_KINDS
from plone_scrqm.letters.languages import BY_CODE
from plone_scrqm.letters.languages import CODES
from reviews import advance

READERS = ("rita", "leo", "samira")
NOT_READERS = ("chandra", "bola", "edwin", "morgan")


@pytest.fixture
def review(make_review):
    return advance(make_review(), "running")


@pytest.fixture
def member(review):
    set_partnership()
    return add_family_member(review)


def render(review, family_member, user="rita", **form):
    request = review.REQUEST
    request.form.clear()
    request.form.update({"member": family_member.UID()})
    request.form.update(form)
    request.response.setStatus(200)
    with api.env.adopt_user(username=user):
        view = api.content.get_view("family-letter", review, request)
        body = view()
    return request.response.getStatus(), body


def test_title_and_id_are_neutral_and_numbered(review, member):
    second = add_family_member(review, full_name="Other Person", relationship="father")
    assert member.title == "Family member 1 (mother)"
    assert second.Title() == "Family member 2 (father)"
    assert member.getId() == "family-member"
    assert "quorleigh" not in member.absolute_url().lower()
    assert api.portal.get_tool("portal_workflow").getChainFor(member) == ("scrqm_family_workflow",)


def test_catalog_never_holds_the_name(portal, review, member):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    catalog = api.portal.get_tool("portal_catalog")
    for word in ("Quorleigh", "Zainab", "Zee", "Amir"):
        assert len(catalog(SearchableText=word)) == 0, word
    brains = catalog(portal_type="FamilyMember")
    assert len(brains) == 1
    metadata = {name: brains[0][name] for name in catalog.schema()}
    assert "Quorleigh" not in repr(metadata) and "Amir" not in repr(metadata)
    assert brains[0].Title == "Family member 1 (mother)"
    indexed = catalog.getIndexDataForRID(brains[0].getRID())
    assert "quorleigh" not in repr(indexed).lower()


def test_identifiers_for_the_privacy_check(member):
    assert IIdentifierSource.providedBy(member)
    assert member.identifiers() == [NAME, "Ms Quorleigh", "Zee Q", "Amir"]


def test_reasons_required_when_not_involved(member):
    member.involvement = "not-involved"
    member.involvement_reasons = ""
    with pytest.raises(Invalid):
        IFamilyMember.validateInvariants(member)
    member.involvement_reasons = "Lives abroad; the chair decided on 3 March."
    IFamilyMember.validateInvariants(member)


@pytest.mark.parametrize("user", READERS)
def test_review_team_reads_family_details(review, member, user):
    assert api.user.has_permission("View", username=user, obj=member)
    assert api.user.has_permission("plone_scrqm: View family details", username=user, obj=member)


@pytest.mark.parametrize("user", NOT_READERS)
def test_others_cannot_see_family_members(review, member, user):
    assert not api.user.has_permission("View", username=user, obj=member)
    assert not api.user.has_permission("Access contents information", username=user, obj=member)
    assert not api.user.has_permission(
        "plone_scrqm: View family details", username=user, obj=member
    )
    with api.env.adopt_user(username=user):
        assert len(api.content.find(portal_type="FamilyMember")) == 0


def test_anonymous_cannot_see_family_members(member):
    logout()
    assert not api.user.has_permission("View", obj=member)
    assert len(api.content.find(portal_type="FamilyMember")) == 0


def test_only_the_team_adds_family_members(review):
    for user in ("rita", "leo"):
        assert api.user.has_permission("plone_scrqm: Add FamilyMember", username=user, obj=review)
    for user in NOT_READERS:
        assert not api.user.has_permission(
            "plone_scrqm: Add FamilyMember", username=user, obj=review
        )


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("letter", LETTER_KINDS)
def test_every_letter_in_every_language(review, member, letter, code):
    add_report_with_date(review)
    status, body = render(review, member, letter=letter, lang=code)
    assert status == 200
    language = BY_CODE[code]
    assert re.search(rf'<html[^>]* dir="{language.direction}"', body)
    assert re.search(rf'<html[^>]* lang="{language.html_lang}"', body)
    assert re.search(
        rf'<article class="letter\s*"\s+dir="{language.direction}"\s+lang="{language.html_lang}"',
        body,
    )
    assert "${" not in body
    message_ids = [texts.PRIVATE, texts.GREETING, texts.CONTACT, texts.CLOSING]
    for subject, paragraphs in texts.LETTERS.values():
        message_ids += [subject, *paragraphs]
    for msgid in message_ids:
        assert f">{msgid}<" not in body, msgid
    assert "Ms Quorleigh" in body and PARTNERSHIP["contact_email"] in body
    if not code.startswith("en") and code != "cy":  # translated, not the English fallback
        english = translate(texts.LETTERS[letter][1][1], target_language="en")
        assert english.split(".")[0] not in body


def test_welsh_letter_is_bilingual_welsh_first(review, member):
    _status, body = render(review, member, letter="inform", lang="cy")
    welsh = body.index("Annwyl Ms Quorleigh")
    english = body.index("Dear Ms Quorleigh")
    assert welsh < english
    assert 'lang="en-GB"' in body[welsh:english]


def test_unknown_letter_language_or_member_is_400(review, member):
    for form, expected in (
        ({"letter": "thanks", "lang": "en"}, "Unknown letter 'thanks'"),
        ({"letter": "inform", "lang": "fr"}, "not available in 'fr'"),
        ({"letter": "inform", "lang": "en", "format": "docx"}, "Unknown format"),
        ({"letter": "inform", "lang": "en", "member": "nope"}, "No family member"),
        ({"letter": "publication", "lang": "en"}, "no publication date"),
    ):
        status, body = render(review, member, **form)
        assert status == 400, form
        assert expected in body, form


def test_a_board_member_cannot_pass_a_member_uid(review, member):
    status, body = render(review, member, user="bola", letter="inform", lang="en")
    assert status == 400


def test_opening_a_letter_writes_nothing_to_the_contact_log(review, member):
    before = list(member.contact_log or [])
    for lang in ("ur", "cy", "en"):
        status, _body = render(review, member, letter="invite", lang=lang)
        assert status == 200
    assert list(member.contact_log or []) == before


def letter_text(catalogue, letter):
    """The letter's own words, without names, dates or contact details."""
    subject, paragraphs = texts.LETTERS[letter]
    messages = [subject, texts.GREETING, *paragraphs, texts.INTERPRETER, texts.CONTACT]
    mapping = dict.fromkeys(re.findall(r"\$\{(\w+)\}", " ".join(m.default for m in messages)), "")
    return " ".join(
        translate(Message(m, mapping=mapping), target_language=catalogue) for m in messages
    )


@pytest.mark.parametrize("letter", LETTER_KINDS)
def test_letters_are_readable(portal, letter):
    assert textstat.flesch_reading_ease(letter_text("en", letter)) >= 60
    assert textstat.flesch_reading_ease(letter_text("en_easyread", letter)) >= 80


def pdf_of(review, member, lang):
    pytest.importorskip("weasyprint", exc_type=OSError)
    from pypdf import PdfReader

    status, body = render(review, member, letter="inform", lang=lang, format="pdf")
    assert status == 200
    reader = PdfReader(io.BytesIO(body))
    text = " ".join(page.extract_text() for page in reader.pages)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).replace("-", ""))
    return text, fonts


def test_pdf_latin_script(review, member):
    text, _fonts = pdf_of(review, member, "pl")
    assert "Prywatne i poufne" in text
    assert "Szanowna Pani / Szanowny Panie Ms Quorleigh" in text
    assert PARTNERSHIP["contact_email"] in text


def test_pdf_right_to_left(review, member):
    # Text extraction of shaped Arabic comes out in visual order, so the check is a Latin
    # variable inside the Arabic text and the Arabic font that shaped it.
    text, fonts = pdf_of(review, member, "ar")
    assert PARTNERSHIP["contact_email"] in text
    assert any("NotoNaskhArabic" in font or "NotoSansArabic" in font for font in fonts), fonts


def test_pdf_urdu_nastaliq(review, member):
    text, fonts = pdf_of(review, member, "ur")
    assert PARTNERSHIP["contact_email"] in text
    assert any("NotoNastaliqUrdu" in font for font in fonts), fonts


def test_pdf_indic_script(review, member):
    text, fonts = pdf_of(review, member, "pa")
    assert PARTNERSHIP["contact_email"] in text
    assert any("Gurmukhi" in font for font in fonts), fonts


def test_interface_speaks_welsh(portal):
    from plone_scrqm import _

    assert translate(_("Contact log"), target_language="cy") == "Cofnod cysylltiadau"
    assert translate(_("Add a family member"), target_language="cy") == "Ychwanegu aelod o'r teulu"
