"""The partnership's learning and improvement framework: its learning priorities (QM15 Q4,
QM18 Q2), each with its period, owner and business plan reference. Priorities are added in
the reviews folder (a partnership-level place, where the review roles are given)."""

from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant

from plone_scrqm import _
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST


class ILearningPriority(model.Schema):
    title = schema.TextLine(title=_("Priority"), required=True, max_length=160)
    description = schema.Text(title=_("What the partnership wants to change"), required=False)
    period_start = schema.Date(title=_("Period: from"), min=EARLIEST, max=LATEST, required=True)
    period_end = schema.Date(title=_("Period: to"), min=EARLIEST, max=LATEST, required=False)
    owner = schema.TextLine(
        title=_("Owner"),
        description=_("A role or a subgroup, for example 'Learning and improvement subgroup'."),
        required=True,
        max_length=200,
    )
    business_plan_reference = schema.TextLine(
        title=_("Business plan reference"),
        description=_("Where the priority sits in the partnership's business plan."),
        required=False,
        max_length=200,
    )

    @invariant
    def period_in_order(data):
        start, end = getattr(data, "period_start", None), getattr(data, "period_end", None)
        if start and end and end < start:
            raise Invalid(_("The period cannot end before it starts."))


@implementer(ILearningPriority)
class LearningPriority(Item):
    """A priority of the partnership's learning and improvement framework."""
