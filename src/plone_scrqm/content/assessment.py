"""Old dotted path of the content that now lives in ``plone_scrqm.assessment.content``.

Kept as a plain re-export: stored objects in the ZODB, the catalog's ``object_provides``
and other sites' FTIs name these classes, schemas and interfaces by this path."""

from plone_scrqm.assessment.content import AnswersField  # noqa: F401
from plone_scrqm.assessment.content import AssessmentRound  # noqa: F401
from plone_scrqm.assessment.content import IAnswersField  # noqa: F401
from plone_scrqm.assessment.content import IAssessmentRound  # noqa: F401
from plone_scrqm.assessment.content import IMarkerAssessment  # noqa: F401
from plone_scrqm.assessment.content import MarkerAssessment  # noqa: F401
