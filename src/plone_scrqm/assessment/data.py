"""A review's assessment rounds read into plain data for views, exports and REST."""

from plone_scrqm.assessment import rules
from plone_scrqm.assessment.content import IAssessmentRound
from plone_scrqm.assessment.content import IMarkerAssessment
from plone_scrqm.review.children import children_of


def assessment_record(assessment):
    counts = rules.count_answers(assessment.answers)
    return {
        "number": assessment.marker_number,
        "title": assessment.marker_title or "",
        "judgement": assessment.judgement or rules.NOT_ASSESSED,
        "commentary": assessment.commentary or "",
        "next_steps": assessment.next_steps or "",
        "next_steps_by": assessment.next_steps_by or "",
        "assessor": assessment.assessor or "",
        "assessed_on": assessment.assessed_on,
        "answers": [dict(row) for row in assessment.answers or ()],
        "answered": counts.answered,
        "total": counts.total,
        "outstanding": counts.outstanding,
        "url": assessment.absolute_url(),
        "object": assessment,
    }


def round_record(round_):
    markers = {
        obj.marker_number: assessment_record(obj)
        for obj in round_.objectValues()
        if IMarkerAssessment.providedBy(obj)
    }
    return {
        "id": round_.getId(),
        "title": round_.title,
        "stage": round_.stage,
        "date": round_.date,
        "participants": list(round_.participants or ()),
        "markers": dict(sorted(markers.items())),
        "url": round_.absolute_url(),
        "object": round_,
    }


def review_rounds(review):
    """The review's rounds as records, in the order they were held."""
    rounds = [round_record(obj) for obj in children_of(review, provides=IAssessmentRound)]
    return rules.sorted_rounds(rounds)


def find_round(rounds, round_id):
    for round_ in rounds:
        if round_["id"] == round_id:
            return round_
    return None
