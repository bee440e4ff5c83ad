"""Catalog indexers of the public marker catalogue."""

from plone.indexer import indexer

from plone_scrqm.markers.content.quality_marker import IQualityMarker


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


# Publication documents: what the public listing shows once a document is published. Only
# public fields (the pseudonym, the summary written for publication) are kept as metadata.
