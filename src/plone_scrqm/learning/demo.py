"""Demo data for learning across reviews, spread over two years so the learning page shows
trends: two earlier (fictional) reviews decided last year with findings on the same themes
and contributory factor levels as this year's published review, the partnership's learning
priorities, links from findings and actions, and progress updates with RAG statuses."""

from datetime import date
from datetime import timedelta

from plone import api

from plone_scrqm.learning.progress import add_update
from plone_scrqm.learning.progress import updates_of

FICTIONAL = "Fictional demo data."

PRIORITIES = (
    {
        "id": "priority-neglect",
        "title": "Neglect is recognised and acted on early (demo)",
        "description": f"{FICTIONAL} One neglect threshold tool used by every agency.",
        "owner": "Learning and improvement subgroup",
        "business_plan_reference": "Business plan 2025-27, priority 1",
    },
    {
        "id": "priority-challenge",
        "title": "Professional challenge is used and welcomed (demo)",
        "description": f"{FICTIONAL} Escalation known and used in every agency.",
        "owner": "Partnership business manager",
        "business_plan_reference": "Business plan 2025-27, priority 2",
    },
)

# Earlier reviews, decided last year: (id, title, type, findings)
EARLIER = (
    (
        "child-r",
        "Child R (demo)",
        "lcspr",
        (
            (
                "Finding 1: neglect was seen by each agency alone",
                ["neglect"],
                ["multi-agency-system"],
            ),
            (
                "Finding 2: supervision did not ask about the child's day",
                ["child-daily-life", "supervision-and-workload"],
                ["team"],
            ),
        ),
    ),
    (
        "child-s",
        "Child S (demo)",
        "rapid-review",
        (
            (
                "Finding 1: thresholds for neglect differed",
                ["neglect", "information-sharing"],
                ["multi-agency-system", "organisational"],
            ),
            (
                "Finding 2: concerns were not escalated",
                ["escalation-and-professional-challenge"],
                ["organisational"],
            ),
        ),
    ),
)


def _last_year(today, month, day):
    return date(today.year - 1, month, day)


def ensure_demo_learning(folder, today):
    """Add what is missing; returns true when anything was added."""
    added = False
    with api.env.adopt_roles(["Manager"]):
        priorities = {}
        for fields in PRIORITIES:
            if fields["id"] not in folder:
                api.content.create(
                    container=folder,
                    type="LearningPriority",
                    period_start=date(today.year - 1, 4, 1),
                    period_end=date(today.year + 1, 3, 31),
                    **fields,
                )
                added = True
            priorities[fields["id"]] = folder[fields["id"]].UID()
        for review_id, title, review_type, findings in EARLIER:
            if review_id in folder:
                continue
            review = api.content.create(
                container=folder,
                type="CaseReview",
                id=review_id,
                title=title,
                incident_date=_last_year(today, 2, 1),
                referral_date=_last_year(today, 2, 3),
                referring_agency="Police (fictional)",
                referral_rationale=f"{FICTIONAL} A serious incident.",
                referral_basis="statutory-criteria",
                review_type=review_type,
                decision="review",
                decision_date=_last_year(today, 3, 1),
                decided_by="Independent chair of the partnership",
                decision_rationale=f"{FICTIONAL} Learning about neglect.",
                learning_themes=["neglect"],
            )
            for index, (finding_title, themes, levels) in enumerate(findings, start=1):
                api.content.create(
                    container=review,
                    type="Finding",
                    id=f"finding-{index}",
                    title=finding_title,
                    explanation=f"{FICTIONAL} Why practice happened as it did.",
                    priority="high",
                    learning_themes=themes,
                    factor_levels=levels,
                    wider_relevance="wider",
                    how_widespread=f"{FICTIONAL} The same in an audit of 20 cases.",
                    learning_priorities=[priorities["priority-neglect"]]
                    if "neglect" in themes
                    else [],
                )
            added = True
        added = _link_child_e(folder, today, priorities) or added
    return added


def _link_child_e(folder, today, priorities):
    """Factor levels, priorities and progress on the published demo review's items."""
    review = folder.get("child-e")
    if review is None or "finding-1" not in review:
        return False
    finding = review["finding-1"]
    if getattr(finding, "factor_levels", None):
        return False
    finding.factor_levels = ["multi-agency-system", "organisational"]
    finding.wider_relevance = "wider"
    finding.learning_priorities = [priorities["priority-neglect"]]
    finding.reindexObject()
    if "finding-2" in review:
        review["finding-2"].factor_levels = ["organisational"]
        review["finding-2"].learning_priorities = [priorities["priority-challenge"]]
        review["finding-2"].reindexObject()
    rags = {"action-overdue": "red", "action-due-soon": "amber", "action-follow-up": "green"}
    for action_id in review.objectIds():
        action = review[action_id]
        if getattr(action, "portal_type", "") != "ImprovementAction":
            continue
        action.learning_themes = (
            ["neglect"]
            if "neglect" in action.Title().lower()
            else ["escalation-and-professional-challenge"]
        )
        action.learning_priorities = [
            priorities["priority-neglect"]
            if "neglect" in action.Title().lower()
            else priorities["priority-challenge"]
        ]
        if action_id in rags and not updates_of(action):
            add_update(
                action,
                today - timedelta(days=14),
                "Demo Review Manager",
                f"{FICTIONAL} Progress reported to the subgroup.",
                rags[action_id],
                today,
            )
        action.reindexObject()
    return True
