"""Catalog indexers of information requests (due dates and facts) and the
searchable text of chronology entries (none)."""

from plone.indexer import indexer

from plone_scrqm.information.content import IChronologyEntry
from plone_scrqm.information.content import IInformationRequest
from plone_scrqm.information.requests import RequestFacts
from plone_scrqm.information.requests import outstanding_due


def _request_facts(obj):
    return RequestFacts(
        obj.date_sent,
        obj.date_due,
        obj.date_received,
        bool((obj.non_cooperation_reason or "").strip()),
    )


@indexer(IInformationRequest)
def request_due(obj):
    return outstanding_due(_request_facts(obj))


@indexer(IInformationRequest)
def request_facts(obj):
    facts = _request_facts(obj)
    return {
        "agency": obj.agency,
        "date_sent": facts.date_sent,
        "date_due": facts.date_due,
        "date_received": facts.date_received,
        "not_cooperating": facts.not_cooperating,
    }


@indexer(IChronologyEntry)
def chronology_searchable_text(obj):
    """Nothing of a chronology entry is searchable, not even by the review team."""
    return ""
