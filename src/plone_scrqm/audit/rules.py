"""What the audit trail records and how it is filtered (plain Python, no Zope).

An entry is written once per request: ``entry_key`` is derived from the request's own key
(kept in the WSGI environment, which Zope hands on to a retried request) and from what the
entry says, so a request retried after a ConflictError, or a page that asks twice, leaves
one entry.
"""

import hashlib
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta

from plone_scrqm.common.errors import FilterError

READ = "read"
EXPORT = "export"
LETTER_MADE = "letter-made"
CONTACT_RECORDED = "contact-recorded"
MATCH_ACCEPTED = "match-accepted"
SHARING_CHANGED = "sharing-changed"
APPROVED = "approved"
PUBLISHED = "published"
WITHDRAWN = "withdrawn"
PURGED = "audit-purged"

ACTIONS = (
    READ,
    EXPORT,
    LETTER_MADE,
    CONTACT_RECORDED,
    MATCH_ACCEPTED,
    SHARING_CHANGED,
    APPROVED,
    PUBLISHED,
    WITHDRAWN,
    PURGED,
)

# Workflow transitions of the report and the board response that the trail records.
TRANSITION_ACTIONS = {"approve": APPROVED, "publish": PUBLISHED, "withdraw": WITHDRAWN}

DEFAULT_RETENTION_DAYS = 6 * 365
MIN_RETENTION_DAYS = 365
FIELD_LIMIT = 1000


def entry_key(request_key, action, path, detail):
    """The key that makes an entry unique: one request, one action on one item."""
    text = "\x1f".join((request_key or "", action or "", path or "", detail or ""))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clip(value, limit=FIELD_LIMIT):
    return (value or "")[:limit]


@dataclass(frozen=True)
class Filters:
    """What the audit page and its export are asked for; empty means "any"."""

    user: str = ""
    review: str = ""
    family: str = ""
    action: str = ""
    start: datetime | None = None
    end: datetime | None = None  # exclusive

    def as_params(self):
        """The filters as request parameters, for links to other pages and the export."""
        params = {
            "user": self.user,
            "review": self.review,
            "family": self.family,
            "action": self.action,
            "start": self.start.date().isoformat() if self.start else "",
            "end": (self.end.date() - timedelta(days=1)).isoformat() if self.end else "",
        }
        return {key: value for key, value in params.items() if value}


def _one(params, name):
    value = params.get(name)
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return (value or "").strip()


def _day(params, name):
    value = _one(params, name)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FilterError(name, value, ("YYYY-MM-DD",)) from None


def parse_filters(params):
    """Filters from request parameters ``user``, ``review`` (a review's UID), ``family`` (a
    family record's UID), ``action`` and the period ``start``/``end`` (YYYY-MM-DD, both
    days included). Raises ``FilterError`` for an unknown action or a malformed date."""
    action = _one(params, "action")
    if action and action not in ACTIONS:
        raise FilterError("action", action, ACTIONS)
    start = _day(params, "start")
    end = _day(params, "end")
    if start and end and end < start:
        raise FilterError("end", end.isoformat(), (f">= {start.isoformat()}",))
    return Filters(
        user=clip(_one(params, "user"), 255),
        review=clip(_one(params, "review"), 64),
        family=clip(_one(params, "family"), 64),
        action=action,
        start=datetime.combine(start, time.min) if start else None,
        end=datetime.combine(end + timedelta(days=1), time.min) if end else None,
    )


def retention_cutoff(today, retention_days):
    """Entries written before this moment (UTC) are older than the retention period."""
    days = max(MIN_RETENTION_DAYS, int(retention_days or DEFAULT_RETENTION_DAYS))
    return datetime.combine(today - timedelta(days=days), time.min)
