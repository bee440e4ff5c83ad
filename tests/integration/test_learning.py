"""Learning across reviews: one theme vocabulary (translated titles, control panel, the
1017 upgrade), contributory factors, learning priorities, progress updates, the learning
picture from the catalog, earlier learning at the decision, and who sees what."""

from datetime import date
from datetime import timedelta

import pytest
from plone import api
from plone.app.testing import logout
from zExceptions import Unauthorized
from zope.component import getUtility
from zope.i18n import translate
from zope.interface import Invalid
from zope.schema.interfaces import IVocabularyFactory

from plone_scrqm.learning import catalog
from plone_scrqm.learning import rules
from plone_scrqm.learning.controlpanel import readable_theme_list
from plone_scrqm.learning.progress import add_update
from plone_scrqm.learning.summary import learning_summary
from plone_scrqm.learning.titles import SEED_TITLES
from plone_scrqm.learning.views import earlier_for_review
from plone_scrqm.learning.vocabularies import THEMES_RECORD
from plone_scrqm.upgrades import v1017
from reviews import TODAY
from reviews import add_action
from reviews import add_documents
from reviews import add_finding
from reviews import advance
from reviews import set_fields


def themes_vocabulary(context):
    return getUtility(IVocabularyFactory, "plone_scrqm.LearningThemes")(context)


def test_seed_titles_are_the_translatable_ones():
    assert [str(title) for title in SEED_TITLES] == [t.title for t in rules.SEED_THEMES]


def test_one_vocabulary_with_stable_tokens(portal):
    vocabulary = themes_vocabulary(portal)
    assert [term.token for term in vocabulary] == [t.token for t in rules.SEED_THEMES]
    term = vocabulary.getTerm("neglect")
    assert term.value == "neglect"
    assert translate(term.title, target_language="cy") == "Esgeulustod"
    assert translate(term.title, target_language="en") == "Neglect"


def test_partnership_themes_show_as_typed_and_bad_lists_are_refused(portal):
    api.portal.set_registry_record(
        THEMES_RECORD, ["neglect | Neglect", "county-lines | County lines"]
    )
    vocabulary = themes_vocabulary(portal)
    assert translate(vocabulary.getTerm("county-lines").title, target_language="cy") == (
        "County lines"
    )
    assert readable_theme_list(["neglect | Neglect"])
    for bad in (["Neglect | Neglect"], ["a | A", "a | B"], []):
        with pytest.raises(Invalid):
            readable_theme_list(bad)


def test_control_panel_is_for_site_administrators(portal, http_request):
    view = api.content.get_view("scrqm-learning-themes", portal, http_request)
    assert "Learning themes" in view()
    logout()
    with pytest.raises(Unauthorized):
        portal.restrictedTraverse("@@scrqm-learning-themes")


@pytest.fixture
def http_request(portal):
    return portal.REQUEST


@pytest.fixture
def two_reviews(make_review):
    first = advance(make_review(title="Child A"), "running")
    second = advance(make_review(title="Child B"), "running")
    set_fields(
        first,
        decision_date=date(2025, 2, 3),
        referral_date=date(2025, 1, 20),
        incident_date=date(2025, 1, 10),
    )
    return first, second


def test_upgrade_maps_titles_and_free_text_to_tokens(portal, two_reviews):
    first, second = two_reviews
    finding = add_finding(first)
    finding.learning_themes = ["Neglect", "Information Sharing"]
    report, _response = add_documents(second)
    report.learning_themes = ["neglect", "Housing and homelessness"]
    api.portal.set_registry_record(THEMES_RECORD, ["Neglect", "Information sharing", "Ours"])
    v1017.upgrade(api.portal.get_tool("portal_setup"))
    assert finding.learning_themes == ["neglect", "information-sharing"]
    assert report.learning_themes == ["neglect", "housing-and-homelessness"]
    lines = api.portal.get_registry_record(THEMES_RECORD)
    assert lines[:3] == [
        "neglect | Neglect",
        "information-sharing | Information sharing",
        "ours | Ours",
    ]
    assert "housing-and-homelessness | Housing and homelessness" in lines
    assert "online-harm | Online harm" in lines
    catalog_tool = api.portal.get_tool("portal_catalog")
    found = catalog_tool.unrestrictedSearchResults(scrqm_themes="housing-and-homelessness")
    assert [brain.UID for brain in found] == [report.UID()]
    # a second run changes nothing
    v1017.upgrade(api.portal.get_tool("portal_setup"))
    assert api.portal.get_registry_record(THEMES_RECORD) == lines


def _tagged(two_reviews):
    first, second = two_reviews
    with api.env.adopt_roles(["Manager"]):
        priority = api.content.create(
            container=first.aq_parent,
            type="LearningPriority",
            title="Neglect is seen early",
            period_start=date(2025, 4, 1),
            period_end=date(2027, 3, 31),
            owner="Learning and improvement subgroup",
            business_plan_reference="BP 2.3",
        )
    f1 = add_finding(
        first,
        learning_themes=["neglect"],
        factor_levels=["organisational"],
        wider_relevance="wider",
        how_widespread="Audit of 40 cases",
        learning_priorities=[priority.UID()],
    )
    f2 = add_finding(
        second,
        title="Finding 1: neglect again",
        learning_themes=["neglect"],
        factor_levels=["organisational", "team"],
    )
    a1 = add_action(first, [f1], learning_themes=["neglect"], learning_priorities=[priority.UID()])
    a2 = add_action(second, [f2], title="Second action", learning_themes=["neglect"])
    return priority, f1, f2, a1, a2


def test_learning_picture_from_the_catalog(portal, two_reviews, http_request):
    priority, f1, f2, a1, a2 = _tagged(two_reviews)
    with api.env.adopt_roles(["Manager"]):
        for transition in ("agree", "start", "complete"):
            api.content.transition(obj=a1, transition=transition)
    with api.env.adopt_user(username="bola"):
        summary = learning_summary(http_request)
        only_2025 = learning_summary(http_request, (2025, 2025))
    assert summary["findings"] == 2 and summary["reviews"] == 2
    assert summary["themes"][0] == {"theme": "neglect", "title": "Neglect", "count": 2}
    assert [y["year"] for y in summary["themes_by_year"]] == [2025, TODAY.year]
    assert summary["recurring"][0]["theme"] == "neglect"
    assert summary["recurring"][0]["level"] == "organisational"
    assert summary["recurring"][0]["reviews"] == 2
    row = summary["actions_by_theme"][0]
    assert (row["actions"], row["completed"], row["completion_rate"], row["impact_rate"]) == (
        2,
        1,
        50,
        0,
    )
    assert only_2025["findings"] == 1


def test_priority_page_lists_what_serves_it(portal, two_reviews, http_request):
    priority, f1, f2, a1, a2 = _tagged(two_reviews)
    with api.env.adopt_user(username="bola"):
        findings, actions = catalog.serving(priority.UID())
        html = api.content.get_view("view", priority, http_request)()
    assert [r["uid"] for r in findings] == [f1.UID()]
    assert [r["uid"] for r in actions] == [a1.UID()]
    assert f1.title in html and a1.title in html and "BP 2.3" in html


def test_progress_updates_and_latest_rag_in_the_catalog(portal, two_reviews):
    priority, f1, f2, a1, a2 = _tagged(two_reviews)
    add_update(a1, TODAY - timedelta(days=9), "Rita", "Tool drafted", "amber", TODAY)
    add_update(a1, TODAY - timedelta(days=2), "Rita", "Tool in use", "green", TODAY)
    with pytest.raises(rules.ProgressError):
        add_update(a1, TODAY + timedelta(days=1), "Rita", "Future", "green", TODAY)
    brain = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=a1.UID())[0]
    assert brain.scrqm_learning["rag"] == "green"
    assert brain.scrqm_learning["rag_date"] == TODAY - timedelta(days=2)
    assert brain.scrqm_learning["updates"] == 2


def test_earlier_learning_at_the_decision(portal, two_reviews, http_request):
    first, second = two_reviews
    priority, f1, f2, a1, a2 = _tagged(two_reviews)
    third = advance(_new_review(first), "decision_pending")
    third.learning_themes = ["neglect"]
    with api.env.adopt_user(username="rita"):
        answer = earlier_for_review(third, http_request)
    assert {row["uid"] for row in answer["findings"]} == {f1.UID(), f2.UID()}
    assert answer["themes"] == ["Neglect"]
    assert answer["findings_total"] == 2


def test_earlier_learning_shows_a_bounded_number(portal, two_reviews, http_request):
    """Only the findings shown are labelled for the reader (each wakes its review), so a
    partnership with many reviews on a theme costs the page ``limit`` of them; the rest
    are counted."""
    priority, f1, f2, a1, a2 = _tagged(two_reviews)
    with api.env.adopt_user(username="bola"):
        answer = catalog.earlier_learning(["neglect"], limit=1)
        everything = catalog.earlier_learning(["neglect"])
    assert len(answer["findings"]) == 1 and answer["findings_total"] == 2
    assert answer["findings"][0]["uid"] == everything["findings"][0]["uid"]
    assert {row["uid"] for row in everything["findings"]} == {f1.UID(), f2.UID()}


def _new_review(sibling):
    with api.env.adopt_user(username="rita"):
        return api.content.create(container=sibling.aq_parent, type="CaseReview", title="Child C")


def test_board_sees_learning_never_family_details(portal, two_reviews, http_request):
    _tagged(two_reviews)
    folder = two_reviews[0].aq_parent
    with api.env.adopt_user(username="bola"):
        assert api.user.has_permission("plone_scrqm: View learning", obj=folder)
        html = folder.restrictedTraverse("@@learning")()
    assert "Neglect" in html and "Recurring findings" in html
    with api.env.adopt_user(username="edwin"):
        assert not api.user.has_permission("plone_scrqm: View learning", obj=folder)
    logout()
    assert not api.user.has_permission("plone_scrqm: View learning", obj=folder)
    assert len(api.portal.get_tool("portal_catalog")(portal_type="LearningPriority")) == 0


def test_demo_learning_spans_two_years_with_a_recurring_finding(portal, http_request):
    from plone_scrqm.demo.loader import ensure_demo_content

    with api.env.adopt_roles(["Manager"]):
        folder, _created = ensure_demo_content(portal, "a-demo-password")
        ensure_demo_content(portal, "a-demo-password")  # a second run adds nothing twice
    with api.env.adopt_user(username="demo-board"):
        summary = learning_summary(http_request)
        board = api.content.get_view("action-board", folder, http_request).board()
    assert [row["year"] for row in summary["themes_by_year"]][-2:] == [
        TODAY.year - 1,
        TODAY.year,
    ]
    recurring = {(row["theme"], row["level"]) for row in summary["recurring"]}
    assert ("neglect", "multi-agency-system") in recurring
    assert len(folder["child-e"]["action-overdue"].scrqm_progress_updates) == 1
    assert len(board["priorities"]) == 2
    assert all(row["actions"] for row in board["priorities"])
