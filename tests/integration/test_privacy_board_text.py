"""Internal text board members read: a registered name in it is warned about at save, listed
by the privacy check as visible to board members, replaced by the family record's neutral
label in the board's assessment pages and export, and never blocks publication."""

from datetime import date

import pytest
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

from families import add_family_member
from plone_scrqm.privacy import board
from plone_scrqm.privacy import gate
from reviews import add_finding
from reviews import advance

NAME = "Fenella Brackwater"


@pytest.fixture
def review(make_review):
    review = advance(make_review(), "running")
    add_family_member(review, full_name=NAME, aliases=[])
    return review


def _messages():
    from Products.statusmessages.interfaces import IStatusMessage

    return [m.message for m in IStatusMessage(api.env.getRequest()).show()]


def test_saving_a_name_in_a_finding_warns_naming_the_field(review):
    finding = add_finding(review)
    _messages()
    finding.evidence = f"Interview with {NAME}."
    notify(ObjectModifiedEvent(finding))
    (message,) = [m for m in _messages() if "privacy register" in m]
    assert "Evidence" in message


def test_the_check_lists_it_as_visible_to_board_members_never_blocking(review):
    add_finding(review, explanation=f"Brackwater was not seen by {NAME}'s GP.")
    with api.env.adopt_user(username="rita"):
        found = board.board_visible_matches(review, show_register=True)
    assert {m["text"] for m in found} >= {NAME + "'s"} or {m["text"] for m in found}
    assert all(m["identifier"] == NAME for m in found)
    with api.env.adopt_user(username="chandra"):
        shown = board.board_visible_matches(review, show_register=False)
    assert shown and all("Brackwater" not in m["text"] + m["context"] for m in shown)
    assert not gate.is_blocking(gate.check(review))
    with api.env.adopt_user(username="rita"):
        html = review.restrictedTraverse("@@privacy-check")()
    assert "Visible to board members" in html


def _assessed(review):
    with api.env.adopt_user(username="rita"):
        round_ = api.content.create(
            container=review,
            type="AssessmentRound",
            id="beginning",
            stage="beginning",
            date=date(2026, 3, 3),
            markers=[],
            participants=["Lead reviewer"],
        )
    qm4 = round_["qm-04"]
    qm4.answers = [
        dict(row, answer="yes", evidence=f"Letter sent to {NAME} in Urdu.") for row in qm4.answers
    ]
    qm4.commentary = "F. Brackwater was involved."
    return round_


def _render(context, name, user, **form):
    request = context.REQUEST
    IAnnotations(request).pop("plone.memoize", None)  # one person per request, as in use
    request.form.clear()
    request.form.update(form)
    with api.env.adopt_user(username=user):
        return api.content.get_view(name=name, context=context, request=request)()


@pytest.mark.parametrize(
    ("view", "form"),
    [
        ("marker-assessment", {"marker": "4"}),
        ("assessment-report", {}),
        ("assessment-export.csv", {}),
    ],
)
def test_board_views_show_the_neutral_label(review, view, form):
    _assessed(review)
    as_board = _render(review, view, "bola", **form)
    assert "Brackwater" not in as_board
    assert "Family member 1 (mother)" in as_board
    as_team = _render(review, view, "rita", **form)
    assert NAME in as_team


@pytest.mark.parametrize("view", ["findings", "action-tracker", "action-tracker.csv"])
def test_findings_and_actions_show_the_board_the_neutral_label(review, view):
    from reviews import add_action

    finding = add_finding(review, title=f"Nobody asked {NAME} about the move")
    add_action(review, [finding], title=f"Offer {NAME} a meeting with the lead reviewer")
    context = review if view == "findings" else api.portal.get()
    as_board = _render(context, view, "bola")
    assert "Brackwater" not in as_board
    assert "Family member 1 (mother)" in as_board
    as_team = _render(context, view, "rita")
    assert NAME in as_team
