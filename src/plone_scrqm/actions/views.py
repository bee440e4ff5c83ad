"""The action tracker (all actions across reviews), its CSV export, a review's findings
with their actions, and the daily notices command."""

import json
from urllib.parse import urlencode

from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView
from zope.i18n import translate

from plone_scrqm.actions.filtering import TrackerMixin
from plone_scrqm.actions.flags import FLAG_TITLES
from plone_scrqm.actions.flags import FLAGS
from plone_scrqm.actions.flags import STATES
from plone_scrqm.actions.listing import CSV_FIELDS
from plone_scrqm.actions.listing import action_rows
from plone_scrqm.actions.listing import allowed_agencies
from plone_scrqm.actions.listing import csv_row
from plone_scrqm.actions.listing import visible_reviews
from plone_scrqm.actions.mailer import send_notices
from plone_scrqm.actions.tracker import SORT_KEYS
from plone_scrqm.common.batching import page_of
from plone_scrqm.common.cron import CronView
from plone_scrqm.common.csv_writer import csv_response
from plone_scrqm.common.dates import format_date
from plone_scrqm.common.params import refuse_visitors
from plone_scrqm.learning.titles import RAG_TITLES
from plone_scrqm.privacy.board import BoardLabels


class ActionTrackerView(TrackerMixin, BrowserView):
    format_date = staticmethod(format_date)

    def __call__(self):
        refuse_visitors()
        return self.index()

    @memoize
    def rows(self):
        return self.filtered_rows()

    @memoize
    def batch(self):
        return page_of(self.rows(), self.request)

    def rag_title(self, rag):
        return translate(RAG_TITLES[rag], context=self.request) if rag in RAG_TITLES else ""

    def options(self):
        rows = self._all_rows()
        states = api.portal.get_tool("portal_workflow")["scrqm_action_workflow"].states
        form = self.request.form
        return {
            "agency": [(a, a, a == form.get("agency")) for a in allowed_agencies(rows)],
            "status": [(s, states[s].title, s == form.get("status")) for s in STATES],
            "flag": [(f, FLAG_TITLES[f], f == form.get("flag")) for f in FLAGS],
            "review": [
                (uid, title, uid == form.get("review"))
                for uid, title in sorted(visible_reviews().items(), key=lambda item: item[1])
            ],
        }

    def sort_url(self, key):
        form = {
            k: v
            for k, v in self.request.form.items()
            if k in ("agency", "status", "flag", "review")
        }
        ascending = (
            self.request.form.get("sort_on") == key
            and self.request.form.get("sort_order", "ascending") == "ascending"
        )
        form.update(sort_on=key, sort_order="descending" if ascending else "ascending")
        return f"{self.context.absolute_url()}/@@action-tracker?{urlencode(form)}"

    def sort_keys(self):
        return SORT_KEYS

    def csv_url(self):
        query = urlencode({k: v for k, v in self.request.form.items() if isinstance(v, str)})
        return f"{self.context.absolute_url()}/@@action-tracker.csv" + (
            f"?{query}" if query else ""
        )


class ActionTrackerCSV(TrackerMixin, BrowserView):
    def __call__(self):
        refuse_visitors()
        rows = self.filtered_rows()
        if self.error is not None:
            self.request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return self.error
        return csv_response(
            self.request, CSV_FIELDS, [csv_row(row) for row in rows], "improvement-actions.csv"
        )


class ReviewFindingsView(BrowserView):
    """``@@findings`` on a review: each finding with the actions that answer it."""

    def add_finding_url(self):
        """Where to add a finding, for those who may (empty otherwise)."""
        if api.user.has_permission("plone_scrqm: Add Finding", obj=self.context):
            return f"{self.context.absolute_url()}/++add++Finding"
        return ""

    def findings(self):
        catalog = api.portal.get_tool("portal_catalog")
        path = {"query": "/".join(self.context.getPhysicalPath()), "depth": 1}
        rows = action_rows(request=self.request, path=path)
        label = BoardLabels()
        review_uid = self.context.UID()
        out = []
        for brain in catalog(path=path, portal_type="Finding", sort_on="getObjPositionInParent"):
            out.append(
                {
                    "title": label(review_uid, brain.Title),
                    "url": brain.getURL(),
                    "actions": [row for row in rows if brain.UID in row["finding_uids"]],
                }
            )
        answered = {uid for row in rows for uid in row["finding_uids"]}
        known = {brain.UID for brain in catalog(path=path, portal_type="Finding")}
        self.unlinked_actions = [row for row in rows if not set(row["finding_uids"]) & known]
        self.findings_without_actions = len(known - answered)
        return out


class ActionNoticesView(CronView):
    """``@@scr-action-notices`` (POST): send the due notices. For cron (``make send-notices``)."""

    what = "send the action notices"

    def __call__(self):
        try:
            return super().__call__()
        except ValueError as error:  # MailHost not configured: no sender address
            self.request.response.setStatus(503)
            return json.dumps({"error": str(error)})

    def run(self):
        return send_notices(request=self.request)
