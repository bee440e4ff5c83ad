"""``@@scr-audit-log`` (filtered, paged), its CSV export, the retention control panel and
the daily clean-up. All read the shared audit store; none writes to the ZODB."""

from datetime import UTC
from datetime import datetime
from urllib.parse import urlencode

from plone import api
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.batching import Batch
from Products.Five.browser import BrowserView
from zope.i18n import translate
from zope.sqlalchemy import mark_changed

from plone_scrqm import _
from plone_scrqm.audit import rules
from plone_scrqm.audit import store
from plone_scrqm.audit.adapters import audit
from plone_scrqm.audit.adapters import reading
from plone_scrqm.audit.adapters import session
from plone_scrqm.common.cron import CronView
from plone_scrqm.common.csv_writer import csv_response
from plone_scrqm.common.errors import FilterError
from plone_scrqm.interfaces import IAuditSettings

PAGE_SIZE = 50
SETTINGS_PREFIX = "plone_scrqm.audit"

ACTION_TITLES = {
    rules.READ: _("Read"),
    rules.EXPORT: _("Exported"),
    rules.LETTER_MADE: _("Letter sent"),
    rules.CONTACT_RECORDED: _("Contact recorded"),
    rules.MATCH_ACCEPTED: _("Privacy match accepted"),
    rules.SHARING_CHANGED: _("Sharing changed"),
    rules.APPROVED: _("Approved for publication"),
    rules.PUBLISHED: _("Published"),
    rules.WITHDRAWN: _("Withdrawn"),
    rules.PURGED: _("Old entries removed"),
}

CSV_FIELDS = (
    "occurred_utc",
    "user",
    "action",
    "item",
    "title",
    "review",
    "review_uid",
    "family_record",
    "family_uid",
    "detail",
    "instance",
)


def _today():
    """The real date in UTC, like the entries' times: retention is counted from when things
    happened, not from the clocks' date (``plone_scrqm.clocks.today()``, which tests freeze)."""
    return datetime.now(UTC).date()


def retention_days():
    value = api.portal.get_registry_record(
        f"{SETTINGS_PREFIX}.retention_days", default=rules.DEFAULT_RETENTION_DAYS
    )
    return value or rules.DEFAULT_RETENTION_DAYS


class PageOfEntries(list):
    """One page of entries, with the number of all matching ones, for Plone's batching."""

    def __init__(self, rows, total):
        super().__init__(rows)
        self.actual_result_count = total


class AuditFilterMixin:
    error = None

    def parse(self):
        try:
            self.filters = rules.parse_filters(self.request.form)
        except FilterError as error:
            self.error = translate(error.message, context=self.request)
            self.request.response.setStatus(400)
            self.filters = None
        return self.filters


class AuditLogView(AuditFilterMixin, BrowserView):
    """Managers and Audit readers: every entry of every instance, newest first."""

    def __call__(self):
        self.parse()
        return self.index()

    def batch(self):
        if self.filters is None:
            return Batch(PageOfEntries([], 0), PAGE_SIZE, 0)
        try:
            start = max(0, int(self.request.form.get("b_start", 0) or 0))
        except (TypeError, ValueError):
            start = 0
        with reading() as sql:
            total = store.count(sql, self.filters)
            if start >= total:
                start = 0
            found = store.select(sql, self.filters, start, PAGE_SIZE)
        rows = [self.row(entry) for entry in found]
        return Batch(PageOfEntries(rows, total), PAGE_SIZE, start)

    def row(self, entry):
        title = ACTION_TITLES.get(entry["action"])
        return {
            **entry,
            "when": entry["occurred"].strftime("%Y-%m-%d %H:%M:%S"),
            "action_title": translate(title, context=self.request) if title else entry["action"],
            "family_url": self.url(family=entry["family_uid"]) if entry["family_uid"] else "",
        }

    def url(self, view="@@scr-audit-log", **params):
        base = f"{api.portal.get().absolute_url()}/{view}"
        params = {key: value for key, value in params.items() if value}
        return f"{base}?{urlencode(params)}" if params else base

    def csv_url(self):
        params = self.filters.as_params() if self.filters else {}
        return self.url("@@scr-audit-log.csv", **params)

    def options(self):
        chosen = self.filters.as_params() if self.filters else {}
        with reading() as sql:
            found = store.choices(sql)
        return {
            "users": [(u, u == chosen.get("user")) for u in found["users"]],
            "reviews": [(uid, t, uid == chosen.get("review")) for uid, t in found["reviews"]],
            "families": [(uid, t, uid == chosen.get("family")) for uid, t in found["families"]],
            "actions": [
                (action, translate(ACTION_TITLES[action], context=self.request))
                for action in rules.ACTIONS
            ],
            "action": chosen.get("action", ""),
            "start": chosen.get("start", ""),
            "end": chosen.get("end", ""),
        }

    def retention_days(self):
        return retention_days()


class AuditLogCSV(AuditFilterMixin, BrowserView):
    """Every entry the filters select (no paging), for a subject access request or an
    investigation. The export itself is recorded."""

    def __call__(self):
        if self.parse() is None:
            self.request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return self.error
        with reading() as sql:
            entries = store.select(sql, self.filters)
        portal = api.portal.get()
        audit(rules.EXPORT, portal, f"audit log CSV {urlencode(self.filters.as_params())}".strip())
        return csv_response(
            self.request,
            CSV_FIELDS,
            (
                {
                    "occurred_utc": entry["occurred"].strftime("%Y-%m-%d %H:%M:%S"),
                    "user": entry["user_id"],
                    "action": entry["action"],
                    "item": entry["path"],
                    "title": entry["title"],
                    "review": entry["review_title"],
                    "review_uid": entry["review_uid"],
                    "family_record": entry["family_title"],
                    "family_uid": entry["family_uid"],
                    "detail": entry["detail"],
                    "instance": entry["instance"],
                }
                for entry in entries
            ),
            "audit-log.csv",
        )


class AuditCleanup(CronView):
    """``POST @@scr-audit-cleanup`` (daily, ``make audit-cleanup``): remove entries older
    than the retention period; the removal is itself recorded."""

    what = "remove audit entries older than the retention period"

    def run(self):
        days = retention_days()
        cutoff = rules.retention_cutoff(_today(), days)
        sql = session()
        removed = store.purge(sql, cutoff)
        mark_changed(sql)
        audit(rules.PURGED, api.portal.get(), f"{removed} entries before {cutoff.date()}")
        return {
            "removed": removed,
            "before": cutoff.date().isoformat(),
            "retention_days": max(days, rules.MIN_RETENTION_DAYS),
        }


class AuditSettingsForm(RegistryEditForm):
    schema = IAuditSettings
    schema_prefix = SETTINGS_PREFIX
    label = _("Audit trail")
    description = _(
        "How long the audit trail of family records, chronologies, sharing and publication "
        "is kept. Entries older than this are removed by the daily clean-up."
    )


class AuditSettingsControlPanel(ControlPanelFormWrapper):
    form = AuditSettingsForm
