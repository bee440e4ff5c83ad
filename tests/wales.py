"""Building a Welsh partnership's reviews and bilingual documents for tests."""

from datetime import timedelta

from plone import api

from reviews import DECISION
from reviews import REFERRAL
from reviews import SET_UP
from reviews import TODAY
from reviews import set_fields

WELSH_FOLDER_ID = "welsh-reviews"

SUSR_DECISION = {**DECISION, "review_type": "susr-wales"}
SUSR_REFERRAL = {**REFERRAL, "susr_criteria": ["child-practice", "domestic-homicide"]}
SUSR_DECIDED = {
    "susr_crg_date": TODAY - timedelta(days=45),
    "susr_crg_agencies": ["Police", "Health board", "Children's services"],
    "susr_crg_recommendation": "hold-susr",
    "susr_chair_decision": "hold-susr",
    "susr_chair_decision_date": TODAY - timedelta(days=41),
    "susr_government_notified_date": TODAY - timedelta(days=40),
    "susr_government_reference": "WG-SUSR-0007",
}
SUSR_SET_UP = {
    "susr_review_chair": "Independent review chair",
    "susr_reviewers": ["Independent reviewer"],
    "susr_reviewers_source": "approved-list",
    "susr_panel": ["Police | detective inspector", "Health board | safeguarding lead"],
    "susr_home_office_notified_date": TODAY - timedelta(days=37),
    "susr_family_meeting_date": TODAY - timedelta(days=20),
}

ROUTE = {
    "decision_pending": (("request_decision",), SUSR_REFERRAL),
    "setting_up": (
        ("request_decision", "decide_review"),
        {**SUSR_REFERRAL, **SUSR_DECISION, **SUSR_DECIDED},
    ),
    "reporting": (
        ("request_decision", "decide_review", "start_review", "start_reporting"),
        {**SUSR_REFERRAL, **SUSR_DECISION, **SUSR_DECIDED, **SET_UP, **SUSR_SET_UP},
    ),
}


def add_welsh_folder(portal, people):
    """A second partnership's folder, set to Wales, with the same people on its Sharing
    tab (``people``: user id → local roles)."""
    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(
            container=portal, type="Folder", id=WELSH_FOLDER_ID, title="Adolygiadau / Reviews"
        )
        folder.scrqm_nation = "wales"
        for user_id, roles in people.items():
            if roles:
                api.user.grant_roles(username=user_id, obj=folder, roles=list(roles))
    return folder


def advance_welsh(review, state):
    transitions, fields = ROUTE[state]
    set_fields(review, **fields)
    with api.env.adopt_roles(["Manager"]):
        for transition in transitions:
            api.content.transition(obj=review, transition=transition)
    assert api.content.get_state(obj=review) == state
    return review


def add_bilingual_documents(review, publication_date=None, link=True, languages=("cy", "en")):
    """A report and a response in each of ``languages``, told and linked as pairs."""
    made = {}
    with api.env.adopt_roles(["Manager"]):
        for language in languages:
            made[("report", language)] = api.content.create(
                container=review,
                type="ReviewReport",
                id=f"report-{language}",
                title=f"Plentyn D ({language})" if language == "cy" else "Child D (en)",
                summary="Sut y rhannodd asiantaethau wybodaeth."
                if language == "cy"
                else "How agencies shared information.",
                area="Gogledd Cymru" if language == "cy" else "North Wales",
                learning_themes=["Esgeulustod"] if language == "cy" else ["Neglect"],
                publication_date=publication_date,
                family_told_date=TODAY - timedelta(days=10),
                professionals_told_date=TODAY - timedelta(days=9),
                language=language,
            )
            made[("response", language)] = api.content.create(
                container=review,
                type="BoardResponse",
                id=f"response-{language}",
                title=f"Ymateb y bwrdd ({language})" if language == "cy" else "Board response",
                accepts_findings="accepts",
                publication_date=publication_date,
                language=language,
            )
        if link and len(languages) == 2:
            for kind in ("report", "response"):
                welsh, english = made[(kind, "cy")], made[(kind, "en")]
                welsh.counterpart = api.content.get_uuid(english)
                welsh.reindexObject()
    return made
