"""The demonstration site of ``make start``: site ``Plone`` with the add-on installed,
demo accounts and three clearly fictional sample reviews.

Every step checks what exists first, so running it again keeps the data. Nothing here is
used when the add-on is installed into a council's own site.
"""

import logging
from datetime import date
from datetime import timedelta

import transaction
from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from plone.app.textfield.value import RichTextValue
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import setRequest

from plone_scrqm import roles

logger = logging.getLogger("plone_scrqm.demo")

SITE_ID = "Plone"
DEMO_FOLDER_ID = "safeguarding-reviews"
FICTIONAL = "Fictional example for demonstration only: no real child, family or agency."

# user id: (full name, review role on the demo folder)
DEMO_PEOPLE = {
    "demo-manager": ("Demo Review Manager", roles.REVIEW_MANAGER),
    "demo-lead": ("Demo Lead Reviewer", roles.LEAD_REVIEWER),
    "demo-chair": ("Demo Partnership Chair", roles.PARTNERSHIP_CHAIR),
    "demo-board": ("Demo Board Member (police)", roles.BOARD_MEMBER),
}


def ensure_admin(app, user_id, password):
    """Create the Zope administrator on first run; on later runs set the password given
    (ADMIN_PASSWORD), so changing it takes effect."""
    users = app.acl_users
    if users.getUserById(user_id) is None:
        users._doAddUser(user_id, password, ["Manager"], [])
        logger.info("Created the Zope administrator %r", user_id)
    else:
        # The root user folder is a PluggableAuthService with a ZODB user manager.
        users.users.updateUserPassword(user_id, password)
    return users.getUserById(user_id).__of__(users)


def ensure_site(app):
    site = app.get(SITE_ID)
    if site is not None:
        setSite(site)
        return site, False
    from Products.CMFPlone.factory import addPloneSite

    site = addPloneSite(
        app,
        SITE_ID,
        title="Safeguarding partnership (demo)",
        extension_ids=(
            "plone.app.contenttypes:default",
            "plonetheme.barceloneta:default",
            "plone_scrqm:default",
        ),
        setup_content=False,
        default_language="en-gb",
        portal_timezone="Europe/London",
    )
    setSite(site)
    return site, True


def ensure_addon(site):
    installer = api.portal.get_tool("portal_setup")
    if not installer.getLastVersionForProfile("plone_scrqm:default") or (
        installer.getLastVersionForProfile("plone_scrqm:default") == "unknown"
    ):
        installer.runAllImportStepsFromProfile("profile-plone_scrqm:default")


def _sample_reviews(today):
    def ago(days):
        return today - timedelta(days=days)

    return [
        {
            "id": "child-a",
            "title": "Child A (demo)",
            "incident_date": ago(150),
            "referral_date": ago(146),
            "referring_agency": "Children's social care (fictional)",
            "referral_rationale": f"{FICTIONAL} A serious incident notified to the national "
            "panel; several agencies were involved with the family over two years.",
            "referral_basis": "statutory-criteria",
            "review_type": "lcspr",
            "decision": "review",
            "decision_date": ago(125),
            "decided_by": "Independent chair of the partnership",
            "decision_rationale": f"{FICTIONAL} The rapid review found learning about how "
            "agencies shared information about neglect; the statutory criteria are met.",
            "agencies_asked": ["Police", "Health visiting", "Children's social care", "School"],
            "independent_challenge_considered": True,
            "independent_challenge_note": "Discussed with a neighbouring partnership's chair.",
            "board_advised_date": ago(118),
            "board_advised_how": "written-briefing",
            "board_rationale_communicated": "The chair's decision and its rationale were sent "
            "to all board members with the rapid review summary.",
            "purpose_statement": "Organisational learning and improvement, not blame.",
            "terms_of_reference": "How agencies recognised and responded to neglect; how "
            "information was shared between health and children's social care.",
            "period_under_review": "Two years before the incident",
            "methodology": "Systems methodology with practitioner learning events",
            "conducted_by": "An independent lead reviewer with a review team of senior managers",
            "quality_assured_by": "The partnership's case review subgroup",
            "signed_off_by": "Partnership chair",
            "impasse_arrangements": "Disagreements are recorded in the report and put to the "
            "chair; the lead reviewer's independence is respected.",
            "lead_reviewers": ["Independent lead reviewer (demo)"],
            "admin_support": "Partnership business unit",
            "budget": 18000,
            "planned_completion_date": ago(125) + timedelta(days=182),
        },
        {
            "id": "child-b",
            "title": "Child B (demo)",
            "incident_date": ago(30),
            "referral_date": ago(26),
            "referring_agency": "Police (fictional)",
            "referral_rationale": f"{FICTIONAL} Referred for consideration; information is "
            "being gathered from agencies before the chair decides.",
            "referral_basis": "other-reason",
            "referral_other_reason": "A local learning priority: adolescents at risk of "
            "exploitation outside the home.",
            "agencies_asked": ["Police", "Youth justice", "School"],
        },
        {
            "id": "child-c",
            "title": "Child C (demo)",
            "incident_date": ago(90),
            "referral_date": ago(88),
            "referring_agency": "Hospital trust (fictional)",
            "referral_rationale": f"{FICTIONAL} An injury to a baby referred by the "
            "hospital's safeguarding team.",
            "referral_basis": "statutory-criteria",
            "decision": "no-review",
            "decision_date": ago(70),
            "decided_by": "Independent chair of the partnership",
            "decision_rationale": f"{FICTIONAL} The rapid review found that agencies worked "
            "well together; the learning is already in the partnership's current plan, so a "
            "local review would add little.",
            "board_advised_date": ago(66),
            "board_advised_how": "board-meeting",
        },
    ]


# Child A's self-assessment: marker number → (judgement, answers in turn, evidence, next step).
# Fictional, like everything in the demo.
DEMO_ASSESSMENT = {
    1: ("met", "yes", "Referral form and rapid review notes give the rationale in full.", ""),
    2: ("met", "yes", "Chair's decision record cites the statutory criteria.", ""),
    3: ("met", "yes", "Written briefing to all board members, with the rationale.", ""),
    4: (
        "partly-met",
        "partly",
        "Letter to the family drafted; no meeting offered yet.",
        "Offer the family a meeting with the lead reviewer",
    ),
    5: ("met", "yes", "Purpose statement agreed at the first panel meeting.", ""),
    6: (
        "partly-met",
        "partly",
        "Terms of reference agreed; the lead reviewer joined late.",
        "Lead reviewer to confirm the key lines of enquiry",
    ),
    7: ("met", "yes", "Governance set out in the terms of reference.", ""),
    8: (
        "partly-met",
        "partly",
        "Timetable agreed; budget not yet confirmed.",
        "Business unit to confirm the budget",
    ),
    9: (
        "not-met",
        "not-yet",
        "Police investigation ongoing; no protocol agreed yet.",
        "Agree a parallel-process protocol with the police",
    ),
    10: (
        "not-met",
        "no",
        "Chronologies received from two of four agencies.",
        "Chase the school's and the GP's chronologies",
    ),
    11: ("not-assessed", "not-yet", "Practitioner learning event planned for next month.", ""),
    12: (
        "not-met",
        "no",
        "Family not yet contacted about taking part.",
        "Lead reviewer to write to the family",
    ),
    13: ("not-assessed", "not-yet", "Analysis not started at this stage.", ""),
    14: ("not-assessed", "not-yet", "Report not written yet.", ""),
    15: ("not-assessed", "not-applicable", "Improvement action follows the findings.", ""),
    16: ("not-assessed", "not-applicable", "Board response follows the report.", ""),
    17: ("not-assessed", "not-yet", "Publication to be planned with the report.", ""),
    18: ("not-assessed", "not-yet", "Evaluation arrangements to be agreed with the report.", ""),
}
# During the review, three markers looked at again.
DEMO_PROGRESS = {
    4: ("met", "yes", "Lead reviewer met the family; they had the letter in advance.", ""),
    9: (
        "partly-met",
        "partly",
        "Protocol agreed with the police; disclosure still pending.",
        "Review manager to follow up disclosure",
    ),
    12: ("partly-met", "partly", "Family agreed to take part; interview booked.", ""),
}


# The answer to the other questions of a marker, given the first one's.
FOLLOW_ON_ANSWER = {
    "yes": "yes",
    "partly": "yes",
    "no": "not-yet",
    "not-yet": "not-yet",
    "not-applicable": "not-applicable",
}


def _assess(assessment, judgement, answer, evidence, next_step, assessed_on):
    assessment.answers = [
        dict(
            row,
            answer=answer if row["number"] == 1 else FOLLOW_ON_ANSWER[answer],
            evidence=evidence if row["number"] == 1 else "",
        )
        for row in assessment.answers
    ]
    assessment.judgement = judgement
    assessment.commentary = FICTIONAL
    assessment.next_steps = next_step or None
    assessment.next_steps_by = "Lead reviewer (demo)" if next_step else None
    assessment.assessor = "Review panel (demo)"
    assessment.assessed_on = assessed_on
    assessment.reindexObject()


def ensure_demo_assessments(folder, today=None):
    """Child A's complete beginning round and a progress round on three markers."""
    review = folder.get("child-a")
    if review is None or any(obj.portal_type == "AssessmentRound" for obj in review.objectValues()):
        return False
    today = today or date.today()
    rounds = (
        ("beginning", today - timedelta(days=110), (), DEMO_ASSESSMENT),
        ("progress", today - timedelta(days=40), sorted(DEMO_PROGRESS), DEMO_PROGRESS),
    )
    with api.env.adopt_roles(["Manager"]):
        for stage, held, markers, assessments in rounds:
            round_ = api.content.create(
                container=review,
                type="AssessmentRound",
                id=f"{stage}-{held.isoformat()}",
                stage=stage,
                date=held,
                markers=list(markers),
                participants=["Lead reviewer (demo)", "Review manager (demo)", "Police (demo)"],
            )
            for number, values in assessments.items():
                _assess(round_[f"qm-{number:02d}"], *values, assessed_on=held)
    return True


def ensure_demo_content(site, password, today=None):
    folder = site.get(DEMO_FOLDER_ID)
    if folder is not None:
        ensure_demo_assessments(folder, today)
        ensure_demo_families(folder, today)
        return folder, False
    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(
            container=site,
            type="Folder",
            id=DEMO_FOLDER_ID,
            title="Safeguarding reviews (demo)",
            description=FICTIONAL,
        )
        for user_id, (fullname, role) in DEMO_PEOPLE.items():
            if api.user.get(userid=user_id) is None:
                api.user.create(
                    email=f"{user_id}@example.org",
                    username=user_id,
                    password=password,
                    properties={"fullname": fullname},
                )
            api.user.grant_roles(username=user_id, obj=folder, roles=[role, "Reader"])
        today = today or date.today()
        for review in _sample_reviews(today):
            obj = api.content.create(container=folder, type="CaseReview", **review)
            _move_through(obj, DEMO_PHASES[review["id"]])
        _add_published_review(folder, today)
    ensure_demo_assessments(folder, today)
    ensure_demo_families(folder, today)
    return folder, True


DEMO_PARTNERSHIP = {
    "name": "Northshire Safeguarding Children Partnership (fictional)",
    "address": "Partnership business unit\n1 Example Street\nNorthshire NS1 1AA",
    "contact_name": "Demo Family Liaison (fictional)",
    "contact_phone": "01632 960000",
    "contact_email": "reviews@northshire.example",
    "website": "https://northshire.example",
    "signatory_name": "Demo Review Manager",
    "signatory_role": "Partnership business manager",
}

# Fictional family members of the demo review Child A, with the contact made so far.
DEMO_FAMILY = (
    {
        "full_name": "Parent A (fictional)",
        "address_as": "Parent A",
        "aliases": ["Mum A (fictional)"],
        "child_reference": "Child A",
        "relationship": "mother",
        "preferred_language": "ur",
        "communication_needs": ["interpreter"],
        "interpreter_language": "Urdu (Mirpuri dialect)",
        "preferred_channel": "phone",
        "involvement": "involved",
        "contact": (
            (
                20,
                "phone",
                "Offered a meeting with the lead reviewer, with an Urdu interpreter.",
                "Urdu, professional telephone interpreter",
            ),
            (
                12,
                "face-to-face",
                "Met the lead reviewer at home; the review explained.",
                "Urdu, interpreter in person",
            ),
        ),
    },
    {
        "full_name": "Parent B (fictional)",
        "address_as": "Parent B",
        "child_reference": "Child A",
        "relationship": "father",
        "preferred_language": "cy",
        "preferred_channel": "letter",
        "involvement": "invited",
        "contact": ((15, "letter", "Letter informing him of the review; offer to meet.", ""),),
    },
    {
        "full_name": "Sibling C (fictional)",
        "address_as": "Sibling C",
        "child_reference": "Child A",
        "relationship": "sibling",
        "preferred_language": "en-easyread",
        "communication_needs": ["easy-read", "young-person"],
        "preferred_channel": "text-message",
        "involvement": "declined",
        "involvement_reasons": "Aged 16; said through their youth worker that they do not want "
        "to take part now. Offer to be repeated before the draft report (decided by the "
        "review manager).",
        "contact": ((8, "through-a-professional", "Asked through the youth worker.", ""),),
    },
)


def ensure_demo_families(folder, today=None):
    """Fictional family members in Child A, once; the partnership details if unset."""
    today = today or date.today()
    for name, value in DEMO_PARTNERSHIP.items():
        record = f"plone_scrqm.partnership.{name}"
        if not api.portal.get_registry_record(record, default=None):
            api.portal.set_registry_record(record, value)
    review = folder.get("child-a")
    if review is None or any(obj.portal_type == "FamilyMember" for obj in review.objectValues()):
        return
    from plone_scrqm.families.rules import contact_entry

    with api.env.adopt_roles(["Manager"]):
        for member in DEMO_FAMILY:
            fields = {k: v for k, v in member.items() if k != "contact"}
            log = [
                contact_entry(
                    today - timedelta(days=days),
                    channel,
                    "Demo Review Manager",
                    offered,
                    interpreter,
                )
                for days, channel, offered, interpreter in member["contact"]
            ]
            api.content.create(
                container=review,
                type="FamilyMember",
                title="Family member",
                contact_log=log,
                **fields,
            )


# The phase each sample review is in, and the moves that take it there.
DEMO_PHASES = {
    "child-a": ("request_decision", "decide_review", "start_review"),
    "child-b": (),
    "child-c": ("request_decision", "decide_no_review"),
}


def _move_through(obj, transitions, comment="Demo data."):
    for transition in transitions:
        api.content.transition(obj=obj, transition=transition, comment=comment)


def _add_published_review(folder, today):
    """Child E: a review whose report and board response have been published."""
    review = api.content.create(
        container=folder,
        type="CaseReview",
        **{
            **_sample_reviews(today - timedelta(days=200))[0],
            "id": "child-e",
            "title": "Child E (demo)",
        },
    )
    _move_through(review, ("request_decision", "decide_review", "start_review", "start_reporting"))
    told = today - timedelta(days=14)
    report = api.content.create(
        container=review,
        type="ReviewReport",
        id="report",
        title="Child E (demo): local child safeguarding practice review",
        summary=f"{FICTIONAL} How health visiting, early help and children's social care "
        "recognised and responded to neglect of a baby, and what made information sharing "
        "hard.",
        area="Northshire (fictional)",
        learning_themes=["Neglect", "Information sharing", "Early help"],
        text=RichTextValue(
            f"<p>{FICTIONAL}</p><h2>Findings</h2><p>Finding 1: agencies held different "
            "thresholds for escalating concerns about neglect, so no single agency saw the "
            "whole picture.</p>",
            "text/html",
            "text/x-html-safe",
        ),
        family_told_date=told,
        family_support="Offered a meeting with the lead reviewer and an advocate.",
        professionals_told_date=told,
        publication_date=today,
    )
    response = api.content.create(
        container=review,
        type="BoardResponse",
        id="response",
        title="Board response to the Child E (demo) review",
        accepts_findings="accepts",
        findings_response="The board accepts all the findings of the review.",
        priorities="A shared neglect threshold tool across agencies.",
        actions="Agencies will adopt the shared tool and train front-line staff.",
        monitoring="Quarterly audit of neglect cases by the quality assurance subgroup.",
        text=RichTextValue(
            f"<p>{FICTIONAL}</p><p>The board accepts the findings and will monitor the "
            "improvements through multi-agency audit.</p>",
            "text/html",
            "text/x-html-safe",
        ),
        publication_date=today,
    )
    for step in ("submit_for_qa", "submit_for_approval", "approve"):
        for document in (report, response):
            _move_through(document, (step,))
    _move_through(review, ("submit_to_board",))
    for document in (report, response):
        _move_through(document, ("publish",))
    _move_through(review, ("start_implementation",))
    _add_findings_and_actions(review, today)


def _add_findings_and_actions(review, today):
    """Findings of Child E and actions in every flag state of the tracker."""
    thresholds = api.content.create(
        container=review,
        type="Finding",
        id="finding-1",
        title="Finding 1: different thresholds for neglect",
        explanation=f"{FICTIONAL} Each agency judged neglect against its own threshold and "
        "tools, so concerns that would together have met the threshold for a referral never "
        "reached one agency at the same time.",
        evidence="Chronology, practitioner learning event, audit of 20 neglect cases.",
        priority="high",
        learning_themes=["Neglect", "Information sharing"],
    )
    escalation = api.content.create(
        container=review,
        type="Finding",
        id="finding-2",
        title="Finding 2: professional challenge was not used",
        explanation=f"{FICTIONAL} Practitioners did not use the escalation policy because "
        "it was unknown in two agencies and seen as a complaint in a third.",
        priority="medium",
        national_action=False,
        learning_themes=["Escalation and professional challenge"],
    )
    day = timedelta(days=1)
    actions = [
        # id, title, agency, lead user, due, transitions, extra fields
        (
            "action-overdue",
            "Adopt a shared neglect threshold tool",
            "Children's social care",
            "demo-manager",
            today - 10 * day,
            ("agree", "start"),
            {},
        ),
        (
            "action-due-soon",
            "Train front-line staff in the shared tool",
            "Integrated care board (health)",
            "demo-lead",
            today + 7 * day,
            ("agree", "start"),
            {},
        ),
        (
            "action-no-evidence",
            "Publicise the escalation policy in every agency",
            "Police",
            "demo-board",
            today - 40 * day,
            ("agree", "start", "complete"),
            {},
        ),
        (
            "action-follow-up",
            "Audit neglect referrals",
            "Partnership business unit",
            "demo-manager",
            today - 90 * day,
            ("agree", "start", "complete", "evaluate_impact"),
            {
                "evidence_of_impact": "Re-audit: neglect referrals now include every agency's concerns.",
                "follow_up_dates": [today - 5 * day, today + 180 * day],
            },
        ),
        (
            "action-no-owner",
            "Review the escalation policy with schools",
            "Education",
            None,
            today + 60 * day,
            ("agree",),
            {},
        ),
    ]
    for action_id, title, agency, lead, due, transitions, extra in actions:
        action = api.content.create(
            container=review,
            type="ImprovementAction",
            id=action_id,
            title=title,
            findings=[thresholds.UID()] if "neglect" in title.lower() else [escalation.UID()],
            agency=agency,
            lead_user=lead,
            due_date=due,
            success_measure="Children living with neglect get help earlier.",
            **extra,
        )
        _move_through(action, transitions)


DEMO_PASSWORD = "safeguarding-demo"  # noqa: S105 - local demo accounts, documented


def prepare_demo_site(
    app,
    admin_user="admin",
    admin_password="admin",  # noqa: S107 - the documented local-trial default
    demo_password=None,
):
    """Create (or keep) everything ``make start`` serves; commits the transaction."""
    app = makerequest(app)
    setRequest(app.REQUEST)
    admin = ensure_admin(app, admin_user, admin_password)
    newSecurityManager(None, admin)
    site, created = ensure_site(app)
    ensure_addon(site)
    _folder, demo_created = ensure_demo_content(site, demo_password or DEMO_PASSWORD)
    transaction.commit()
    return {"site_created": created, "demo_created": demo_created}
