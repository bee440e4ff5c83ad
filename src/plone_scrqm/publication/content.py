"""The documents a review publishes: the review report (QM14) and the board's written
response (QM16). Both follow the publication workflow; they are approved by the chair and
published together on the publication date."""

from AccessControl import ClassSecurityInfo
from AccessControl.class_init import InitializeClass
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.clocks.facts import PUBLISH_FULL
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.common.limits import limit_text_fields
from plone_scrqm.interfaces import IPublicationItem  # noqa: F401 (its former dotted name)
from plone_scrqm.interfaces import IReviewPart
from plone_scrqm.privacy.filetext import file_within_bounds
from plone_scrqm.privacy.filetext import rich_text_within_bounds
from plone_scrqm.publication.checks import approval_problems
from plone_scrqm.publication.checks import publication_problems
from plone_scrqm.review.vocabularies import FINDINGS_ACCEPTANCE
from plone_scrqm.review.vocabularies import REPORT_CONTENTS


class IPublicationFields(model.Schema):
    model.fieldset(
        "publication",
        label=_("Publication (QM17)"),
        fields=["publication_date", "withdrawal_reason"],
    )
    publication_date = schema.Date(
        min=EARLIEST,
        max=LATEST,
        title=_("Publication date"),
        description=_(
            "The day the report and the response become public. They are published "
            "together, after the chair's approval, on this date."
        ),
        required=False,
    )
    directives.mode(withdrawal_reason="display")
    directives.read_permission(withdrawal_reason="plone_scrqm.ViewInternalRecord")
    withdrawal_reason = schema.Text(
        title=_("Reason for withdrawal"),
        description=_("Recorded when the chair withdraws the document from publication."),
        required=False,
    )


PUBLIC_TEXT_HELP = _(
    "This becomes public. Keep details of the family to a minimum (QM14): no names, exact "
    "dates, places, schools or rare conditions that could identify the child."
)


FILE_HELP = _(
    "This becomes public, with its file name. PDF (with a text layer), Word (.docx), "
    "OpenDocument (.odt), RTF, HTML or text: the privacy check reads all of it, including "
    "headers, footers, notes, comments and document properties. Another kind of file holds "
    "back publication until the chair accepts it with a reason."
)


class IReviewReport(IPublicationFields):
    title = schema.TextLine(
        title=_("Title"),
        description=_("For example 'Child D: local child safeguarding practice review'."),
        required=True,
        max_length=120,
    )
    report_content = schema.Choice(
        title=_("This document is"),
        description=_(
            "An improvements summary is published instead of the full report only where the "
            "review records that decision (Working Together 2023)."
        ),
        vocabulary=REPORT_CONTENTS,
        required=True,
        default=PUBLISH_FULL,
    )
    summary = schema.Text(
        title=_("Public summary"),
        description=PUBLIC_TEXT_HELP,
        required=False,
    )
    area = schema.TextLine(
        title=_("Area"),
        description=_("The partnership's area, as it should appear in the public listing."),
        required=False,
    )
    learning_themes = schema.List(
        title=_("Learning themes"),
        description=_("One per line, for example 'Neglect' or 'Information sharing'."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )
    text = RichText(
        title=_("Report"),
        description=PUBLIC_TEXT_HELP,
        required=False,
        constraint=rich_text_within_bounds,
    )
    report_file = NamedBlobFile(
        title=_("Report as a file (PDF)"),
        description=FILE_HELP,
        required=False,
        constraint=file_within_bounds,
    )

    model.fieldset(
        "telling",
        label=_("Before publication (QM17)"),
        fields=["family_told_date", "family_support", "professionals_told_date"],
    )
    directives.read_permission(
        family_told_date="plone_scrqm.ViewInternalRecord",
        family_support="plone_scrqm.ViewInternalRecord",
        professionals_told_date="plone_scrqm.ViewInternalRecord",
    )
    family_told_date = schema.Date(
        min=EARLIEST,
        max=LATEST,
        title=_("Date the family were told the publication date"),
        description=_("When will the family have the report, and are they being supported?"),
        required=False,
    )
    family_support = schema.Text(title=_("Support offered to the family"), required=False)
    professionals_told_date = schema.Date(
        min=EARLIEST,
        max=LATEST,
        title=_("Date the professionals involved were told the publication date"),
        required=False,
    )


class IBoardResponse(IPublicationFields):
    title = schema.TextLine(
        title=_("Title"),
        description=_("For example 'Board response to the Child D review'."),
        required=True,
        max_length=120,
    )
    accepts_findings = schema.Choice(
        title=_("Does the board accept the findings of the review?"),
        vocabulary=FINDINGS_ACCEPTANCE,
        required=False,
    )
    findings_response = schema.Text(
        title=_("The board's view of the findings"),
        description=_("Explain whether the board accepts the findings, and any it does not."),
        required=False,
    )
    priorities = schema.Text(
        title=_("Priorities for action"),
        description=_(
            "The priorities and how they fit the partnership's learning and improvement "
            "framework (QM16 Q4)."
        ),
        required=False,
    )
    actions = schema.Text(
        title=_("What the board and its agencies will do (QM16 Q5)"),
        required=False,
    )
    monitoring = schema.Text(
        title=_("How the effectiveness of the action will be monitored (QM16 Q6)"),
        required=False,
    )
    national_recommendations = schema.Text(
        title=_("National recommendations (QM16 Q7)"),
        required=False,
    )
    text = RichText(
        title=_("Response as published"),
        description=_(
            "In plain English (QM16 Q2). This becomes public. Keep details of the family to a "
            "minimum (QM14): no names, exact dates, places, schools or rare conditions that "
            "could identify the child."
        ),
        required=False,
        constraint=rich_text_within_bounds,
    )
    response_file = NamedBlobFile(
        title=_("Response as a file (PDF)"),
        description=FILE_HELP,
        required=False,
        constraint=file_within_bounds,
    )


class PublicationItem(Item):
    """Guards of the publication workflow (see ``plone_scrqm.publication.rules``)."""

    security = ClassSecurityInfo()
    publication_kind = None

    @security.public
    def scrqm_approval_ready(self):
        return not approval_problems(self)

    @security.public
    def scrqm_publication_ready(self):
        return not publication_problems(self)


InitializeClass(PublicationItem)


limit_text_fields(IReviewReport)


@implementer(IReviewReport, IPublicationItem, IReviewPart)
class ReviewReport(PublicationItem):
    """The review report."""

    publication_kind = "report"


limit_text_fields(IBoardResponse)


@implementer(IBoardResponse, IPublicationItem, IReviewPart)
class BoardResponse(PublicationItem):
    """The board's written response to the review."""

    publication_kind = "response"
