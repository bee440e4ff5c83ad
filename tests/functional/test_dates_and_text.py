"""One date format per language (Plone's locale formatting, Welsh included), line breaks
kept in plain-text fields, and no empty byline after a move."""

import re

import transaction
from plone import api

from conftest import PASSWORD
from plone_scrqm.demo.loader import offer_languages
from reviews import advance

ISO_DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")
SLASH_DATE = re.compile(r"\b\d\d/\d\d/20\d\d\b")


def _pages(request_factory, user, language="en"):
    session = request_factory(basic_auth=(user, PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    session.headers["Accept-Language"] = language
    return session


def _visible(html):
    """The page's text, without scripts, attributes and the form fields' values."""
    html = re.sub(r"<(script|style|textarea)\b.*?</\1>", "", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return html


def _review(folder):
    with api.env.adopt_user(username="rita"):
        review = api.content.create(container=folder, type="CaseReview", title="Child T")
    advance(review, "running")
    review.terms_of_reference = "First line of the terms.\nSecond line of the terms."
    review.reindexObject()
    transaction.commit()
    return review


def test_dates_in_english_and_in_welsh_are_plones_and_never_iso(
    request_factory, functional_portal, rest_reviews_folder
):
    offer_languages(functional_portal)
    review = _review(rest_reviews_folder)
    english = _pages(request_factory, "rita", "en").get(review.absolute_url()).text
    welsh = _pages(request_factory, "rita", "cy").get(review.absolute_url()).text
    assert 'lang="cy"' in welsh
    clocks = welsh[welsh.index('id="scrqm-clocks-heading"') :]
    assert not ISO_DATE.search(_visible(clocks))
    months = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst")
    months += ("Medi", "Hydref", "Tachwedd", "Rhagfyr")
    welsh_date = re.compile(r"\b\d{1,2} (" + "|".join(months) + r") 20\d\d\b")
    assert welsh_date.search(_visible(clocks))
    for page in (english, welsh):
        assert not SLASH_DATE.search(_visible(page))
    history = _pages(request_factory, "rita").get(f"{review.absolute_url()}/@@review-history")
    assert not SLASH_DATE.search(_visible(history.text))


def test_line_breaks_of_plain_text_fields_are_kept(request_factory, rest_reviews_folder):
    review = _review(rest_reviews_folder)
    html = _pages(request_factory, "rita").get(review.absolute_url()).text
    start = html.index("First line of the terms.")
    shown = html[html.rindex("<span", 0, start) : start]
    assert "white-space: pre-line" in shown


def test_no_empty_byline_after_a_move(request_factory, rest_reviews_folder):
    review = _review(rest_reviews_folder)
    html = _pages(request_factory, "rita").get(review.absolute_url()).text
    byline = html[html.index('id="section-byline"') :]
    byline = byline[: byline.index("</section>")]
    assert "documentModified" in byline
    assert re.search(r"last modified\s*</span>\s*<span>\s*\S", byline)
