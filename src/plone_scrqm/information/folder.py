"""Where a review's chronology entries live: one container per review, known by its id,
``chronology-entries`` (the review's ``@@chronology`` page keeps its name). It is created
with the review, or on first use in a review made before it existed, and is on the private
workflow of the entries (only the review team reads it); adding to it follows the review's
phase, like adding to the review.

A multi-agency chronology may hold thousands of entries: kept apart, they never wake when
the review, its page or its publication checks look at the review's own items."""

from Acquisition import aq_base
from Acquisition import aq_chain
from Acquisition import aq_inner
from plone import api
from plone.dexterity.content import Container
from plone.dexterity.utils import createContent
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.interfaces import IChronologyFolder
from plone_scrqm.review.content.case_review import ICaseReview

FOLDER_ID = "chronology-entries"
FOLDER_TYPE = "ChronologyFolder"
ENTRY_TYPE = "ChronologyEntry"
TITLE = _("Chronology entries")


@implementer(IChronologyFolder)
class ChronologyFolder(Container):
    """The chronology entries of one review. Its title is fixed and translated when shown;
    it is not in the navigation."""

    exclude_from_nav = True

    @property
    def title(self):
        return translate(TITLE, context=getRequest())

    @title.setter
    def title(self, value):
        """The title is fixed: a title given is ignored."""


def review_of(obj):
    """The review an entry (or the container) belongs to."""
    for item in aq_chain(aq_inner(obj)):
        if ICaseReview.providedBy(item):
            return item
    return None


def chronology_folder(review):
    """The review's container of entries, or None when the review has none yet."""
    folder = review._getOb(FOLDER_ID, None)
    if folder is None or not IChronologyFolder.providedBy(folder):
        return None
    return folder


def ensure_chronology_folder(review):
    """The review's container of entries, created when missing (whoever is asking: the
    container is part of the review, like its id)."""
    folder = chronology_folder(review)
    if folder is not None:
        return folder
    folder = createContent(FOLDER_TYPE, id=FOLDER_ID)
    review._setObject(FOLDER_ID, folder)
    return review._getOb(FOLDER_ID)


def review_added(review, event):
    """A new review gets its container of entries (a copied review brings its own)."""
    if aq_base(review) is not aq_base(event.object):
        return
    ensure_chronology_folder(review)


def entries_query(review):
    """A catalog query for the review's chronology entries (None when it has no container:
    no entries)."""
    folder = chronology_folder(review)
    if folder is None:
        return None
    return {
        "portal_type": ENTRY_TYPE,
        "path": {"query": "/".join(folder.getPhysicalPath()), "depth": 1},
    }


def entry_count(review):
    """How many entries of the review the user may read, from the catalog (no entry wakes)."""
    query = entries_query(review)
    if query is None:
        return 0
    return len(api.portal.get_tool("portal_catalog")(**query))
