"""What the learning pages read from the catalog: theme tokens, priority UIDs, and small
facts (factor levels, wider relevance, the latest RAG and its date, a review's decision and
type). Tokens, UIDs, dates and fixed values only: no free text, no family details."""

from plone.indexer import indexer

from plone_scrqm.actions.content import IFinding
from plone_scrqm.actions.content import IImprovementAction
from plone_scrqm.learning import rules
from plone_scrqm.learning.content import ILearningPriority
from plone_scrqm.learning.progress import updates_of
from plone_scrqm.publication.content import IReviewReport
from plone_scrqm.review.content.case_review import ICaseReview


def _tokens(values):
    """Stored values as tokens (values stored before profile 1017 were titles)."""
    tokens = []
    for value in values or ():
        token = rules.slug(value)
        if token and token not in tokens:
            tokens.append(token)
    return tuple(tokens)


@indexer(IFinding)
def finding_themes(obj):
    return _tokens(getattr(obj, "learning_themes", None))


@indexer(IReviewReport)
def report_themes(obj):
    return _tokens(getattr(obj, "learning_themes", None))


@indexer(IImprovementAction)
def action_themes(obj):
    return _tokens(getattr(obj, "learning_themes", None))


@indexer(ICaseReview)
def review_themes(obj):
    return _tokens(getattr(obj, "learning_themes", None))


@indexer(IFinding)
def finding_priorities(obj):
    return tuple(getattr(obj, "learning_priorities", None) or ())


@indexer(IImprovementAction)
def action_priorities(obj):
    return tuple(getattr(obj, "learning_priorities", None) or ())


@indexer(IFinding)
def finding_learning(obj):
    return {
        "levels": tuple(getattr(obj, "factor_levels", None) or ()),
        "relevance": getattr(obj, "wider_relevance", None),
    }


@indexer(IImprovementAction)
def action_learning(obj):
    latest = rules.latest_update(updates_of(obj))
    return {
        "rag": latest["rag"] if latest else None,
        "rag_date": latest["date"] if latest else None,
        "updates": len(updates_of(obj)),
    }


@indexer(ICaseReview)
def review_learning(obj):
    return {
        "decision": obj.decision,
        "decision_date": obj.decision_date,
        "referral_date": obj.referral_date,
    }


@indexer(ILearningPriority)
def priority_learning(obj):
    return {
        "period_start": obj.period_start,
        "period_end": obj.period_end,
        "owner": obj.owner,
        "business_plan_reference": obj.business_plan_reference,
    }
