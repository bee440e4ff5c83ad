"""The assessment's fixed choices as vocabularies for forms and REST (tokens as in
``rules``)."""

from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

from plone_scrqm.assessment.rules import ALL_MARKERS
from plone_scrqm.assessment.rules import ANSWERS
from plone_scrqm.assessment.rules import JUDGEMENTS
from plone_scrqm.assessment.rules import STAGES
from plone_scrqm.markers.catalogue import shipped_catalogue


def _vocabulary(pairs):
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in pairs])


ANSWER_VOCABULARY = _vocabulary(ANSWERS)
JUDGEMENT_VOCABULARY = _vocabulary(JUDGEMENTS)
STAGE_VOCABULARY = _vocabulary(STAGES)
MARKER_NUMBER_VOCABULARY = SimpleVocabulary(
    [
        SimpleTerm(record.number, str(record.number), f"QM {record.number}: {record.title}")
        for record in shipped_catalogue()
        if record.number in ALL_MARKERS
    ]
)
