"""Dates as the site shows them (Plone's localised date format), for pages and for the
tasks of My work."""

from DateTime import DateTime
from plone import api


def format_date(value):
    if value is None:
        return ""
    return api.portal.get_localized_time(datetime=DateTime(value.year, value.month, value.day))
