"""The facts the clock rules read (plain Python).

The Zope side gathers them through one adapter, ``IClockFacts(review)``
(``review/clocks.py``), so that where a fact is recorded (today the review record; later a
serious-incident record and its correspondence) can change without touching the rules.
"""

from dataclasses import dataclass
from dataclasses import field
from datetime import date

# What happened to the child (Children Act 2004 s16C(1)(a)/(b): "dies or is seriously harmed")
DIED = "died"
SERIOUSLY_HARMED = "seriously-harmed"

# Abuse or neglect (s16C(1): "knows or suspects that a child has been abused or neglected")
ABUSE_KNOWN = "known"
ABUSE_SUSPECTED = "suspected"
ABUSE_NOT_SUSPECTED = "not-suspected"

# Where it happened, for the local authority's duty (s16C(1)(a)/(b))
IN_AREA = "in-area"
RESIDENT_OUTSIDE_ENGLAND = "outside-england-resident"
ELSEWHERE = "elsewhere"

YES = "yes"
NO = "no"

# The partners' decision about publication (Working Together 2023, ch. 5)
PUBLISH_FULL = "full-report"
PUBLISH_IMPROVEMENTS = "improvements-only"
NOT_PUBLISHING = "not-publishing"

LOCAL_LEARNING_ONLY = "other-reason"


@dataclass(frozen=True)
class DelayRecord:
    """A delay recorded against one clock: why, and when who was told."""

    reason: str = ""
    cause: str = ""  # the parallel process that caused it, by title, when one did
    board_told: date | None = None
    panel_told: date | None = None
    government_told: date | None = None

    @property
    def told_dates(self):
        return [d for d in (self.board_told, self.panel_told, self.government_told) if d]

    @property
    def last_told(self):
        dates = self.told_dates
        return max(dates) if dates else None


@dataclass(frozen=True)
class ClockFacts:
    aware_date: date | None = None
    notification_date: date | None = None
    rapid_review_completed_date: date | None = None
    decision: str | None = None
    decision_date: date | None = None
    review_type: str | None = None
    referral_basis: str | None = None
    outcome: str | None = None
    abuse_or_neglect: str | None = None
    looked_after: str | None = None
    location: str | None = None
    publication_date: date | None = None
    published_date: date | None = None
    advance_copy_sent_date: date | None = None
    advance_copy_not_sent_reason: str = ""
    publication_decision: str | None = None
    publication_decision_told_date: date | None = None
    delays: dict = field(default_factory=dict)
    # A serious incident record says whether the incident is notifiable (YES or NO); None
    # when the record does not say (a review's own facts then decide).
    notifiable: str | None = None
    # False for a review started from a serious incident record: the notification and
    # rapid review clocks belong to the incident, and the review does not count them again.
    serious_incident_clocks: bool = True
    # The partnership's nation where the review's folder sets it (None: the site's setting)
    nation: str | None = None

    def delay(self, clock_id):
        return self.delays.get(clock_id) or DelayRecord()
