"""Which email notices are due about improvement actions (plain Python).

A notice is identified by a key; a key already in the sent log is never sent again, so the
command can run any number of times a day. The keys carry the date they are about, so a
new due date brings a new notice.
"""

from dataclasses import dataclass

from plone_scrqm.actions.flags import DUE_SOON
from plone_scrqm.actions.flags import OVERDUE


@dataclass(frozen=True)
class Notice:
    key: str
    kind: str  # "due-soon", "overdue" or "digest"
    recipients: tuple
    action_uid: str | None = None
    period: str | None = None


def lead_notices(rows, sent):
    """Due-soon and overdue notices to each action's lead, once per action, kind and due
    date. ``rows`` have ``uid``, ``flags``, ``due_date`` and ``lead_emails``."""
    notices = []
    for row in rows:
        for kind in (OVERDUE, DUE_SOON):
            if kind not in row["flags"] or not row["lead_emails"]:
                continue
            key = f"{kind}:{row['uid']}:{row['due_date'].isoformat()}"
            if key not in sent:
                notices.append(Notice(key, kind, tuple(row["lead_emails"]), row["uid"]))
    return notices


def digest_notice(today, recipients, sent):
    """The monthly digest to the review managers: once per calendar month."""
    period = today.strftime("%Y-%m")
    key = f"digest:{period}"
    if key in sent or not recipients:
        return None
    return Notice(key, "digest", tuple(sorted(recipients)), period=period)
