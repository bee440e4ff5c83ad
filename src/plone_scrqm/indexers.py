"""Catalog indexers: the public marker catalogue, the public fields of published documents,
the judgements of marker assessments (for the heat-map across reviews), the facts the action
tracker needs, and what the partnership dashboard shows of a review (its type, clocks and
the kind and status of its parallel processes). No text of a review's record, no answer,
evidence or commentary, and no names are indexed."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.indexer import indexer
from plone.uuid.interfaces import IUUID

from plone_scrqm.clocks.timescales import next_due
from plone_scrqm.clocks.timescales import summary
from plone_scrqm.content.actions import IImprovementAction
from plone_scrqm.content.assessment import IAssessmentRound
from plone_scrqm.content.assessment import IMarkerAssessment
from plone_scrqm.content.case_review import ICaseReview
from plone_scrqm.content.family_member import IFamilyMember
from plone_scrqm.content.information import IChronologyEntry
from plone_scrqm.content.information import IInformationRequest
from plone_scrqm.content.publication_items import IReviewReport
from plone_scrqm.content.quality_marker import IQualityMarker
from plone_scrqm.information.requests import RequestFacts
from plone_scrqm.information.requests import outstanding_due
from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.interfaces import IReviewPart
from plone_scrqm.review.children import while_indexing
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.review.clocks import parallel_processes
from plone_scrqm.review.clocks import timescales


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


@indexer(IReviewPart)
def review_title(obj):
    return aq_parent(aq_inner(obj)).Title()


@indexer(IReviewPart)
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


@indexer(IImprovementAction)
def action_facts(obj):
    """What the action tracker needs of an action (no free text, no family details)."""
    lead = ""
    if obj.lead_user:
        user = api.user.get(userid=obj.lead_user)
        lead = (user.getProperty("fullname") if user else "") or obj.lead_user
    if obj.lead_role:
        lead = f"{lead} ({obj.lead_role})" if lead else obj.lead_role
    return {
        "agency": obj.agency,
        "due_date": obj.due_date,
        "lead": lead,
        "lead_user": obj.lead_user,
        "has_owner": bool(obj.lead_user or (obj.lead_role or "").strip()),
        "has_impact_evidence": bool((obj.evidence_of_impact or "").strip()),
        "follow_up_dates": tuple(obj.follow_up_dates or ()),
        "last_follow_up_check": obj.last_follow_up_check,
        "finding_uids": tuple(obj.findings or ()),
    }


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
# when the review is indexed (on every edit, when a parallel process or the report changes)
# and the catalog keeps their dates: the next due date of a running clock, each clock's
# start, due and stop dates. Whether a clock is overdue today is worked out from these dates
# when shown, so no review needs indexing again when a day passes (see docs/timescales.md).


def _clocks(obj):
    with while_indexing():
        return clocks_of(obj)


@indexer(ICaseReview)
def review_type(obj):
    return obj.review_type


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


def _request_facts(obj):
    return RequestFacts(
        obj.date_sent,
        obj.date_due,
        obj.date_received,
        bool((obj.non_cooperation_reason or "").strip()),
    )


@indexer(IInformationRequest)
def request_due(obj):
    return outstanding_due(_request_facts(obj))


@indexer(IInformationRequest)
def request_facts(obj):
    facts = _request_facts(obj)
    return {
        "agency": obj.agency,
        "date_sent": facts.date_sent,
        "date_due": facts.date_due,
        "date_received": facts.date_received,
        "not_cooperating": facts.not_cooperating,
    }


@indexer(IChronologyEntry)
def chronology_searchable_text(obj):
    """Nothing of a chronology entry is searchable, not even by the review team."""
    return ""


# Family members: the catalog holds only the generated title ("Family member 1 (mother)"),
# never a name, how they are addressed or anything else of the record.
@indexer(IFamilyMember)
def family_member_searchable_text(obj):
    return obj.title
