"""The partnership dashboard's data: every review the user may see, from catalog brains
and metadata only (no review is woken), with filters and sorting. The metadata holds the
clocks' dates; their state, used and left days are worked out for today when shown. Used by the
``@@scr-dashboard`` page and ``GET @scr-dashboard`` alike."""

from datetime import date
from datetime import timedelta

from plone import api
from zope.i18n import translate

from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.timescales import CLOCK_TITLES
from plone_scrqm.clocks.timescales import STATE_TITLES
from plone_scrqm.clocks.timescales import summary_as_of
from plone_scrqm.review.clocks import timescales
from plone_scrqm.review.parallel import DELAYS
from plone_scrqm.review.phases import PHASES
from plone_scrqm.review.vocabularies import REVIEW_TYPES

PHASE_ORDER = list(PHASES)
SORTS = ("next_due", "title", "phase", "type")


def _t(message, request):
    return translate(message, domain="plone_scrqm", context=request) if message else ""


def _type_title(token, request):
    try:
        return _t(REVIEW_TYPES.getTerm(token).title, request)
    except LookupError:
        return ""


def clocks_as_of(metadata, today, nation):
    """A review's clocks as they stand on ``today``, from its ``scrqm_clocks`` metadata
    (which holds their dates, not their state on the day it was indexed)."""
    stored = (metadata or {}).get("clocks", ()) if isinstance(metadata, dict) else ()
    return summary_as_of(stored, today, nation)


def _clock_rows(metadata, request, today, nation):
    return [
        {
            **clock,
            "title": _t(CLOCK_TITLES.get(clock.get("title_id", clock["id"])), request),
            "state_title": _t(STATE_TITLES.get(clock["state"]), request),
        }
        for clock in clocks_as_of(metadata, today, nation)
    ]


def _value(brain, name, default=None):
    value = getattr(brain, name, default)
    return default if value is None or repr(value) == "Missing.Value" else value


def row_for(brain, request=None, today=None, nation=None):
    """A dashboard row from the review's brain; its clocks as they stand on ``today``."""
    today = today or current_day()
    nation = nation or timescales().nation
    phase = brain.review_state
    clocks = _clock_rows(_value(brain, "scrqm_clocks", {}), request, today, nation)
    processes = list(_value(brain, "scrqm_processes", ()) or ())
    delayed = [clock for clock in clocks if clock["state"] in ("overdue", "late")]
    return {
        "title": brain.Title,
        "url": brain.getURL(),
        "uid": brain.UID,
        "phase": phase,
        "phase_title": _t(PHASES[phase][0], request) if phase in PHASES else phase,
        "review_type": _value(brain, "scrqm_review_type"),
        "review_type_title": _type_title(_value(brain, "scrqm_review_type"), request),
        "clocks": clocks,
        "next_due": _value(brain, "scrqm_next_due"),
        "overdue": any(clock["overdue"] for clock in clocks),
        "delay_explained": any(
            clock.get("delay_explained") for clock in clocks if clock["overdue"]
        ),
        "worst_overdue": max((-(clock["left"] or 0) for clock in delayed), default=0),
        "processes": {
            "total": len(processes),
            "active": sum(1 for p in processes if p.get("status") != "concluded"),
            "delaying": sum(1 for p in processes if DELAYS in p.get("effects", ())),
            "embargo": any(p.get("embargo") for p in processes),
        },
    }


def query_rows(
    context,
    phase=None,
    review_type=None,
    overdue=False,
    sort_on="next_due",
    request=None,
    today=None,
):
    today = today or current_day()
    query = {
        "portal_type": "CaseReview",
        "path": "/".join(context.getPhysicalPath()),
    }
    if phase:
        query["review_state"] = phase
    if review_type:
        query["scrqm_review_type"] = review_type
    if overdue:
        query["scrqm_next_due"] = {"query": today - timedelta(days=1), "range": "max"}
    nation = timescales().nation
    rows = [
        row_for(brain, request, today, nation)
        for brain in api.portal.get_tool("portal_catalog")(**query)
    ]
    return sort_rows(rows, sort_on)


def sort_rows(rows, sort_on="next_due"):
    keys = {
        "title": lambda row: (row["title"] or "").lower(),
        "phase": lambda row: (
            PHASE_ORDER.index(row["phase"]) if row["phase"] in PHASE_ORDER else 99,
            (row["title"] or "").lower(),
        ),
        "type": lambda row: (row["review_type_title"] or "~", (row["title"] or "").lower()),
        "next_due": lambda row: (row["next_due"] is None, row["next_due"] or date.max),
    }
    return sorted(rows, key=keys.get(sort_on, keys["next_due"]))


def by_phase(rows):
    counts = {}
    for row in rows:
        counts[row["phase"]] = counts.get(row["phase"], 0) + 1
    return [(phase, counts[phase]) for phase in PHASE_ORDER if phase in counts]
