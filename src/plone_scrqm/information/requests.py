"""The status of an information request to an agency (QM10), computed on the day asked
(plain Python). Never stored: the review page and the partnership dashboard compute it from
the request's dates, so it is right on the day it is read.

A request is *outstanding* once sent until it is received or the agency's non-cooperation is
recorded; an outstanding request is *overdue* the day after its due date (due today is not
overdue yet).
"""

from dataclasses import dataclass
from datetime import date

from plone_scrqm import _

NOT_SENT = "not-sent"
AWAITED = "awaited"
OVERDUE = "overdue"
RECEIVED = "received"
NOT_COOPERATING = "not-cooperating"

STATUS_TITLES = {
    NOT_SENT: _("Not sent yet"),
    AWAITED: _("Awaited"),
    OVERDUE: _("Overdue"),
    RECEIVED: _("Received"),
    NOT_COOPERATING: _("Agency not cooperating"),
}
STATUSES = tuple(STATUS_TITLES)


@dataclass(frozen=True)
class RequestFacts:
    date_sent: date | None = None
    date_due: date | None = None
    date_received: date | None = None
    not_cooperating: bool = False


def outstanding_due(facts):
    """The due date of a request still awaited, or None (not sent, received, or the
    agency's non-cooperation recorded). Kept as catalog metadata and index
    ``scrqm_request_due`` for the review page and the dashboard."""
    if facts.not_cooperating or facts.date_received or not facts.date_sent:
        return None
    return facts.date_due


def request_status(facts, today):
    if facts.not_cooperating:
        return NOT_COOPERATING
    if facts.date_received:
        return RECEIVED
    if not facts.date_sent:
        return NOT_SENT
    if facts.date_due is not None and facts.date_due < today:
        return OVERDUE
    return AWAITED


def request_problems(date_sent, date_due, date_received, period_start=None, period_end=None):
    """What is inconsistent in a request's dates (the form and REST refuse it)."""
    problems = []
    if date_sent and date_due and date_due < date_sent:
        problems.append(_("The due date cannot be before the date the request was sent."))
    if date_received and not date_sent:
        problems.append(_("A request cannot be received before it is recorded as sent."))
    if date_sent and date_received and date_received < date_sent:
        problems.append(_("The date received cannot be before the date sent."))
    if period_start and period_end and period_end < period_start:
        problems.append(_("The period asked about ends before it starts."))
    return problems
