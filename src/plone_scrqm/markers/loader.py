"""Create or update the marker catalogue folder ``/quality-markers`` in a site."""

import logging

from plone import api
from plone.dexterity.utils import createContentInContainer

from plone_scrqm.markers.catalogue import SECTIONS
from plone_scrqm.markers.catalogue import shipped_catalogue

logger = logging.getLogger("plone_scrqm")

CATALOGUE_ID = "quality-markers"
CATALOGUE_TITLE = "Quality markers"
CATALOGUE_DESCRIPTION = (
    "The SCIE/NSPCC Serious Case Review Quality Markers (2016): 18 markers in three clusters, "
    "each with its quality statement, rationale and the questions that show whether it is met."
)

# Fields the loader owns. ``local_questions`` is the partnership's and is never written.
SEED_FIELDS = ("title", "number", "cluster", "statement", "questions", *SECTIONS)


def _seed_values(record):
    values = {
        "title": record.title,
        "number": record.number,
        "cluster": record.cluster,
        "statement": record.statement,
        "questions": list(record.questions),
    }
    values.update({section: record.section_text(section) for section in SECTIONS})
    return values


def get_catalogue_folder(portal=None):
    portal = portal or api.portal.get()
    folder = portal.get(CATALOGUE_ID)
    if folder is not None and folder.portal_type == "MarkerCatalogue":
        return folder
    return None


def load_marker_catalogue(portal=None, refresh=False):
    """Make sure the catalogue folder and all 18 markers exist.

    Idempotent: markers that exist are left as they are, so a site administrator's edits
    survive reinstalling and upgrades. With ``refresh`` the published text is written again
    from the shipped data (the partnership's local questions are always kept).
    Returns ``(created, refreshed)`` counts.
    """
    portal = portal or api.portal.get()
    folder = get_catalogue_folder(portal)
    if folder is None:
        if CATALOGUE_ID in portal.objectIds():
            raise ValueError(
                f"The site already has an item '{CATALOGUE_ID}' that is not a marker "
                "catalogue; rename it and install again."
            )
        # The catalogue type is not addable by hand anywhere: installing creates it.
        folder = createContentInContainer(
            portal,
            "MarkerCatalogue",
            checkConstraints=False,
            id=CATALOGUE_ID,
            title=CATALOGUE_TITLE,
            description=CATALOGUE_DESCRIPTION,
        )
    created = refreshed = 0
    for record in shipped_catalogue():
        values = _seed_values(record)
        marker = folder.get(record.id)
        if marker is None:
            createContentInContainer(
                folder, "QualityMarker", checkConstraints=False, id=record.id, **values
            )
            created += 1
        elif refresh:
            for name, value in values.items():
                setattr(marker, name, value)
            marker.reindexObject()
            refreshed += 1
    if created:
        folder.moveObjectsToTop(sorted(folder.objectIds()))
    logger.info("Marker catalogue: %d created, %d refreshed", created, refreshed)
    return created, refreshed
