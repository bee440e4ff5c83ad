"""The Welsh partnership of the demonstration site: a second folder, set to Wales, with a
single unified safeguarding review being set up and a review published in Welsh and
English. Called only by the demo site's loader (``demo/loader.py``, the English
partnership's content as data); nothing of the add-on imports it. Clearly fictional; never
used when the add-on is installed into a council's own site."""

from datetime import timedelta

from plone import api
from plone.app.textfield.value import RichTextValue

from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.workingdays import ENGLAND
from plone_scrqm.clocks.workingdays import WALES

WELSH_FOLDER_ID = "adolygiadau-diogelu"
FICTIONAL = "Fictional example for demonstration only: no real child, family or agency."
FICTIONAL_CY = (
    "Enghraifft ffuglennol ar gyfer arddangos yn unig: dim plentyn, teulu nac asiantaeth go iawn."
)


def _common(today, **changes):
    def ago(days):
        return today - timedelta(days=days)

    record = {
        "incident_date": ago(120),
        "referral_date": ago(115),
        "referring_agency": "Regional safeguarding board business unit (fictional)",
        "referral_rationale": f"{FICTIONAL} A young person died; police, health and "
        "children's services had been involved.",
        "referral_basis": "statutory-criteria",
        "review_type": "susr-wales",
        "decision": "review",
        "decision_date": ago(95),
        "decided_by": "Chair of the regional safeguarding board",
        "decision_rationale": f"{FICTIONAL} The criteria of a child practice review and a "
        "domestic homicide review are met: one SUSR is held for both.",
        "susr_criteria": ["child-practice", "domestic-homicide"],
        "susr_crg_date": ago(100),
        "susr_crg_agencies": [
            "Police (fictional)",
            "Health board (fictional)",
            "Children's services",
        ],
        "susr_crg_recommendation": "hold-susr",
        "susr_chair_decision": "hold-susr",
        "susr_chair_decision_date": ago(95),
        "susr_government_notified_date": ago(94),
        "susr_government_reference": "WG-SUSR-DEMO-01",
    }
    record.update(changes)
    return record


SET_UP = {
    "board_advised_date": None,
    "purpose_statement": "Learning for all agencies, not blame.",
    "terms_of_reference": "How agencies shared what they knew about risk at home.",
    "lead_reviewers": ["Independent reviewer (demo)"],
    "conducted_by": "The review chair and reviewers with the review panel",
    "quality_assured_by": "The board's case review group",
    "signed_off_by": "Chair of the regional safeguarding board",
    "susr_review_chair": "Independent review chair (demo)",
    "susr_reviewers": ["Independent reviewer (demo)"],
    "susr_reviewers_source": "approved-list",
    "susr_panel": ["Police | detective inspector (demo)", "Health board | safeguarding lead"],
    "susr_home_office_notified_date": None,
    "susr_family_meeting_date": None,
}


def _move(obj, transitions):
    for transition in transitions:
        api.content.transition(obj=obj, transition=transition, comment="Demo data.")


def ensure_welsh_demo(site, people, today=None):
    """Create the Welsh partnership's folder and reviews where missing; ``people`` maps the
    demo accounts to their review role. Returns the folder."""
    today = today or current_day()
    with api.env.adopt_roles(["Manager"]):
        folder = site.get(WELSH_FOLDER_ID)
        if folder is None:
            folder = api.content.create(
                container=site,
                type="Folder",
                id=WELSH_FOLDER_ID,
                title="Adolygiadau diogelu / Safeguarding reviews (Wales, demo)",
                description=f"{FICTIONAL_CY} {FICTIONAL}",
            )
            folder.scrqm_nation = WALES
            for user_id, role in people.items():
                api.user.grant_roles(username=user_id, obj=folder, roles=[role, "Reader"])
        if "plentyn-m" not in folder:
            review = api.content.create(
                container=folder,
                type="CaseReview",
                id="plentyn-m",
                title="Plentyn M (demo)",
                **_common(today),
            )
            _move(review, ("request_decision", "decide_review"))
        if "plentyn-n" not in folder:
            _add_bilingual_review(folder, today)
    return folder


def mark_english(folder):
    """The English partnership's folder says so (the site's setting stays the fallback)."""
    if getattr(folder, "scrqm_nation", None) is None:
        folder.scrqm_nation = ENGLAND


def _add_bilingual_review(folder, today):
    old = today - timedelta(days=200)
    set_up = dict(
        SET_UP,
        board_advised_date=old - timedelta(days=90),
        planned_completion_date=today + timedelta(days=10),
        susr_home_office_notified_date=old - timedelta(days=88),
        susr_family_meeting_date=today - timedelta(days=60),
    )
    review = api.content.create(
        container=folder,
        type="CaseReview",
        id="plentyn-n",
        title="Plentyn N (demo)",
        **_common(old, **set_up),
    )
    _move(review, ("request_decision", "decide_review", "start_review", "start_reporting"))
    told = today - timedelta(days=14)
    texts = {
        "cy": (
            "Plentyn N (demo): adolygiad diogelu unedig sengl",
            f"{FICTIONAL_CY} Sut y rhannodd asiantaethau wybodaeth am risg yn y cartref.",
            "Gogledd Cymru (ffuglennol)",
            ["Rhannu gwybodaeth", "Cam-drin domestig"],
            "Ymateb y bwrdd i adolygiad Plentyn N (demo)",
            "Mae'r bwrdd yn derbyn canfyddiadau'r adolygiad.",
        ),
        "en": (
            "Child N (demo): single unified safeguarding review",
            f"{FICTIONAL} How agencies shared what they knew about risk at home.",
            "North Wales (fictional)",
            ["Information sharing", "Domestic abuse"],
            "Board response to the Child N (demo) review",
            "The board accepts the findings of the review.",
        ),
    }
    made = {}
    for language, (title, summary, area, themes, response_title, answer) in texts.items():
        made[("report", language)] = api.content.create(
            container=review,
            type="ReviewReport",
            id=f"report-{language}",
            title=title,
            summary=summary,
            area=area,
            learning_themes=themes,
            text=RichTextValue(f"<p>{summary}</p>", "text/html", "text/x-html-safe"),
            family_told_date=told,
            professionals_told_date=told,
            publication_date=today,
            language=language,
        )
        made[("response", language)] = api.content.create(
            container=review,
            type="BoardResponse",
            id=f"response-{language}",
            title=response_title,
            accepts_findings="accepts",
            findings_response=answer,
            text=RichTextValue(f"<p>{answer}</p>", "text/html", "text/x-html-safe"),
            publication_date=today,
            language=language,
        )
    for kind in ("report", "response"):
        made[(kind, "cy")].counterpart = api.content.get_uuid(made[(kind, "en")])
    for step in ("submit_for_qa", "submit_for_approval"):
        for document in made.values():
            _move(document, (step,))
    _move(review, ("submit_to_board",))
    for document in made.values():
        _move(document, ("approve",))
    for document in made.values():
        if api.content.get_state(obj=document) != "published":
            _move(document, ("publish",))
    review.susr_repository_date = today
    review.susr_repository_reference = "WSR-DEMO-0001"
    review.reindexObject()
