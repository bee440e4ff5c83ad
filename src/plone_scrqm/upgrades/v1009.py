"""1008 → 1009: the privacy check reads attached files from the text stored when they were
saved. Files attached before this version have their text read and stored now, once, so that
they are not held back as "not read yet". The publication workflow's history is no longer
readable by everyone who may view a published document (only by the partnership's roles)."""

from plone import api

from plone_scrqm.privacy.filetext import store_file_texts
from plone_scrqm.publication.checks import PUBLICATION_TYPES

WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=list(PUBLICATION_TYPES.values())):
        store_file_texts(brain._unrestrictedGetObject())
