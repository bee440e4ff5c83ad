"""Marker interfaces of the add-on."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IPloneScrqmLayer(IDefaultBrowserLayer):
    """Browser layer installed with the add-on's profile: views and REST services of the
    add-on are registered for it, so they exist only on sites where it is installed."""
