"""Journey 1: a review manager records a new referral through the review's add and edit
forms, is told by name what is missing before the chair can be asked, completes the referral
and asks; the chair records the decision and decides."""

from datetime import timedelta

from playwright.sync_api import expect

from plone_scrqm.clocks import today

from .pages import make_move
from .pages import open_tab
from .pages import phase_panel
from .pages import save
from .pages import step_item

TODAY = today()
FOLDER = "safeguarding-reviews"


def test_manager_records_a_referral_and_the_chair_decides(new_page, plone_site, screenshot):
    manager = new_page("demo-manager")
    # The add form of a case review in the reviews folder (the toolbar's "Add new…" link)
    manager.goto(f"{plone_site}/{FOLDER}/++add++CaseReview")
    expect(manager.get_by_role("heading", level=1)).to_contain_text("Case review")
    manager.get_by_label("Case pseudonym").fill("Child H (test)")
    open_tab(manager, "Referral (QM1)")
    manager.get_by_label("Date of the incident").fill((TODAY - timedelta(days=12)).isoformat())
    manager.get_by_label("Referring agency").fill("Health visiting (fictional)")
    save(manager)
    expect(manager.get_by_role("heading", level=1)).to_have_text("Child H (test)")
    review_url = f"{plone_site}/{FOLDER}/child-h-test"
    assert manager.url.startswith(review_url)

    # Asking the chair is refused, and the phase panel names what is missing
    expect(phase_panel(manager)).to_contain_text("Phase: Referred")
    ask = step_item(manager, "Ask the chair for a decision")
    expect(ask).to_contain_text("not yet")
    expect(ask).to_contain_text("Still needed:")
    for missing in (
        "the date referred (QM1)",
        "the rationale for the referral (QM1)",
        "whether the statutory criteria are met or the other reason (QM1)",
    ):
        expect(ask.get_by_role("listitem").filter(has_text=missing)).to_have_count(1)
    expect(ask.get_by_role("button")).to_have_count(0)
    screenshot(manager, "journey-1-still-needed")

    # The manager completes the referral
    manager.goto(f"{review_url}/edit")
    open_tab(manager, "Referral (QM1)")
    manager.get_by_label("Date referred").fill((TODAY - timedelta(days=10)).isoformat())
    manager.get_by_label("Rationale for the referral").fill(
        "A baby seriously injured at home; health visiting and the GP had concerns (fictional)."
    )
    manager.get_by_label("Statutory criteria or another reason").select_option(
        label="The case meets the statutory criteria"
    )
    save(manager)
    expect(manager.locator("#content")).to_contain_text("Health visiting (fictional)")
    make_move(manager, "Ask the chair for a decision", comment="Rapid review attached.")
    expect(phase_panel(manager)).to_contain_text("Phase: Decision pending")
    # Deciding is the chair's: the manager has no such move
    expect(step_item(manager, "Decide to hold a review")).to_have_count(0)

    # The chair records the decision, is told what is still needed, then decides
    chair = new_page("demo-chair")
    chair.goto(review_url)
    expect(phase_panel(chair)).to_contain_text("Phase: Decision pending")
    decide = step_item(chair, "Decide to hold a review")
    expect(decide).to_contain_text("the decision recorded as 'Hold a review' (QM2)")
    expect(decide).to_contain_text("who decided (QM2)")
    chair.goto(f"{review_url}/edit")
    open_tab(chair, "Decision (QM2)")
    chair.get_by_label("Type of review").select_option(
        label="Local child safeguarding practice review"
    )
    chair.get_by_label("Decision", exact=True).select_option(label="Hold a review")
    chair.get_by_label("Date of the decision").fill((TODAY - timedelta(days=2)).isoformat())
    chair.get_by_label("Decided by").fill("Independent chair of the partnership")
    chair.get_by_label("Rationale for the decision").fill(
        "The statutory criteria are met: serious harm, abuse suspected (fictional)."
    )
    save(chair)
    make_move(chair, "Decide to hold a review", comment="Criteria met.")
    expect(phase_panel(chair)).to_contain_text("Phase: Setting up")
    # Starting the review is the review manager's move, not the chair's
    expect(step_item(chair, "Start the review")).to_have_count(0)
    screenshot(chair, "journey-1-decided")

    # The review's history records both moves, with who made them
    chair.goto(f"{review_url}/@@review-history")
    history = chair.locator("#content")
    expect(history).to_contain_text("Ask the chair for a decision")
    expect(history).to_contain_text("Decide to hold a review")
    expect(history).to_contain_text("Criteria met.")
