"""Publication conditions that come from the statutory timescales (Working Together 2023,
ch. 5), each its own ``IPublicationCheck``:

- ``AdvanceCopyCheck``: the report goes to the Panel and the Secretary of State at least
  seven working days before publication. Approving with a date that leaves fewer days warns
  the chair; publishing with no advance copy recorded is refused unless a Manager
  recorded why.
- ``PublicationDecisionCheck``: a decision not to publish holds publication; a decision to
  publish only the improvements publishes an improvements summary, not the full report,
  once the Panel and the Secretary of State have been told.
"""

from zope.component import adapter
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.facts import NOT_PUBLISHING
from plone_scrqm.clocks.facts import PUBLISH_FULL
from plone_scrqm.clocks.facts import PUBLISH_IMPROVEMENTS
from plone_scrqm.clocks.timescales import ENGLAND
from plone_scrqm.clocks.timescales import ENGLAND_LONG_REVIEWS
from plone_scrqm.clocks.timescales import advance_copy_short
from plone_scrqm.interfaces import IPublicationCheck
from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.publication.checks import PUBLICATION
from plone_scrqm.publication.checks import review_of
from plone_scrqm.review.clocks import clock_facts
from plone_scrqm.review.clocks import timescales
from plone_scrqm.review.content.case_review import ICaseReview


class _ReviewCheck:
    def __init__(self, context):
        self.context = context

    def facts(self):
        review = review_of(self.context)
        return clock_facts(review) if ICaseReview.providedBy(review) else None

    def warnings(self):
        return []


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class AdvanceCopyCheck(_ReviewCheck):
    stages = (PUBLICATION,)

    def _applies(self, facts, settings):
        return (
            facts is not None
            and settings.nation == ENGLAND
            and facts.review_type in ENGLAND_LONG_REVIEWS
            and facts.publication_decision != NOT_PUBLISHING
        )

    def problems(self):
        facts, settings = self.facts(), timescales()
        if not self._applies(facts, settings):
            return []
        if facts.advance_copy_sent_date or facts.advance_copy_not_sent_reason.strip():
            return []
        return [
            _(
                "the advance copy to the Panel and the Secretary of State recorded on the "
                "review (or a Manager's reason for publishing without it)"
            )
        ]

    def warnings(self):
        facts, settings = self.facts(), timescales()
        if not self._applies(facts, settings):
            return []
        days = advance_copy_short(facts, settings, self.context.publication_date, current_day())
        if days is None:
            return []
        return [
            _(
                "The publication date leaves ${days} working days for the advance copy to the "
                "Panel and the Secretary of State; ${needed} are expected. Send it now or move "
                "the publication date.",
                mapping={"days": max(days, 0), "needed": settings.advance_copy_working_days},
            )
        ]


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class PublicationDecisionCheck(_ReviewCheck):
    def problems(self):
        facts = self.facts()
        if facts is None:
            return []
        decision = facts.publication_decision
        if decision == NOT_PUBLISHING:
            return [_("a decision to publish: the partners decided not to publish this review")]
        if getattr(self.context, "publication_kind", None) != "report":
            return []
        content = getattr(self.context, "report_content", None) or PUBLISH_FULL
        problems = []
        if decision == PUBLISH_IMPROVEMENTS:
            if content != PUBLISH_IMPROVEMENTS:
                problems.append(
                    _(
                        "an improvements summary: the partners decided to publish only the "
                        "improvements to be made, not the full report"
                    )
                )
            if facts.publication_decision_told_date is None:
                problems.append(
                    _(
                        "the date the Panel and the Secretary of State were told of the "
                        "decision to publish only the improvements"
                    )
                )
        elif content == PUBLISH_IMPROVEMENTS:
            problems.append(
                _(
                    "a recorded decision to publish only the improvements (the review's "
                    "publication decision), or this document marked as the full report"
                )
            )
        return problems
