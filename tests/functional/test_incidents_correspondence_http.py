"""Over HTTP: one rapid review per incident (classic add form and REST), the incident's
delay records in @scr-chain and on its page, a review's letters in its clocks, the
decision-making meeting on a review's page and the board-time control panel."""

import re
from datetime import timedelta

import pytest
import transaction

from conftest import PASSWORD
from incidents import TODAY
from incidents import add_incident
from incidents import add_rapid_review

SECOND = "This incident already has its rapid review."


@pytest.fixture
def incident(rest_reviews_folder):
    incident = add_incident(rest_reviews_folder)
    add_rapid_review(incident)
    transaction.commit()
    return incident


def page_session(request_factory, user):
    session = request_factory(basic_auth=(user, PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    return session


def authenticator(html):
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', html).group(1)


def rapid_reviews(incident):
    transaction.begin()
    return [c for c in incident.objectValues() if c.portal_type == "RapidReview"]


def test_a_second_rapid_review_is_refused_through_rest(request_factory, incident):
    rest = request_factory(basic_auth=("rita", PASSWORD))
    answer = rest.post(
        "safeguarding-reviews/child-e",
        json={"@type": "RapidReview", "title": "Another rapid review", "learning": "More."},
    )
    assert answer.status_code == 400, answer.text
    assert SECOND in answer.text
    assert len(rapid_reviews(incident)) == 1
    # editing the one there is still possible
    edited = rest.patch("safeguarding-reviews/child-e/rapid-review", json={"learning": "Both."})
    assert edited.status_code == 204, edited.text
    transaction.begin()
    assert incident["rapid-review"].learning == "Both."


def test_a_second_rapid_review_is_refused_by_the_add_form(request_factory, incident):
    rita = page_session(request_factory, "rita")
    html = rita.get("safeguarding-reviews/child-e").text
    assert "Record the rapid review" not in html  # the incident offers no second one
    # Opening the add form says why not and shows the rapid review there is
    opened = rita.get("safeguarding-reviews/child-e/++add++RapidReview")
    assert opened.status_code == 200
    assert opened.url.endswith("/safeguarding-reviews/child-e/rapid-review")
    assert SECOND in opened.text
    assert "form.buttons.save" not in opened.text
    # A form opened before the first rapid review was saved: the invariant refuses it
    form = rita.get("safeguarding-reviews/child-e/rapid-review/edit")
    answer = rita.post(
        "safeguarding-reviews/child-e/++add++RapidReview",
        data={
            "_authenticator": authenticator(form.text),
            "form.widgets.title": "Another rapid review",
            "form.buttons.save": "Save",
        },
    )
    assert answer.status_code == 200
    assert SECOND in answer.text
    assert 'value="Another rapid review"' in answer.text  # what was typed is kept
    assert len(rapid_reviews(incident)) == 1


def test_the_add_menus_offer_a_rapid_review_until_the_incident_has_one(
    request_factory, rest_reviews_folder
):
    incident = add_incident(rest_reviews_folder)
    transaction.commit()
    rest = request_factory(basic_auth=("rita", PASSWORD))
    rita = page_session(request_factory, "rita")

    def addable():
        types = rest.get("safeguarding-reviews/child-e/@types").json()
        return {item["id"] for item in types if item["addable"]}

    assert {"RapidReview", "StatutoryLetter"} <= addable()
    assert "++add++RapidReview" in rita.get("safeguarding-reviews/child-e").text
    added = rest.post(
        "safeguarding-reviews/child-e", json={"@type": "RapidReview", "title": "Rapid review"}
    )
    assert added.status_code == 201, added.text
    assert "RapidReview" not in addable()
    assert "StatutoryLetter" in addable()
    page = rita.get("safeguarding-reviews/child-e").text
    assert "++add++RapidReview" not in page
    assert "++add++StatutoryLetter" in page
    # the one there is can still be edited, letters still added
    assert rest.patch("safeguarding-reviews/child-e/rapid-review", json={"learning": "Shared."}).ok
    letter = rest.post(
        "safeguarding-reviews/child-e",
        json={
            "@type": "StatutoryLetter",
            "title": "Notification",
            "letter_type": "notification",
            "direction": "sent",
            "correspondent": "ofsted",
            "letter_date": TODAY.isoformat(),
        },
    )
    assert letter.status_code == 201, letter.text
    assert len(rapid_reviews(incident)) == 1


def test_the_incident_delay_record_in_the_chain_and_on_the_page(request_factory, incident):
    incident.notification_delay_reason = "CANARY-DELAY the referral reached the wrong team"
    incident.notification_delay_board_told = TODAY - timedelta(days=15)
    transaction.commit()
    rest = request_factory(basic_auth=("rita", PASSWORD))
    added = rest.post(
        "safeguarding-reviews/child-e",
        json={
            "@type": "StatutoryLetter",
            "title": "Notice of the delay to the Panel",
            "letter_type": "delay-notice",
            "direction": "sent",
            "correspondent": "panel",
            "letter_date": (TODAY - timedelta(days=14)).isoformat(),
            "delayed_clock": "notification",
        },
    )
    assert added.status_code == 201, added.text
    nameless = rest.post(
        "safeguarding-reviews/child-e",
        json={
            "@type": "StatutoryLetter",
            "title": "A notice",
            "letter_type": "delay-notice",
            "direction": "sent",
            "correspondent": "panel",
            "letter_date": TODAY.isoformat(),
        },
    )
    assert nameless.status_code == 400
    assert "Say which clock" in nameless.text
    clocks = {
        c["id"]: c for c in rest.get("safeguarding-reviews/child-e/@scr-chain").json()["clocks"]
    }
    notification = clocks["notification"]
    assert notification["delayed"] and notification["delay_explained"]
    assert notification["delay"]["panel_told"] == (TODAY - timedelta(days=14)).isoformat()
    assert notification["delay"]["board_told"] == (TODAY - timedelta(days=15)).isoformat()
    assert notification["delay"]["reason"].startswith("CANARY-DELAY")
    assert notification["delay"]["missing"] == []
    rapid = clocks["rapid_review"]  # sent in time in the fixture
    assert rapid["delay"] is None
    board = request_factory(basic_auth=("bola", PASSWORD))
    chain = board.get("safeguarding-reviews/child-e/@scr-chain")
    assert chain.status_code == 200
    assert "CANARY-DELAY" not in chain.text  # the reason is for the review team
    assert chain.json()["clocks"][0]["delay"]["board_told"]
    html = page_session(request_factory, "rita").get("safeguarding-reviews/child-e").text
    assert "scrqm-clock-delay" in html and "Delay recorded" in html
    assert "Notice of a delay – Notification" in html  # the letter names its clock


def test_a_reviews_letter_moves_its_clock_on_the_dashboard(request_factory, rest_reviews_folder):
    from plone import api

    with api.env.adopt_user(username="rita"):
        review = api.content.create(
            container=rest_reviews_folder,
            type="CaseReview",
            title="Child L",
            aware_date=TODAY - timedelta(days=20),
            child_outcome="seriously-harmed",
            abuse_or_neglect="suspected",
            referral_basis="statutory-criteria",
        )
    transaction.commit()
    rest = request_factory(basic_auth=("rita", PASSWORD))
    added = rest.post(
        review.absolute_url(),
        json={
            "@type": "StatutoryLetter",
            "title": "Notification to Ofsted",
            "letter_type": "notification",
            "direction": "sent",
            "correspondent": "ofsted",
            "letter_date": (TODAY - timedelta(days=17)).isoformat(),
        },
    )
    assert added.status_code == 201, added.text
    rows = rest.get("@scr-dashboard").json()["items"]
    row = next(row for row in rows if row["title"] == "Child L")
    clock = next(clock for clock in row["clocks"] if clock["id"] == "notification")
    assert clock["stopped"] == (TODAY - timedelta(days=17)).isoformat()


def test_the_decision_meeting_on_a_reviews_page(request_factory, rest_reviews_folder):
    from plone import api

    with api.env.adopt_user(username="rita"):
        api.content.create(
            container=rest_reviews_folder,
            type="CaseReview",
            title="Child M",
            decision_meeting_date=TODAY - timedelta(days=12),
            decision_meeting_agencies=["Police", "Health"],
            decision_meeting_views=["Police | CANARY-MEETING a review would help"],
            decision_meeting_recommendation="local-review",
            decision_meeting_rationale="Learning for several agencies.",
            decision_meeting_earlier_learning=["Child B (2024): escalation"],
        )
    transaction.commit()
    team = page_session(request_factory, "rita").get("safeguarding-reviews/child-m").text
    assert "Decision-making meeting (QM2)" in team
    assert "CANARY-MEETING" in team
    assert "Child B (2024): escalation" in team
    assert "The chair&#x27;s decision is not recorded yet." in team or (
        "The chair's decision is not recorded yet." in team
    )
    board = page_session(request_factory, "bola").get("safeguarding-reviews/child-m").text
    assert "Decision-making meeting (QM2)" in board
    assert "Learning for several agencies." in board
    assert "CANARY-MEETING" not in board
    rest = request_factory(basic_auth=("rita", PASSWORD))
    bad = rest.patch(
        "safeguarding-reviews/child-m", json={"decision_meeting_views": ["Police without view"]}
    )
    assert bad.status_code == 400
    assert "agency" in bad.text
    anonymous = request_factory(api=False)
    anonymous.headers["Accept"] = "text/html"
    assert "CANARY-MEETING" not in anonymous.get("safeguarding-reviews/child-m").text


def test_the_board_time_control_panel_validates(request_factory, rest_reviews_folder):
    from plone.app.testing import SITE_OWNER_NAME
    from plone.app.testing import SITE_OWNER_PASSWORD

    admin = request_factory(basic_auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), api=False)
    admin.headers["Accept"] = "text/html"
    setup = admin.get("@@overview-controlpanel").text
    assert "@@scrqm-board-time" in setup
    form = admin.get("@@scrqm-board-time")
    assert form.status_code == 200
    token = authenticator(form.text)
    for bad in ("91", "-1", "two weeks", "1.5"):
        answer = admin.post(
            "@@scrqm-board-time",
            data={
                "_authenticator": token,
                "form.widgets.board_minimum_days": bad,
                "form.buttons.save": "Save",
            },
        )
        assert answer.status_code == 200
        assert "There were some errors" in answer.text, bad
        assert "Changes saved" not in answer.text
    answer = admin.post(
        "@@scrqm-board-time",
        data={
            "_authenticator": token,
            "form.widgets.board_minimum_days": "14",
            "form.buttons.save": "Save",
        },
    )
    assert answer.status_code == 200
    assert "Changes saved" in answer.text
    saved = admin.get("@@scrqm-board-time").text
    assert re.search(r'name="form.widgets.board_minimum_days"[^>]*value="14"', saved) or re.search(
        r'value="14"[^>]*name="form.widgets.board_minimum_days"', saved
    )
    refused = page_session(request_factory, "bola").get("@@scrqm-board-time")
    assert "form.widgets.board_minimum_days" not in refused.text  # a board member: no form
