"""Catalog indexers of a review: the title and UID its parts carry, and what the
partnership dashboard shows of it (its type, clocks and the kind and status of its parallel
processes, its moves on and its lead reviewers). No text of a review's record is indexed,
and the only names are the professionals' named as lead reviewers, never the family's."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.indexer import indexer
from plone.uuid.interfaces import IUUID

from plone_scrqm.clocks.timescales import next_due
from plone_scrqm.clocks.timescales import summary
from plone_scrqm.interfaces import IReviewPart
from plone_scrqm.review.children import while_indexing
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.review.clocks import parallel_processes
from plone_scrqm.review.clocks import timescales
from plone_scrqm.review.content.case_review import ICaseReview
from plone_scrqm.review.next_step import forward_steps
from plone_scrqm.review.next_step import holders_of
from plone_scrqm.review.status import REVIEW_WORKFLOW
from plone_scrqm.review.status import missing_for_transition
from plone_scrqm.roles import LEAD_REVIEWER


@indexer(IReviewPart)
def review_title(obj):
    return aq_parent(aq_inner(obj)).Title()


@indexer(IReviewPart)
def review_uid(obj):
    return IUUID(aq_parent(aq_inner(obj)))


def _clocks(obj):
    with while_indexing():
        return clocks_of(obj)


@indexer(ICaseReview)
def review_type(obj):
    return obj.review_type


# The partnership dashboard reads reviews from the catalog only. The clocks are computed
# when the review is indexed (on every edit, when a parallel process or the report changes)
# and the catalog keeps their dates: the next due date of a running clock, each clock's
# start, due and stop dates. Whether a clock is overdue today is worked out from these dates
# when shown, so no review needs indexing again when a day passes (see docs/timescales.md).


@indexer(ICaseReview)
def review_clocks(obj):
    """The clocks' dates (not their state today: that is worked out when shown)."""
    return {"clocks": summary(_clocks(obj), timescales().nation)}


@indexer(ICaseReview)
def review_next_due(obj):
    return next_due(_clocks(obj))


@indexer(ICaseReview)
def review_processes(obj):
    """Kind, status and effects of each parallel process: no names, no liaison."""
    with while_indexing():
        processes = parallel_processes(obj)
    return tuple(
        {
            "kind": process.kind,
            "status": process.status,
            "effects": tuple(process.effects or ()),
            "embargo": bool(process.embargo_reason),
        }
        for process in processes
    )


# Information requests: their dates (no free text) for the review page and the partnership
# dashboard. ``scrqm_request_due`` is the due date of a request still awaited, else None.


@indexer(ICaseReview)
def review_next_steps(obj):
    """The review's moves on, each with what it still needs and the roles that may make
    it (for the reviews folder; messages about the record, never its text)."""
    with while_indexing():
        return forward_steps(obj, REVIEW_WORKFLOW, missing_for_transition)


@indexer(ICaseReview)
def review_lead_reviewers(obj):
    """The lead reviewer(s) named in the plan (QM8), else the people given the Lead
    Reviewer role on the review: professionals' names, never the family's."""
    named = tuple(name for name in (obj.lead_reviewers or ()) if name and name.strip())
    return named or tuple(holders_of(obj, (LEAD_REVIEWER,)))
