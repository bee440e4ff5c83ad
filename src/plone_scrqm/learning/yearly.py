"""The yearly report pack: for a chosen year, what a business manager pastes into the
partnership's annual report. Catalog rows only."""

from zope.i18n import translate

from plone_scrqm.clocks.timescales import CLOCK_TITLES
from plone_scrqm.learning import catalog
from plone_scrqm.learning import rules
from plone_scrqm.learning.summary import learning_summary


class YearError(ValueError):
    """A year that cannot be read."""


def parse_year(value):
    try:
        year = int((value or "").strip()) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise YearError(f"year: {value!r} is not a year.") from None
    if not 2000 <= year <= 2100:
        raise YearError(f"year: {year} is not between 2000 and 2100.")
    return year


def yearly_pack(request, year):
    reviews = catalog.review_rows()
    reports = catalog.report_rows(review_state="published")
    published = {row["review_uid"]: row["published_year"] for row in reports}
    counts = rules.yearly_counts(
        [dict(row, published_year=published.get(uid)) for uid, row in reviews.items()], year
    )
    clocks = rules.timeliness([row["clocks"] for row in reviews.values()], year)
    summary = learning_summary(request, (year, year))
    actions = catalog.action_rows(reviews)
    by_priority = rules.group_by_priority(actions)
    priorities = []
    for priority in catalog.priority_rows():
        served = by_priority.get(priority["uid"], [])
        latest = sorted(
            (a for a in served if a["rag"]), key=lambda a: a["rag_date"] or "", reverse=True
        )
        priorities.append(
            dict(
                priority,
                actions=len(served),
                completed=sum(1 for a in served if a["state"] in rules.DONE_STATES),
                with_impact=sum(
                    1
                    for a in served
                    if a["state"] in rules.DONE_STATES and a["has_impact_evidence"]
                ),
                rags={rag: sum(1 for a in latest if a["rag"] == rag) for rag in rules.RAG},
            )
        )
    return {
        "year": year,
        "counts": counts,
        "timeliness": [
            dict(
                entry,
                clock=clock_id,
                title=translate(CLOCK_TITLES.get(clock_id, clock_id), context=request),
            )
            for clock_id, entry in clocks.items()
        ],
        "summary": summary,
        "priorities": priorities,
    }
