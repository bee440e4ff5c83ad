"""Catalog indexers: the facts the action tracker needs of an improvement action."""

from plone import api
from plone.indexer import indexer

from plone_scrqm.actions.content import IImprovementAction


@indexer(IImprovementAction)
def action_facts(obj):
    """What the action tracker needs of an action (no free text, no family details)."""
    lead = ""
    if obj.lead_user:
        user = api.user.get(userid=obj.lead_user)
        lead = (user.getProperty("fullname") if user else "") or obj.lead_user
    if obj.lead_role:
        lead = f"{lead} ({obj.lead_role})" if lead else obj.lead_role
    return {
        "agency": obj.agency,
        "due_date": obj.due_date,
        "lead": lead,
        "lead_user": obj.lead_user,
        "has_owner": bool(obj.lead_user or (obj.lead_role or "").strip()),
        "has_impact_evidence": bool((obj.evidence_of_impact or "").strip()),
        "follow_up_dates": tuple(obj.follow_up_dates or ()),
        "last_follow_up_check": obj.last_follow_up_check,
        "finding_uids": tuple(obj.findings or ()),
    }
