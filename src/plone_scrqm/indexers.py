"""Catalog indexers: the public marker catalogue, and the judgements of marker assessments
(for the heat-map across reviews). Answers, evidence and commentary are never indexed."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.indexer import indexer
from plone.uuid.interfaces import IUUID

from plone_scrqm.content.actions import IImprovementAction
from plone_scrqm.content.assessment import IAssessmentRound
from plone_scrqm.content.assessment import IMarkerAssessment
from plone_scrqm.content.family_member import IFamilyMember
from plone_scrqm.content.publication_items import IPublicationItem
from plone_scrqm.content.publication_items import IReviewReport
from plone_scrqm.content.quality_marker import IQualityMarker
from plone_scrqm.interfaces import IReviewPart


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


# Family members: the catalog holds only the generated title ("Family member 1 (mother)"),
# never a name, how they are addressed or anything else of the record.
@indexer(IFamilyMember)
def family_member_searchable_text(obj):
    return obj.title
