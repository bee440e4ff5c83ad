"""Journey 4: the chair is refused approval while the privacy check finds a family name, the
review manager takes it out of the report, the chair approves with a publication date, and
the report reaches anonymous visitors only when the publication clock runs on that date."""

from datetime import timedelta

from playwright.sync_api import expect

from documents import word_file_with_footer
from plone_scrqm.clocks import today

from .pages import make_move
from .pages import open_tab
from .pages import phase_panel
from .pages import rest
from .pages import save
from .pages import set_rich_text
from .pages import step_item

TODAY = today()
REVIEW = "safeguarding-reviews/child-g"
FAMILY_NAME = "Kayden Marsh"


def prepare_documents(site):
    """What the review manager has done before: the privacy register, the report (with the
    child's first name left in it) and the board's response, both sent to the chair."""
    manager = rest("demo-manager")
    manager.patch(f"{site}/{REVIEW}", json={"privacy_register": [FAMILY_NAME]}).raise_for_status()
    told = (TODAY - timedelta(days=7)).isoformat()
    documents = {
        "report": {
            "@type": "ReviewReport",
            "id": "report",
            "title": "Child G (demo): local child safeguarding practice review",
            "summary": "How agencies responded when a teenager went missing (fictional).",
            "area": "Northshire (fictional)",
            "learning_themes": ["exploitation-outside-the-home"],
            "text": {
                "data": "<p>Agencies did not share what they knew when Kayden went missing "
                "for the third time.</p>",
                "content-type": "text/html",
            },
            "family_told_date": told,
            "professionals_told_date": told,
        },
        "response": {
            "@type": "BoardResponse",
            "id": "response",
            "title": "Board response to the Child G (demo) review",
            "accepts_findings": "accepts",
            "text": {
                "data": "<p>The board accepts the findings (fictional).</p>",
                "content-type": "text/html",
            },
            "publication_date": (TODAY + timedelta(days=1)).isoformat(),
        },
    }
    for document in documents.values():
        manager.post(f"{site}/{REVIEW}", json=document).raise_for_status()
    for document in ("report", "response"):
        for move in ("submit_for_qa", "submit_for_approval"):
            manager.post(f"{site}/{REVIEW}/{document}/@workflow/{move}").raise_for_status()
    # The chair approves once the board has the report.
    manager.post(f"{site}/{REVIEW}/@workflow/submit_to_board").raise_for_status()


def word_file(path, footer):
    path.write_bytes(word_file_with_footer(footer, "Agencies did not share what they knew."))
    return path


def test_privacy_check_holds_approval_until_the_name_is_gone(
    new_page, plone_site, screenshot, admin_api, tmp_path
):
    prepare_documents(plone_site)
    report_url = f"{plone_site}/{REVIEW}/report"
    tomorrow = TODAY + timedelta(days=1)

    # The chair opens the report: approval is refused, and the panel says why
    chair = new_page("demo-chair")
    chair.goto(report_url)
    expect(phase_panel(chair)).to_contain_text("Publication: Awaiting chair approval")
    approve = step_item(chair, "Approve for publication")
    expect(approve).to_contain_text("not yet")
    expect(approve).to_contain_text("Still needed:")
    expect(approve).to_contain_text("a publication date")
    expect(approve).to_contain_text("the privacy check to have no unresolved match (1 found")
    expect(approve.get_by_role("button")).to_have_count(0)

    # The chair sets the publication date; the privacy check still holds approval back
    chair.goto(f"{report_url}/edit")
    open_tab(chair, "Publication (QM17)")
    chair.get_by_label("Publication date", exact=True).fill(tomorrow.isoformat())
    save(chair)
    approve = step_item(chair, "Approve for publication")
    expect(approve).not_to_contain_text("a publication date")
    expect(approve).to_contain_text("the privacy check to have no unresolved match")

    # The privacy check names the match and where it is
    chair.goto(f"{plone_site}/{REVIEW}/@@privacy-check")
    expect(chair.get_by_role("alert")).to_contain_text("One unresolved match")
    match = chair.get_by_role("table", name="Matches found by the privacy check").locator(
        "tbody tr"
    )
    expect(match).to_have_count(1)
    expect(match).to_contain_text("Kayden")
    expect(match).to_contain_text("Unresolved")
    screenshot(chair, "journey-4-privacy-check-finds-a-name")

    # The review manager takes the name out of the report
    manager = new_page("demo-manager")
    manager.goto(f"{report_url}/edit")
    set_rich_text(
        manager,
        "<p>Agencies did not share what they knew when the young person went missing for "
        "the third time.</p>",
    )
    save(manager)
    expect(manager.locator("#content")).to_contain_text("when the young person went missing")
    manager.goto(f"{plone_site}/{REVIEW}/@@privacy-check")
    expect(manager.locator("#content")).to_contain_text(
        "Nothing unresolved: the privacy check does not hold back publication."
    )

    # The manager attaches the report as a Word file: the name is in its footer
    manager.goto(f"{report_url}/edit")
    manager.locator("input[type=file][name='form.widgets.report_file']").set_input_files(
        str(word_file(tmp_path / "report.docx", f"Prepared about {FAMILY_NAME}"))
    )
    save(manager)
    chair.goto(report_url)
    approve = step_item(chair, "Approve for publication")
    expect(approve).to_contain_text("the privacy check to have no unresolved match (1 found")
    expect(approve.get_by_role("button")).to_have_count(0)
    chair.goto(f"{plone_site}/{REVIEW}/@@privacy-check")
    match = chair.get_by_role("table", name="Matches found by the privacy check").locator(
        "tbody tr"
    )
    expect(match).to_have_count(1)
    expect(match).to_contain_text("Report as a file")
    expect(match).to_contain_text(FAMILY_NAME)
    screenshot(chair, "journey-4-name-in-a-word-footer")
    # The manager takes the file off again (the text is the report)
    rest("demo-manager").patch(
        f"{plone_site}/{REVIEW}/report", json={"report_file": None}
    ).raise_for_status()

    # The chair approves the report and the response, warned that one day leaves too
    # little time for the advance copy to the Panel and the Secretary of State
    for document in ("report", "response"):
        chair.goto(f"{plone_site}/{REVIEW}/{document}")
        expect(step_item(chair, "Approve for publication")).to_contain_text(
            "working days for the advance copy"
        )
        make_move(chair, "Approve for publication", comment="Approved at the board meeting.")
        expect(phase_panel(chair)).to_contain_text("Publication: Approved")
    screenshot(chair, "journey-4-approved")

    # Approved is not public: before the date, the clock publishes nothing
    visitor = new_page()
    visitor.goto(report_url)
    expect(visitor.locator("#__ac_name")).to_be_visible()
    clock = admin_api.post(f"{plone_site}/@@scr-publication-clock")
    assert clock.status_code == 200, clock.text
    assert clock.json()["published"] == []
    visitor.goto(report_url)
    expect(visitor.locator("#__ac_name")).to_be_visible()
    visitor.goto(f"{plone_site}/@@published-reviews")
    expect(visitor.locator("#content")).not_to_contain_text("Child G (demo)")

    # Without the advance copy recorded the clock would not publish: the review manager
    # records that it was sent
    rest("demo-manager").patch(
        f"{plone_site}/{REVIEW}", json={"advance_copy_sent_date": TODAY.isoformat()}
    ).raise_for_status()

    # The date comes (the administrator moves it to today) and the morning clock runs
    for document in ("report", "response"):
        admin_api.patch(
            f"{plone_site}/{REVIEW}/{document}", json={"publication_date": TODAY.isoformat()}
        ).raise_for_status()
    clock = admin_api.post(f"{plone_site}/@@scr-publication-clock")
    assert len(clock.json()["published"]) == 2, clock.text
    visitor.goto(report_url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(
        "Child G (demo): local child safeguarding practice review"
    )
    expect(visitor.locator("#content")).to_contain_text("when the young person went missing")
    expect(visitor.locator("#content")).not_to_contain_text("Kayden")
    visitor.goto(f"{plone_site}/@@published-reviews")
    expect(visitor.locator("#content")).to_contain_text("Child G (demo)")
    screenshot(visitor, "journey-4-published-for-everyone")
