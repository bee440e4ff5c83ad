"""Rows of the action tracker from catalog brains and metadata (no object is woken)."""

from plone import api
from zope.i18n import translate

from plone_scrqm.actions.flags import DEFAULT_SOON_DAYS
from plone_scrqm.actions.flags import FLAG_TITLES
from plone_scrqm.actions.flags import ActionFacts
from plone_scrqm.actions.flags import flags_for
from plone_scrqm.clocks import today as current_day
from plone_scrqm.privacy.board import BoardLabels
from plone_scrqm.vocabularies import AGENCIES_RECORD

SOON_DAYS_RECORD = "plone_scrqm.action_due_soon_days"
CSV_FIELDS = ("review", "title", "agency", "lead", "due_date", "status", "flags", "url")


def soon_days():
    value = api.portal.get_registry_record(SOON_DAYS_RECORD, default=None)
    return DEFAULT_SOON_DAYS if value is None else value


def _state_titles(request):
    workflow = api.portal.get_tool("portal_workflow")["scrqm_action_workflow"]
    return {
        state.id: translate(state.title, domain="plone_scrqm", context=request)
        for state in workflow.states.objectValues()
    }


def action_rows(today=None, request=None, unrestricted=False, **query):
    """Every improvement action the user may see (or every one, ``unrestricted``)."""
    today = today or current_day()
    catalog = api.portal.get_tool("portal_catalog")
    search = catalog.unrestrictedSearchResults if unrestricted else catalog.searchResults
    titles = _state_titles(request)
    days = soon_days()
    rows = []
    # Registered identifiers written into an action's title are shown with neutral labels to
    # those who may not view family details (the notices' run, unrestricted, keeps them).
    label = BoardLabels() if not unrestricted else (lambda _uid, text: text)
    for brain in search(portal_type="ImprovementAction", **query):
        facts = brain.scrqm_action_facts or {}
        progress = brain.scrqm_learning or {}
        flags = flags_for(
            ActionFacts(
                state=brain.review_state,
                due_date=facts.get("due_date"),
                has_impact_evidence=facts.get("has_impact_evidence", False),
                follow_up_dates=facts.get("follow_up_dates", ()),
                last_follow_up_check=facts.get("last_follow_up_check"),
                has_owner=facts.get("has_owner", False),
            ),
            today,
            soon_days=days,
        )
        rows.append(
            {
                "uid": brain.UID,
                "title": label(brain.scrqm_review_uid, brain.Title),
                "url": brain.getURL(),
                "review": brain.scrqm_review_title,
                "review_uid": brain.scrqm_review_uid,
                "agency": facts.get("agency"),
                "lead": facts.get("lead") or "",
                "lead_user": facts.get("lead_user"),
                "due_date": facts.get("due_date"),
                "status": brain.review_state,
                "status_title": titles.get(brain.review_state, brain.review_state),
                "flags": flags,
                # the latest progress update's RAG status and its date, as stored
                "rag": progress.get("rag"),
                "rag_date": progress.get("rag_date"),
                "flag_titles": [translate(FLAG_TITLES[f], context=request) for f in flags],
                "finding_uids": facts.get("finding_uids", ()),
            }
        )
    return rows


def allowed_agencies(rows=()):
    listed = api.portal.get_registry_record(AGENCIES_RECORD, default=None) or []
    return tuple(dict.fromkeys([*listed, *(row["agency"] for row in rows if row["agency"])]))


def visible_reviews():
    """``{uid: pseudonym}`` of the reviews the user may see."""
    catalog = api.portal.get_tool("portal_catalog")
    return {brain.UID: brain.Title for brain in catalog(portal_type="CaseReview")}


def json_row(row):
    out = {key: value for key, value in row.items() if key not in ("finding_uids", "lead_user")}
    out["due_date"] = row["due_date"].isoformat() if row["due_date"] else None
    out["rag_date"] = row["rag_date"].isoformat() if row.get("rag_date") else None
    return out


def csv_row(row):
    return {
        "review": row["review"],
        "title": row["title"],
        "agency": row["agency"],
        "lead": row["lead"],
        "due_date": row["due_date"].isoformat() if row["due_date"] else "",
        "status": row["status_title"],
        "flags": "; ".join(row["flag_titles"]),
        "url": row["url"],
    }
