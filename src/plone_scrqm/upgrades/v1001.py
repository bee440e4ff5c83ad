"""1000 → 1001: the marker catalogue with its catalog indexes and metadata.

Sites installed from a development snapshot at 1000 get the indexes, the catalogue folder
and any missing markers; markers that exist keep their text.
"""

from plone import api

from plone_scrqm.markers.loader import load_marker_catalogue

PROFILE = "profile-plone_scrqm:default"


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "catalog")
    setup_tool.runImportStepFromProfile(PROFILE, "typeinfo")
    load_marker_catalogue(api.portal.get())
    for brain in api.content.find(portal_type="QualityMarker"):
        brain.getObject().reindexObject()
