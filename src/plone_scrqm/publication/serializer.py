"""The JSON of a published report or response, and its context navigation, for a visitor who
may not open the review it belongs to (Anonymous, on a Volto site): neither names the review.

plone.restapi writes the item's ``parent`` (with its title) and builds the context
navigation's upper nodes from the objects, whatever the visitor may view. Breadcrumbs are
handled by the review's ``breadcrumbs_view`` (``review.views.history``)."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from plone.restapi.services.contextnavigation.get import ContextNavigationGet
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer

from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.publication.navtree import without_hidden


def may_view_parent(obj):
    parent = aq_parent(aq_inner(obj))
    return parent is not None and api.user.has_permission("View", obj=parent)


@implementer(ISerializeToJson)
@adapter(IPublicationItem, Interface)
class PublicationItemSerializer(SerializeToJson):
    def __call__(self, *args, **kwargs):
        result = super().__call__(*args, **kwargs)
        if "parent" in result and not may_view_parent(self.context):
            result["parent"] = {}
        return result


class PublicationItemContextNavigationGet(ContextNavigationGet):
    """``@contextnavigation`` on a published document: without the nodes of objects the
    visitor may not view."""

    def reply(self):
        result = super().reply()
        if may_view_parent(self.context):
            return result
        portal = api.portal.get()
        portal_url = portal.absolute_url()

        def visible(node):
            url = node.get("@id") or ""
            if not url.startswith(portal_url):
                return True
            path = url[len(portal_url) :].strip("/")
            obj = portal.unrestrictedTraverse(path, None) if path else portal
            return obj is not None and api.user.has_permission("View", obj=obj)

        result["items"] = without_hidden(result.get("items"), visible)
        return result
