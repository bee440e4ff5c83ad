"""The Zope side of serious incidents: their clock facts, indexers, the chain from
incident to review and the conversion into a local review."""

from dataclasses import replace

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.base.interfaces.constrains import IConstrainTypes
from plone.i18n.normalizer.interfaces import IIDNormalizer
from plone.indexer import indexer
from Products.CMFCore.PortalFolder import PortalFolderBase
from zope.component import adapter
from zope.component import queryUtility
from zope.interface import alsoProvides
from zope.interface import implementer

from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.timescales import next_due
from plone_scrqm.clocks.timescales import review_clocks
from plone_scrqm.clocks.timescales import summary
from plone_scrqm.incidents import rules
from plone_scrqm.incidents.content import ISeriousIncident
from plone_scrqm.interfaces import IClockFacts
from plone_scrqm.interfaces import IFromSeriousIncident
from plone_scrqm.review.clocks import review_clock_facts
from plone_scrqm.review.clocks import review_letters
from plone_scrqm.review.clocks import timescales

RAPID_REVIEW = "RapidReview"
STATUTORY_LETTER = "StatutoryLetter"


def _children(container, portal_type):
    return [
        child
        for child in container.objectValues()
        if getattr(child, "portal_type", None) == portal_type
    ]


def rapid_review_of(incident):
    """The incident's rapid review (the first one added), or ``None``."""
    found = _children(incident, RAPID_REVIEW)
    return found[0] if found else None


# plone.app.dexterity's constrain modes: DISABLED means "the type's own allowed types"
DISABLED = 0


@implementer(IConstrainTypes)
@adapter(ISeriousIncident)
class IncidentAllowedTypes:
    """What may be added to an incident: its type's allowed types for this user (the FTI's
    list and add permissions, as a folder without constraints), leaving out the rapid review
    once the incident has one. The toolbar's add menu, ``GET @types``' ``addable`` (Volto's
    add menu) and Dexterity's ``allowedContentTypes`` all read this adapter. The rapid
    review's schema invariant still refuses a second one (a form opened earlier, REST)."""

    def __init__(self, context):
        self.context = context

    def getConstrainTypesMode(self):
        return DISABLED

    def getDefaultAddableTypes(self, context=None):
        return PortalFolderBase.allowedContentTypes(self.context)

    def allowedContentTypes(self, context=None):
        allowed = self.getDefaultAddableTypes()
        if rapid_review_of(self.context) is not None:
            allowed = [fti for fti in allowed if fti.getId() != RAPID_REVIEW]
        return allowed

    def getLocallyAllowedTypes(self, context=None):
        return [fti.getId() for fti in self.allowedContentTypes()]

    def getImmediatelyAddableTypes(self, context=None):
        return self.getLocallyAllowedTypes()


def letters_of(container):
    """The statutory correspondence log of an incident or a review, oldest first. A
    review's letters are found by catalog query (``review_letters``): a review may hold
    thousands of chronology entries; an incident holds a handful of items."""
    if ISeriousIncident.providedBy(container):
        letters = _children(container, STATUTORY_LETTER)
    else:
        letters = review_letters(container)
    return sorted(letters, key=lambda letter: (letter.letter_date is None, letter.letter_date))


@implementer(IClockFacts)
def incident_clock_facts(incident):
    """Registered for ``ISeriousIncident``: the notification and rapid review clocks, with
    their delay records, read from the record, its rapid review and its correspondence."""
    letters = [rules.letter_fact(letter) for letter in letters_of(incident)]
    return rules.incident_facts(incident, rapid_review_of(incident), letters)


@implementer(IClockFacts)
def converted_review_clock_facts(review):
    """Registered for ``IFromSeriousIncident`` (a review started from an incident): the
    review's own facts without the notification and rapid review clocks, which stay with
    the incident so that nothing counts them twice."""
    return replace(review_clock_facts(review), serious_incident_clocks=False)


def incident_clocks(incident, today=None):
    return review_clocks(IClockFacts(incident), timescales(), today=today or current_day())


@indexer(ISeriousIncident)
def incident_clocks_metadata(obj):
    """The clocks' dates (their state today is worked out when shown, as for reviews)."""
    return {"clocks": summary(incident_clocks(obj), timescales().nation)}


@indexer(ISeriousIncident)
def incident_next_due(obj):
    return next_due(incident_clocks(obj))


def _brain(uid):
    """The catalog entry of ``uid`` if the current user may see it."""
    if not uid:
        return None
    brains = api.portal.get_tool("portal_catalog")(UID=uid)
    return brains[0] if brains else None


def linked_review(incident):
    """The catalog entry of the review started from the incident (if the user may see it)."""
    return _brain(getattr(incident, "review_uid", None))


def linked_incident(review):
    """The catalog entry of the incident a review was started from."""
    return _brain(getattr(review, "incident_uid", None))


def incident_chain(incident, review=None):
    """The chain incident -> rapid review -> review as rows with dates and, where the user
    may see them, addresses."""
    rapid = rapid_review_of(incident)
    if review is None:
        brain = linked_review(incident)
        review = brain.getObject() if brain is not None else None
    steps = rules.chain(incident, rapid, review)
    objects = {"incident": incident, "rapid_review": rapid, "review": review}
    return [
        {
            "step": step,
            "title": title,
            "url": objects[step].absolute_url(),
            "dates": [{"label": label, "date": day} for label, day in dates],
        }
        for step, title, dates in steps
    ]


class ConversionRefused(ValueError):
    """The local review cannot be started yet; ``problems`` say why."""

    def __init__(self, problems):
        super().__init__("; ".join(str(problem) for problem in problems))
        self.problems = problems


def start_local_review(incident):
    """Create the ``CaseReview`` in the incident's folder from the incident and its rapid
    review, linked both ways; the review's clocks leave out the incident's."""
    rapid = rapid_review_of(incident)
    problems = rules.conversion_problems(incident, rapid, getattr(incident, "review_uid", None))
    if problems:
        raise ConversionRefused(problems)
    fields = rules.review_fields(incident, rapid)
    folder = aq_parent(aq_inner(incident))
    # The id is chosen before the review is added (the review's pseudonym, made unique), so
    # no rename follows the add: a rename re-indexes a review the catalog has not indexed yet.
    base = queryUtility(IIDNormalizer).normalize(fields.get("title") or "review")
    name, number = base, 0
    while name in folder.objectIds():
        number += 1
        name = f"{base}-{number}"
    review = api.content.create(container=folder, type="CaseReview", id=name, **fields)
    alsoProvides(review, IFromSeriousIncident)
    review.incident_uid = incident.UID()
    incident.review_uid = review.UID()
    review.reindexObject()
    incident.reindexObject()
    return review
