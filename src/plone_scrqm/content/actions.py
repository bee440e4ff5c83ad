"""Old dotted path of the content that now lives in ``plone_scrqm.actions.content``.

Kept as a plain re-export: stored objects in the ZODB, the catalog's ``object_provides``
and other sites' FTIs name these classes, schemas and interfaces by this path."""

from plone_scrqm.actions.content import Finding  # noqa: F401
from plone_scrqm.actions.content import IFinding  # noqa: F401
from plone_scrqm.actions.content import IImprovementAction  # noqa: F401
from plone_scrqm.actions.content import ImprovementAction  # noqa: F401
