"""Catalog indexers: the public marker catalogue, and the judgements of marker assessments
(for the heat-map across reviews). Answers, evidence and commentary are never indexed."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.indexer import indexer

from plone_scrqm.content.assessment import IAssessmentRound
from plone_scrqm.content.assessment import IMarkerAssessment
from plone_scrqm.content.quality_marker import IQualityMarker


@indexer(IQualityMarker)
def marker_number(obj):
    return obj.number


@indexer(IQualityMarker)
def marker_cluster(obj):
    return obj.cluster


@indexer(IQualityMarker)
def marker_statement(obj):
    return obj.statement


@indexer(IQualityMarker)
def marker_questions(obj):
    return tuple(obj.questions or ())


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
