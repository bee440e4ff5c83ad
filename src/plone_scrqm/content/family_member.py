"""Old dotted path of the content that now lives in ``plone_scrqm.families.content``.

Kept as a plain re-export: stored objects in the ZODB, the catalog's ``object_provides``
and other sites' FTIs name these classes, schemas and interfaces by this path."""

from plone_scrqm.families.content import FamilyMember  # noqa: F401
from plone_scrqm.families.content import IFamilyMember  # noqa: F401
