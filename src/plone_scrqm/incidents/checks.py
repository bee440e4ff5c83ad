"""``BoardTimeCheck`` (an ``IPublicationCheck``): approving the board's response warns the
chair when the board had the report for fewer days than the partnership's minimum
(``plone_scrqm.board_minimum_days``, 0 = no minimum) before the response was agreed
(QM15 Q3, QM16 Q1). It never holds the approval back."""

from plone.registry.interfaces import IRegistry
from zope.component import adapter
from zope.component import queryUtility
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.incidents import rules
from plone_scrqm.interfaces import IPublicationCheck
from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.publication.checks import APPROVAL
from plone_scrqm.publication.checks import review_of

BOARD_MINIMUM_RECORD = "plone_scrqm.board_minimum_days"


def board_minimum_days():
    registry = queryUtility(IRegistry)
    if registry is None:
        return 0
    return registry.get(BOARD_MINIMUM_RECORD, 0) or 0


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class BoardTimeCheck:
    stages = (APPROVAL,)

    def __init__(self, context):
        self.context = context

    def problems(self):
        return []

    def warnings(self):
        if getattr(self.context, "portal_type", None) != "BoardResponse":
            return []
        review = review_of(self.context)
        minimum = board_minimum_days()
        lines = getattr(review, "board_meetings", None) if review is not None else None
        days = rules.board_time_short(lines, minimum, current_day())
        if days is None:
            return []
        return [
            _(
                "The board had the report for ${days} days before the response was agreed; "
                "the partnership's minimum is ${minimum} days.",
                mapping={"days": days, "minimum": minimum},
            )
        ]
