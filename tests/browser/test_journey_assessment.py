"""Journey 2: a lead reviewer fills the beginning round's assessment of two markers with the
keyboard alone (Tab, Space, arrow keys, typing, Enter), and the overview shows the
judgements."""

from playwright.sync_api import expect

from plone_scrqm.clocks import today

from .pages import rest

REVIEW = "safeguarding-reviews/child-f"


def focused_matches(page, selector):
    return page.evaluate(
        "s => document.activeElement && document.activeElement.matches(s)", selector
    )


def tab_to(page, selector, limit=250):
    """Press Tab until the element matching ``selector`` has the focus, as a keyboard user
    moves through the page."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_matches(page, selector):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def choose(page, name, value, limit=10):
    """In the radio group that has the focus, select ``value`` with Space and the arrow keys."""
    page.keyboard.press("Space")
    for _ in range(limit):
        if focused_matches(page, f"input[name='{name}'][value='{value}']:checked"):
            return
        page.keyboard.press("ArrowRight")
    raise AssertionError(f"{value} cannot be chosen with the arrow keys in {name}")


def answer_marker(page, answers, judgement, commentary):
    """``answers``: per question, the answer to choose and the evidence to type."""
    for number, (answer, evidence) in enumerate(answers, start=1):
        tab_to(page, f"input[name='answer-{number}']")
        choose(page, f"answer-{number}", answer)
        tab_to(page, f"#evidence-{number}")
        page.keyboard.type(evidence)
    tab_to(page, "input[name='judgement']")
    choose(page, "judgement", judgement)
    tab_to(page, "#commentary")
    page.keyboard.type(commentary)
    tab_to(page, "button[name='form.save']")
    page.keyboard.press("Enter")
    page.wait_for_load_state()


def test_lead_reviewer_assesses_two_markers_by_keyboard(new_page, plone_site, screenshot):
    created = rest("demo-lead").post(
        f"{plone_site}/{REVIEW}",
        json={
            "@type": "AssessmentRound",
            "stage": "beginning",
            "date": today().isoformat(),
            "participants": ["Lead reviewer (demo)", "Review manager (demo)"],
        },
    )
    created.raise_for_status()
    round_url = created.json()["@id"]

    page = new_page("demo-lead")
    # QM 1: every question answered Yes, the marker met
    page.goto(f"{round_url}/qm-01/@@assess")
    expect(page.get_by_role("heading", level=1)).to_contain_text("QM 1")
    questions = qm1_questions = page.locator("fieldset.scrqm-question").count()
    answer_marker(
        page,
        [("yes", f"Referral record, point {n}.") for n in range(1, questions + 1)],
        judgement="met",
        commentary="The referral was clear and prompt.",
    )
    expect(page.locator(".alert-danger")).to_have_count(0)
    # QM 2: the first question Partly, the rest Yes, the marker partly met
    page.goto(f"{round_url}/qm-02/@@assess")
    expect(page.get_by_role("heading", level=1)).to_contain_text("QM 2")
    questions = page.locator("fieldset.scrqm-question").count()
    answer_marker(
        page,
        [
            ("partly" if n == 1 else "yes", f"Decision record, point {n}.")
            for n in range(1, questions + 1)
        ],
        judgement="partly-met",
        commentary="The rationale did not cite the criteria.",
    )
    expect(page.locator(".alert-danger")).to_have_count(0)

    # What was typed was saved
    page.goto(f"{round_url}/qm-02/@@assess")
    expect(page.locator("#evidence-1")).to_have_value("Decision record, point 1.")
    expect(page.locator("input[name='answer-1'][value='partly']")).to_be_checked()
    expect(page.locator("#judgement-partly-met")).to_be_checked()

    page.goto(f"{plone_site}/{REVIEW}/@@assessment-overview")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Self-assessment")
    rows = page.locator("section.scrqm-cluster tbody tr")
    qm1 = rows.filter(has=page.get_by_role("rowheader", name="QM 1:"))
    qm2 = rows.filter(has=page.get_by_role("rowheader", name="QM 2:"))
    expect(qm1).to_contain_text("Met")
    expect(qm1).not_to_contain_text("Partly met")
    expect(qm1).to_contain_text(f"{qm1_questions} / {qm1_questions}")
    expect(qm2).to_contain_text("Partly met")
    expect(rows.filter(has=page.get_by_role("rowheader", name="QM 3:"))).to_contain_text(
        "Not assessed"
    )
    screenshot(page, "journey-2-overview")
