"""Catalog indexers: only the public marker catalogue is indexed by the add-on."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.indexer import indexer
from plone.uuid.interfaces import IUUID

from plone_scrqm.content.publication_items import IPublicationItem
from plone_scrqm.content.publication_items import IReviewReport
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


# Publication documents: what the public listing shows once a document is published. Only
# public fields (the pseudonym, the summary written for publication) are kept as metadata.


@indexer(IPublicationItem)
def review_title(obj):
    return aq_parent(aq_inner(obj)).Title()


@indexer(IPublicationItem)
def review_uid(obj):
    return IUUID(aq_parent(aq_inner(obj)))


@indexer(IPublicationItem)
def publication_date(obj):
    return obj.publication_date


@indexer(IReviewReport)
def report_summary(obj):
    return obj.summary


@indexer(IReviewReport)
def report_area(obj):
    return obj.area


@indexer(IReviewReport)
def report_learning_themes(obj):
    return tuple(obj.learning_themes or ())
