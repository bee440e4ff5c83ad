"""The learning rules: the theme list, mapping old values, periods and the aggregations."""

from datetime import date

import pytest

from plone_scrqm.learning import rules
from plone_scrqm.learning.rules import Theme


def test_seed_tokens_are_stable_and_unique():
    tokens = [theme.token for theme in rules.SEED_THEMES]
    assert len(tokens) == len(set(tokens))
    assert all(rules.TOKEN.match(token) for token in tokens)
    # the fifteen themes shipped before keep the tokens their titles gave them
    assert tokens[:15] == [rules.slug(theme.title) for theme in rules.SEED_THEMES[:15]]


def test_parse_theme_lines_reads_tokens_and_bare_titles():
    themes = rules.parse_theme_lines(["neglect | Neglect", "", "Information sharing"])
    assert themes == [
        Theme("neglect", "Neglect"),
        Theme("information-sharing", "Information sharing"),
    ]


@pytest.mark.parametrize(
    "lines, message",
    [
        (["Bad Token | Neglect"], "Line 1"),
        (["neglect | Neglect", "neglect | Again"], "given twice"),
        (["neglect | "], "no title"),
        (["a--b | Two hyphens"], "single hyphens"),
    ],
)
def test_parse_theme_lines_refuses_bad_lines(lines, message):
    with pytest.raises(rules.ThemeListError, match=message):
        rules.parse_theme_lines(lines)


def test_theme_token_matches_token_or_title_in_any_case():
    themes = list(rules.SEED_THEMES)
    assert rules.theme_token("Information Sharing", themes) == "information-sharing"
    assert rules.theme_token("information-sharing", themes) == "information-sharing"
    assert rules.theme_token("  NEGLECT ", themes) == "neglect"
    assert rules.theme_token("Something else", themes) is None
    assert rules.theme_token("", themes) is None


def test_map_values_keeps_unknown_values_as_new_themes():
    tokens, added = rules.map_values(
        ["Neglect", "neglect", "Housing and homelessness", " "], rules.SEED_THEMES
    )
    assert tokens == ["neglect", "housing-and-homelessness"]
    assert added == [Theme("housing-and-homelessness", "Housing and homelessness")]


def test_parse_period():
    assert rules.parse_period("2024", "2025") == (2024, 2025)
    assert rules.parse_period("", None) == (None, None)
    for bad in (("twenty", None), ("1900", None), ("2025", "2024")):
        with pytest.raises(rules.PeriodError):
            rules.parse_period(*bad)
    assert rules.in_period(2024, (2024, None))
    assert not rules.in_period(2023, (2024, None))
    assert not rules.in_period(None, (2024, None))
    assert rules.in_period(None, (None, None))


def test_year_of():
    assert rules.year_of(date(2025, 3, 1)) == 2025
    assert rules.year_of(None) is None

    class ZopeDate:
        def year(self):
            return 2024

    assert rules.year_of(ZopeDate()) == 2024


FINDINGS = [
    {
        "review_uid": "a",
        "year": 2024,
        "review_type": "lcspr",
        "themes": ["neglect"],
        "levels": ["organisational", "team"],
    },
    {
        "review_uid": "b",
        "year": 2025,
        "review_type": "lcspr",
        "themes": ["neglect", "neglect"],
        "levels": ["organisational"],
    },
    {
        "review_uid": "b",
        "year": 2025,
        "review_type": "lcspr",
        "themes": ["neglect"],
        "levels": ["organisational"],
    },
    {
        "review_uid": "c",
        "year": 2025,
        "review_type": "rapid-review",
        "themes": ["early-help"],
        "levels": ["team"],
    },
]


def test_themes_by_year_and_type_count_each_row_once_per_theme():
    by_year = rules.themes_by(FINDINGS, "year")
    assert list(by_year) == [2024, 2025]
    assert by_year[2024] == {"neglect": 1}
    assert by_year[2025] == {"neglect": 2, "early-help": 1}
    by_type = rules.themes_by(FINDINGS, "review_type")
    assert by_type["lcspr"]["neglect"] == 3
    assert rules.theme_totals(FINDINGS)["neglect"] == 3


def test_recurring_findings_need_the_same_theme_and_level_in_two_reviews():
    recurring = rules.recurring_findings(FINDINGS)
    assert recurring == [
        {"theme": "neglect", "level": "organisational", "reviews": 2, "findings": 3}
    ]
    # team-level findings: neglect in a, early help in c: different themes, no recurrence
    assert not [r for r in recurring if r["level"] == "team"]


def test_actions_by_theme_rates():
    actions = [
        {"themes": ["neglect"], "state": "completed", "has_impact_evidence": True},
        {"themes": ["neglect"], "state": "impact_evaluated", "has_impact_evidence": False},
        {"themes": ["neglect"], "state": "in_progress", "has_impact_evidence": False},
        {"themes": ["neglect", "early-help"], "state": "proposed"},
    ]
    table = rules.actions_by_theme(actions)
    assert table["neglect"] == {
        "actions": 4,
        "completed": 2,
        "with_impact": 1,
        "completion_rate": 50,
        "impact_rate": 50,
    }
    assert table["early-help"]["completion_rate"] == 0
    assert table["early-help"]["impact_rate"] is None


def test_factor_levels_count_in_the_documented_order():
    assert rules.factor_levels_count(FINDINGS) == [
        ("individual", 0),
        ("team", 2),
        ("organisational", 3),
        ("multi-agency-system", 0),
        ("wider-context", 0),
    ]


def test_group_by_priority_and_theme():
    rows = [{"uid": 1, "priorities": ["p", "q"], "themes": ["b", "a"]}, {"uid": 2}]
    assert rules.group_by_priority(rows) == {"p": [rows[0]], "q": [rows[0]]}
    assert list(rules.group_by_theme(rows)) == ["a", "b"]


def test_check_progress():
    today = date(2026, 6, 1)
    assert rules.check_progress(date(2026, 5, 1), "Training delivered", "green", today) == []
    problems = rules.check_progress(date(2026, 7, 1), " ", "blue", today)
    assert len(problems) == 3
    assert rules.check_progress(None, "x", "red", today)[0].startswith("The date")


def test_latest_update_by_date_then_order():
    updates = [
        {"date": date(2026, 5, 1), "rag": "red"},
        {"date": date(2026, 5, 3), "rag": "amber"},
        {"date": date(2026, 5, 3), "rag": "green"},
        {"date": date(2026, 4, 1), "rag": "red"},
    ]
    assert rules.latest_update(updates)["rag"] == "green"
    assert rules.latest_update([]) is None


def test_shared_theme_rows():
    rows = [
        {"title": "B", "review_uid": "x", "themes": ["neglect"]},
        {"title": "A", "review_uid": "y", "themes": ["neglect", "early-help"]},
        {"title": "C", "review_uid": "z", "themes": ["online-harm"]},
        {"title": "Self", "review_uid": "me", "themes": ["neglect"]},
    ]
    result = rules.shared_theme_rows(["neglect", "early-help"], rows, exclude_review="me")
    assert [(r["title"], r["shared"]) for r in result] == [
        ("A", ["early-help", "neglect"]),
        ("B", ["neglect"]),
    ]


def test_yearly_counts():
    reviews = [
        {"decision": "review", "decision_year": 2025, "published_year": None},
        {"decision": "review", "decision_year": 2024, "published_year": 2025},
        {"decision": "no-review", "decision_year": 2025},
        {"decision": None},
    ]
    assert rules.yearly_counts(reviews, 2025) == {"started": 1, "not_proceeding": 1, "published": 1}


def test_theme_filter():
    known = {"neglect", "early-help"}
    assert rules.theme_filter(None, known) == ()
    assert rules.theme_filter("neglect", known) == ("neglect",)
    assert rules.theme_filter(["neglect", "early-help", "neglect"], known) == (
        "neglect",
        "early-help",
    )
    with pytest.raises(rules.ThemeFilterError, match="Allowed: early-help, neglect"):
        rules.theme_filter(["neglect", "<script>"], known)


def test_timeliness_counts_the_clocks_due_in_the_year():
    clocks = [
        [
            {
                "id": "notification",
                "title_id": "notification",
                "due": date(2025, 3, 1),
                "stopped": date(2025, 2, 27),
            },
            {
                "id": "rapid_review",
                "title_id": "rapid_review",
                "due": date(2025, 3, 20),
                "stopped": date(2025, 3, 25),
            },
        ],
        [
            {
                "id": "notification",
                "title_id": "notification",
                "due": date(2025, 6, 1),
                "stopped": None,
                "overdue": True,
            },
            {
                "id": "publication",
                "title_id": "publication",
                "due": date(2025, 12, 1),
                "stopped": None,
                "overdue": False,
            },
            {"id": "publication", "title_id": "publication", "due": date(2026, 1, 1)},
        ],
    ]
    assert rules.timeliness(clocks, 2025) == {
        "notification": {"met": 1, "late": 1, "running": 0},
        "publication": {"met": 0, "late": 0, "running": 1},
        "rapid_review": {"met": 0, "late": 1, "running": 0},
    }
