"""Journey: from "a child was seriously harmed" to "local review started". A review manager
records the serious incident and its rapid review; the incident's page names what a local
review still needs; the chair records the decision; the review manager starts the local
review, and the review shows the chain it came from."""

from datetime import timedelta

from playwright.sync_api import expect

from plone_scrqm.clocks import today

from .pages import incident_panel
from .pages import open_tab
from .pages import save

TODAY = today()
FOLDER = "safeguarding-reviews"


def test_from_serious_harm_to_a_local_review(new_page, plone_site, screenshot):
    manager = new_page("demo-manager")
    manager.goto(f"{plone_site}/{FOLDER}/++add++SeriousIncident")
    expect(manager.get_by_role("heading", level=1)).to_contain_text("Serious incident")
    manager.get_by_label("Case pseudonym").fill("Child M (test)")
    manager.get_by_label("Date the partnership became aware of the incident").fill(
        (TODAY - timedelta(days=9)).isoformat()
    )
    manager.get_by_label("What happened to the child").select_option(
        label="The child was seriously harmed"
    )
    manager.get_by_label("Notifiable to the Panel").select_option(label="Yes")
    open_tab(manager, "Notification")
    manager.get_by_label("Date the notification was sent").fill(
        (TODAY - timedelta(days=7)).isoformat()
    )
    manager.get_by_label("Agencies involved").fill("Police\nHealth visiting")
    save(manager)
    expect(manager.get_by_role("heading", level=1)).to_have_text("Child M (test)")
    incident_url = f"{plone_site}/{FOLDER}/child-m-test"
    assert manager.url.startswith(incident_url)
    panel = incident_panel(manager)
    expect(panel.locator("#scrqm-clock-notification")).to_contain_text("met")
    expect(panel.locator("#scrqm-clock-rapid_review")).to_contain_text("running")
    expect(panel).to_contain_text("Record the rapid review first.")

    # The rapid review, from the incident's page
    panel.get_by_role("link", name="Record the rapid review").click()
    manager.wait_for_load_state()
    manager.get_by_label("Agencies asked and their contributions").fill(
        f"Police | {(TODAY - timedelta(days=6)).isoformat()} | "
        f"{(TODAY - timedelta(days=3)).isoformat()}"
    )
    open_tab(manager, "Recommendation and the Panel")
    manager.get_by_label("Recommendation", exact=True).select_option(
        label="A local child safeguarding practice review"
    )
    manager.get_by_label("Rationale for the recommendation").fill(
        "Learning for several agencies about escalation (fictional)."
    )
    manager.get_by_label("Date sent to the Panel").fill((TODAY - timedelta(days=1)).isoformat())
    save(manager)
    manager.goto(incident_url)
    panel = incident_panel(manager)
    expect(panel.locator("#scrqm-clock-rapid_review")).to_contain_text("met")
    expect(panel).to_contain_text("The chair's decision to hold a review is not recorded.")
    expect(panel.get_by_role("link", name="Start a local review")).to_have_count(0)
    screenshot(manager, "journey-incident-before-decision")

    # The chair decides; she does not start reviews
    chair = new_page("demo-chair")
    chair.goto(f"{incident_url}/edit")
    open_tab(chair, "Decision (QM2)")
    chair.get_by_label("Decision", exact=True).select_option(label="Hold a review")
    chair.get_by_label("Date of the decision").fill(TODAY.isoformat())
    chair.get_by_label("Decided by").fill("Independent chair of the partnership")
    chair.get_by_label("Rationale for the decision").fill(
        "The rapid review recommends it and the Panel is told (fictional)."
    )
    save(chair)
    expect(incident_panel(chair).get_by_role("link", name="Start a local review")).to_have_count(0)

    # The review manager starts the local review
    manager.goto(incident_url)
    incident_panel(manager).get_by_role("link", name="Start a local review").click()
    manager.wait_for_load_state()
    with manager.expect_navigation():
        manager.get_by_role("button", name="Start the local review").click()
    manager.wait_for_load_state()
    expect(manager.locator("body")).to_contain_text("Local review started.")
    expect(manager.get_by_role("heading", level=1)).to_have_text("Child M (test)")
    chain = manager.locator("section.scrqm-review-chain")
    expect(chain).to_contain_text("Started from a serious incident")
    expect(chain.locator("li")).to_have_count(3)
    # the review's clocks leave out the incident's
    expect(manager.locator("#scrqm-clock-notification")).to_have_count(0)
    screenshot(manager, "journey-incident-local-review-started")

    manager.goto(incident_url)
    expect(incident_panel(manager)).to_contain_text("Local review started:")
