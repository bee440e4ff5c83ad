"""The tasks of "My work" in plain Python: what a task is, how tasks are ordered, which
clocks and actions call for someone, and which moves cannot be undone.

Providers (``plone_scrqm.mywork.providers``) turn catalog brains into ``Task`` objects;
this module knows nothing of Zope."""

from dataclasses import dataclass
from dataclasses import field
from datetime import date

# Moves that cannot simply be undone: the page asks before making them.
IRREVERSIBLE = frozenset(
    {
        "decide_review",
        "decide_no_review",
        "mark_published",
        "publish",
        "withdraw",
        "close",
    }
)

# Flags of an improvement action that call for its lead.
ACTION_FLAGS = ("overdue", "due-soon")


def needs_confirmation(transition_id):
    return transition_id in IRREVERSIBLE


@dataclass(frozen=True)
class Task:
    """One thing waiting for someone: a short text and the page where it is done."""

    kind: str
    text: str
    url: str
    review: str = ""
    due: date | None = None
    urgent: bool = False
    available: bool = True
    needs: tuple = field(default_factory=tuple)

    def as_json(self):
        return {
            "kind": self.kind,
            "text": self.text,
            "@id": self.url,
            "review": self.review,
            "due": self.due.isoformat() if self.due else None,
            "urgent": self.urgent,
            "available": self.available,
            "needs": list(self.needs),
        }


def sort_tasks(tasks):
    """Urgent first, then what can be done now, then by due date (none last), review, text."""
    return sorted(
        tasks,
        key=lambda task: (
            not task.urgent,
            not task.available,
            task.due is None,
            task.due or date.max,
            task.review.lower(),
            task.text.lower(),
        ),
    )


def overdue_clocks(metadata):
    """The clocks in a review's ``scrqm_clocks`` catalog metadata that are still running
    past their due date, worst first (a clock stopped late waits for nobody)."""
    clocks = metadata.get("clocks", ()) if isinstance(metadata, dict) else ()
    late = [clock for clock in clocks if clock.get("state") == "overdue"]
    return sorted(late, key=lambda clock: clock.get("left") or 0)


def actions_waiting(rows, user_id):
    """Tracker rows of the actions ``user_id`` leads that are overdue or due soon."""
    if not user_id:
        return []
    return [
        row
        for row in rows
        if row.get("lead_user") == user_id and set(ACTION_FLAGS) & set(row.get("flags", ()))
    ]
