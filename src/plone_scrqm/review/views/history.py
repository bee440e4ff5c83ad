"""``@@review-history``: every move of a review and of its documents, with who made it,
when and the comment given; and breadcrumbs that do not show a review to a visitor who may
not open it."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from Products.CMFPlone.browser.navigation import PhysicalNavigationBreadcrumbs
from Products.Five.browser import BrowserView
from zope.component import getMultiAdapter
from zope.i18n import translate

from plone_scrqm.common.dates import format_datetime
from plone_scrqm.publication.checks import PUBLICATION_TYPES
from plone_scrqm.review.children import children_of


class ReviewHistoryView(BrowserView):
    format_datetime = staticmethod(format_datetime)

    def _entries(self, obj, workflow_id):
        workflow_tool = api.portal.get_tool("portal_workflow")
        workflow = workflow_tool[workflow_id]
        history = obj.workflow_history.get(workflow_id, ())
        entries = []
        for entry in history:
            transition = workflow.transitions.get(entry.get("action") or "")
            state = workflow.states.get(entry.get("review_state"))
            actor_id = entry.get("actor")
            actor = api.user.get(userid=actor_id) if actor_id else None
            entries.append(
                {
                    "when": entry.get("time"),
                    "document": obj.Title(),
                    "action": translate(
                        transition.title if transition else "Created",
                        domain="plone_scrqm",
                        context=self.request,
                    ),
                    "state": translate(
                        state.title if state else entry.get("review_state"),
                        domain="plone_scrqm",
                        context=self.request,
                    ),
                    "actor": (actor.getProperty("fullname") or actor_id) if actor else actor_id,
                    "comment": entry.get("comments") or "",
                }
            )
        return entries

    def entries(self):
        entries = self._entries(self.context, "scrqm_review_workflow")
        documents = children_of(self.context, portal_type=list(PUBLICATION_TYPES.values()))
        for obj in documents:
            # A document the reader may not open shows neither its title nor its comments.
            if api.user.has_permission("View", obj=obj):
                entries.extend(self._entries(obj, "scrqm_publication_workflow"))
        return sorted(entries, key=lambda entry: entry["when"], reverse=True)


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
