"""Catalog indexers: only the public marker catalogue is indexed by the add-on."""

from plone.indexer import indexer

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
