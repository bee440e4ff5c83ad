"""``@@review-history``: every move of a review and of its documents, with who made it,
when and the comment given; and breadcrumbs that do not show a review to a visitor who may
not open it."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from Products.CMFPlone.browser.navigation import PhysicalNavigationBreadcrumbs
from Products.Five.browser import BrowserView
from zope.component import getMultiAdapter

from plone_scrqm.common.dates import format_datetime
from plone_scrqm.review.history import history_entries


class ReviewHistoryView(BrowserView):
    format_datetime = staticmethod(format_datetime)

    def entries(self):
        return history_entries(self.context, self.request)


class PrivateParentBreadcrumbs(PhysicalNavigationBreadcrumbs):
    """Breadcrumbs through a review the visitor may not open (a published report's review,
    seen by Anonymous): the review is left out, so its title is not shown."""

    def breadcrumbs(self):
        if api.user.has_permission("View", obj=self.context):
            return super().breadcrumbs()
        container = aq_parent(aq_inner(self.context))
        if container is None:
            return ()
        return tuple(
            getMultiAdapter((container, self.request), name="breadcrumbs_view").breadcrumbs()
        )
