"""``@@scr-my-work``: what waits for the signed-in person, one section per kind of task
(each an ``IMyWorkProvider``), each task a link. ``@@scr-has-review-role`` says whether the
user menu offers the add-on's pages."""

from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView
from zope.i18n import translate

from plone_scrqm import roles
from plone_scrqm.common.params import refuse_visitors
from plone_scrqm.mywork.providers import groups


class MyWorkView(BrowserView):
    def __call__(self):
        refuse_visitors()
        return self.index()

    @memoize
    def sections(self):
        return [
            {
                "name": name,
                "title": translate(provider.title, domain="plone_scrqm", context=self.request),
                "tasks": tasks,
            }
            for name, provider, tasks in groups(self.context, self.request)
        ]

    def empty(self):
        return not any(section["tasks"] for section in self.sections())


def has_review_role(request=None, limit=20):
    """Whether the signed-in person holds one of the add-on's review roles: on the site,
    or locally (the Sharing tab) on a folder or review. The catalog names the places where
    the person or one of their groups is given a local role; the shallowest are asked
    first (the roles are usually given on the reviews folder), at most ``limit``."""
    if api.user.is_anonymous():
        return False
    wanted = set(roles.ALL)
    user = api.user.get_current()
    if wanted & set(api.user.get_roles(user=user)):
        return True
    principals = [f"user:{user.getId()}"] + [
        f"user:{group.getId()}" for group in api.group.get_groups(user=user)
    ]
    catalog = api.portal.get_tool("portal_catalog")
    brains = sorted(
        catalog.unrestrictedSearchResults(allowedRolesAndUsers=principals),
        key=lambda brain: len(brain.getPath()),
    )
    for brain in brains[:limit]:
        if wanted & set(api.user.get_roles(user=user, obj=brain._unrestrictedGetObject())):
            return True
    return False


class HasReviewRoleView(BrowserView):
    """Used by the user menu's links (``profiles/default/actions.xml``); remembered for the
    request, since the menu asks once per link."""

    def __call__(self):
        key = "plone_scrqm.has_review_role"
        cached = self.request.other.get(key)
        if cached is None:
            cached = self.request.other[key] = has_review_role(self.request)
        return cached
