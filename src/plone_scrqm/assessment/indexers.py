"""Catalog indexers: the judgements of marker assessments (for the heat-map across
reviews). No answer, evidence or commentary is indexed."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.indexer import indexer

from plone_scrqm.assessment.content import IAssessmentRound
from plone_scrqm.assessment.content import IMarkerAssessment


@indexer(IMarkerAssessment)
def assessment_marker_number(obj):
    return obj.marker_number


@indexer(IMarkerAssessment)
def assessment_judgement(obj):
    return obj.judgement


def _round_of(obj):
    parent = aq_parent(aq_inner(obj))
    return parent if IAssessmentRound.providedBy(parent) else None


@indexer(IMarkerAssessment)
def assessment_round_stage(obj):
    round_ = _round_of(obj)
    if round_ is None:
        raise AttributeError("scrqm_round_stage")
    return round_.stage


@indexer(IMarkerAssessment)
def assessment_round_date(obj):
    round_ = _round_of(obj)
    if round_ is None or round_.date is None:
        raise AttributeError("scrqm_round_date")
    return round_.date.isoformat()


# The partnership dashboard reads reviews from the catalog only. The clocks are computed
# when the review is indexed: on every edit, when a parallel process or the report changes,
# and every day by ``@@scr-reindex-clocks`` (see docs/timescales.md).
