"""The clocks of a review (Zope side of ``plone_scrqm.clocks``).

The rules read a review's ``ClockFacts`` through one adapter, ``IClockFacts(review)``.
The facts are fields of the review record, its report and its parallel processes, and its
statutory correspondence log (``StatutoryLetter`` items in the review): a letter the
partnership sent is the record of fact and wins over the record's field, which stays the
fallback for a review without the letter (``incidents.rules.facts_with_letters``). A
registration for a more specific interface (or an override) can gather them elsewhere
without touching the rules."""

from contextlib import suppress

from Acquisition import aq_base
from plone import api
from zope.interface import implementer

from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.facts import ClockFacts
from plone_scrqm.clocks.facts import DelayRecord
from plone_scrqm.clocks.timescales import PROGRESS_CLOCKS
from plone_scrqm.clocks.timescales import review_clocks
from plone_scrqm.incidents.rules import facts_with_letters
from plone_scrqm.incidents.rules import letter_fact
from plone_scrqm.interfaces import IClockFacts
from plone_scrqm.publication.checks import documents_of
from plone_scrqm.review.children import children_of
from plone_scrqm.review.settings import timescales
from plone_scrqm.wales.nation import folder_nation

PARALLEL_PROCESS = "ParallelProcess"
STATUTORY_LETTER = "StatutoryLetter"


def review_letters(review):
    """The review's statutory correspondence log (catalog query, in folder order)."""
    return children_of(review, STATUTORY_LETTER)


def parallel_processes(review):
    return children_of(review, PARALLEL_PROCESS)


def _delay_record(review, clock_id, process_titles):
    def value(part):
        return getattr(review, f"{clock_id}_delay_{part}", None)

    record = DelayRecord(
        reason=value("reason") or "",
        cause=process_titles.get(value("cause"), ""),
        board_told=value("board_told"),
        panel_told=value("panel_told"),
        government_told=value("government_told"),
    )
    return record if record != DelayRecord() else None


# Registered for ICaseReview in configure.zcml: the content module's workflow guard calls
# ``review.status``, which reads the clocks, so this module does not import the content.
@implementer(IClockFacts)
def review_clock_facts(review):
    """The facts of a review's clocks, from its record, its report and its processes."""
    report = documents_of(review)["report"]
    publication_date = published_date = None
    if report is not None:
        publication_date = report.publication_date
        if api.content.get_state(obj=report, default=None) == "published":
            published_date = report.publication_date
    titles = {process.UID(): process.title for process in parallel_processes(review)}
    delays = {}
    for clock_id in PROGRESS_CLOCKS:
        record = _delay_record(review, clock_id, titles)
        if record is not None:
            delays[clock_id] = record
    facts = ClockFacts(
        aware_date=review.aware_date,
        notification_date=review.notification_date,
        rapid_review_completed_date=review.rapid_review_completed_date,
        decision=review.decision,
        decision_date=review.decision_date,
        review_type=review.review_type,
        referral_basis=review.referral_basis,
        outcome=getattr(review, "child_outcome", None),
        abuse_or_neglect=getattr(review, "abuse_or_neglect", None),
        looked_after=getattr(review, "child_looked_after", None),
        location=getattr(review, "incident_location", None),
        publication_date=publication_date,
        published_date=published_date,
        advance_copy_sent_date=review.advance_copy_sent_date,
        advance_copy_not_sent_reason=getattr(review, "advance_copy_not_sent_reason", None) or "",
        publication_decision=getattr(review, "publication_decision", None),
        publication_decision_told_date=getattr(review, "publication_decision_told_date", None),
        delays=delays,
        nation=folder_nation(review),
    )
    return facts_with_letters(facts, [letter_fact(letter) for letter in review_letters(review)])


def clock_facts(review):
    return IClockFacts(review)


def clocks_of(review, today=None):
    """The review's clocks. They are kept on the object (a volatile attribute, never stored)
    with the facts, timescales and day they were computed from, so the review's indexers,
    which all ask for them during one reindex, compute them once; any change to what they
    depend on computes them again."""
    inputs = (clock_facts(review), timescales(), today or current_day())
    cached = getattr(aq_base(review), "_v_scrqm_clocks", None)
    if cached is not None and cached[0] == inputs:
        return list(cached[1])
    clocks = review_clocks(inputs[0], inputs[1], today=inputs[2])
    with suppress(AttributeError):  # an object that takes no attributes keeps nothing
        aq_base(review)._v_scrqm_clocks = (inputs, tuple(clocks))
    return clocks
