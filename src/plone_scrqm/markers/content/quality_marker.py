"""One SCIE/NSPCC SCR Quality Marker.

The seed's text (statement, questions and the prose sections) is loaded from the shipped
data file; a board adds its own questions in ``local_questions`` so that the seed's stay as
published.
"""

from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.common.widgets import lines_for_volto
from plone_scrqm.review.vocabularies import MARKER_CLUSTERS

SECTION_HELP = _(
    "Paragraphs are separated by a blank line; a line starting with '- ' is a list item."
)


class IQualityMarker(model.Schema):
    number = schema.Int(title=_("Number"), min=1, max=99, required=True)
    title = schema.TextLine(title=_("Title"), required=True)
    cluster = schema.Choice(title=_("Cluster"), vocabulary=MARKER_CLUSTERS, required=True)
    statement = schema.Text(
        title=_("Quality statement"),
        description=_("As published on the marker's own page."),
        required=True,
    )
    questions = schema.List(
        title=_("How might you know if you are meeting this quality marker?"),
        description=_("The published questions, in order, one per line."),
        value_type=schema.TextLine(),
        required=True,
        min_length=1,
    )
    local_questions = schema.List(
        title=_("Local questions"),
        description=_(
            "Questions the partnership adds for its own reviews, one per line. They are "
            "asked after the published questions and are kept when the catalogue is updated."
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )

    model.fieldset(
        "guidance",
        label=_("Rationale and guidance"),
        fields=[
            "rationale",
            "knowledge_base",
            "equality_diversity",
            "statutory_guidance",
            "common_obstacles",
        ],
    )
    rationale = schema.Text(title=_("Rationale"), description=SECTION_HELP, required=False)
    knowledge_base = schema.Text(
        title=_("Knowledge base"), description=SECTION_HELP, required=False
    )
    equality_diversity = schema.Text(
        title=_("Equality and diversity"), description=SECTION_HELP, required=False
    )
    statutory_guidance = schema.Text(
        title=_("Link to statutory guidance and inspection criteria"),
        description=SECTION_HELP,
        required=False,
    )
    common_obstacles = schema.Text(
        title=_("Tackling some common obstacles"), description=SECTION_HELP, required=False
    )

    directives.order_before(number="title")


@implementer(IQualityMarker)
class QualityMarker(Item):
    """A quality marker of the catalogue."""

    def all_questions(self):
        """The published questions followed by the partnership's local ones."""
        return list(self.questions or ()) + list(self.local_questions or ())


# Volto: "one per line" lists as a textarea of lines (common/widgets.py).
lines_for_volto(IQualityMarker)
