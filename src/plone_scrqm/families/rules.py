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


# The contact log with content: each contact is its own record (``FamilyContact``).

CONTACT_METHODS = (
    "letter",
    "phone",
    "visit",
    "meeting",
    "email",
    "text-message",
    "video-call",
    "via-advocate",
    "via-interpreter",
)
# How the entries of the old content-less contact log map to the methods of a contact.
OLD_CHANNEL_METHODS = {
    "letter": "letter",
    "email": "email",
    "phone": "phone",
    "text-message": "text-message",
    "face-to-face": "meeting",
    "video-call": "video-call",
    "through-a-professional": "via-advocate",
}
# The letter that tells a family member about the review (QM4 Q1).
INFORM_LETTER = "inform"


def record_problems(record, today=None):
    """What is wrong with a contact before it is recorded (empty when nothing): a date not
    in the future, a method, who from the review, at least one family member."""
    problems = []
    when = record.get("contact_date")
    if not isinstance(when, date):
        problems.append("contact_date")
    elif when > (today or current_day()):
        problems.append("date-in-future")
    if record.get("method") not in CONTACT_METHODS:
        problems.append("method")
    if not (record.get("review_people") or "").strip():
        problems.append("review_people")
    if not record.get("members"):
        problems.append("members")
    return problems


def first_informed(contacts, member_uid):
    """The date ``member_uid`` was first told about the review (QM4 Q1): the earliest
    contact that informed them. ``contacts`` are dicts with ``contact_date``, ``members``
    and ``informed``; None when no contact informed them."""
    dates = [
        contact["contact_date"]
        for contact in contacts
        if contact.get("informed")
        and member_uid in (contact.get("members") or ())
        and isinstance(contact.get("contact_date"), date)
    ]
    return min(dates) if dates else None


def migrated_contact(entry):
    """The fields of a contact made from an entry of the old contact log, or None for an
    entry written automatically when a letter was generated: generating a letter is not
    sending it, so those entries do not become contacts."""
    if entry.get("automatic"):
        return None
    try:
        when = date.fromisoformat(entry.get("date") or "")
    except ValueError:
        return None
    interpreter = (entry.get("interpreter") or "").strip()
    return {
        "contact_date": when,
        "method": OLD_CHANNEL_METHODS.get(entry.get("channel"), "meeting"),
        "review_people": (entry.get("who") or "").strip() or "-",
        "said": (entry.get("offered") or "").strip(),
        "interpreter": interpreter,
    }


# Questions and comments from the family (QM4 Q3-Q4, QM12 Q4, QM12 Q7)

QUESTION_KINDS = ("question", "focus", "draft-comment")
OPEN = "open"
CLOSED = "closed"


def question_problem(status, answer):
    """A question or comment is closed only with its answer (QM4 Q4: answered honestly)."""
    if status == CLOSED and not (answer or "").strip():
        return "answer-missing"
    return None


def lines_of_enquiry(terms_of_reference):
    """The lines of the terms of reference, one per line as typed, without list marks:
    what the family's questions for the review are linked to (QM12 Q4)."""
    found = []
    for line in (terms_of_reference or "").splitlines():
        text = line.strip().lstrip("-*•·").strip()
        if len(text) > 2 and text[0].isdigit() and text[1:3] in (". ", ") "):
            text = text[3:].strip()
        if text and text not in found:
            found.append(text)
    return found


# Publication (QM17 Q2-Q3): who has not had the final report

# Members the review is in touch with: not having the final report holds approval back.
# Those who declined, were not involved or about whom nothing is decided yet are named as
# a warning: the chair may approve, knowing.
IN_TOUCH = (INVOLVEMENT_INVITED, INVOLVEMENT_INVOLVED)


def not_yet_told(members):
    """``(blocking, warning)``: titles of family members without a date they received the
    final report. ``members`` are dicts with ``title``, ``involvement`` and
    ``final_report_date``."""
    blocking, warning = [], []
    for member in members:
        if member.get("final_report_date"):
            continue
        if member.get("involvement") in IN_TOUCH:
            blocking.append(member["title"])
        else:
            warning.append(member["title"])
    return blocking, warning


UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", re.IGNORECASE)


def address_identifiers(address):
    """What in a postal address identifies a family: its first line (house and street) and
    its postcode. Town and county lines are left out: they name whole areas, and a report
    names its area."""
    lines = [line.strip(" ,") for line in (address or "").splitlines() if line.strip(" ,")]
    if not lines:
        return []
    found = [lines[0]]
    for line in lines[1:]:
        found.extend(match.group(0) for match in UK_POSTCODE.finditer(line))
    return identifiers(found)


def address_lines(address):
    return [line.strip() for line in (address or "").splitlines() if line.strip()]


RECORD_NAMES = {
    "contact": "Contact",
    "question": "Question",
    "focus": "For the review to look at",
    "draft-comment": "Comment on the draft report",
    "account": "The family's account",
}


def record_title(kind, number, method=None):
    """``Contact 2 (phone)``, ``Question 3``: a number and a kind, never what was said."""
    name = RECORD_NAMES.get(kind, "Family record")
    prefix = f"{name} {number}" if number else name
    return f"{prefix} ({method})" if method else prefix
