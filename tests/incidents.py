"""Building serious incidents and their rapid reviews for tests, as the partnership would."""

from datetime import date
from datetime import timedelta

from plone import api

from plone_scrqm.clocks import today

TODAY = today()

INCIDENT = {
    "title": "Child E",
    "aware_date": TODAY - timedelta(days=23),
    "child_outcome": "seriously-harmed",
    "child_status": ["child-protection-plan"],
    "notifiable": "yes",
    "notifiable_reason": "Abuse suspected; serious injury.",
    "notification_reference": "SIN-2026-041",
    "notification_sent_to": "Ofsted, shared with the Panel",
    "agencies": ["Police", "Health"],
    "immediate_actions": "CANARY-ACTIONS the sibling placed with grandparents",
}
RAPID_REVIEW = {
    "agency_contributions": ["Police | 2026-11-03 | 2026-11-10", "Education | 2026-11-04 |"],
    "agencies_present": ["Police", "Health", "Education"],
    "agency_views": ["Police | CANARY-VIEW a local review would help"],
    "learning": "Information sharing at the weekend.",
    "meeting_date": TODAY - timedelta(days=8),
    "recommendation": "local-review",
    "rationale": "Practice learning for several agencies.",
    "sent_to_panel_date": TODAY - timedelta(days=5),
}
DECISION = {
    "decision": "review",
    "decision_date": TODAY - timedelta(days=2),
    "decided_by": "Independent chair",
    "decision_rationale": "Learning about information sharing.",
}


def add_incident(folder, user="rita", **fields):
    with api.env.adopt_user(username=user):
        return api.content.create(
            container=folder, type="SeriousIncident", **{**INCIDENT, **fields}
        )


def add_rapid_review(incident, user="rita", **fields):
    with api.env.adopt_user(username=user):
        return api.content.create(
            container=incident,
            type="RapidReview",
            id="rapid-review",
            title="Rapid review",
            **{**RAPID_REVIEW, **fields},
        )


def decide(incident, user="chandra", **fields):
    """The chair records the decision on the incident."""
    with api.env.adopt_user(username=user):
        for name, value in {**DECISION, **fields}.items():
            setattr(incident, name, value)
        incident.reindexObject()


__all__ = ["TODAY", "add_incident", "add_rapid_review", "decide", "date"]
