"""A parallel process (``ParallelProcess``) inside a review: a criminal investigation, a
prosecution, a coroner's inquest or another process running beside the review (QM9).

It has no workflow of its own: it acquires its permissions from the review's phase. Its
effects can delay the review (named in a delay record) and embargo publication (``IPublicationEmbargo``).
People's names and contact details, the liaison log and the disclosable-material index are
for the review team only (``plone_scrqm.ViewFamilyDetails``); board members and the chair
see the kind, status, dates and effects.
"""

from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer
from zope.interface import invariant

from plone_scrqm import _
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.common.widgets import lines_for_volto
from plone_scrqm.interfaces import IPublicationEmbargo
from plone_scrqm.review import parallel
from plone_scrqm.review.content.case_review import _FieldValues
from plone_scrqm.review.content.case_review import _raise_first
from plone_scrqm.review.vocabularies import fixed_vocabulary

PROCESS_KINDS = fixed_vocabulary(parallel.KINDS)
PROCESS_STATUSES = fixed_vocabulary(parallel.STATUSES)
PROCESS_EFFECTS = fixed_vocabulary(parallel.EFFECTS)

TEAM_ONLY = "plone_scrqm.ViewFamilyDetails"
TEAM_EDITS = "plone_scrqm.EditFamilyDetails"


class IParallelProcess(model.Schema):
    title = schema.TextLine(
        title=_("Title"),
        description=_(
            "For example 'Criminal investigation (police)'. No names of the family or of "
            "anyone else: the title shows on the dashboard."
        ),
        required=True,
        max_length=80,
    )
    kind = schema.Choice(title=_("Kind of process"), vocabulary=PROCESS_KINDS, required=True)
    status = schema.Choice(
        title=_("Status"), vocabulary=PROCESS_STATUSES, required=True, default=parallel.ACTIVE
    )
    lead_agency = schema.TextLine(title=_("Lead agency"), required=False)
    directives.read_permission(contact=TEAM_ONLY, liaison_log=TEAM_ONLY)
    directives.read_permission(disclosable_material=TEAM_ONLY)
    directives.write_permission(contact=TEAM_EDITS, liaison_log=TEAM_EDITS)
    directives.write_permission(disclosable_material=TEAM_EDITS)
    contact = schema.TextLine(
        title=_("Contact at the lead agency"),
        description=_("Name and how to reach them. Seen by the review team only."),
        required=False,
    )
    started_date = schema.Date(min=EARLIEST, max=LATEST, title=_("Date it started"), required=False)
    expected_end_date = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Date it is expected to end"), required=False
    )
    concluded_date = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Date it concluded"), required=False
    )

    model.fieldset(
        "effect",
        label=_("Effect on the review"),
        fields=["effects"],
    )
    directives.widget(effects=CheckBoxFieldWidget)
    effects = schema.List(
        title=_("Effect on the review"),
        description=_(
            "An embargo on publication holds back the chair's approval and the publication "
            "until the process has concluded or the embargo is taken off here. No process "
            "pauses a statutory clock: where it delays the review, name it as the cause in "
            "the review's delay record and tell the board, the Panel and the Department."
        ),
        value_type=schema.Choice(vocabulary="plone_scrqm.ProcessEffects"),
        required=False,
        default=[],
        missing_value=[],
    )

    model.fieldset(
        "liaison",
        label=_("Liaison and disclosure (QM9)"),
        fields=["liaison_log", "disclosable_material"],
    )
    liaison_log = schema.List(
        title=_("Liaison log"),
        description=_(
            "One entry per line: date (YYYY-MM-DD) | with whom | what was discussed or agreed. "
            "For example '2026-03-02 | Police and CPS | Early discussion about interviewing "
            "practitioners'."
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )
    disclosable_material = schema.List(
        title=_("Disclosable-material index"),
        description=_(
            "One document or note per line: document or note | owner | where it is kept | "
            "may be disclosable: yes, no or unsure | who decides (QM9). Exported as CSV."
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )

    @invariant
    def process_consistent(data):
        _raise_first(parallel.check_process(_FieldValues(data)))


@implementer(IParallelProcess, IPublicationEmbargo)
class ParallelProcess(Item):
    """A process running beside the review."""

    @property
    def embargo_reason(self):
        return parallel.publication_embargo(self)


# Volto: "one per line" lists as a textarea of lines (common/widgets.py).
lines_for_volto(IParallelProcess)
