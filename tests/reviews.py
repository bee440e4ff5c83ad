"""Building reviews in a given phase for tests, the way the partnership would get there."""

from datetime import timedelta

from plone import api

from plone_scrqm.clocks import today

TODAY = today()

REFERRAL = {
    "incident_date": TODAY - timedelta(days=60),
    "referral_date": TODAY - timedelta(days=58),
    "referring_agency": "Children's social care",
    "referral_rationale": "Serious injury; several agencies involved.",
    "referral_basis": "statutory-criteria",
}
DECISION = {
    "decision": "review",
    "decision_date": TODAY - timedelta(days=40),
    "decided_by": "Independent chair",
    "decision_rationale": "Meets the statutory criteria; learning about neglect.",
    "review_type": "lcspr",
}
SET_UP = {
    "board_advised_date": TODAY - timedelta(days=38),
    "purpose_statement": "Learning and improvement.",
    "terms_of_reference": "Information sharing between health and social care.",
    "period_under_review": "March 2024 to June 2025",
    "lead_reviewers": ["Independent lead reviewer"],
    "conducted_by": "The lead reviewer with a review team",
    "quality_assured_by": "Case review subgroup",
    "signed_off_by": "Partnership chair",
    "planned_completion_date": TODAY + timedelta(days=120),
}

# state: the transitions (made as a Manager) that lead there from "referred", and the
# fields they need
ROUTE = {
    "referred": ((), {}),
    "decision_pending": (("request_decision",), REFERRAL),
    "not_proceeding": (
        ("request_decision", "decide_no_review"),
        {**REFERRAL, **DECISION, "decision": "no-review"},
    ),
    "setting_up": (("request_decision", "decide_review"), {**REFERRAL, **DECISION}),
    "running": (
        ("request_decision", "decide_review", "start_review"),
        {**REFERRAL, **DECISION, **SET_UP},
    ),
    "reporting": (
        ("request_decision", "decide_review", "start_review", "start_reporting"),
        {**REFERRAL, **DECISION, **SET_UP},
    ),
}


def set_fields(obj, **fields):
    for name, value in fields.items():
        setattr(obj, name, value)
    obj.reindexObject()


def advance(review, state):
    """Fill in what the route needs and make its transitions as a Manager."""
    transitions, fields = ROUTE[state]
    set_fields(review, **fields)
    with api.env.adopt_roles(["Manager"]):
        for transition in transitions:
            api.content.transition(obj=review, transition=transition)
    assert api.content.get_state(obj=review) == state
    return review


def force_state(obj, workflow_id, state):
    """Put an object straight into a state (for the permission matrix only)."""
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow_tool.setStatusOf(
        workflow_id,
        obj,
        {"review_state": state, "action": None, "actor": "test", "comments": "", "time": None},
    )
    workflow_tool[workflow_id].updateRoleMappingsFor(obj)
    obj.reindexObject()


def add_documents(review, publication_date=None, told=True):
    """A report and a board response in draft, as the review team would add them; with
    ``told``, the family, the professionals, and the Panel and the Secretary of State (the
    advance copy) have been told."""
    if told and review.advance_copy_sent_date is None:
        review.advance_copy_sent_date = TODAY - timedelta(days=8)
    with api.env.adopt_roles(["Manager"]):
        report = api.content.create(
            container=review,
            type="ReviewReport",
            id="report",
            title="Child D: local child safeguarding practice review",
            summary="How agencies shared information about neglect.",
            area="Northshire",
            learning_themes=["neglect", "information-sharing"],
            publication_date=publication_date,
            family_told_date=TODAY - timedelta(days=10) if told else None,
            professionals_told_date=TODAY - timedelta(days=9) if told else None,
        )
        response = api.content.create(
            container=review,
            type="BoardResponse",
            id="response",
            title="Board response to the Child D review",
            accepts_findings="accepts",
            publication_date=publication_date,
        )
    return report, response


def to_awaiting_approval(*documents, to_board=True):
    """The documents submitted for the chair's approval; with ``to_board``, the review (in
    its reporting phase) then goes to the board, the phase where approval happens."""
    with api.env.adopt_roles(["Manager"]):
        for doc in documents:
            for transition in ("submit_for_qa", "submit_for_approval"):
                api.content.transition(obj=doc, transition=transition)
        review = documents[0].aq_parent if documents else None
        if to_board and review is not None and api.content.get_state(review) == "reporting":
            api.content.transition(obj=review, transition="submit_to_board")


def add_finding(review, title="Finding 1: thresholds for neglect", **fields):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=review,
            type="Finding",
            title=title,
            explanation=fields.pop(
                "explanation", "Agencies held different thresholds, so no one saw the whole."
            ),
            priority=fields.pop("priority", "high"),
            **fields,
        )


def add_action(review, findings, title="Shared neglect threshold tool", **fields):
    values = {
        "agency": "Police",
        "lead_user": "leo",
        "due_date": TODAY + timedelta(days=30),
        "success_measure": "Children living with neglect are helped earlier.",
        **fields,
    }
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=review,
            type="ImprovementAction",
            title=title,
            findings=[f.UID() for f in findings],
            **values,
        )


def add_request(review, title="Police records", **fields):
    values = {
        "agency": "Police",
        "information_requested": "Records of contact with the family in the period.",
        "date_sent": TODAY - timedelta(days=30),
        "date_due": TODAY + timedelta(days=10),
        **fields,
    }
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=review, type="InformationRequest", title=title, **values
        )


def add_entry(review, what_happened="Home visit; the baby was seen asleep.", **fields):
    values = {
        "entry_date": TODAY - timedelta(days=400),
        "date_precision": "day",
        "agency": "Police",
        "practitioner_role": "Response officer",
        "source_record": "Log 1",
        **fields,
    }
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=review["chronology-entries"],
            type="ChronologyEntry",
            title="computed",
            what_happened=what_happened,
            **values,
        )


def add_event(review, title="Practitioner learning event", **fields):
    values = {
        "purpose": "To understand how agencies shared information about neglect.",
        "purpose_stated_date": TODAY - timedelta(days=30),
        "invitations_sent_date": TODAY - timedelta(days=20),
        "event_date": TODAY - timedelta(days=5),
        "event_format": "learning-event",
        "agencies_invited": ["Police", "Education"],
        **fields,
    }
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(container=review, type="PractitionerEvent", title=title, **values)
