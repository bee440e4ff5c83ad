"""A problem found by a rule of the review record (plain Python, no Zope).

Its own module so the rules (``review.rules``) and the modules they call (``review.plan``,
``review.parallel``) share it without importing each other.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    fields: tuple[str, ...]
    message: str
