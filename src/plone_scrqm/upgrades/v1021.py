"""1020 → 1021: the review team reads the history of the add-on's items.

The add-on's workflows (all but the family records') now manage "CMFEditions: Access previous
versions": in each state, the roles among Manager, Site Administrator, Review Manager, Lead
Reviewer and Partnership Chair that may view the item (Volto's History asks for it; Plone's
default gives it to Owner, Editor, Reviewer and Contributor only). The workflows are imported
again and the role mappings of the items on them updated; the permission does not change
what the catalog lists, so nothing is reindexed.
"""

import logging

from plone import api

logger = logging.getLogger("plone_scrqm")
WORKFLOWS = "profile-plone_scrqm:workflows"
PERMISSION = "CMFEditions: Access previous versions"


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(WORKFLOWS, "workflow")
    workflow_tool = api.portal.get_tool("portal_workflow")
    catalog = api.portal.get_tool("portal_catalog")
    ids = [
        workflow_id
        for workflow_id in workflow_tool.objectIds()
        if workflow_id.startswith("scrqm_") and PERMISSION in workflow_tool[workflow_id].permissions
    ]
    types = [
        type_id
        for type_id in api.portal.get_tool("portal_types").objectIds()
        if set(workflow_tool.getChainForPortalType(type_id)) & set(ids)
    ]
    count = 0
    for brain in catalog.unrestrictedSearchResults(portal_type=types):
        obj = brain._unrestrictedGetObject()
        for workflow_id in workflow_tool.getChainFor(obj):
            if workflow_id in ids:
                workflow_tool[workflow_id].updateRoleMappingsFor(obj)
                count += 1
    logger.info("History readable by the review team: %d items updated", count)
