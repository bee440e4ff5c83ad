"""``GET {review, report or response}/@history`` for the review team.

plone.restapi's ``@history`` (which Volto's History view reads) lists the workflow history
only for a user with "Request review" or "Review portal content" on the item: Plone's
history viewlet asks for them, and the add-on's workflows use neither, so a review manager
who had not created the review saw an empty history. This service lists it for whoever may
call it, that is who holds "CMFEditions: Access previous versions" (the review team's roles
only, see the workflows); the workflow's own guard on ``review_history`` still applies.
Versions (none of the add-on's types is versioned) and the rest are plone.restapi's.
"""

from datetime import UTC
from datetime import datetime as dt

from Acquisition import aq_inner
from plone.app.layout.viewlets.content import ContentHistoryViewlet
from plone.restapi.bbb import safe_text
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.services.history.get import HistoryGet
from Products.CMFCore.utils import getToolByName
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.component.hooks import getSite

from plone_scrqm import _

UNWANTED = (
    "diff_current_url",
    "diff_previous_url",
    "preview_url",
    "actor_home",
    "actorid",
    "revert_url",
    "version_id",
)


class _TeamHistoryViewlet(ContentHistoryViewlet):
    def workflowHistory(self, complete=True):  # noqa: N802 - plone.app.layout's API
        """The viewlet's workflow history without its "Request review" check (the
        service's permission is the check)."""
        context = aq_inner(self.context)
        workflow = getToolByName(context, "portal_workflow")
        try:
            review_history = list(workflow.getInfoFor(context, "review_history"))
        except WorkflowException:
            return []
        anonymous = _("label_anonymous_user", default="Anonymous User")
        for entry in review_history:
            entry["type"] = "workflow"
            action = entry.get("action")
            title = (
                workflow.getTitleForTransitionOnType(action, context.portal_type) if action else ""
            )
            entry["transition_title"] = title or "Create"
            entry["state_title"] = workflow.getTitleForStateOnType(
                entry.get("review_state", ""), context.portal_type
            )
            actor_id = entry.get("actor")
            entry["actorid"] = actor_id
            if actor_id is None:
                entry["actor"] = {"username": anonymous, "fullname": anonymous}
                entry["actor_home"] = ""
            else:
                entry.update(self.getUserInfo(actor_id))
        review_history.reverse()
        return review_history


class TeamHistoryGet(HistoryGet):
    def reply(self):
        if self.version:
            return super().reply()
        viewlet = _TeamHistoryViewlet(self.context, self.request, None, None)
        site_url = getSite().absolute_url()
        viewlet.navigation_root_url = site_url
        viewlet.site_url = site_url
        history = viewlet.fullHistory() or []
        for item in history:
            item["actor"] = {
                "@id": f"{site_url}/@users/{item['actorid']}",
                "id": item["actorid"],
                "fullname": item["actor"].get("fullname"),
                "username": item["actor"].get("username"),
            }
            if item["type"] == "versioning":
                item["version"] = item["version_id"]
                item["@id"] = f"{self.context.absolute_url()}/@history/{item['version']}"
                item["may_revert"] = bool(item.get("revert_url"))
            if not isinstance(item["time"], str):
                item["time"] = dt.fromtimestamp(int(item["time"]), tz=UTC).isoformat(
                    timespec="seconds"
                )
            if item.get("action") is None:
                item["action"] = "Create"
            for key in ("state_title", "transition_title", "action"):
                if key in item:
                    item[key] = self.context.translate(safe_text(item[key]), context=self.request)
            for key in UNWANTED:
                item.pop(key, None)
        return json_compatible(history)
