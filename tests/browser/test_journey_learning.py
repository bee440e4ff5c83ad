"""Journey: a board member opens a finding of the published demo review and reaches the
learning across reviews by clicking: recurring findings, the chart, the yearly pack."""

from playwright.sync_api import expect


def test_board_member_goes_from_a_finding_to_the_learning_page(new_page, plone_site, screenshot):
    board = new_page("demo-board")
    board.goto(f"{plone_site}/safeguarding-reviews/child-e/finding-1")
    section = board.locator("section.scrqm-finding-learning")
    expect(section).to_contain_text("Neglect")
    section.get_by_role("link", name="See these themes across all reviews").click()
    board.wait_for_load_state()
    expect(board.get_by_role("heading", level=1)).to_have_text("Learning across reviews")
    recurring = board.locator("table.scrqm-recurring")
    expect(recurring).to_contain_text("Neglect")
    expect(board.locator("svg#scrqm-learning-themes")).to_be_visible()
    screenshot(board, "learning")
    board.get_by_role("link", name="Yearly report pack").click()
    board.wait_for_load_state()
    expect(board.get_by_role("heading", level=1)).to_contain_text("Learning from reviews")
