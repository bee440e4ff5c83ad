"""The folder ``/quality-markers`` that holds the 18 markers."""

from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer

from plone_scrqm import _


class IMarkerCatalogue(model.Schema):
    title = schema.TextLine(title=_("Title"), required=True)
    description = schema.Text(title=_("Summary"), required=False)


@implementer(IMarkerCatalogue)
class MarkerCatalogue(Container):
    """Holds ``QualityMarker`` items, one per marker, ids ``qm-01`` … ``qm-18``."""
