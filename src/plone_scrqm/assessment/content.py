"""Assessment rounds of a review and the assessment of one marker in a round.

An ``AssessmentRound`` sits in a ``CaseReview``; creating it creates one
``MarkerAssessment`` per marker it covers (see ``plone_scrqm.assessment.setup``). Neither
type has a workflow of its own: both acquire their permissions from the review, so the
review's workflow decides who sees and edits its assessments.

The checks live in ``plone_scrqm.assessment.rules`` and are applied here as field
constraints and invariants, and in the answers' REST deserializer
(``assessment/deserializer.py``), so forms and plone.restapi refuse the same data.
"""

from Acquisition import aq_base
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from z3c.form.interfaces import IEditForm
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zope.schema.interfaces import IList
from zope.schema.interfaces import ValidationError

from plone_scrqm import _
from plone_scrqm.assessment import rules
from plone_scrqm.assessment.vocabularies import JUDGEMENT_VOCABULARY
from plone_scrqm.assessment.vocabularies import MARKER_NUMBER_VOCABULARY
from plone_scrqm.assessment.vocabularies import STAGE_VOCABULARY
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.common.widgets import lines_for_volto


class AssessmentValueInvalid(ValidationError):
    """A value an assessment cannot hold; the message says why."""

    def doc(self):
        return self.args[0]


def _marker_number_allowed(value):
    problem = rules.marker_number_problem(value)
    if problem:
        raise AssessmentValueInvalid(problem)
    return True


def _judgement_allowed(value):
    problem = rules.judgement_problem(value)
    if problem:
        raise AssessmentValueInvalid(problem)
    return True


def _answer_rows_allowed(value):
    problems = rules.check_answer_rows(value)
    if problems:
        raise AssessmentValueInvalid(problems[0])
    return True


class IAnswersField(IList):
    """The answers of a marker assessment: one row per question (see
    ``plone_scrqm.assessment.rules``). Through REST it takes partial updates by question
    number."""


@implementer(IAnswersField)
class AnswersField(schema.List):
    pass


TITLE_HELP = _("Made from the stage and the date; never typed in.")


class IAssessmentRound(model.Schema):
    # Shown and serialised (REST), never written: see ``AssessmentRound.title``.
    title = schema.TextLine(title=_("Title"), description=TITLE_HELP, readonly=True)
    directives.omitted("title")
    stage = schema.Choice(
        title=_("Stage"),
        description=_(
            "At the beginning and at the end of the review all 18 markers are assessed; "
            "during the review, the markers that matter at the time."
        ),
        vocabulary=STAGE_VOCABULARY,
        required=True,
        default="beginning",
    )
    date = schema.Date(min=EARLIEST, max=LATEST, title=_("Date of the assessment"), required=True)
    participants = schema.List(
        title=_("Who took part"),
        description=_(
            "Names or roles of the people who took part, one per line, for example "
            "'Lead reviewer' or 'Police representative'. Never family members' names."
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )
    markers = schema.List(
        title=_("Markers to assess"),
        description=_(
            "Only for a round during the review: the markers to assess now. Rounds at the "
            "beginning and at the end cover all 18."
        ),
        value_type=schema.Choice(
            vocabulary="plone_scrqm.AssessmentMarkers", constraint=_marker_number_allowed
        ),
        required=False,
        default=[],
        missing_value=[],
    )
    directives.widget("markers", CheckBoxFieldWidget)

    @invariant
    def progress_round_names_its_markers(data):
        stage = getattr(data, "stage", None)
        chosen = getattr(data, "markers", None) or ()
        try:
            rules.markers_for_round(stage, chosen)
        except rules.AssessmentError as error:
            raise Invalid(error.problems[0]) from None
        problem = rules.chosen_markers_problem(stage, chosen)
        if problem:
            raise Invalid(problem)


class IMarkerAssessment(model.Schema):
    # "QM 4: Informing the family": the marker's, never a detail of the family.
    title = schema.TextLine(title=_("Title"), readonly=True)
    directives.omitted("title")
    marker_number = schema.Choice(
        title=_("Quality marker"),
        vocabulary=MARKER_NUMBER_VOCABULARY,
        constraint=_marker_number_allowed,
        required=True,
    )
    # Fixed once the assessment is made: its questions are that marker's (REST: see
    # review/deserializers.py).
    directives.mode(IEditForm, marker_number="display")
    judgement = schema.Choice(
        title=_("Overall judgement"),
        vocabulary=JUDGEMENT_VOCABULARY,
        constraint=_judgement_allowed,
        required=True,
        default=rules.NOT_ASSESSED,
    )
    commentary = schema.Text(title=_("Commentary"), required=False)
    next_steps = schema.Text(title=_("What will be done next"), required=False)
    next_steps_by = schema.TextLine(
        title=_("By whom"), description=_("A name or a role."), required=False
    )
    assessor = schema.TextLine(
        title=_("Assessed by"), description=_("A name or a role."), required=False
    )
    assessed_on = schema.Date(min=EARLIEST, max=LATEST, title=_("Date assessed"), required=False)
    answers = AnswersField(
        title=_("Answers"),
        description=_(
            "One entry per question, copied from the marker when the assessment was made."
        ),
        value_type=schema.Dict(key_type=schema.TextLine()),
        constraint=_answer_rows_allowed,
        required=False,
        default=[],
        missing_value=[],
    )
    # The marker's title when the assessment was made, kept with the questions.
    marker_title = schema.TextLine(title=_("Marker title"), required=False, readonly=True)

    @invariant
    def one_assessment_per_marker(data):
        """The add form (whose context is the round): a round holds each marker once. REST
        gives the same refusal as a field error (``review/deserializers.py``)."""
        round_ = getattr(data, "__context__", None)
        if not IAssessmentRound.providedBy(round_):
            return
        number = getattr(data, "marker_number", None)
        if number is not None and holds_marker(round_, number):
            raise Invalid(
                _(
                    "This round already holds an assessment of QM ${number}.",
                    mapping={"number": number},
                )
            )

    # The answers are edited on the assessment's own form (``@@assess``), one fieldset per
    # question; the generic edit form keeps the judgement and notes.
    directives.omitted("answers", "marker_title")


def holds_marker(round_, number, besides=None):
    """Whether ``round_`` holds an assessment of marker ``number`` (other than ``besides``)."""
    return any(
        IMarkerAssessment.providedBy(obj)
        and aq_base(obj) is not aq_base(besides)
        and obj.marker_number == number
        for obj in round_.objectValues()
    )


@implementer(IAssessmentRound)
class AssessmentRound(Container):
    """One round of assessment of a review against the markers."""

    @property
    def title(self):
        name = rules.STAGE_NAMES.get(getattr(self, "stage", None), "Assessment")
        held = getattr(self, "date", None)
        return f"{name}, {held.isoformat()}" if held else name

    @title.setter
    def title(self, value):
        """The title always follows the stage and date; a title given is ignored."""

    def covered_markers(self):
        return rules.markers_for_round(self.stage, self.markers or ())


@implementer(IMarkerAssessment)
class MarkerAssessment(Item):
    """The assessment of one quality marker in a round."""

    @property
    def title(self):
        number = getattr(self, "marker_number", None)
        if not number:
            return "QM"
        return f"QM {number}: {getattr(self, 'marker_title', None) or ''}".rstrip(": ")

    @title.setter
    def title(self, value):
        """The title is the marker's: never a detail of the family."""

    def counts(self):
        return rules.count_answers(self.answers)


# Volto: "one per line" lists as a textarea of lines (common/widgets.py).
lines_for_volto(IAssessmentRound)
