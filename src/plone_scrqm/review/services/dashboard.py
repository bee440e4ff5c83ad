"""``GET {site}/@scr-dashboard``: the partnership dashboard as JSON.

Query parameters: ``phase`` (a phase id), ``review_type`` (a type token), ``overdue``
(``1``), ``sort_on`` (``next_due``, ``title``, ``phase``, ``type``); batched (``b_start``,
``b_size``, see ``plone_scrqm.common.batching``). ``by_phase`` counts the whole set."""

from plone.restapi.services import Service

from plone_scrqm.common.batching import batched
from plone_scrqm.common.jsonvalues import json_compatible
from plone_scrqm.review.dashboard import SORTS
from plone_scrqm.review.dashboard import by_phase
from plone_scrqm.review.dashboard import query_rows


class DashboardGet(Service):
    def reply(self):
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
        return batched(
            self.request,
            items,
            f"{self.context.absolute_url()}/@scr-dashboard",
            by_phase=dict(by_phase(rows)),
        )
