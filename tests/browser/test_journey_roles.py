"""Journeys of each role from "My work", reached from the user menu, to their tasks, by
clicking only (no typed address after signing in): the lead reviewer to a review and its
findings and back; the chair to a move she can
make; the board member, who has no move to make, to a review where the panel says who acts
next; the review manager to the reviews folder, sorted. (The review manager's journey to a
move is in test_journey_my_work.py.)"""

from playwright.sync_api import expect


def open_my_work(page):
    page.locator("#personaltools-menulink").click()
    page.locator("#collapse-personaltools").get_by_role("link", name="My work").click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("My work")


def open_user_menu_link(page, name):
    page.locator("#personaltools-menulink").click()
    page.locator("#collapse-personaltools").get_by_role("link", name=name).click()
    page.wait_for_load_state()


def test_lead_reviewer_reaches_findings_and_links_related_items(new_page, screenshot):
    lead = new_page("demo-lead")
    open_my_work(lead)
    task = lead.locator("a.scrqm-task").first
    task.click()
    lead.wait_for_load_state()
    expect(lead.locator("section.scrqm-phase")).to_be_visible()
    lead.get_by_role("link", name="Findings and improvement actions").click()
    lead.wait_for_load_state()
    expect(lead.locator("nav.scrqm-review-header")).to_be_visible()
    expect(lead.locator("form[action$='content_status_modify']")).to_have_count(0)
    expect(lead.get_by_role("heading", level=1)).to_contain_text("Findings and actions")
    screenshot(lead, "findings")
    lead.locator("nav.scrqm-review-header a").first.click()
    lead.wait_for_load_state()
    expect(lead.locator("section.scrqm-phase")).to_be_visible()


def test_chair_reaches_a_move_she_can_make(new_page, screenshot):
    chair = new_page("demo-chair")
    open_my_work(chair)
    task = chair.locator("a.scrqm-task:not(.text-body-secondary)").first
    move = task.inner_text().split(":", 1)[0]
    task.click()
    chair.wait_for_load_state()
    panel = chair.locator("section.scrqm-phase")
    expect(panel.get_by_role("button", name=move)).to_be_visible()
    screenshot(chair, "chair-move")


def test_board_member_is_told_who_acts_next(new_page, screenshot):
    board = new_page("demo-board")
    open_my_work(board)
    open_user_menu_link(board, "Dashboard of reviews")
    board.locator("table.scrqm-dashboard-table tbody a").first.click()
    board.wait_for_load_state()
    panel = board.locator("section.scrqm-phase")
    expect(panel.locator(".scrqm-who-acts")).to_be_visible()
    expect(panel.locator("form[action$='content_status_modify']")).to_have_count(0)
    screenshot(board, "who-acts-next")


def test_review_manager_reaches_the_reviews_folder_sorted(new_page, screenshot):
    manager = new_page("demo-manager")
    open_my_work(manager)
    manager.locator("a.scrqm-task").first.click()
    manager.wait_for_load_state()
    manager.locator("#portal-breadcrumbs a", has_text="Safeguarding reviews (demo)").click()
    manager.wait_for_load_state()
    table = manager.locator("table.scrqm-reviews-table")
    expect(table).to_be_visible()
    # every review of the demo folder (other journeys may have added some): at least the
    # demo's own, and sorting keeps them all
    rows = table.locator("tbody tr").count()
    assert rows >= 6
    manager.get_by_role("link", name="Phase", exact=True).click()
    manager.wait_for_load_state()
    expect(manager.locator("strong[aria-current='true']")).to_have_text("Phase")
    expect(manager.locator("table.scrqm-reviews-table tbody tr")).to_have_count(rows)
    screenshot(manager, "reviews-folder")
