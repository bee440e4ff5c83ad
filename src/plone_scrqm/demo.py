"""The demonstration site of ``make start``: site ``Plone`` with the add-on installed,
demo accounts and clearly fictional sample reviews: one on time, one waiting for a criminal
trial, one overdue with its delay explained and notified, one published late, one awaiting a decision
and one not proceeding.

Every step checks what exists first, so running it again keeps the data (and adds a
sample review that a newer version brings). Nothing here is used when the add-on is
installed into a council's own site.
"""

import logging
from datetime import timedelta

import transaction
from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from plone.app.textfield.value import RichTextValue
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import setRequest

from plone_scrqm import roles
from plone_scrqm.clocks import today as current_day
from plone_scrqm.incidents.demo import ensure_demo_incidents
from plone_scrqm.learning.demo import ensure_demo_learning
from plone_scrqm.wales.demo import WELSH_FOLDER_ID
from plone_scrqm.wales.demo import ensure_welsh_demo
from plone_scrqm.wales.demo import mark_english

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
            "spend": 7500,
            "planned_completion_date": ago(125) + timedelta(days=182),
            "milestones": [
                f"Terms of reference agreed | {ago(118).isoformat()} | {ago(117).isoformat()} "
                "| Review manager",
                f"Practitioner learning event | {ago(40).isoformat()} | {ago(33).isoformat()} "
                "| Lead reviewer",
                f"Draft report to the subgroup | {(today + timedelta(days=20)).isoformat()} | | "
                "Lead reviewer",
            ],
            "aware_date": ago(146),
            "notification_date": ago(144),
            "rapid_review_completed_date": ago(132),
            "child_outcome": "seriously-harmed",
            "abuse_or_neglect": "suspected",
            "child_looked_after": "no",
            "incident_location": "in-area",
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
        _running_review(
            today,
            "child-f",
            "Child F (demo)",
            decided=100,
            rationale=f"{FICTIONAL} A young child seriously injured at home; the police "
            "investigation led to a prosecution, so the review waits for the trial.",
        ),
        {
            **_running_review(
                today,
                "child-g",
                "Child G (demo)",
                decided=260,
                rationale=f"{FICTIONAL} A teenager seriously harmed after going missing "
                "several times; many agencies across two areas were involved.",
            ),
            "publication_delay_reason": "Two agencies could not provide their chronologies "
            "for three months because of a records system change; the lead reviewer then "
            "fell ill. A new timetable was agreed with the chair.",
            "publication_delay_board_told": ago(80),
            "publication_delay_panel_told": ago(79),
            "publication_delay_government_told": ago(79),
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
    today = today or current_day()
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


def _running_review(today, review_id, title, decided, rationale):
    """A local child safeguarding practice review decided ``decided`` days ago."""

    def ago(days):
        return today - timedelta(days=days)

    return {
        "id": review_id,
        "title": title,
        "incident_date": ago(decided + 25),
        "referral_date": ago(decided + 22),
        "aware_date": ago(decided + 22),
        "notification_date": ago(decided + 20),
        "rapid_review_completed_date": ago(decided + 8),
        "referring_agency": "Police (fictional)",
        "referral_rationale": rationale,
        "referral_basis": "statutory-criteria",
        "review_type": "lcspr",
        "decision": "review",
        "decision_date": ago(decided),
        "decided_by": "Independent chair of the partnership",
        "decision_rationale": f"{FICTIONAL} The rapid review found learning for several "
        "agencies; the statutory criteria are met.",
        "board_advised_date": ago(decided - 5),
        "board_advised_how": "written-briefing",
        "purpose_statement": "Organisational learning and improvement, not blame.",
        "terms_of_reference": "How agencies shared what they knew and escalated concerns.",
        "lead_reviewers": ["Independent lead reviewer (demo)"],
        "conducted_by": "An independent lead reviewer with a review team",
        "quality_assured_by": "The partnership's case review subgroup",
        "signed_off_by": "Partnership chair",
        "admin_support": "Partnership business unit",
        "budget": 15000,
        "planned_completion_date": ago(decided) + timedelta(days=182),
    }


# Parallel processes of the sample reviews: fictional, no real agency or person.
def _sample_processes(today):
    def ago(days):
        return today - timedelta(days=days)

    return {
        "child-f": [
            {
                "id": "prosecution",
                "title": "Crown Court prosecution (demo)",
                "kind": "prosecution",
                "status": "active",
                "lead_agency": "Police and Crown Prosecution Service (fictional)",
                "contact": "Detective Sergeant Demo, major crime team (fictional)",
                "started_date": ago(110),
                "expected_end_date": today + timedelta(days=90),
                "effects": ["delays", "interview-embargo", "publication-embargo"],
                "liaison_log": [
                    f"{ago(95).isoformat()} | Police and CPS | Early discussion: practitioners "
                    "may be interviewed once they have given their statements.",
                    f"{ago(61).isoformat()} | CPS | Trial listed; the chair agreed that "
                    "publication waits for the verdict.",
                ],
                "disclosable_material": [
                    "Rapid review record | Partnership business unit | Case review "
                    "drive | yes | CPS",
                    "Practitioner conversation notes | Lead reviewer | Review team "
                    "folder | unsure | Partnership chair with legal advice",
                ],
            },
            {
                "id": "inquest",
                "title": "Coroner's inquest (demo)",
                "kind": "coroners-inquest",
                "status": "expected",
                "lead_agency": "Coroner's office (fictional)",
            },
        ],
    }


def ensure_demo_content(site, password, today=None):
    """Create the demo folder, accounts and sample reviews, or add what a newer version
    brings; returns ``(folder, whether anything was added)``."""
    today = today or current_day()
    folder = site.get(DEMO_FOLDER_ID)
    created = folder is None
    with api.env.adopt_roles(["Manager"]):
        if created:
            folder = api.content.create(
                container=site,
                type="Folder",
                id=DEMO_FOLDER_ID,
                title="Safeguarding reviews (demo)",
                description=FICTIONAL,
            )
            folder.setLayout("scr-reviews")
            for user_id, (fullname, role) in DEMO_PEOPLE.items():
                if api.user.get(userid=user_id) is None:
                    api.user.create(
                        email=f"{user_id}@example.org",
                        username=user_id,
                        password=password,
                        properties={"fullname": fullname},
                    )
                api.user.grant_roles(username=user_id, obj=folder, roles=[role, "Reader"])
        added = _add_sample_reviews(folder, today)
    ensure_demo_assessments(folder, today)
    ensure_demo_information(folder, today)
    ensure_demo_families(folder, today)
    ensure_demo_learning(folder, today)
    added = ensure_demo_incidents(folder, today) or added
    # A second partnership, in Wales, on the same site (plone_scrqm.wales.demo)
    welsh_created = WELSH_FOLDER_ID not in site
    with api.env.adopt_roles(["Manager"]):
        mark_english(folder)
    ensure_welsh_demo(site, {user: role for user, (_name, role) in DEMO_PEOPLE.items()}, today)
    return folder, created or added or welsh_created


def _add_sample_reviews(folder, today):
    """Add the sample reviews the folder does not have yet; true when any was added."""
    added = False
    processes = _sample_processes(today)
    for review in _sample_reviews(today):
        if review["id"] == "child-f" and "child-e" not in folder:
            _add_published_review(folder, today)
            added = True
        if review["id"] in folder:
            continue
        obj = api.content.create(container=folder, type="CaseReview", **review)
        for process in processes.get(review["id"], ()):
            api.content.create(container=obj, type="ParallelProcess", **process)
        _move_through(obj, DEMO_PHASES[review["id"]])
        added = True
    return added


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
    today = today or current_day()
    for name, value in DEMO_PARTNERSHIP.items():
        record = f"plone_scrqm.partnership.{name}"
        if not api.portal.get_registry_record(record, default=None):
            api.portal.set_registry_record(record, value)
    review = folder.get("child-a")
    if review is None or any(obj.portal_type == "FamilyMember" for obj in review.objectValues()):
        return
    from plone_scrqm.families.rules import OLD_CHANNEL_METHODS

    with api.env.adopt_roles(["Manager"]):
        for member in DEMO_FAMILY:
            fields = {k: v for k, v in member.items() if k != "contact"}
            record = api.content.create(
                container=review, type="FamilyMember", title="Family member", **fields
            )
            for days, channel, said, interpreter in member["contact"]:
                api.content.create(
                    container=review,
                    type="FamilyContact",
                    title="family-contact",
                    contact_date=today - timedelta(days=days),
                    method=OLD_CHANNEL_METHODS[channel],
                    review_people="Demo Review Manager",
                    members=[record.UID()],
                    informed=True,
                    letter="inform" if channel == "letter" else None,
                    said=said,
                    interpreter=interpreter,
                )


# The phase each sample review is in, and the moves that take it there.
DEMO_PHASES = {
    "child-a": ("request_decision", "decide_review", "start_review"),
    "child-b": (),
    "child-c": ("request_decision", "decide_no_review"),
    "child-f": ("request_decision", "decide_review", "start_review"),
    "child-g": ("request_decision", "decide_review", "start_review", "start_reporting"),
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
            "milestones": [],
            "publication_delay_reason": "The report waited for the inquest's findings; the "
            "chair agreed a new publication date.",
            "publication_delay_board_told": today - timedelta(days=150),
            "publication_delay_panel_told": today - timedelta(days=149),
            "publication_delay_government_told": today - timedelta(days=149),
            "advance_copy_sent_date": today - timedelta(days=21),
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
        learning_themes=["neglect", "information-sharing", "early-help"],
        text=RichTextValue(
            f"<p>{FICTIONAL}</p><h2>What the review found</h2><p>Finding 1: agencies held different "
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
    for step in ("submit_for_qa", "submit_for_approval"):
        for document in (report, response):
            _move_through(document, (step,))
    # The chair approves once the board has the report.
    _move_through(review, ("submit_to_board",))
    for step in ("approve", "publish"):
        for document in (report, response):
            _move_through(document, (step,))
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
        learning_themes=["neglect", "information-sharing"],
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
        learning_themes=["escalation-and-professional-challenge"],
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


# Child A's chronology as three agencies would send it (fictional), imported through the
# same checks as the import page.
DEMO_CHRONOLOGY = """Date,Time,Agency,Practitioner role,What happened,Source record,Key practice episode,Decision point,Missed opportunity
{m14},,Children's social care,Social worker,"Fictional: referral from the health visitor about home conditions screened; advice given, no assessment.",Contact record,yes,yes,yes
{d13},09:40,Police,Response officer,Fictional: called to a domestic argument at the home; the baby was present and seen asleep.,Incident log (fictional),yes,,yes
{d12},,Children's social care,Team manager,Fictional: the police notification was reviewed; a single assessment was opened.,Case note,,yes,
{m11},,Early help,Family support worker,"Fictional: three visits this month; the mother missed two, the worker was not told of the police call.",Early help record,,,yes
{d10},14:15,Police,Public protection unit,Fictional: the domestic abuse risk assessment was scored as standard risk.,DASH form,,yes,
{d9},,Children's social care,Social worker,Fictional: the single assessment closed with a referral to early help.,Assessment record,yes,yes,
"""


def ensure_demo_information(folder, today=None):
    """Child A: information requests (one overdue, one from an agency not cooperating), a
    chronology from three agencies with marks, and a practitioner event with feedback."""
    from plone_scrqm.information.chronology import preview_import
    from plone_scrqm.information.chronology import read_csv
    from plone_scrqm.information.listing import create_entries
    from plone_scrqm.information.listing import partnership_agencies
    from plone_scrqm.information.storage import create_links
    from plone_scrqm.information.storage import record_answer

    review = folder.get("child-a")
    if review is None or "request-police" in review:
        return False
    today = today or current_day()

    def ago(days):
        return today - timedelta(days=days)

    with api.env.adopt_roles(["Manager"]):
        requests = (
            (
                "request-police",
                "Police: incidents and risk assessments",
                "Police",
                {"date_sent": ago(60), "date_due": ago(5)},
            ),
            (
                "request-csc",
                "Children's social care: case records",
                "Children's social care",
                {"date_sent": ago(60), "date_due": ago(30), "date_received": ago(32)},
            ),
            (
                "request-gp",
                "General practice: the family's GP records",
                "General practice",
                {
                    "date_sent": ago(60),
                    "date_due": ago(30),
                    "non_cooperation_reason": "Fictional: the practice has asked for legal advice on sharing the parents' "
                    "records; the chair has written to the practice's senior partner.",
                },
            ),
            (
                "request-early-help",
                "Early help: support plan and visits",
                "Early help",
                {"date_sent": ago(20), "date_due": today + timedelta(days=10)},
            ),
        )
        for request_id, title, agency, dates in requests:
            api.content.create(
                container=review,
                type="InformationRequest",
                id=request_id,
                title=title,
                agency=agency,
                information_requested=f"{FICTIONAL} Records of contact with the family in the "
                "period under review, with the reasons for decisions.",
                period_start=ago(900),
                period_end=ago(150),
                level_of_detail="A chronology in the partnership's template, and copies of "
                "assessments: the review looks at decisions, not every contact.",
                agency_contact="Designated safeguarding lead",
                **dates,
            )
        months = {f"m{n}": (today - timedelta(days=30 * n)).strftime("%Y-%m") for n in range(9, 15)}
        days = {f"d{n}": (today - timedelta(days=30 * n)).isoformat() for n in range(9, 15)}
        table = read_csv(DEMO_CHRONOLOGY.format(**months, **days))
        preview = preview_import(table, partnership_agencies(), today=today)
        create_entries(review, preview.to_create)
        event = api.content.create(
            container=review,
            type="PractitionerEvent",
            id="learning-event",
            title="Practitioner learning event (demo)",
            purpose=f"{FICTIONAL} To understand with the practitioners involved what made "
            "sharing concerns about neglect hard, without blame.",
            purpose_stated_date=ago(45),
            invitations_sent_date=ago(40),
            event_date=ago(20),
            event_format="learning-event",
            roles_invited=[
                "Health visitor",
                "Social worker",
                "Response officer",
                "Family support worker",
            ],
            agencies_invited=["Police", "Children's social care", "Early help", "NHS trust"],
            roles_attending=["Health visitor", "Social worker", "Family support worker"],
            agencies_attending=["Children's social care", "Early help", "NHS trust"],
            information_beforehand="A letter from the lead reviewer on the review's purpose "
            "and each participant's part, sent with the invitation.",
            support_arranged="Each agency's safeguarding lead met their staff before and "
            "after the event.",
            protections="Agencies agreed that nothing said at the event would start a "
            "disciplinary process.",
            notes=f"{FICTIONAL} The response officer could not attend: interview arranged.",
        )
        links = create_links(event, 4, expires=today + timedelta(days=14), today=today)
        answers = (
            {
                "purpose_clear": "strongly-agree",
                "safe_to_speak": "agree",
                "learning": "agree",
                "what_helped": "The letter beforehand explained why I was there.",
            },
            {
                "purpose_clear": "agree",
                "safe_to_speak": "neither",
                "agency_support": "disagree",
                "what_would_improve": "Time away from my caseload to prepare.",
            },
        )
        for link, answer in zip(links, answers, strict=False):
            record_answer(link.token, answer, today=today)
    return True


DEMO_PASSWORD = "safeguarding-demo"  # noqa: S105 - local demo accounts, documented


SITE_LANGUAGES = ("en", "cy")


def offer_languages(site, languages=SITE_LANGUAGES):
    """The site's interface in English and Welsh: each person chooses with the language
    selector at the top of the page (a cookie), else the browser's language is used. A
    council does the same in Site Setup → Language (docs/welsh.md)."""
    registry = api.portal.get_tool("portal_registry")
    available = list(registry["plone.available_languages"] or ())
    added = [code for code in languages if code not in available]
    if added:
        registry["plone.available_languages"] = available + added
    registry["plone.use_cookie_negotiation"] = True
    registry["plone.use_request_negotiation"] = True
    return added


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
    offer_languages(site)
    _folder, demo_created = ensure_demo_content(site, demo_password or DEMO_PASSWORD)
    transaction.commit()
    return {"site_created": created, "demo_created": demo_created}
