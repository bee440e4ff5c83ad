"""Named vocabularies: lists the partnership extends (in the registry) and the findings of
the review an action belongs to."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

from plone_scrqm import _
from plone_scrqm.learning.vocabularies import learning_themes as theme_vocabulary
from plone_scrqm.review.content.case_review import ICaseReview

LEARNING_THEMES_RECORD = "plone_scrqm.learning_themes"
AGENCIES_RECORD = "plone_scrqm.agencies"


def _token(value):
    return "".join(c if c.isalnum() else "-" for c in value.lower()).strip("-") or "item"


def _registry_vocabulary(record):
    """The record's entries; each title a message whose id is the entry, so forms show the
    shipped entries in the reader's language (``common/shipped_lists.py``) and any other
    entry as typed. The stored value stays the entry itself."""
    values = api.portal.get_registry_record(record, default=None) or []
    terms, seen = [], set()
    for value in values:
        token = _token(value)
        if value and token not in seen:
            seen.add(token)
            terms.append(SimpleTerm(value, token, _(value)))
    return SimpleVocabulary(terms)


@provider(IVocabularyFactory)
def learning_themes(context):
    """One theme list for findings, reports and actions: stable tokens, translated titles
    (``plone_scrqm.learning.vocabularies``)."""
    return theme_vocabulary(context)


@provider(IVocabularyFactory)
def agencies(context):
    return _registry_vocabulary(AGENCIES_RECORD)


def _review_of(context):
    obj = context
    while obj is not None:
        if ICaseReview.providedBy(obj):
            return obj
        obj = aq_parent(aq_inner(obj)) if hasattr(obj, "aq_parent") else None
    return None


def _review_items(context, portal_type, sort_on):
    """The items of one type inside the review of ``context``, by UID with their titles."""
    review = _review_of(context)
    if review is None:
        return SimpleVocabulary([])
    brains = api.portal.get_tool("portal_catalog")(
        path={"query": "/".join(review.getPhysicalPath()), "depth": 1},
        portal_type=portal_type,
        sort_on=sort_on,
    )
    return SimpleVocabulary([SimpleTerm(b.UID, b.UID, b.Title) for b in brains])


@provider(IVocabularyFactory)
def review_findings(context):
    """The findings of the review the action is in (or is being added to)."""
    return _review_items(context, "Finding", "getObjPositionInParent")


@provider(IVocabularyFactory)
def review_parallel_processes(context):
    """The parallel processes of the review, to name one as a delay's cause."""
    return _review_items(context, "ParallelProcess", "created")
