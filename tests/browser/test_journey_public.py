"""Journey 5: an anonymous visitor browses the published reviews, reads a published report
and the board's response, and reaches nothing else of the review."""

import re

from playwright.sync_api import expect


def test_anonymous_visitor_reads_only_what_is_published(new_page, plone_site, screenshot):
    page = new_page()
    page.goto(f"{plone_site}/@@published-reviews")
    expect(page.get_by_role("heading", level=1)).to_have_text("Published safeguarding reviews")
    review = page.locator("article.scrqm-published").filter(
        has=page.get_by_role("heading", name="Child E (demo)")
    )
    expect(review).to_contain_text("Northshire (fictional)")
    expect(review).to_contain_text("Neglect")
    screenshot(page, "journey-5-published-reviews")
    # Nothing that is not published is listed
    expect(page.locator("main, #content").first).not_to_contain_text("Child A (demo)")

    review.get_by_role("link", name="Read the report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Child E (demo): local child safeguarding practice review"
    )
    expect(page.locator("#content")).to_contain_text("different thresholds")
    expect(page.locator("#content")).not_to_contain_text("Internal record")
    screenshot(page, "journey-5-published-report")

    page.go_back()
    review.get_by_role("link", name="Read the board's response").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Board response to the Child E (demo) review"
    )
    expect(page.locator("#content")).to_contain_text("monitor the improvements")

    # The rest of the review is not public: its page, its assessments and its history ask
    # the visitor to log in.
    for path in (
        "safeguarding-reviews/child-e",
        "safeguarding-reviews/child-e/@@assessment-overview",
        "safeguarding-reviews/child-e/@@review-history",
        "safeguarding-reviews/child-e/finding-1",
        "safeguarding-reviews/child-a",
    ):
        page.goto(f"{plone_site}/{path}")
        expect(page.locator("#__ac_name")).to_be_visible()
        expect(page.locator("#content")).not_to_contain_text("Referring agency")
    screenshot(page, "journey-5-review-asks-to-log-in")

    # The site's search finds the published documents and nothing private
    page.goto(f"{plone_site}/@@search?SearchableText=demo")
    results = page.locator("#search-results")
    expect(results).to_contain_text("Child E (demo): local child safeguarding practice review")
    for private in ("Child A (demo)", "Child B (demo)", "Finding 1", "Adopt a shared neglect"):
        expect(results).not_to_contain_text(private)
    page.goto(f"{plone_site}/@@search?SearchableText=fictional")
    expect(page.locator("#search-results")).not_to_contain_text(re.compile("Police|hospital"))
