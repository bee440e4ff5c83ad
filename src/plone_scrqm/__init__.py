"""plone-scrqm: serious case review quality markers for Plone."""

from zope.i18nmessageid import MessageFactory

PACKAGE_NAME = "plone_scrqm"

_ = MessageFactory("plone_scrqm")
