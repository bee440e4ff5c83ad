"""The nation of a partnership (Zope side): a setting of the folder that holds its reviews
(the ``plone_scrqm.partnership_nation`` behaviour on folders), falling back to the site's
record ``plone_scrqm.timescales.nation``. One site can so host an English and a Welsh
partnership."""

from Acquisition import aq_base
from Acquisition import aq_chain
from Acquisition import aq_inner
from plone.registry.interfaces import IRegistry
from zope.component import queryUtility

from plone_scrqm.clocks.workingdays import ENGLAND
from plone_scrqm.clocks.workingdays import NATIONS
from plone_scrqm.controlpanel.timescales import PREFIX

NATION_ATTRIBUTE = "scrqm_nation"


def site_nation():
    registry = queryUtility(IRegistry)
    value = registry.get(f"{PREFIX}.nation") if registry is not None else None
    return value if value in NATIONS else ENGLAND


def folder_nation(context):
    """The nation set on ``context`` or the nearest folder above it that has one; None
    when none has."""
    if context is None:
        return None
    for obj in aq_chain(aq_inner(context)):
        value = getattr(aq_base(obj), NATION_ATTRIBUTE, None)
        if value in NATIONS:
            return value
    return None


def nation_of(context):
    """The nation of the partnership ``context`` belongs to."""
    return folder_nation(context) or site_nation()
