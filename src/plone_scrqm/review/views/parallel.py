"""A parallel process's page, and its disclosable-material index as CSV (QM9)."""

from plone import api
from plone.dexterity.browser.view import DefaultView
from Products.Five.browser import BrowserView
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.common.csv_writer import csv_response
from plone_scrqm.permissions import VIEW_FAMILY_DETAILS
from plone_scrqm.review.parallel import LIAISON_COLUMNS
from plone_scrqm.review.parallel import MATERIAL_COLUMNS
from plone_scrqm.review.parallel import parse_entries

HEADINGS = (
    _("Document or note"),
    _("Owner"),
    _("Where it is kept"),
    _("May be disclosable"),
    _("Who decides"),
)


class DisclosableMaterialCSV(BrowserView):
    def __call__(self):
        return csv_response(
            self.request,
            MATERIAL_COLUMNS,
            parse_entries(self.context.disclosable_material, MATERIAL_COLUMNS),
            f"{self.context.getId()}-disclosable-material.csv",
            header=[translate(h, context=self.request) for h in HEADINGS],
        )


class ParallelProcessView(DefaultView):
    """The process's fields, with its liaison log and disclosable-material index as tables
    (the review team only: they carry the family-details permission)."""

    def embargo(self):
        return self.context.embargo_reason

    def can_see_team_fields(self):
        return api.user.has_permission(VIEW_FAMILY_DETAILS, obj=self.context)

    def liaison_log(self):
        return parse_entries(self.context.liaison_log, LIAISON_COLUMNS)

    def material(self):
        return parse_entries(self.context.disclosable_material, MATERIAL_COLUMNS)

    def plain_widgets(self):
        """The widgets shown as label and value: everything but the two lists."""
        hidden = {"liaison_log", "disclosable_material"}
        widgets = [w for name, w in self.widgets.items() if name not in hidden]
        for group in self.groups:
            widgets.extend(w for name, w in group.widgets.items() if name not in hidden)
        return widgets
