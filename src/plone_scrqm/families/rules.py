"""Rules of the family records, in plain Python (no Zope): the neutral title a family member
is known by, the involvement decision (QM12 Q8), the contact log and the identifiers the
privacy scanner looks for.

A family member's name never leaves the record: titles, ids, search text and catalog
metadata use only the member's number and relationship to the child.
"""

import re
from datetime import date

from plone_scrqm.clocks import today as current_day

RELATIONSHIPS = (
    ("mother", "mother"),
    ("father", "father"),
    ("stepmother", "stepmother"),
    ("stepfather", "stepfather"),
    ("partner-of-parent", "partner of a parent"),
    ("grandparent", "grandparent"),
    ("sibling", "brother or sister"),
    ("other-relative", "other relative"),
    ("kinship-carer", "kinship carer"),
    ("foster-carer", "foster carer"),
    ("child", "the child"),
    ("other", "other"),
)
RELATIONSHIP_LABELS = dict(RELATIONSHIPS)

INVOLVEMENT_NOT_DECIDED = "not-decided"
INVOLVEMENT_INVITED = "invited"
INVOLVEMENT_INVOLVED = "involved"
INVOLVEMENT_DECLINED = "declined"
INVOLVEMENT_NOT_INVOLVED = "not-involved"
# The decisions that need their reasons recorded (QM12 Q8: "If family members were not
# involved, is there a clear rationale and is it recorded?")
NEEDS_REASONS = (INVOLVEMENT_DECLINED, INVOLVEMENT_NOT_INVOLVED)

CONTACT_CHANNELS = (
    "letter",
    "email",
    "phone",
    "text-message",
    "face-to-face",
    "video-call",
    "through-a-professional",
)
LETTER_CHANNEL = "letter"
CONTACT_KEYS = ("date", "channel", "who", "offered", "interpreter", "automatic")


def neutral_title(number, relationship):
    """``Family member 2 (father)``: never the person's name."""
    label = RELATIONSHIP_LABELS.get(relationship)
    prefix = f"Family member {number}" if number else "Family member"
    return f"{prefix} ({label})" if label else prefix


def next_member_number(existing_numbers):
    return max([n for n in existing_numbers if n] or [0]) + 1


def involvement_problem(involvement, reasons):
    """The reason a decision cannot be saved as it stands, or None."""
    if involvement in NEEDS_REASONS and not (reasons or "").strip():
        return "reasons-missing"
    return None


def identifiers(*values):
    """The distinct non-empty strings among ``values`` (strings or lists of strings), in
    order: what identifies a person, for the privacy scanner."""
    found = []
    for value in values:
        items = value if isinstance(value, list | tuple) else [value]
        for item in items:
            text = (item or "").strip()
            if text and text not in found:
                found.append(text)
    return found


def contact_problems(entry):
    """What is wrong with a contact-log entry before it is recorded (empty when nothing)."""
    problems = []
    when = entry.get("date")
    try:
        parsed = date.fromisoformat(when) if isinstance(when, str) else when
    except ValueError:
        parsed = None
    if not isinstance(parsed, date):
        problems.append("date")
    elif parsed > current_day():
        problems.append("date-in-future")
    if entry.get("channel") not in CONTACT_CHANNELS:
        problems.append("channel")
    if not (entry.get("who") or "").strip():
        problems.append("who")
    if not (entry.get("offered") or "").strip():
        problems.append("offered")
    return problems


def contact_entry(when, channel, who, offered, interpreter="", automatic=False):
    """A contact-log entry as stored: strings only, so it serialises as it is."""
    return {
        "date": when.isoformat() if isinstance(when, date) else str(when),
        "channel": channel,
        "who": who.strip(),
        "offered": offered.strip(),
        "interpreter": (interpreter or "").strip(),
        "automatic": "yes" if automatic else "",
    }


LETTER_ENTRY = re.compile(
    r"^Letter generated: (?P<letter>[\w-]+) \((?P<language>[\w-]+)(?P<pdf>, PDF)?\)$"
)


def read_letter_entry(offered):
    """``(letter, language, pdf)`` of an automatic letter entry's text, else None (the text
    is stored in English; pages show it in the reader's language)."""
    found = LETTER_ENTRY.match(offered or "")
    if found is None:
        return None
    return found["letter"], found["language"], bool(found["pdf"])


def letter_entry(when, who, letter, language, fmt="page"):
    """The automatic entry recorded when a letter is generated."""
    offered = f"Letter generated: {letter} ({language}{', PDF' if fmt == 'pdf' else ''})"
    return contact_entry(when, LETTER_CHANNEL, who, offered, automatic=True)


def with_entry(log, entry):
    """The log with ``entry`` added, newest last; the same automatic entry (same letter,
    language, person and day) is recorded once, so previewing and printing do not repeat it."""
    log = list(log or [])
    if entry.get("automatic") and entry in log:
        return log
    return [*log, entry]


def sorted_log(log):
    return sorted(log or [], key=lambda entry: entry.get("date") or "")
