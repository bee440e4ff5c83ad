"""Old dotted path of the content that now lives in ``plone_scrqm.publication.content``.

Kept as a plain re-export: stored objects in the ZODB, the catalog's ``object_provides``
and other sites' FTIs name these classes, schemas and interfaces by this path."""

from plone_scrqm.interfaces import IPublicationItem  # noqa: F401
from plone_scrqm.publication.content import BoardResponse  # noqa: F401
from plone_scrqm.publication.content import IBoardResponse  # noqa: F401
from plone_scrqm.publication.content import IPublicationFields  # noqa: F401
from plone_scrqm.publication.content import IReviewReport  # noqa: F401
from plone_scrqm.publication.content import PublicationItem  # noqa: F401
from plone_scrqm.publication.content import ReviewReport  # noqa: F401
