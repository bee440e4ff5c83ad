"""Entries written one per line with their parts separated by ``|`` (plain Python).

Liaison logs, the disclosable-material index and the review plan's milestones are lists
of short entries; each line reads, for example, ``2026-03-02 | CPS | Early discussion``.
Dates are written as YYYY-MM-DD so they read the same in every language.
"""

from datetime import date

SEPARATOR = "|"


def split_line(line, columns):
    """The line's parts, stripped, padded with empty strings up to ``columns``; ``None``
    when the line has more parts than that."""
    parts = [part.strip() for part in (line or "").split(SEPARATOR)]
    if len(parts) > columns:
        return None
    return parts + [""] * (columns - len(parts))


def parse_date(text):
    """A YYYY-MM-DD date, ``None`` for an empty text; raises ``ValueError`` otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    return date.fromisoformat(text)


def is_date(text):
    try:
        parse_date(text)
    except ValueError:
        return False
    return True
