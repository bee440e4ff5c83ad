"""Catalog indexers of the publication documents."""

from Acquisition import aq_base
from plone.indexer import indexer

from plone_scrqm.interfaces import IPublicationItem


@indexer(IPublicationItem)
def document_language(obj):
    """The language of this version (``cy`` or ``en``; empty when not recorded), for the
    public listing's pairing (``publication/listing.py``)."""
    return getattr(aq_base(obj), "language", None) or ""
