"""Journey 3: the review manager opens a family member of the review from the family page,
writes the letter informing them of the review in Urdu and in Welsh with the member's letter
form, downloads each as a PDF, and finds that writing them recorded no contact.

The Urdu letter reads right to left; the Welsh letter is bilingual, Welsh first."""

from pathlib import Path

from playwright.sync_api import expect

from plone_scrqm.clocks import today

REVIEW = "safeguarding-reviews/child-a"
MEMBER = "Family member 1 (mother)"  # Parent A (fictional), letters in Urdu
INFORM = "Informing the family about the review"
URDU_SUBJECT = "کے ساتھ جو ہوا، اس کے بارے میں ایک جائزہ"
WELSH_SUBJECT = "Ynglŷn ag adolygiad o’r hyn a ddigwyddodd i Child A"
ENGLISH_SUBJECT = "About a review of what happened to Child A"


def letters_form(page):
    """The form that writes a letter (the section also holds the form recording one sent)."""
    return page.locator("form[action$='/@@family-letter']")


def contacts_section(page):
    return page.locator("section").filter(
        has=page.get_by_role("heading", name="Contacts", exact=True)
    )


def todays_contacts(page):
    """The rows of the member's contacts dated today (the demo's are all earlier)."""
    return contacts_section(page).locator("tbody tr").filter(has_text=today().isoformat())


def write_letter(page, language):
    """Choose the informing letter and ``language`` in the member's letter form, write it."""
    form = letters_form(page)
    form.get_by_label("Letter", exact=True).select_option(label=INFORM)
    form.get_by_label("Language", exact=True).select_option(label=language)
    form.get_by_role("button", name="Write the letter").click()
    page.wait_for_load_state()


def download_pdf(page):
    """Click the letter's "Download as PDF" link; the downloaded file's bytes and name."""
    with page.expect_download() as info:
        page.get_by_role("link", name="Download as PDF").click()
    download = info.value
    return Path(download.path()).read_bytes(), download.suggested_filename


def assert_is_pdf(content, filename, lang):
    assert content[:5] == b"%PDF-", content[:40]
    assert len(content) > 10_000, f"a {len(content)}-byte PDF is too small to hold a letter"
    assert filename.endswith(f"-inform-{lang}.pdf"), filename


def test_manager_writes_the_urdu_and_welsh_letters(new_page, plone_site, screenshot):
    manager = new_page("demo-manager")
    manager.goto(f"{plone_site}/{REVIEW}")
    manager.get_by_role("link", name="The family (private to the review team)").click()
    expect(manager.get_by_role("heading", level=1)).to_have_text("The family: Child A (demo)")
    family = manager.locator("#content table.scrqm-family-members")
    expect(family.get_by_role("row").filter(has_text=MEMBER)).to_contain_text("Urdu")
    family.get_by_role("link", name=MEMBER).click()
    expect(manager.get_by_role("heading", level=1)).to_have_text(MEMBER)
    member_url = manager.url
    # The demo's contacts, none of them today
    expect(contacts_section(manager).locator("tbody tr").first).to_be_visible()
    expect(todays_contacts(manager)).to_have_count(0)
    # The form offers the member's own language of letters first
    expect(letters_form(manager).get_by_label("Language", exact=True)).to_have_value("ur")

    # Urdu: the letter, and the whole page, read right to left
    write_letter(manager, "Urdu (اردو)")
    assert "lang=ur" in manager.url and "letter=inform" in manager.url, manager.url
    expect(manager.locator("html")).to_have_attribute("lang", "ur")
    expect(manager.locator("html")).to_have_attribute("dir", "rtl")
    letters = manager.locator("article.letter")
    expect(letters).to_have_count(1)
    urdu = letters.first
    expect(urdu).to_have_attribute("lang", "ur")
    expect(urdu).to_have_attribute("dir", "rtl")
    assert urdu.evaluate("e => getComputedStyle(e).direction") == "rtl"
    expect(urdu.get_by_role("heading", level=1)).to_contain_text(URDU_SUBJECT)
    expect(urdu).to_contain_text("Parent A")
    # The partnership's details and the date keep to the left and read left to right
    assert urdu.locator(".from").evaluate("e => getComputedStyle(e).direction") == "ltr"
    # The Urdu text is laid out from the right: the subject ends at the letter's right edge
    edges = urdu.evaluate(
        """e => { const box = e.getBoundingClientRect(), h = e.querySelector('h1');
                  const range = document.createRange(); range.selectNodeContents(h);
                  const text = range.getBoundingClientRect();
                  return [box.right - text.right, text.left - box.left]; }"""
    )
    assert edges[0] < edges[1], f"the Urdu subject is not set from the right: {edges}"
    # The browser's toolbar stays in the reader's (English) interface, left to right
    toolbar = manager.locator("nav.toolbar")
    expect(toolbar).to_have_attribute("dir", "ltr")
    screenshot(manager, "journey-3-letter-urdu")
    content, filename = download_pdf(manager)
    assert_is_pdf(content, filename, "ur")

    # Welsh: bilingual, the Welsh letter first and then the English one
    manager.goto(member_url)
    write_letter(manager, "Welsh (Cymraeg)")
    assert "lang=cy" in manager.url, manager.url
    expect(manager.locator("html")).to_have_attribute("lang", "cy")
    expect(manager.locator("html")).to_have_attribute("dir", "ltr")
    letters = manager.locator("article.letter")
    expect(letters).to_have_count(2)
    expect(letters.nth(0)).to_have_attribute("lang", "cy")
    expect(letters.nth(1)).to_have_attribute("lang", "en-GB")
    expect(letters.nth(0).get_by_role("heading", level=1)).to_have_text(WELSH_SUBJECT)
    expect(letters.nth(1).get_by_role("heading", level=1)).to_have_text(ENGLISH_SUBJECT)
    expect(letters.nth(0)).to_contain_text("Preifat a chyfrinachol")
    expect(letters.nth(0)).not_to_contain_text("Private and confidential")
    for letter in (letters.nth(0), letters.nth(1)):
        assert letter.evaluate("e => getComputedStyle(e).direction") == "ltr"
    # Welsh first as a person reads the page: the Welsh text comes before the English
    text = manager.locator("main").inner_text()
    assert 0 <= text.index(WELSH_SUBJECT) < text.index(ENGLISH_SUBJECT)
    assert text.index("Preifat a chyfrinachol") < text.index("Private and confidential")
    welsh_box, english_box = (letters.nth(i).bounding_box() for i in (0, 1))
    assert welsh_box["y"] + welsh_box["height"] <= english_box["y"]
    screenshot(manager, "journey-3-letter-welsh")
    content, filename = download_pdf(manager)
    assert_is_pdf(content, filename, "cy")

    # Back to the family, then the member: opening letters recorded no contact
    manager.get_by_role("link", name="Back to the family").click()
    expect(manager.get_by_role("heading", level=1)).to_have_text("The family: Child A (demo)")
    manager.locator("#content table.scrqm-family-members").get_by_role("link", name=MEMBER).click()
    expect(contacts_section(manager).locator("tbody tr").first).to_be_visible()
    expect(todays_contacts(manager)).to_have_count(0)
    manager.get_by_role("link", name="All family members of this review").click()
    screenshot(manager, "journey-3-family")
