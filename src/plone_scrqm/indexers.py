"""Catalog indexers: the public marker catalogue, the public fields of published documents,
and what the partnership dashboard shows of a review (its type, clocks and the kind and
status of its parallel processes; no text of the record, no names)."""

from datetime import date

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.indexer import indexer
from plone.uuid.interfaces import IUUID

from plone_scrqm.clocks.timescales import next_due
from plone_scrqm.clocks.timescales import summary
from plone_scrqm.content.case_review import ICaseReview
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


# The partnership dashboard reads reviews from the catalog only. The clocks are computed
# when the review is indexed: on every edit, when a parallel process or the report changes,
# and every day by ``@@scr-reindex-clocks`` (see docs/timescales.md).


def _clocks(obj):
    from plone_scrqm.review.clocks import clocks_of

    return clocks_of(obj)


@indexer(ICaseReview)
def review_type(obj):
    return obj.review_type


@indexer(ICaseReview)
def review_clocks(obj):
    return {"as_of": date.today(), "clocks": summary(_clocks(obj))}


@indexer(ICaseReview)
def review_next_due(obj):
    return next_due(_clocks(obj))


@indexer(ICaseReview)
def review_overdue(obj):
    return any(clock.overdue for clock in _clocks(obj))


@indexer(ICaseReview)
def review_paused(obj):
    return any(clock.paused for clock in _clocks(obj))


@indexer(ICaseReview)
def review_processes(obj):
    """Kind, status and effects of each parallel process: no names, no liaison."""
    from plone_scrqm.review.clocks import parallel_processes

    return tuple(
        {
            "kind": process.kind,
            "status": process.status,
            "effects": tuple(process.effects or ()),
            "embargo": bool(process.embargo_reason),
        }
        for process in parallel_processes(obj)
    )
