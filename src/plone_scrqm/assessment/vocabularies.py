"""The assessment's fixed choices as vocabularies for forms and REST (tokens as in
``rules``)."""

from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

from plone_scrqm.assessment.rules import ALL_MARKERS
from plone_scrqm.assessment.rules import ANSWERS
from plone_scrqm.assessment.rules import JUDGEMENTS
from plone_scrqm.assessment.rules import STAGES
from plone_scrqm.markers.catalogue import shipped_catalogue
from plone_scrqm.review.vocabularies import fixed_vocabulary

ANSWER_VOCABULARY = fixed_vocabulary(ANSWERS)
JUDGEMENT_VOCABULARY = fixed_vocabulary(JUDGEMENTS)
STAGE_VOCABULARY = fixed_vocabulary(STAGES)
MARKER_NUMBER_VOCABULARY = SimpleVocabulary(
    [
        SimpleTerm(record.number, str(record.number), f"QM {record.number}: {record.title}")
        for record in shipped_catalogue()
        if record.number in ALL_MARKERS
    ]
)
