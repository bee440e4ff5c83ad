"""Journey: the family heard. The review manager records a phone call in which a family
member asked a question, answers the question, records the draft report sent, the family's
comment on it and the review's reply, and records the publication letter as posted. Each
step is seen where the team looks: the member's page, the review's phase panel, My work."""

import re

from playwright.sync_api import expect

from plone_scrqm.clocks import today

from .pages import open_tab
from .pages import save

REVIEW = "safeguarding-reviews/child-a"
MEMBER = "Family member 2 (father)"
QUESTION = "Why did nobody tell us the health visitor had left?"
ANSWER = "The health visitor left in March and nobody took over the visits; the review asks why."
COMMENT = "The report says we missed appointments, but we were never told of them."
REPLY = (
    "We checked the records with you and changed the report: the letters went to an old address."
)


def open_member(page, site):
    page.goto(f"{site}/{REVIEW}/@@family")
    page.locator("#content table.scrqm-family-members").get_by_role("link", name=MEMBER).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(MEMBER)


def section(page, heading):
    """The section whose own heading is ``heading`` (not a section around it)."""
    return page.locator(f"xpath=//section[h2[normalize-space()='{heading}']]")


def record_question(page, kind, text, answer=None):
    page.get_by_role("link", name="Record a question or comment").first.click()
    page.get_by_label(MEMBER).check()
    page.get_by_label("This is").select_option(label=kind)
    page.get_by_label("The question or comment, in their words").fill(text)
    page.get_by_label("When they asked").fill(today().isoformat())
    page.get_by_label("Who answers").fill("Lead reviewer (demo)")
    if answer:
        page.get_by_label("The answer, or the review's reply").fill(answer)
        page.get_by_label("Open or closed").select_option(label="Closed: answered")
    save(page)


def test_manager_records_the_family_heard(new_page, plone_site, screenshot):
    manager = new_page("demo-manager")
    open_member(manager, plone_site)
    member_url = manager.url

    # A phone call in which the father asked a question
    manager.get_by_role("link", name="Record a contact").click()
    manager.get_by_label(MEMBER).check()
    manager.get_by_label("Date of the contact").fill(today().isoformat())
    manager.get_by_label("How", exact=True).select_option(label="Phone")
    manager.get_by_label("Who from the review").fill("Demo Review Manager")
    manager.get_by_label("What was said", exact=True).fill(f"He asked: {QUESTION}")
    manager.get_by_label("What was agreed").fill("The lead reviewer will answer in writing.")
    save(manager)
    expect(manager.get_by_role("heading", level=1)).to_have_text(
        re.compile(r"^Contact \d+ \(phone\)$")
    )
    expect(manager.locator("#content")).to_contain_text(QUESTION)
    contact_url = manager.url

    manager.goto(member_url)
    record_question(manager, "A question they ask (QM4)", QUESTION)
    expect(manager.get_by_role("heading", level=1)).to_have_text("Question 1")
    question_url = manager.url.removesuffix("/view")
    manager.goto(f"{plone_site}/{REVIEW}")
    panel = manager.locator(".scrqm-family-notes")
    expect(panel).to_contain_text("Question 1 from the family is open")
    manager.goto(f"{plone_site}/@@scr-my-work")
    expect(manager.locator("#content")).to_contain_text("Question 1 (Child A")
    screenshot(manager, "journey-family-open-question")

    # The answer closes it
    manager.goto(f"{question_url}/edit")
    manager.get_by_label("The answer, or the review's reply").fill(ANSWER)
    manager.get_by_label("When it was answered").fill(today().isoformat())
    manager.get_by_label("Open or closed").select_option(label="Closed: answered")
    save(manager)
    expect(manager.locator("#content")).to_contain_text(ANSWER)
    manager.goto(f"{plone_site}/{REVIEW}")
    expect(manager.locator("section.scrqm-phase")).not_to_contain_text("Question 1 from the family")

    # The draft report sent: the date on the member, the letter recorded as sent
    manager.goto(f"{member_url}/edit")
    open_tab(manager, "The draft report (QM12 Q7)")
    manager.get_by_label("Date they received the draft report").fill(today().isoformat())
    manager.get_by_label("How they are represented in the report, as agreed with them").fill(
        "As the child's father; his account of the missed visits in his own words."
    )
    save(manager)
    sent = manager.locator("form.scrqm-letter-sent")
    sent.get_by_label("Letter", exact=True).select_option(
        label="Invitation to read and comment on the draft report"
    )
    sent.get_by_label("How it was sent").select_option(label="Home visit")
    sent.get_by_role("button", name="Record as sent").click()
    manager.wait_for_load_state()
    expect(manager.locator("#content")).to_contain_text(
        "Invitation to read and comment on the draft report"
    )

    # The family's comment on the draft and the review's reply
    manager.goto(member_url)
    record_question(manager, "A comment on the draft report (QM12 Q7)", COMMENT, REPLY)
    expect(manager.get_by_role("heading", level=1)).to_have_text("Comment on the draft report 2")
    expect(manager.locator("#content")).to_contain_text(REPLY)

    # The publication letter posted
    manager.goto(member_url)
    sent = manager.locator("form.scrqm-letter-sent")
    sent.get_by_label("Letter", exact=True).select_option(label="Notice of publication")
    sent.get_by_label("How it was sent").select_option(label="Letter")
    sent.get_by_role("button", name="Record as sent").click()
    manager.wait_for_load_state()
    expect(manager.locator("#content")).to_contain_text("Notice of publication")

    # The member's page holds it all, today
    manager.goto(member_url)
    todays = section(manager, "Contacts").locator("tbody tr").filter(has_text=today().isoformat())
    expect(todays).to_have_count(3)
    questions = section(manager, "Questions and comments").locator("tbody tr")
    expect(questions.filter(has_text="Closed: answered")).to_have_count(2)
    screenshot(manager, "journey-family-member")
    assert contact_url.startswith(plone_site)
