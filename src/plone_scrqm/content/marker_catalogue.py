"""Old dotted path of the content that now lives in ``plone_scrqm.markers.content.marker_catalogue``.

Kept as a plain re-export: stored objects in the ZODB, the catalog's ``object_provides``
and other sites' FTIs name these classes, schemas and interfaces by this path."""

from plone_scrqm.markers.content.marker_catalogue import IMarkerCatalogue  # noqa: F401
from plone_scrqm.markers.content.marker_catalogue import MarkerCatalogue  # noqa: F401
