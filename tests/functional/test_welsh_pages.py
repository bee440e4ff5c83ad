"""Every page of the add-on in Welsh: no text of the page is one of the add-on's English
messages left untranslated (the interface's words, the workflow's state and move titles,
vocabularies, log entries). The demo site is rendered as its review manager sees it, with
Welsh chosen as the browser's language."""

import html as html_lib
import re
from pathlib import Path

import pytest
import transaction
from plone import api

from plone_scrqm.demo.loader import ensure_demo_content
from plone_scrqm.demo.loader import offer_languages

LOCALES = Path(__file__).resolve().parents[2] / "locales"
PASSWORD = "a-demo-password-for-welsh"
ENTRY = re.compile(r'^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"', re.M)
# English messages that are the same word in Welsh, or names; and the demo review's own
# English data that happens to equal a message ("Lead reviewer" is typed in its milestones,
# "Partnership business unit" in its administrative support); "English" is Plone's
# language selector on every page, naming each language in itself.
SAME_IN_WELSH = {
    "CSV",
    "PDF",
    "QM",
    "Panel",
    "ID",
    "Lead reviewer",
    "Partnership business unit",
    "English",
}

PAGES = (
    "",
    "@@information",
    "@@chronology",
    "@@chronology-import",
    "@@findings",
    "@@privacy-check",
    "@@assessment-overview",
    "@@assessment-compare",
    "@@marker-assessment?marker=4",
    "@@review-history",
    "@@family",
)
SITE_PAGES = ("@@scr-my-work", "@@scr-dashboard", "@@action-tracker", "@@published-reviews")


def english_messages():
    """The add-on's messages that Welsh translates (the English text, as shown)."""
    po = (LOCALES / "cy" / "LC_MESSAGES" / "plone_scrqm.po").read_text(encoding="utf-8")
    found = set()
    for msgid, msgstr in ENTRY.findall(po):
        if msgstr and msgstr != msgid and "${" not in msgid and msgid not in SAME_IN_WELSH:
            found.add(msgid.replace('\\"', '"'))
    return found


def text_nodes(page):
    page = re.sub(r"<(script|style|textarea|title)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    nodes = re.split(r"<[^>]+>", page)
    return {" ".join(html_lib.unescape(node).split()) for node in nodes} - {""}


@pytest.fixture
def welsh_demo(functional_portal):
    offer_languages(functional_portal)
    with api.env.adopt_roles(["Manager"]):
        folder, _created = ensure_demo_content(functional_portal, PASSWORD)
    transaction.commit()
    return folder


def test_every_add_on_page_is_welsh(request_factory, welsh_demo):
    english = english_messages()
    assert len(english) > 500
    session = request_factory(basic_auth=("demo-manager", PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    session.headers["Accept-Language"] = "cy"
    review = welsh_demo["child-a"]
    addresses = [f"{review.absolute_url()}/{page}" for page in PAGES]
    addresses += [f"{welsh_demo.absolute_url()}/@@scr-reviews"]
    site = api.portal.get().absolute_url()
    addresses += [f"{site}/{page}" for page in SITE_PAGES]
    published = welsh_demo["child-e"]
    addresses += [published["report"].absolute_url(), published["response"].absolute_url()]
    untranslated = {}
    for address in addresses:
        response = session.get(address)
        assert response.status_code == 200, (address, response.status_code)
        assert 'lang="cy"' in response.text, address
        left = sorted(text_nodes(response.text) & english)
        if left:
            untranslated[address.replace(site, "")] = left
    assert untranslated == {}, sorted(untranslated.items())
    # Plone's toolbar names the state in Welsh, in the plone domain, and calls it "Cyflwr"
    page = session.get(review.absolute_url()).text
    menu = page[page.index('id="plone-contentmenu-workflow"') :][:3000]
    assert "Ar waith" in menu and "Running" not in menu
    assert "Sir/Talaith" not in page
    # the family members by their number and relationship, in Welsh
    family = " ".join(text_nodes(session.get(f"{review.absolute_url()}/@@family").text))
    assert "Aelod o'r teulu" in family and "Family member" not in family
