"""Statutory clocks of a review in working days (plain Python, no Zope imports), and the
add-on's one "today" (``plone_scrqm.clocks.today()``)."""

from plone_scrqm.clocks.now import today  # noqa: F401
