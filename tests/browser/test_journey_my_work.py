"""Journey: a review manager signs in and reaches "My work" from the user menu, and a task
from there, by clicking only (no typed address after signing in); the task leads to the
review's own page, where its phase panel is, while a sub-page shows the compact header."""

from playwright.sync_api import expect


def test_review_manager_reaches_my_work_and_a_task_by_clicking(new_page, screenshot):
    manager = new_page("demo-manager")
    # The user menu (Plone's toolbar) offers "My work" to people with a review role
    manager.locator("#personaltools-menulink").click()
    menu = manager.locator("#collapse-personaltools")
    expect(menu.get_by_role("link", name="Dashboard of reviews")).to_be_visible()
    expect(menu.get_by_role("link", name="Action tracker")).to_be_visible()
    menu.get_by_role("link", name="My work").click()
    manager.wait_for_load_state()
    expect(manager.get_by_role("heading", level=1)).to_have_text("My work")
    moves = manager.locator("section.scrqm-my-work-review-moves")
    expect(moves.get_by_role("heading", level=2)).to_have_text("Moves on reviews")
    screenshot(manager, "my-work")

    # A move the manager can make now leads to the review's own page and its phase panel
    task = moves.locator("a.scrqm-task:not(.text-body-secondary)").first
    move = task.inner_text().split(":", 1)[0]
    task.click()
    manager.wait_for_load_state()
    panel = manager.locator("section.scrqm-phase")
    expect(panel).to_be_visible()
    expect(panel.get_by_role("button", name=move)).to_be_visible()
    review_title = manager.get_by_role("heading", level=1).inner_text()

    # The history, a sub-page, has the compact header and no move button; its link goes back
    panel.get_by_role("link", name="History of this review").click()
    manager.wait_for_load_state()
    header = manager.locator("nav.scrqm-review-header")
    expect(header).to_contain_text(review_title)
    expect(manager.locator("section.scrqm-phase")).to_have_count(0)
    header.get_by_role("link", name="Back to the review and its next steps").click()
    manager.wait_for_load_state()
    expect(manager.locator("section.scrqm-phase")).to_be_visible()
