"""Accessibility of the pages the public and the review team use most: axe-core finds no
serious or critical violation (WCAG 2.1 A and AA), the page reflows at 200% zoom (a
640-pixel-wide window, as 1280 pixels at 200%) without horizontal scrolling, and the
keyboard reaches every link and control of the content in order.

The letters to families are checked in three scripts: Welsh (Latin, bilingual), Urdu
(Arabic script, right to left) and Panjabi (Gurmukhi). A letter is a page of its own, without
Plone's chrome: its content is the whole page, the letter and the toolbar above it."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from plone_scrqm.clocks import today

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
SERIOUS = ("serious", "critical")

# Pages: (name, user or None for an anonymous visitor, path under the site)
BEGINNING_ROUND = f"beginning-{(today() - timedelta(days=110)).isoformat()}"
PAGES = [
    ("published-reviews", None, "@@published-reviews"),
    ("published-report", None, "safeguarding-reviews/child-e/report"),
    # A Welsh partnership's review, published in both languages
    ("published-reviews-welsh", None, "@@published-reviews?language=cy"),
    ("published-report-welsh", None, "adolygiadau-diogelu/plentyn-n/report-cy"),
    ("published-report-english", None, "adolygiadau-diogelu/plentyn-n/report-en"),
    ("assessment-overview", "demo-lead", "safeguarding-reviews/child-a/@@assessment-overview"),
    (
        "assessment-form",
        "demo-lead",
        f"safeguarding-reviews/child-a/{BEGINNING_ROUND}/qm-04/@@assess",
    ),
]
# The letter informing Parent A (fictional), the mother in the demo review Child A, of the
# review. ``{member}`` is her UID, looked up when the test runs. The lead reviewer writes
# them here, so the review manager's letters in journey 3 are the manager's own.
FAMILY_MEMBER = "safeguarding-reviews/child-a/family-member"
LETTER = "safeguarding-reviews/child-a/@@family-letter?member={member}&letter=inform&lang="
PAGES += [
    ("letter-welsh", "demo-lead", f"{LETTER}cy"),
    ("letter-urdu", "demo-lead", f"{LETTER}ur"),
    ("letter-panjabi", "demo-lead", f"{LETTER}pa"),
]
# "My work" and a review's sub-page with the compact review header
PAGES += [
    ("my-work", "demo-manager", "@@scr-my-work"),
    ("review-sub-page", "demo-manager", "safeguarding-reviews/child-a/@@findings"),
    ("reviews-folder", "demo-manager", "safeguarding-reviews"),
    ("review-who-acts-next", "demo-board", "safeguarding-reviews/child-a"),
]


# Plone's own chrome, not the add-on's pages: each exclusion names one axe rule and the
# part of Plone's page it is excused in. Everything else, and these rules anywhere else
# (the add-on's content, its viewlets), must pass.
CHROME_EXCLUSIONS = {
    # Barceloneta's default colours: the theme's link blue #007bb1 on the breadcrumbs' grey
    # (#e9ecef, 4.1:1) and on the footer's near-black, and the light outline of the search
    # button on the blue navigation bar. A partnership's own theme sets these colours.
    # Also Barceloneta's colours of a workflow state label ("Private" beside a folder's
    # title), styled by the theme's .label-state-* rules.
    "color-contrast": "#portal-searchbox, #portal-breadcrumbs, #portal-footer-wrapper, "
    "[class^='label-state-']",
    # The editing toolbar's "Unpin" link carries aria-label without a role (plone.app.layout
    # toolbar; only signed-in people see it).
    "aria-prohibited-attr": "#edit-zone .toolbar-collapse",
}


def content_of(path):
    """The part of the page that is the add-on's: Plone's ``#content``, or the whole letter
    page (a letter has no Plone chrome; its toolbar is the add-on's too)."""
    return "body" if "@@family-letter" in path else "#content"


@pytest.fixture
def open_page(new_page, plone_site, admin_api):
    """``open_page(user, path, width=1280, height=900)``: the page at ``path`` as ``user``,
    shown; ``{member}`` in the path is the demo family member's UID."""

    def open_(user, path, **size):
        if "{member}" in path:
            response = admin_api.get(f"{plone_site}/{FAMILY_MEMBER}")
            response.raise_for_status()
            path = path.format(member=response.json()["UID"])
        page = new_page(user, **size)
        response = page.goto(f"{plone_site}/{path}")
        assert response.ok, f"{path}: {response.status} {response.text()[:200]}"
        expect(page.locator(content_of(path))).to_be_visible()
        return page

    return open_


def serious_violations(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    found = []
    for violation in results.response["violations"]:
        if violation["impact"] not in SERIOUS:
            continue
        excused = CHROME_EXCLUSIONS.get(violation["id"])
        nodes = [
            node
            for node in violation["nodes"]
            if not excused
            or not page.evaluate(
                "([target, chrome]) => !!document.querySelector(target)?.closest(chrome)",
                [node["target"][-1], excused],
            )
        ]
        if nodes:
            found.append({**violation, "nodes": nodes})
    return found


def describe(violations):
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(f"{node['target'][-1]} {node['html'][:80]}" for node in v["nodes"])
        for v in violations
    )


@pytest.mark.parametrize(("name", "user", "path"), PAGES, ids=[p[0] for p in PAGES])
def test_no_serious_axe_violation(open_page, name, user, path):
    page = open_page(user, path)
    violations = serious_violations(page)
    assert not violations, describe(violations)


@pytest.mark.parametrize(("name", "user", "path"), PAGES, ids=[p[0] for p in PAGES])
def test_reflows_at_200_percent_zoom(open_page, screenshot, name, user, path):
    page = open_page(user, path, width=640, height=450)
    overflow = page.evaluate(
        """content => ({
            page: document.documentElement.scrollWidth - window.innerWidth,
            content: Math.max(0, document.querySelector(content).getBoundingClientRect().right
                              - window.innerWidth),
            wide: [...document.querySelectorAll(content + ' *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                             && getComputedStyle(e).overflowX !== 'auto'
                             && !e.closest('.table-responsive, [style*="overflow"]'))
                .slice(0, 5).map(e => e.tagName + '.' + e.className),
        })""",
        content_of(path),
    )
    screenshot(page, f"zoom-200-{name}")
    assert overflow["page"] <= 0, overflow
    assert overflow["content"] <= 0, overflow


# The content element that has the focus: its mark, whether the focus is visible (an outline
# or Bootstrap's focus ring), and the start of its HTML. In a date field chromium moves the
# focus between day, month and year, highlighting the one being typed; the field's own ring
# is not reliably applied then, so the highlighted part counts as the visible focus.
FOCUSED = r"""() => { const e = document.activeElement;
    if (!e || e.dataset.kbd === undefined) return null;
    const s = getComputedStyle(e);
    const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
        || (s.boxShadow !== 'none' && !/^rgba\(0, 0, 0, 0\)/.test(s.boxShadow));
    return [e.dataset.kbd, visible || e.type === 'date', e.outerHTML.slice(0, 80)]; }"""


@pytest.mark.parametrize(("name", "user", "path"), PAGES, ids=[p[0] for p in PAGES])
def test_keyboard_reaches_the_content(open_page, name, user, path):
    page = open_page(user, path)
    wanted = page.evaluate(
        """content => [...document.querySelectorAll(
                ['a[href]', 'button', 'input:not([type=hidden])', 'textarea', 'select']
                .map(control => content + ' ' + control).join(', '))]
            .filter(e => e.offsetParent !== null && !e.disabled && e.tabIndex >= 0)
            .map((e, i) => {
                // A group of radio buttons is one stop: the arrow keys move within it
                e.dataset.kbd = e.type === 'radio' ? 'radio ' + e.name : String(i);
                return e.dataset.kbd; })""",
        content_of(path),
    )
    wanted = set(wanted)
    # Bootstrap fades the focus ring in: without the fade it shows at once
    page.add_style_tag(content="* { transition: none !important; }")
    reached = set()
    outline_missing = []
    for _ in range(len(wanted) + 120):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is not None:
            reached.add(focused[0])
            if not focused[1]:
                outline_missing.append(focused[2])
        if len(reached) == len(wanted):
            break
    assert reached == wanted, f"not reached by Tab: {sorted(wanted - reached)}"
    assert not outline_missing, f"no visible focus: {outline_missing[:5]}"
