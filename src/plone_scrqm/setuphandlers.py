"""Install and uninstall handlers.

Installing changes nothing of the site's own: our workflows bind only to our types, our
roles are added beside the site's, and the one site permission we touch ("Add portal
content") gets our Review Manager role added to the roles it already has. Uninstalling
removes exactly what installing added (roles that existed before are left alone).
"""

from plone import api
from plone.base.interfaces import INonInstallable
from zope.annotation.interfaces import IAnnotations
from zope.interface import implementer

from plone_scrqm import roles
from plone_scrqm.markers.loader import CATALOGUE_ID
from plone_scrqm.markers.loader import get_catalogue_folder
from plone_scrqm.markers.loader import load_marker_catalogue

ROLES_ADDED_KEY = "plone_scrqm.roles_added"
SITE_PERMISSIONS_EXTENDED = {"Add portal content": (roles.REVIEW_MANAGER,)}


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):  # noqa: N802 - Plone's interface
        return ["plone_scrqm:uninstall", "plone_scrqm:workflows"]

    def getNonInstallableProducts(self):  # noqa: N802 - Plone's interface
        return []


def _site_roles(portal):
    return set(portal.validRoles())


def pre_install(context):
    """Remember which of our roles the site did not have, so uninstall removes only those."""
    portal = api.portal.get()
    annotations = IAnnotations(portal)
    if ROLES_ADDED_KEY not in annotations:
        existing = _site_roles(portal)
        annotations[ROLES_ADDED_KEY] = tuple(r for r in roles.ADDED if r not in existing)


def _permission_roles(portal, permission):
    settings = portal.permission_settings(permission)[0]
    current = [r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]]
    return current, bool(settings["acquire"])


def post_install(context):
    portal = api.portal.get()
    for permission, extra_roles in SITE_PERMISSIONS_EXTENDED.items():
        current, acquire = _permission_roles(portal, permission)
        wanted = current + [r for r in extra_roles if r not in current]
        portal.manage_permission(permission, roles=wanted, acquire=acquire)
    load_marker_catalogue(portal)


REVIEWS_FOLDER_VIEW = "scr-reviews"


def uninstall(context):
    portal = api.portal.get()
    # Folders shown with the reviews folder view get the folder type's default view back.
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Folder"):
        obj = brain._unrestrictedGetObject()
        if obj.getProperty("layout", None) == REVIEWS_FOLDER_VIEW:
            obj.manage_delProperties(["layout"])
    folder = get_catalogue_folder(portal)
    if folder is not None:
        # Uninstalling is already guarded by the add-ons control panel; the catalogue is
        # ours to remove whatever the workflow says about deleting it.
        portal._delObject(CATALOGUE_ID)
    for permission, extra_roles in SITE_PERMISSIONS_EXTENDED.items():
        current, acquire = _permission_roles(portal, permission)
        portal.manage_permission(
            permission, roles=[r for r in current if r not in extra_roles], acquire=acquire
        )
    annotations = IAnnotations(portal)
    added = annotations.pop(ROLES_ADDED_KEY, roles.ADDED)
    to_remove = [r for r in added if r in _site_roles(portal)]
    if to_remove:
        portal._delRoles(to_remove)
