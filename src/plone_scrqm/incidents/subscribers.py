"""An incident's clocks read its rapid review and its correspondence: index the incident
again when they change, so the dashboard stays right."""

from Acquisition import aq_inner
from Acquisition import aq_parent

from plone_scrqm.incidents.content import ISeriousIncident

CLOCK_INDEXES = ["scrqm_clocks", "scrqm_next_due", "scrqm_overdue"]


def child_changed(obj, event):
    containers = (
        getattr(event, "oldParent", None),
        getattr(event, "newParent", None),
        aq_parent(aq_inner(obj)),
    )
    seen = set()
    for container in containers:
        if ISeriousIncident.providedBy(container) and id(container) not in seen:
            seen.add(id(container))
            container.reindexObject(idxs=CLOCK_INDEXES)
