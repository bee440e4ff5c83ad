"""Choices sent through REST, checked as field errors (plone.restapi's list of
``{"field", "message", "error"}``, so a client shows each at its field):

- a list or an object (``{"judgement": ["met"]}``), where plone.restapi's own deserializer
  fails with a TypeError (a list cannot be looked up in the vocabulary) and answers 500;
- a marker assessment's marker, which is fixed once the assessment is made (a PATCH to 5
  would rename "QM 4" while it keeps QM 4's questions), and which a round holds once.

Registered for the add-on's browser layer only."""

from Acquisition import aq_base
from Acquisition import aq_parent
from plone.dexterity.interfaces import IDexterityContent
from plone.restapi.deserializer.dxfields import ChoiceFieldDeserializer
from plone.restapi.interfaces import IDeserializeFromJson
from plone.restapi.interfaces import IFieldDeserializer
from zope.component import adapter
from zope.container.interfaces import INameChooser
from zope.interface import implementer
from zope.schema.interfaces import IChoice

from plone_scrqm.assessment.content import IAssessmentRound
from plone_scrqm.assessment.content import IMarkerAssessment
from plone_scrqm.assessment.content import holds_marker
from plone_scrqm.common.field_errors import FieldErrorsDeserializer
from plone_scrqm.interfaces import IChronologyFolder
from plone_scrqm.interfaces import IPloneScrqmLayer
from plone_scrqm.review.content.case_review import ICaseReview


@implementer(IFieldDeserializer)
@adapter(IChoice, IDexterityContent, IPloneScrqmLayer)
class ScalarChoiceFieldDeserializer(ChoiceFieldDeserializer):
    def __call__(self, value):
        token = value["token"] if isinstance(value, dict) and "token" in value else value
        if isinstance(token, list | tuple | dict | set):
            raise ValueError(f"Give one value for '{self.field.__name__}', not a list or object.")
        value = super().__call__(value)
        if self.field.__name__ == "marker_number" and IMarkerAssessment.providedBy(self.context):
            _check_marker_number(self.context, value)
        return value


@implementer(IDeserializeFromJson)
class NeutralIdDeserializer(FieldErrorsDeserializer):
    """A family record or chronology entry created through REST gets a neutral id, even
    when the client sends one (``"id": "zainab-quorleigh"``)."""

    def __call__(self, validate_all=False, data=None, create=False, **kwargs):
        result = super().__call__(validate_all=validate_all, data=data, create=create, **kwargs)
        container = aq_parent(self.context)
        if create and (
            ICaseReview.providedBy(container) or IChronologyFolder.providedBy(container)
        ):
            self.context.id = INameChooser(container).chooseName(None, aq_base(self.context))
        return result


def _check_marker_number(assessment, number):
    stored = getattr(aq_base(assessment), "marker_number", None)
    if stored is not None:
        if number != stored:
            raise ValueError(
                f"The marker of an assessment is fixed when it is made (QM {stored}): "
                "add an assessment of the other marker to the round instead."
            )
        return
    round_ = aq_parent(assessment)
    if IAssessmentRound.providedBy(round_) and holds_marker(round_, number, besides=assessment):
        raise ValueError(f"This round already holds an assessment of QM {number}.")
