"""The learning picture for a period, shared by ``@@learning``, its CSV and
``GET @scr-learning``: catalog rows through the plain-Python aggregations."""

from zope.i18n import translate

from plone_scrqm.learning import catalog
from plone_scrqm.learning import rules
from plone_scrqm.learning.titles import FACTOR_LEVEL_TITLES
from plone_scrqm.learning.vocabularies import theme_titles
from plone_scrqm.learning.vocabularies import title_of
from plone_scrqm.review.vocabularies import REVIEW_TYPES


def period_from(params):
    """``(from, to)`` years from request parameters; ``rules.PeriodError`` if unreadable."""
    return rules.parse_period(params.get("from"), params.get("to"))


def learning_summary(request, period=(None, None)):
    titles = theme_titles(request)
    reviews = catalog.review_rows()
    findings = [r for r in catalog.finding_rows(reviews) if rules.in_period(r["year"], period)]
    actions = [r for r in catalog.action_rows(reviews) if rules.in_period(r["year"], period)]

    def level_title(level):
        return translate(FACTOR_LEVEL_TITLES.get(level, level), context=request)

    def named(counts):
        return [
            {"theme": token, "title": title_of(token, titles), "count": count}
            for token, count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
        ]

    return {
        "period": {"from": period[0], "to": period[1]},
        "findings": len(findings),
        "actions": len(actions),
        "reviews": len({row["review_uid"] for row in findings}),
        "themes": named(rules.theme_totals(findings)),
        "themes_by_year": [
            {"year": year, "themes": named(counts)}
            for year, counts in rules.themes_by(findings, "year").items()
        ],
        "themes_by_review_type": [
            {
                "review_type": kind,
                "review_type_title": translate(REVIEW_TYPES.getTerm(kind).title, context=request)
                if kind in REVIEW_TYPES
                else (kind or ""),
                "themes": named(counts),
            }
            for kind, counts in rules.themes_by(findings, "review_type").items()
        ],
        "recurring": [
            dict(
                row,
                title=title_of(row["theme"], titles),
                level_title=level_title(row["level"]),
            )
            for row in rules.recurring_findings(findings)
        ],
        "factor_levels": [
            {"level": level, "title": level_title(level), "count": count}
            for level, count in rules.factor_levels_count(findings)
        ],
        "actions_by_theme": [
            dict(entry, theme=token, title=title_of(token, titles))
            for token, entry in rules.actions_by_theme(actions).items()
        ],
    }


CSV_FIELDS = ("section", "group", "theme", "title", "count", "extra")


def csv_rows(summary):
    """One flat table of the summary for a spreadsheet."""
    rows = [
        {
            "section": "themes",
            "group": "",
            "theme": t["theme"],
            "title": t["title"],
            "count": t["count"],
        }
        for t in summary["themes"]
    ]
    for year in summary["themes_by_year"]:
        rows += [
            {
                "section": "themes_by_year",
                "group": year["year"],
                "theme": t["theme"],
                "title": t["title"],
                "count": t["count"],
            }
            for t in year["themes"]
        ]
    for kind in summary["themes_by_review_type"]:
        rows += [
            {
                "section": "themes_by_review_type",
                "group": kind["review_type"] or "",
                "theme": t["theme"],
                "title": t["title"],
                "count": t["count"],
            }
            for t in kind["themes"]
        ]
    rows += [
        {
            "section": "recurring",
            "group": r["level"],
            "theme": r["theme"],
            "title": r["title"],
            "count": r["reviews"],
            "extra": f"{r['findings']} findings",
        }
        for r in summary["recurring"]
    ]
    rows += [
        {
            "section": "actions_by_theme",
            "group": "",
            "theme": a["theme"],
            "title": a["title"],
            "count": a["actions"],
            "extra": f"completed {a['completed']} ({a['completion_rate']}%); "
            f"with evidence of impact {a['with_impact']} ({a['impact_rate']}%)",
        }
        for a in summary["actions_by_theme"]
    ]
    return rows
