"""Journey: a Welsh board publishes a review in Welsh and English. The review manager
completes the SUSR set-up and adds both versions of the report and the response; the chair
cannot approve the English version while the Welsh one has not come to the chair; once both
have, the chair approves all four, the publication clock publishes them together, and a
visitor reads the review in Welsh, follows the link to the English version and back. axe
finds no serious violation on either language version or on the listing."""

from datetime import timedelta

from playwright.sync_api import expect

from plone_scrqm.clocks import today

from .pages import make_move
from .pages import phase_panel
from .pages import rest
from .pages import step_item
from .test_accessibility import describe
from .test_accessibility import serious_violations

TODAY = today()
REVIEW = "adolygiadau-diogelu/plentyn-m"
TEXTS = {
    "cy": {
        "report": "Plentyn M (demo): adolygiad diogelu unedig sengl",
        "summary": "Sut y gweithiodd asiantaethau gyda'i gilydd (ffuglennol).",
        "response": "Ymateb y bwrdd i adolygiad Plentyn M (demo)",
        "answer": "Mae'r bwrdd yn derbyn y canfyddiadau (ffuglennol).",
    },
    "en": {
        "report": "Child M (demo): single unified safeguarding review",
        "summary": "How agencies worked together (fictional).",
        "response": "Board response to the Child M (demo) review",
        "answer": "The board accepts the findings (fictional).",
    },
}


def prepare_review(site):
    """What the review manager has done before: the SUSR set up and run, the report and
    response written in both languages; the English versions sent to the chair."""
    manager = rest("demo-manager")
    ago = lambda days: (TODAY - timedelta(days=days)).isoformat()  # noqa: E731
    manager.patch(
        f"{site}/{REVIEW}",
        json={
            "board_advised_date": ago(90),
            "purpose_statement": "Learning for all agencies (fictional).",
            "terms_of_reference": "How agencies shared what they knew (fictional).",
            "lead_reviewers": ["Independent reviewer (demo)"],
            "conducted_by": "The review chair and reviewers",
            "quality_assured_by": "The case review group",
            "signed_off_by": "Chair of the regional safeguarding board",
            "planned_completion_date": (TODAY + timedelta(days=30)).isoformat(),
            "susr_review_chair": "Independent review chair (demo)",
            "susr_reviewers": ["Independent reviewer (demo)"],
            "susr_reviewers_source": "approved-list",
            "susr_panel": ["Police | detective inspector (demo)"],
            "susr_home_office_notified_date": ago(88),
            "susr_family_meeting_date": ago(30),
        },
    ).raise_for_status()
    for move in ("start_review", "start_reporting"):
        manager.post(f"{site}/{REVIEW}/@workflow/{move}").raise_for_status()
    uids = {}
    for language in ("cy", "en"):
        text = TEXTS[language]
        for kind, portal_type, title, extra in (
            (
                "report",
                "ReviewReport",
                text["report"],
                {
                    "summary": text["summary"],
                    "area": "Gogledd Cymru" if language == "cy" else "North Wales",
                    "family_told_date": ago(7),
                    "professionals_told_date": ago(7),
                },
            ),
            ("response", "BoardResponse", text["response"], {"accepts_findings": "accepts"}),
        ):
            document = {
                "@type": portal_type,
                "id": f"{kind}-{language}",
                "title": title,
                "language": language,
                "publication_date": TODAY.isoformat(),
                "text": {"data": f"<p>{text['summary']}</p>", "content-type": "text/html"},
                **extra,
            }
            if language == "en":
                document["counterpart"] = uids[kind]
            created = manager.post(f"{site}/{REVIEW}", json=document)
            assert created.status_code == 201, created.text
            uids[kind] = created.json()["UID"]
    for document in ("report-en", "response-en"):
        for move in ("submit_for_qa", "submit_for_approval"):
            manager.post(f"{site}/{REVIEW}/{document}/@workflow/{move}").raise_for_status()
    manager.post(f"{site}/{REVIEW}/@workflow/submit_to_board").raise_for_status()


def test_welsh_board_publishes_a_bilingual_report(new_page, plone_site, screenshot, admin_api):
    prepare_review(plone_site)
    review_url = f"{plone_site}/{REVIEW}"

    # The chair opens the English report: the Welsh version has not come yet
    chair = new_page("demo-chair")
    chair.goto(f"{review_url}/report-en")
    approve = step_item(chair, "Approve for publication")
    expect(approve).to_contain_text("not yet")
    expect(approve).to_contain_text(
        "the Welsh version of this document awaiting approval or approved"
    )
    expect(approve.get_by_role("button")).to_have_count(0)
    screenshot(chair, "journey-wales-welsh-version-needed")

    # The review manager sends the Welsh versions to the chair
    manager = rest("demo-manager")
    for document in ("report-cy", "response-cy"):
        for move in ("submit_for_qa", "submit_for_approval"):
            manager.post(f"{review_url}/{document}/@workflow/{move}").raise_for_status()

    # The chair approves all four
    for document in ("report-en", "response-en", "report-cy", "response-cy"):
        chair.goto(f"{review_url}/{document}")
        make_move(chair, "Approve for publication", comment="Approved by the board.")
        expect(phase_panel(chair)).to_contain_text("Publication: Approved")

    # The morning clock publishes both languages together
    clock = admin_api.post(f"{plone_site}/@@scr-publication-clock")
    assert clock.status_code == 200, clock.text
    published = [path for path in clock.json()["published"] if "plentyn-m" in path]
    assert len(published) == 4, clock.text

    # A visitor reads the listing in Welsh, with the English version alongside
    visitor = new_page()
    visitor.goto(f"{plone_site}/@@published-reviews?language=cy")
    entry = visitor.locator("article.scrqm-published").filter(has_text="Plentyn M (demo)")
    expect(entry.locator('p[lang="cy"]')).to_contain_text("Sut y gweithiodd asiantaethau")
    english_link = entry.get_by_role("link", name="Read the English version")
    expect(english_link).to_have_attribute("lang", "en")
    expect(english_link).to_have_attribute("hreflang", "en")
    violations = serious_violations(visitor)
    assert not violations, describe(violations)

    # The Welsh report, then the English one by its link, and back
    visitor.goto(f"{review_url}/report-cy")
    expect(visitor.locator('h1[lang="cy"]')).to_have_text(TEXTS["cy"]["report"])
    violations = serious_violations(visitor)
    assert not violations, describe(violations)
    screenshot(visitor, "journey-wales-welsh-report")
    visitor.get_by_role("link", name="Read the English version").click()
    visitor.wait_for_load_state()
    expect(visitor.locator('h1[lang="en"]')).to_have_text(TEXTS["en"]["report"])
    violations = serious_violations(visitor)
    assert not violations, describe(violations)
    welsh_link = visitor.get_by_role("link", name="Darllen y fersiwn Gymraeg")
    expect(welsh_link).to_have_attribute("lang", "cy")
    welsh_link.click()
    visitor.wait_for_load_state()
    expect(visitor.locator('h1[lang="cy"]')).to_be_visible()
