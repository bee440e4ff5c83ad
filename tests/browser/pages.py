"""What the journeys do again and again on Plone's pages: tabs of fieldsets, the phase panel,
the rich-text editor, REST calls for what a journey takes as given."""

import requests
from playwright.sync_api import expect

DEMO_PASSWORD = "safeguarding-demo"


def open_tab(page, label):
    """Show the fieldset ``label`` of a Plone add or edit form (its tabs)."""
    page.locator(".autotoc-nav").get_by_role("link", name=label, exact=True).click()


def save(page):
    """Save the form and wait for the page it leads to (not the form still showing)."""
    with page.expect_navigation():
        page.locator("#form-buttons-save").click()
    page.wait_for_load_state()


def phase_panel(page):
    return page.locator("section.scrqm-phase")


def step_item(page, title):
    """The phase panel's entry for the move ``title``: its button, or what it still needs."""
    return phase_panel(page).locator("li.mb-3").filter(has_text=title)


def make_move(page, title, comment=""):
    """Make the move ``title``, confirming it when the page asks (moves that cannot be
    undone)."""
    item = step_item(page, title)
    if comment:
        item.locator("textarea").fill(comment)

    def accept(dialog):
        dialog.accept()

    page.on("dialog", accept)
    try:
        item.get_by_role("button", name=title).click()
        page.wait_for_load_state()
    finally:
        page.remove_listener("dialog", accept)


def set_rich_text(page, html):
    """Replace the text in the page's TinyMCE editor."""
    body = page.frame_locator("iframe.tox-edit-area__iframe").locator("body")
    expect(body).to_be_visible()
    # Wait until TinyMCE has finished starting (it loads the textarea's text when it does),
    # then set the text and write it back to the form's textarea.
    page.wait_for_function(
        "() => window.tinymce && tinymce.activeEditor && tinymce.activeEditor.initialized"
    )
    page.evaluate(
        "html => { const editor = window.tinymce.activeEditor;"
        " editor.setContent(html); editor.save(); }",
        html,
    )


def rest(user, password=DEMO_PASSWORD):
    session = requests.Session()
    session.auth = (user, password)
    session.headers["Accept"] = "application/json"
    return session


def incident_panel(page):
    """The incident's panel: its chain, clocks, what a local review still needs, letters."""
    return page.locator("section.scrqm-incident")
