"""Catalog indexers of the public fields of published documents."""

from plone.indexer import indexer

from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.publication.content import IReviewReport


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
