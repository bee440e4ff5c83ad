"""REST writes of a marker assessment's answers: partial updates by question number.

``PATCH {assessment}`` with ``{"answers": [{"number": 2, "answer": "partly",
"evidence": "..."}]}`` changes question 2 and keeps the others; the question text is
always the copy the assessment was made with. The checks are those of the form
(``plone_scrqm.assessment.rules.merge_answers``); a refused update answers 400.
"""

from plone.restapi.interfaces import IFieldDeserializer
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer
from zope.publisher.interfaces.browser import IBrowserRequest

from plone_scrqm.assessment import rules
from plone_scrqm.assessment.content import IAnswersField
from plone_scrqm.assessment.content import IMarkerAssessment
from plone_scrqm.assessment.subscribers import blank_rows_for


@implementer(IFieldDeserializer)
@adapter(IAnswersField, IMarkerAssessment, IBrowserRequest)
class AnswersDeserializer:
    def __init__(self, field, context, request):
        self.field = field.bind(context)
        self.context = context
        self.request = request

    def __call__(self, value):
        # A new assessment (POST) has no questions until it is added: start from the
        # marker's questions as the catalogue has them now.
        stored = self.context.answers or blank_rows_for(self.context.marker_number)
        try:
            rows = rules.merge_answers(stored, value)
        except rules.AssessmentError as error:
            raise ValueError(
                " ".join(translate(problem, context=self.request) for problem in error.problems)
            ) from None
        self.field.validate(rows)
        return rows
