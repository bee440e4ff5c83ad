"""The review plan's milestones and their slippage (QM8; plain Python, no Zope).

A milestone is written ``name | planned YYYY-MM-DD | actual YYYY-MM-DD | who``; the actual
date stays empty until it is reached. Slippage is counted in working days: how late the
milestone was reached, or how late it is today when it has not been reached and its
planned date has passed.
"""

from dataclasses import dataclass
from datetime import date

from plone_scrqm import _
from plone_scrqm.review.entries import parse_date
from plone_scrqm.review.entries import split_line
from plone_scrqm.review.problems import Problem

COLUMNS = 4


@dataclass(frozen=True)
class Milestone:
    name: str
    planned: date | None
    actual: date | None
    who: str

    def slippage(self, calendar, today):
        """Working days late (0 when on time or not yet due)."""
        if self.planned is None:
            return 0
        reached = self.actual or today
        return max(calendar.between(self.planned, reached), 0)


def _parse(line):
    parts = split_line(line, COLUMNS)
    if parts is None or not parts[0] or not parts[1]:
        raise ValueError(line)
    return Milestone(parts[0], parse_date(parts[1]), parse_date(parts[2]), parts[3])


def parse_milestones(lines):
    out = []
    for line in lines or ():
        try:
            out.append(_parse(line))
        except ValueError:
            continue
    return out


def check_milestones(lines):
    problems = []
    for line in lines or ():
        try:
            _parse(line)
        except ValueError:
            problems.append(
                Problem(
                    ("milestones",),
                    _(
                        "Write each milestone as 'milestone | planned YYYY-MM-DD | actual "
                        "YYYY-MM-DD (when reached) | who': ${line}",
                        mapping={"line": line},
                    ),
                )
            )
    return problems
