"""→ 1016: serious incidents, their rapid reviews, the statutory correspondence log and a
review's working papers.

Adds the types (and ``StatutoryLetter`` and ``PapersFolder`` to what a review may hold),
their add permissions and the incident workflow, bound to the incident only; the papers
are bound to the private workflow. The review gets the records behaviour (terms of
reference history, issues and risks, board meetings) and the setting of the board's
minimum time with a report. The site's own
workflows and the chains of every other type are left as they are."""

from plone.registry import Record
from plone.registry import field
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

from plone_scrqm.incidents.checks import BOARD_MINIMUM_RECORD

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"


def upgrade(setup_tool):
    for step in ("typeinfo", "rolemap"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
    # One new setting, added alone so the partnership's other settings keep their values.
    registry = getUtility(IRegistry)
    if BOARD_MINIMUM_RECORD not in registry.records:
        registry.records[BOARD_MINIMUM_RECORD] = Record(
            field.Int(
                title="Days the board should have the report before agreeing the response",
                min=0,
            ),
            value=0,
        )
