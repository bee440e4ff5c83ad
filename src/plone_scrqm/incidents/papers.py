"""A review's working papers: a private "Papers" area (``PapersFolder``) holding terms of
reference drafts, agency reports and interview notes (``WorkingPaper``).

Both are the add-on's own types on ``scrqm_private_workflow`` (the review team only, in
every phase): Plone's File and Document would take the site's default workflow, where
"published" is public. Never public, never in search for anyone outside the review team;
nothing of a paper but its title is indexed."""

from plone.autoform import directives
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.incidents import rules
from plone_scrqm.review.vocabularies import fixed_vocabulary

PAPER_KINDS = fixed_vocabulary(rules.PAPER_KINDS)
TEAM_ONLY = "plone_scrqm.ViewFamilyDetails"
TEAM_EDITS = "plone_scrqm.EditFamilyDetails"


class IPapersFolder(model.Schema):
    title = schema.TextLine(title=_("Title"), required=True, default=_("Papers"))


class IWorkingPaper(model.Schema):
    title = schema.TextLine(
        title=_("Title"),
        description=_("For example 'Terms of reference, draft 2'. No names of the family."),
        required=True,
        max_length=100,
    )
    kind = schema.Choice(title=_("Kind of paper"), vocabulary=PAPER_KINDS, required=True)
    paper_date = schema.Date(title=_("Date"), required=False)
    directives.read_permission(file=TEAM_ONLY, notes=TEAM_ONLY)
    directives.write_permission(file=TEAM_EDITS, notes=TEAM_EDITS)
    file = NamedBlobFile(title=_("File"), required=False)
    notes = schema.Text(title=_("Notes"), required=False)


@implementer(IPapersFolder)
class PapersFolder(Container):
    """The review's working papers."""


@implementer(IWorkingPaper)
class WorkingPaper(Item):
    """One working paper of a review."""
