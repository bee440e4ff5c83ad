"""Old dotted path of the content that now lives in ``plone_scrqm.information.content``.

Kept as a plain re-export: stored objects in the ZODB, the catalog's ``object_provides``
and other sites' FTIs name these classes, schemas and interfaces by this path."""

from plone_scrqm.information.content import ChronologyEntry  # noqa: F401
from plone_scrqm.information.content import IChronologyEntry  # noqa: F401
from plone_scrqm.information.content import IInformationRequest  # noqa: F401
from plone_scrqm.information.content import InformationRequest  # noqa: F401
from plone_scrqm.information.content import IPractitionerEvent  # noqa: F401
from plone_scrqm.information.content import PractitionerEvent  # noqa: F401
