"""Demo serious incidents for ``make start``: one that ended at the rapid review, one
converted into a local review, one awaiting the Panel's response whose notification was
late, with its delay record and the notice of the delay in its correspondence. Fictional
throughout. Kept apart from the sample reviews so the data can move on its own."""

from datetime import timedelta

from plone import api

from plone_scrqm.incidents.adapters import start_local_review

FICTIONAL = "Fictional example for demonstration only: no real child, family or agency."


def _demo_incidents(today):
    def ago(days):
        return today - timedelta(days=days)

    common = {
        "child_outcome": "seriously-harmed",
        "notifiable": "yes",
        "notifiable_reason": "Serious harm; neglect suspected (fictional).",
        "notification_sent_to": "Ofsted, shared with the Panel and the Department",
        "agencies": ["Children's social care", "Police", "Health visiting"],
        "immediate_actions": "Strategy discussion held; safety plan agreed (fictional).",
    }
    return (
        {
            "id": "incident-child-h",
            "title": "Child H",
            **common,
            "aware_date": ago(70),
            "notification_date": ago(67),
            "notification_reference": "SIN-DEMO-0001",
            "child_status": ["child-in-need"],
            "decision": "no-review",
            "decision_date": ago(30),
            "decided_by": "Independent chair of the partnership",
            "decision_rationale": (
                "The rapid review found the learning and the actions; the Panel agreed that "
                "no further review is needed (fictional)."
            ),
            "_rapid": {
                "agency_contributions": [
                    f"Police | {ago(66).isoformat()} | {ago(60).isoformat()}",
                    f"Health visiting | {ago(66).isoformat()} | {ago(59).isoformat()}",
                ],
                "meeting_date": ago(55),
                "agencies_present": ["Children's social care", "Police", "Health visiting"],
                "agency_views": [
                    "Police | The learning is single-agency and already acted on",
                    "Health visiting | Agrees: no further review",
                ],
                "learning": "Escalation between health visiting and social care (fictional).",
                "recommendation": "no-further-review",
                "rationale": "The learning is identified and the actions are under way.",
                "sent_to_panel_date": ago(52),
                "panel_response_date": ago(35),
                "panel_response": "agrees",
                "panel_response_text": "The Panel agrees with the partnership (fictional).",
            },
            "_close": True,
        },
        {
            "id": "incident-child-j",
            "title": "Child J",
            **common,
            "aware_date": ago(60),
            "notification_date": ago(58),
            "notification_reference": "SIN-DEMO-0002",
            "child_status": ["child-protection-plan"],
            "decision": "review",
            "decision_date": ago(25),
            "decided_by": "Independent chair of the partnership",
            "decision_rationale": (
                "Several agencies; learning about information sharing at weekends (fictional)."
            ),
            "_rapid": {
                "agency_contributions": [
                    f"Police | {ago(57).isoformat()} | {ago(50).isoformat()}",
                    f"Children's social care | {ago(57).isoformat()} | {ago(49).isoformat()}",
                ],
                "meeting_date": ago(46),
                "agencies_present": ["Children's social care", "Police", "Health visiting"],
                "agency_views": [
                    "Children's social care | A local review would find the system learning",
                    "Police | Agrees",
                ],
                "learning": "Weekend information sharing (fictional).",
                "recommendation": "local-review",
                "rationale": "System learning across three agencies.",
                "sent_to_panel_date": ago(42),
                "panel_response_date": ago(28),
                "panel_response": "agrees",
                "panel_response_text": "The Panel agrees a local review (fictional).",
            },
            "_convert": True,
        },
        {
            "id": "incident-child-k",
            "title": "Child K",
            **common,
            # Notified 14 calendar days after becoming aware: late (5 working days) whatever
            # the weekends and bank holidays in between; the rapid review, sent 18 calendar
            # days after (at most 14 working days), is in time.
            "aware_date": ago(24),
            "notification_date": ago(10),
            "notification_reference": "SIN-DEMO-0003",
            "child_status": ["looked-after"],
            "notification_delay_reason": (
                "The referral reached the wrong team and was found at the weekly review of "
                "referrals (fictional)."
            ),
            "notification_delay_board_told": ago(9),
            "notification_delay_panel_told": ago(10),
            "notification_delay_government_told": ago(10),
            "_letters": (
                {
                    "id": "delay-notice",
                    "title": "Notice of a delay: Notification",
                    "letter_type": "delay-notice",
                    "direction": "sent",
                    "correspondent": "panel",
                    "letter_date": ago(10),
                    "delayed_clock": "notification",
                    "reference": "SIN-DEMO-0003",
                },
            ),
            "_rapid": {
                "agency_contributions": [
                    f"Police | {ago(16).isoformat()} | {ago(12).isoformat()}",
                    f"Education | {ago(16).isoformat()} |",
                ],
                "meeting_date": ago(8),
                "agencies_present": ["Children's social care", "Police"],
                "agency_views": ["Police | A local review is needed"],
                "learning": "Missing-from-care responses (fictional).",
                "recommendation": "local-review",
                "rationale": "The response to missing episodes needs a multi-agency look.",
                "sent_to_panel_date": ago(6),
            },
        },
    )


def ensure_demo_incidents(folder, today):
    """Add the demo incidents the folder does not have yet; true when any was added."""
    added = False
    with api.env.adopt_roles(["Manager"]):
        for record in _demo_incidents(today):
            if record["id"] in folder:
                continue
            fields = {k: v for k, v in record.items() if not k.startswith("_")}
            incident = api.content.create(
                container=folder, type="SeriousIncident", description=FICTIONAL, **fields
            )
            api.content.create(
                container=incident,
                type="RapidReview",
                id="rapid-review",
                title="Rapid review",
                **record["_rapid"],
            )
            api.content.create(
                container=incident,
                type="StatutoryLetter",
                id="notification",
                title="Notification of a serious incident",
                letter_type="notification",
                direction="sent",
                correspondent="ofsted",
                letter_date=record["notification_date"],
                reference=record["notification_reference"],
            )
            for letter in record.get("_letters", ()):
                api.content.create(container=incident, type="StatutoryLetter", **letter)
            if record.get("_convert"):
                start_local_review(incident)
            if record.get("_close"):
                api.content.transition(obj=incident, transition="close")
            added = True
    return added
