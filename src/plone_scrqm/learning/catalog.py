"""Rows for the learning pages, from catalog brains and metadata only (no object is woken).
Only what the current user may see is listed: the catalog filters by permission."""

from plone import api

from plone_scrqm.learning import rules
from plone_scrqm.learning.vocabularies import theme_titles
from plone_scrqm.learning.vocabularies import title_of
from plone_scrqm.privacy.board import BoardLabels


def _catalog():
    return api.portal.get_tool("portal_catalog")


def _date(value):
    return value.isoformat() if value else None


def review_rows(path=None):
    """``{uid: row}`` of the reviews: type, decision, decision and referral dates, the
    year the learning counts in (decision, else referral, else creation)."""
    query = {"portal_type": "CaseReview"}
    if path:
        query["path"] = path
    rows = {}
    for brain in _catalog()(**query):
        facts = brain.scrqm_learning or {}
        decision_date = facts.get("decision_date")
        year = rules.year_of(decision_date or facts.get("referral_date")) or rules.year_of(
            brain.created
        )
        rows[brain.UID] = {
            "uid": brain.UID,
            "title": brain.Title,
            "url": brain.getURL(),
            "review_type": brain.scrqm_review_type,
            "decision": facts.get("decision"),
            "decision_year": rules.year_of(decision_date),
            "year": year,
            "state": brain.review_state,
            "clocks": (brain.scrqm_clocks or {}).get("clocks") or (),
        }
    return rows


def _plain(_review_uid, text):
    return text


def finding_rows(reviews, label=None, **query):
    """``label``: ``privacy.board.BoardLabels()`` where titles are shown (registered
    identifiers in a title become neutral labels for those who may not view them)."""
    label = label or _plain
    rows = []
    for brain in _catalog()(portal_type="Finding", **query):
        review = reviews.get(brain.scrqm_review_uid) or {}
        facts = brain.scrqm_learning or {}
        rows.append(
            {
                "uid": brain.UID,
                "title": label(brain.scrqm_review_uid, brain.Title),
                "url": brain.getURL(),
                "review_uid": brain.scrqm_review_uid,
                "review_title": brain.scrqm_review_title,
                "review_state": review.get("state"),
                "year": review.get("year"),
                "review_type": review.get("review_type"),
                "themes": tuple(brain.scrqm_themes or ()),
                "priorities": tuple(brain.scrqm_priorities or ()),
                "levels": tuple(facts.get("levels") or ()),
                "relevance": facts.get("relevance"),
                "kind": "finding",
            }
        )
    return rows


def action_rows(reviews, label=None, **query):
    label = label or _plain
    rows = []
    for brain in _catalog()(portal_type="ImprovementAction", **query):
        review = reviews.get(brain.scrqm_review_uid) or {}
        facts = brain.scrqm_learning or {}
        action = brain.scrqm_action_facts or {}
        rows.append(
            {
                "uid": brain.UID,
                "title": label(brain.scrqm_review_uid, brain.Title),
                "url": brain.getURL(),
                "review_uid": brain.scrqm_review_uid,
                "review_title": brain.scrqm_review_title,
                "year": review.get("year"),
                "review_type": review.get("review_type"),
                "themes": tuple(brain.scrqm_themes or ()),
                "priorities": tuple(brain.scrqm_priorities or ()),
                "state": brain.review_state,
                "agency": action.get("agency"),
                "due_date": _date(action.get("due_date")),
                "has_impact_evidence": bool(action.get("has_impact_evidence")),
                "rag": facts.get("rag"),
                "rag_date": _date(facts.get("rag_date")),
                "kind": "action",
            }
        )
    return rows


def report_rows(**query):
    rows = []
    for brain in _catalog()(portal_type="ReviewReport", **query):
        rows.append(
            {
                "uid": brain.UID,
                "title": brain.scrqm_review_title or brain.Title,
                "url": brain.getURL(),
                "review_uid": brain.scrqm_review_uid,
                "themes": tuple(brain.scrqm_themes or ()),
                "state": brain.review_state,
                "published_year": rules.year_of(brain.scrqm_publication_date),
                "publication_date": _date(brain.scrqm_publication_date),
            }
        )
    return rows


def priority_rows():
    return [
        {
            "uid": brain.UID,
            "title": brain.Title,
            "url": brain.getURL(),
            "facts": brain.scrqm_learning or {},
        }
        for brain in _catalog()(portal_type="LearningPriority", sort_on="sortable_title")
    ]


def serving(priority_uid):
    """The findings and actions linked to one priority (brains' rows)."""
    reviews = review_rows()
    label = BoardLabels()
    return (
        finding_rows(reviews, label, scrqm_priorities=priority_uid),
        action_rows(reviews, label, scrqm_priorities=priority_uid),
    )


EARLIER_LIMIT = 20


def earlier_learning(themes, exclude_review=None, limit=EARLIER_LIMIT):
    """QM2 Q8: earlier published reviews and open findings that share ``themes``, at most
    ``limit`` of each (most shared themes first), with the number of all that share them.
    Open findings: findings of reviews not yet closed (their actions still being made).

    Only the findings shown have their titles read for the current user (``BoardLabels``
    wakes each of their reviews once), so the work is bounded by ``limit``, not by the
    partnership's number of reviews. They are chosen and ordered by shared themes, then by
    their review's title and their address, never by a title the reader may not see."""
    if not themes:
        return {"reviews": [], "findings": [], "reviews_total": 0, "findings_total": 0}
    themes = list(themes)
    published = rules.shared_theme_rows(
        themes, report_rows(review_state="published", scrqm_themes=themes), exclude_review
    )
    reviews = review_rows()
    findings = rules.shared_theme_rows(
        themes,
        [
            row
            for row in finding_rows(reviews, scrqm_themes=themes)
            if row["review_state"] not in ("closed",)
        ],
        exclude_review,
    )
    findings.sort(key=lambda row: (-len(row["shared"]), row["review_title"] or "", row["url"]))
    label = BoardLabels()
    shown = [dict(row, title=label(row["review_uid"], row["title"])) for row in findings[:limit]]
    return {
        "reviews": published[:limit],
        "findings": shown,
        "reviews_total": len(published),
        "findings_total": len(findings),
    }


def earlier_for_review(review, request):
    """QM2 Q8: earlier published reviews and open findings sharing this review's themes
    (the themes the case raises, and those of its findings and report)."""
    tokens = list(getattr(review, "learning_themes", None) or ())
    brains = api.portal.get_tool("portal_catalog")(
        path={"query": "/".join(review.getPhysicalPath()), "depth": 1},
        portal_type=["Finding", "ReviewReport"],
    )
    for brain in brains:
        for token in brain.scrqm_themes or ():
            if token not in tokens:
                tokens.append(token)
    titles = theme_titles(request)
    answer = earlier_learning(tokens, exclude_review=review.UID())
    for row in answer["reviews"] + answer["findings"]:
        row["shared_titles"] = [title_of(t, titles) for t in row["shared"]]
    answer["themes"] = [title_of(t, titles) for t in tokens]
    return answer
