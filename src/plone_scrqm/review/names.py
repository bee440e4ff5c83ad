"""Ids that never carry a private fact. A family record is ``family-member``,
``family-member-1``…; a chronology entry is ``entry``, ``entry-1``…, whatever title, date,
agency or id a form, a REST client or the import gives. The ids are chosen by the review's
name chooser (forms, plone.api, REST without an id) and, for a REST client that sends an id,
by the deserializer before the item is added (``review/deserializers.py``). Chronology
entries are named by the review's container of entries (``chronology-entries``)."""

from plone.app.content.namechooser import NormalizingNameChooser
from zope.component import adapter
from zope.container.interfaces import INameChooser
from zope.interface import implementer

from plone_scrqm.interfaces import IChronologyFolder
from plone_scrqm.review.content.case_review import ICaseReview

NEUTRAL_NAMES = {"FamilyMember": "family-member", "ChronologyEntry": "entry"}


@implementer(INameChooser)
@adapter(ICaseReview)
class ReviewNameChooser(NormalizingNameChooser):
    def chooseName(self, name, obj):  # noqa: N802 - zope.container's name
        neutral = NEUTRAL_NAMES.get(getattr(obj, "portal_type", None))
        if neutral is not None:
            return self._findUniqueName(neutral, obj)
        return super().chooseName(name, obj)


@implementer(INameChooser)
@adapter(IChronologyFolder)
class ChronologyNameChooser(ReviewNameChooser):
    """Entries in the review's container are ``entry``, ``entry-1``… as they were in the
    review."""
