"""The page of a review report or board response: what the public reads, and for the
review team the internal record kept with it (protected by its own permission)."""

from datetime import date

from plone import api
from Products.Five.browser import BrowserView

from plone_scrqm.common.dates import format_date
from plone_scrqm.publication.bilingual import language_of
from plone_scrqm.publication.bilingual import other_version_link
from plone_scrqm.publication.content import IBoardResponse
from plone_scrqm.publication.content import IReviewReport

# Board response answers to QM16, in the order of its questions.
RESPONSE_SECTIONS = (
    "findings_response",
    "priorities",
    "actions",
    "monitoring",
    "national_recommendations",
)
INTERNAL_FIELDS = (
    "family_told_date",
    "family_support",
    "professionals_told_date",
    "withdrawal_reason",
)
INTERNAL_PERMISSION = "plone_scrqm: View internal record"


class PublicationDocumentView(BrowserView):
    def language(self):
        """The document's own language (``lang`` of its title and text), or None."""
        return language_of(self.context)

    def other_version(self):
        return other_version_link(self.context)

    format_date = staticmethod(format_date)

    def sections(self):
        if not IBoardResponse.providedBy(self.context):
            return []
        out = []
        acceptance = self.context.accepts_findings
        if acceptance:
            field = IBoardResponse["accepts_findings"]
            out.append(
                {
                    "title": field.title,
                    "text": field.vocabulary.getTerm(acceptance).title,
                }
            )
        for name in RESPONSE_SECTIONS:
            value = getattr(self.context, name, None)
            if value:
                out.append({"title": IBoardResponse[name].title, "text": value})
        return out

    def text_html(self):
        text = getattr(self.context, "text", None)
        return text.output_relative_to(self.context) if text else ""

    def _file(self):
        name = "report_file" if IReviewReport.providedBy(self.context) else "response_file"
        return name, getattr(self.context, name, None)

    def file_url(self):
        name, blob = self._file()
        if not blob:
            return None
        return f"{self.context.absolute_url()}/@@download/{name}"

    def file_name(self):
        return self._file()[1].filename

    def internal_fields(self):
        if not api.user.has_permission(INTERNAL_PERMISSION, obj=self.context):
            return []
        schema = IReviewReport if IReviewReport.providedBy(self.context) else IBoardResponse
        out = []
        for name in INTERNAL_FIELDS:
            if name not in schema:
                continue
            value = getattr(self.context, name, None)
            if isinstance(value, date):
                value = format_date(value)
            if value:
                out.append({"title": schema[name].title, "value": value})
        return out
