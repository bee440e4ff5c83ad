"""The partnership's settings the review reads, from plone.registry: the timescales of its
clocks (edited in the timescales control panel, ``plone_scrqm.timescales.*``). Read by record
name, so the review does not depend on the control panel's form."""

from dataclasses import fields as dataclass_fields
from types import SimpleNamespace

from plone.registry.interfaces import IRegistry
from zope.component import queryUtility

from plone_scrqm.clocks.timescales import Timescales

PREFIX = "plone_scrqm.timescales"


def timescales():
    """The partnership's timescales; the defaults where the settings are not installed."""
    registry = queryUtility(IRegistry)
    if registry is None:
        return Timescales()
    stored = {
        item.name: registry.get(f"{PREFIX}.{item.name}") for item in dataclass_fields(Timescales)
    }
    return Timescales.from_settings(SimpleNamespace(**stored))
