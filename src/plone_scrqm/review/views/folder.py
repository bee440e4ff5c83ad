"""``@@scr-reviews``: the view of a folder that holds reviews. One row per review with its
phase, next clock due, what its next move still needs and who may make it, and its lead
reviewer(s); sortable. From catalog brains and metadata only: no review is woken.

It is one of the folder type's available views (Display menu), and the default view of
the folder the demo creates; the site's other folders keep their own."""

from datetime import date

from Products.Five.browser import BrowserView
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.common import params
from plone_scrqm.common.batching import page_of
from plone_scrqm.common.dates import format_date
from plone_scrqm.review.dashboard import PHASE_ORDER
from plone_scrqm.review.dashboard import row_for
from plone_scrqm.review.next_step import ROLE_TITLES

SORTS = ("next_due", "title", "phase", "lead")
SORT_TITLES = {
    "next_due": _("Next due"),
    "title": _("Review"),
    "phase": _("Phase"),
    "lead": _("Lead reviewer"),
}


def _value(brain, name):
    value = getattr(brain, name, None)
    return None if value is None or repr(value) == "Missing.Value" else value


def _sort_key(sort_on):
    def title(row):
        return (row["title"] or "").lower()

    keys = {
        "title": title,
        "phase": lambda row: (
            PHASE_ORDER.index(row["phase"]) if row["phase"] in PHASE_ORDER else 99,
            title(row),
        ),
        "lead": lambda row: (not row["leads"], ", ".join(row["leads"]).lower(), title(row)),
        "next_due": lambda row: (row["next_due"] is None, row["next_due"] or date.max, title(row)),
    }
    return keys[sort_on]


class ReviewsFolderView(BrowserView):
    def _t(self, message):
        return translate(message, domain="plone_scrqm", context=self.request) if message else ""

    def __call__(self):
        self.sort_on = params.choice(self.request.form, "sort_on", SORTS, "next_due")
        self.rows = sorted(self._rows(), key=_sort_key(self.sort_on))
        self.batch = page_of(self.rows, self.request)
        for row in self.batch:
            row["next_due_text"] = format_date(row["next_due"])
            row["next"] = self._next_texts(row["next_steps"])
        return self.index()

    def _rows(self):
        catalog = self.context.portal_catalog
        brains = catalog(
            portal_type="CaseReview",
            path={"query": "/".join(self.context.getPhysicalPath()), "depth": 1},
        )
        rows = []
        for brain in brains:
            row = row_for(brain, self.request)
            row["leads"] = list(_value(brain, "scrqm_lead_reviewers") or ())
            row["next_steps"] = list(_value(brain, "scrqm_next_steps") or ())
            rows.append(row)
        return rows

    def _next_texts(self, steps):
        """One line per move on: its title, who may make it and what it still needs."""
        lines = []
        for step in steps:
            who = ", ".join(self._t(ROLE_TITLES[role]) for role in step.get("roles", ()))
            needs = [self._t(need) for need in step.get("needs", ())]
            lines.append(
                {
                    "title": self._t(step["title"]),
                    "who": who,
                    "needs": needs,
                }
            )
        return lines

    def sort_options(self):
        return [
            {
                "id": sort,
                "title": self._t(SORT_TITLES[sort]),
                "url": f"{self.context.absolute_url()}/@@scr-reviews?sort_on={sort}",
                "current": sort == self.sort_on,
            }
            for sort in SORTS
        ]

    def can_add(self):
        return bool(
            self.context.portal_membership.checkPermission(
                "plone_scrqm: Add CaseReview", self.context
            )
        )
