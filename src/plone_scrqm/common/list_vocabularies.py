"""The fixed vocabularies of the add-on's list fields, registered by name.

A ``List`` whose ``value_type`` is a ``Choice`` over a vocabulary object gets, in
``@types``, a vocabulary link that names no field (``…/@sources/``: the value type has no
name), which answers 404, so a Volto form of the field offers nothing to choose. Named,
the link is ``…/@vocabularies/plone_scrqm.<Name>`` and lists the terms with their titles.
The values stored do not change.
"""

from zope.interface import implementer
from zope.schema.interfaces import IVocabularyFactory

from plone_scrqm.assessment.vocabularies import MARKER_NUMBER_VOCABULARY
from plone_scrqm.families.vocabularies import COMMUNICATION_NEEDS
from plone_scrqm.incidents.content import CHILD_STATUSES
from plone_scrqm.information.content import MARKS_VOCABULARY
from plone_scrqm.review.content.parallel_process import PROCESS_EFFECTS
from plone_scrqm.wales.vocabularies import CRITERIA


@implementer(IVocabularyFactory)
class FixedVocabularyFactory:
    def __init__(self, vocabulary):
        self.vocabulary = vocabulary

    def __call__(self, context=None):
        return self.vocabulary


assessment_markers = FixedVocabularyFactory(MARKER_NUMBER_VOCABULARY)
communication_needs = FixedVocabularyFactory(COMMUNICATION_NEEDS)
child_statuses = FixedVocabularyFactory(CHILD_STATUSES)
chronology_marks = FixedVocabularyFactory(MARKS_VOCABULARY)
process_effects = FixedVocabularyFactory(PROCESS_EFFECTS)
susr_criteria = FixedVocabularyFactory(CRITERIA)
