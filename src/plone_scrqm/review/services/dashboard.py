"""``GET {site}/@scr-dashboard``: the partnership dashboard as JSON.

Query parameters: ``phase`` (a phase id), ``review_type`` (a type token), ``overdue``
(``1``), ``sort_on`` (``next_due``, ``title``, ``phase``, ``type``); batched (``b_start``,
``b_size``, see ``plone_scrqm.common.batching``). ``by_phase`` counts the whole set;
``phase_options``, ``type_options`` and ``sort_options`` are the filters' choices.
A visitor who is not signed in gets 401, as on the dashboard page."""

from plone.restapi.services import Service
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.common.batching import batched
from plone_scrqm.common.jsonvalues import json_compatible
from plone_scrqm.common.params import refuse_visitors
from plone_scrqm.incidents.dashboard import incident_rows
from plone_scrqm.review.dashboard import SORTS
from plone_scrqm.review.dashboard import by_phase
from plone_scrqm.review.dashboard import query_rows
from plone_scrqm.review.phases import PHASES
from plone_scrqm.review.vocabularies import REVIEW_TYPES

SORT_TITLES = {
    "next_due": _("Next due date"),
    "title": _("Pseudonym"),
    "phase": _("Phase"),
    "type": _("Type of review"),
}


def dashboard_options(request):
    """The choices of the dashboard's filters and sorting, with their titles, as the
    dashboard page offers them."""

    def t(message):
        return translate(message, domain="plone_scrqm", context=request)

    return {
        "phase_options": [{"id": pid, "title": t(title)} for pid, (title, _m) in PHASES.items()],
        "type_options": [{"id": term.value, "title": t(term.title)} for term in REVIEW_TYPES],
        "sort_options": [{"id": sort, "title": t(SORT_TITLES[sort])} for sort in SORTS],
    }


class DashboardGet(Service):
    def reply(self):
        refuse_visitors()
        form = self.request.form
        sort_on = form.get("sort_on") if form.get("sort_on") in SORTS else "next_due"
        rows = query_rows(
            self.context,
            phase=form.get("phase") or None,
            review_type=form.get("review_type") or None,
            overdue=form.get("overdue") in ("1", "true", "yes"),
            sort_on=sort_on,
            request=self.request,
        )
        items = [
            {
                "@id": row["url"],
                **{key: json_compatible(value) for key, value in row.items() if key != "url"},
            }
            for row in rows
        ]
        # Serious incidents with the notification and rapid review clocks, beside the
        # reviews (not batched: a partnership has few open at a time).
        incidents = []
        if not form.get("phase") and form.get("review_type") in (None, "", "rapid-review"):
            incidents = [
                {"@id": row["url"], **{k: json_compatible(v) for k, v in row.items() if k != "url"}}
                for row in incident_rows(
                    self.context,
                    overdue=form.get("overdue") in ("1", "true", "yes"),
                    request=self.request,
                    today=current_day(),
                )
            ]
        return batched(
            self.request,
            items,
            f"{self.context.absolute_url()}/@scr-dashboard",
            by_phase=dict(by_phase(rows)),
            incidents=incidents,
            **dashboard_options(self.request),
        )
