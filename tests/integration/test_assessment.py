"""Assessment rounds and marker assessments: creation, questions copied, permissions,
validation and privacy."""

from datetime import date

import pytest
from plone import api
from plone.app.testing import logout
from zope.interface import Invalid

from plone_scrqm.assessment.content import AssessmentValueInvalid
from plone_scrqm.assessment.content import IAssessmentRound
from plone_scrqm.assessment.content import IMarkerAssessment
from plone_scrqm.clocks import today
from reviews import advance

EVIDENCE = "Evidence-canary-91b2"
COMMENTARY = "Commentary-canary-55d0"


@pytest.fixture
def review(make_review):
    # Running: the phase in which the lead reviewer works on the review and its assessments
    return advance(make_review(), "running")


@pytest.fixture
def make_round(review):
    def make(stage="beginning", held=date(2026, 3, 3), markers=(), user="rita", **fields):
        with api.env.adopt_user(username=user):
            return api.content.create(
                container=review,
                type="AssessmentRound",
                id=f"{stage}-{held.isoformat()}",
                stage=stage,
                date=held,
                markers=list(markers),
                **fields,
            )

    return make


def test_beginning_round_creates_all_18_assessments(make_round):
    round_ = make_round(participants=["Lead reviewer", "Police"])
    assert round_.getId() == "beginning-2026-03-03"
    assert round_.title == "Beginning of the review, 2026-03-03"
    assert round_.objectIds() == [f"qm-{n:02d}" for n in range(1, 19)]
    qm4 = round_["qm-04"]
    assert qm4.title == "QM 4: Informing the family"
    assert qm4.Title() == "QM 4: Informing the family"
    assert qm4.judgement == "not-assessed"
    published = api.portal.get()["quality-markers"]["qm-04"].questions
    assert [row["question"] for row in qm4.answers] == list(published)
    assert [row["number"] for row in qm4.answers] == list(range(1, len(published) + 1))
    assert all(row["answer"] is None for row in qm4.answers)
    assert sum(len(a.answers) for a in round_.objectValues()) == 107


def test_progress_round_creates_the_chosen_markers(make_round):
    round_ = make_round(stage="progress", held=date(2026, 5, 1), markers=[12, 4, 9])
    assert round_.objectIds() == ["qm-04", "qm-09", "qm-12"]


def test_progress_round_needs_markers():
    errors = []
    data = type("Data", (), {"stage": "progress", "markers": []})()
    with pytest.raises(Invalid):
        IAssessmentRound.validateInvariants(data, errors)


def test_marker_number_outside_1_to_18_is_refused():
    field = IMarkerAssessment["marker_number"]
    with pytest.raises(AssessmentValueInvalid) as raised:
        field.validate(19)
    assert "There is no quality marker ${number}" in raised.value.doc()


def test_local_questions_are_copied_after_the_published(make_round):
    portal = api.portal.get()
    marker = portal["quality-markers"]["qm-04"]
    with api.env.adopt_roles(["Manager"]):
        marker.local_questions = ["Was the family offered an interpreter?"]
    qm4 = make_round()["qm-04"]
    assert qm4.answers[-1]["question"] == "Was the family offered an interpreter?"
    assert qm4.answers[-1]["local"] is True
    assert qm4.answers[0]["local"] is False


def test_later_catalogue_edits_do_not_rewrite_history(make_round):
    portal = api.portal.get()
    marker = portal["quality-markers"]["qm-01"]
    before = list(marker.questions)
    qm1 = make_round()["qm-01"]
    with api.env.adopt_roles(["Manager"]):
        marker.questions = ["A rewritten question"]
        marker.local_questions = ["A new local question"]
    assert [row["question"] for row in qm1.answers] == before
    later = make_round(stage="end", held=date(2026, 9, 1))["qm-01"]
    assert [row["question"] for row in later.answers] == [
        "A rewritten question",
        "A new local question",
    ]


ACCESS = {
    # user: (View, Modify portal content, Add AssessmentRound)
    "rita": (True, True, True),
    "leo": (True, True, True),
    "chandra": (True, True, False),
    "bola": (True, False, False),
    "edwin": (False, False, False),
    "morgan": (False, False, False),
    "samira": (True, True, True),
}


@pytest.mark.parametrize("user", sorted(ACCESS))
def test_who_may_see_and_change_assessments(review, make_round, user):
    assessment = make_round()["qm-04"]
    with api.env.adopt_user(username=user):
        got = (
            api.user.has_permission("View", obj=assessment),
            api.user.has_permission("Modify portal content", obj=assessment),
            api.user.has_permission("plone_scrqm: Add AssessmentRound", obj=review)
            and api.user.has_permission("Add portal content", obj=review),
        )
    assert got == ACCESS[user]


def test_no_workflow_of_their_own(portal):
    wf_tool = api.portal.get_tool("portal_workflow")
    assert wf_tool.getChainForPortalType("AssessmentRound") == ()
    assert wf_tool.getChainForPortalType("MarkerAssessment") == ()


def test_anonymous_sees_nothing_and_text_is_not_indexed(make_round):
    qm4 = make_round()["qm-04"]
    qm4.answers = [dict(row, evidence=EVIDENCE, answer="yes") for row in qm4.answers]
    qm4.commentary = COMMENTARY
    qm4.judgement = "met"
    qm4.reindexObject()
    catalog = api.portal.get_tool("portal_catalog")
    search = catalog.unrestrictedSearchResults
    assert len(search(SearchableText=EVIDENCE)) == 0
    assert len(search(SearchableText=COMMENTARY)) == 0
    brain = search(portal_type="MarkerAssessment", scrqm_marker_number=4)[0]
    metadata = {name: getattr(brain, name, None) for name in catalog.schema()}
    assert not [name for name, value in metadata.items() if EVIDENCE in repr(value)]
    assert not [name for name, value in metadata.items() if COMMENTARY in repr(value)]
    assert brain.scrqm_judgement == "met"
    assert brain.scrqm_round_stage == "beginning"
    assert brain.scrqm_round_date == "2026-03-03"
    logout()
    assert not api.user.has_permission("View", obj=qm4)
    assert len(api.content.find(portal_type="MarkerAssessment")) == 0
    assert len(api.content.find(portal_type="AssessmentRound")) == 0


def test_editor_on_the_folder_cannot_find_assessments(make_round):
    make_round()
    with api.env.adopt_user(username="edwin"):
        assert len(api.content.find(portal_type="MarkerAssessment")) == 0
    with api.env.adopt_user(username="bola"):
        assert len(api.content.find(portal_type="MarkerAssessment")) == 18


def test_round_cannot_be_added_outside_a_review(reviews_folder):
    with api.env.adopt_user(username="rita"), pytest.raises(Exception):  # noqa: B017
        api.content.create(
            container=reviews_folder,
            type="AssessmentRound",
            id="beginning",
            stage="beginning",
            date=today(),
        )


def test_the_add_form_refuses_a_marker_the_round_holds(make_round):
    from z3c.form.validator import Data

    round_ = make_round(stage="progress", markers=[4])
    with pytest.raises(Invalid, match="already holds an assessment of QM"):
        IMarkerAssessment.validateInvariants(Data(IMarkerAssessment, {"marker_number": 4}, round_))
    IMarkerAssessment.validateInvariants(Data(IMarkerAssessment, {"marker_number": 5}, round_))
    # An assessment's own edit form never trips on itself
    IMarkerAssessment.validateInvariants(
        Data(IMarkerAssessment, {"marker_number": 4}, round_["qm-04"])
    )
