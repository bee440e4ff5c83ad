"""Filling assessments from the marker catalogue when rounds and assessments are made,
and who may edit a review's assessment rounds.

A new round gets one assessment per marker it covers; a new assessment gets a copy of its
marker's questions (the published ones, then the partnership's local ones) as it stands
that day. Nothing here ever rewrites an assessment that has its questions.

Whoever may edit the review may edit its rounds, and so may the Lead Reviewer until the
review is closed (QM18: the end-of-review round is often completed after publication, when
the review's record is the review manager's alone). Assessment rounds have no workflow of
their own: they take their permissions from the review. Each round adds the Lead Reviewer
to the roles that may modify it (and so its marker assessments) while the review is not
closed; closing the review takes that away, reopening it gives it back.
"""

from plone import api
from plone.app.content.interfaces import INameFromTitle
from plone.dexterity.utils import createContentInContainer
from zope.component import adapter
from zope.container.interfaces import IContainerModifiedEvent
from zope.interface import implementer

from plone_scrqm.assessment import rules
from plone_scrqm.assessment.content import IAssessmentRound
from plone_scrqm.assessment.content import IMarkerAssessment
from plone_scrqm.markers.catalogue import marker_id
from plone_scrqm.markers.catalogue import shipped_catalogue
from plone_scrqm.markers.loader import get_catalogue_folder
from plone_scrqm.review.children import children_of
from plone_scrqm.roles import LEAD_REVIEWER

MODIFY = "Modify portal content"
CLOSED = "closed"


def marker_questions(number):
    """``(title, published questions, local questions)`` of marker ``number`` as the site's
    catalogue has them today (the shipped text if the catalogue has no such marker)."""
    folder = get_catalogue_folder(api.portal.get())
    marker = folder.get(marker_id(number)) if folder is not None else None
    if marker is not None:
        return marker.title, list(marker.questions or ()), list(marker.local_questions or ())
    record = shipped_catalogue()[number - 1]
    return record.title, list(record.questions), []


def blank_rows_for(number):
    if rules.marker_number_problem(number):
        return []
    _title, published, local = marker_questions(number)
    return rules.blank_answers(published, local)


def fill_from_catalogue(assessment):
    """Copy the marker's title and questions into an assessment that has none yet."""
    number = assessment.marker_number
    if rules.marker_number_problem(number):
        return
    title, _published, _local = marker_questions(number)
    if not getattr(assessment, "marker_title", None):
        assessment.marker_title = title
    if not assessment.answers:
        assessment.answers = blank_rows_for(number)


def assessments_by_marker(round_):
    return {
        obj.marker_number: obj for obj in round_.objectValues() if IMarkerAssessment.providedBy(obj)
    }


def ensure_marker_assessments(round_):
    """Create the assessments of the markers the round covers and does not have yet."""
    existing = assessments_by_marker(round_)
    created = []
    for number in round_.covered_markers():
        if number in existing:
            continue
        created.append(
            createContentInContainer(
                round_,
                "MarkerAssessment",
                checkConstraints=False,
                id=marker_id(number),
                marker_number=number,
            )
        )
    return created


def open_for_lead_reviewer(round_, is_open):
    """Give (or take away) the Lead Reviewer's right to modify ``round_``; the roles the
    review's workflow gives are kept (acquired)."""
    round_.manage_permission(MODIFY, roles=[LEAD_REVIEWER] if is_open else [], acquire=True)
    round_.reindexObjectSecurity()


def _review_open(review):
    return api.content.get_state(obj=review, default=None) != CLOSED


def round_added(round_, event):
    ensure_marker_assessments(round_)
    open_for_lead_reviewer(round_, _review_open(event.newParent))


def round_modified(round_, event):
    """A round during the review may take more markers later; its assessments are
    reindexed because they carry the round's stage and date in the catalog. (Adding an
    assessment to the round fires a container event, which is not an edit of the round.)"""
    if IContainerModifiedEvent.providedBy(event):
        return
    ensure_marker_assessments(round_)
    for assessment in assessments_by_marker(round_).values():
        assessment.reindexObject(idxs=["scrqm_round_stage", "scrqm_round_date"])


def review_moved_on(review, event):
    if event.transition is None:
        return
    if CLOSED not in (event.old_state.id, event.new_state.id):
        return
    for round_ in children_of(review, portal_type="AssessmentRound"):
        open_for_lead_reviewer(round_, _review_open(review))


def assessment_added(assessment, event):
    fill_from_catalogue(assessment)
    assessment.reindexObject()


@implementer(INameFromTitle)
@adapter(IAssessmentRound)
class RoundName:
    def __init__(self, context):
        held = getattr(context, "date", None)
        self.title = "-".join(
            part for part in (context.stage, held.isoformat() if held else None) if part
        )


@implementer(INameFromTitle)
@adapter(IMarkerAssessment)
class AssessmentName:
    def __init__(self, context):
        number = getattr(context, "marker_number", None)
        self.title = marker_id(number) if number else "assessment"
