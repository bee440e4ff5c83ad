"""Zope side of the Welsh process: the SUSR phase guards and the review-type check."""

from zope.interface import implementer

from plone_scrqm.interfaces import IReviewPhaseCheck
from plone_scrqm.wales.nation import nation_of
from plone_scrqm.wales.rules import susr_missing


@implementer(IReviewPhaseCheck)
class SUSRPhaseCheck:
    """What the SUSR process (or a Welsh child practice review) expects before each move
    of a Welsh review; nothing for an English one."""

    def __init__(self, context):
        self.context = context

    def missing(self, transition):
        return susr_missing(transition, self.context, nation_of(self.context))
