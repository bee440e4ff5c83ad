"""The incidents on the partnership dashboard: every serious incident the user may see,
with its notification and rapid review clocks, from catalog brains and metadata only (the
metadata holds the clocks' dates; their state today is worked out when shown)."""

from datetime import date
from datetime import timedelta

from plone import api
from zope.i18n import translate

from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.timescales import CLOCK_TITLES
from plone_scrqm.clocks.timescales import STATE_TITLES
from plone_scrqm.review.clocks import timescales
from plone_scrqm.review.dashboard import clocks_as_of


def _t(message, request):
    return translate(message, domain="plone_scrqm", context=request) if message else ""


def _value(brain, name, default=None):
    value = getattr(brain, name, default)
    return default if value is None or repr(value) == "Missing.Value" else value


def incident_row(brain, request=None, today=None, nation=None):
    today = today or current_day()
    nation = nation or timescales().nation
    metadata = _value(brain, "scrqm_clocks", {}) or {}
    clocks = [
        {
            **clock,
            "title": _t(CLOCK_TITLES.get(clock.get("title_id", clock["id"])), request),
            "state_title": _t(STATE_TITLES.get(clock["state"]), request),
        }
        for clock in clocks_as_of(metadata, today, nation)
    ]
    return {
        "title": brain.Title,
        "url": brain.getURL(),
        "uid": brain.UID,
        "state": brain.review_state,
        "clocks": clocks,
        "next_due": _value(brain, "scrqm_next_due"),
        "overdue": any(clock["overdue"] for clock in clocks),
    }


def incident_rows(context, overdue=False, request=None, today=None):
    """The incidents inside ``context``, the next due first."""
    query = {"portal_type": "SeriousIncident", "path": "/".join(context.getPhysicalPath())}
    if overdue:
        query["scrqm_next_due"] = {"query": today - timedelta(days=1), "range": "max"}
    today = today or current_day()
    nation = timescales().nation
    rows = [
        incident_row(brain, request, today, nation)
        for brain in api.portal.get_tool("portal_catalog")(**query)
    ]
    return sorted(rows, key=lambda row: (row["next_due"] is None, row["next_due"] or date.max))
