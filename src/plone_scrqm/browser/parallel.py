"""The disclosable-material index of a parallel process as CSV (QM9)."""

import csv
import io

from Products.Five.browser import BrowserView
from zope.i18n import translate

from plone_scrqm import _
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
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([translate(h, context=self.request) for h in HEADINGS])
        for entry in parse_entries(self.context.disclosable_material, MATERIAL_COLUMNS):
            writer.writerow([entry[column] for column in MATERIAL_COLUMNS])
        filename = f"{self.context.getId()}-disclosable-material.csv"
        self.request.response.setHeader("Content-Type", "text/csv; charset=utf-8")
        self.request.response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        return out.getvalue()
