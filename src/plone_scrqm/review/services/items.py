"""``GET {review}/@scr-items``: the review's own items grouped by kind (reports, responses,
findings, actions, assessment rounds, information requests, family records...), as a Volto
review page lists them, and ``pages``: the review's own Volto pages the caller may open.

Why a service and not Volto's ``@search``: a review may hold thousands of chronology
entries, so each kind comes with its total and only its first ``b_size`` items; the kinds
come in the order the review's type allows them, with their translated titles; and the
query is ``children_of``'s (the review's direct children, folder order) but *restricted*
and over brains: the caller is given only what they may view, and no item is woken.
``children_of`` itself searches unrestricted (the rules must see everything), so it is not
the right source for a listing shown to a person.
"""

from plone import api
from plone.restapi.services import Service
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.permissions import VIEW_FAMILY_DETAILS
from plone_scrqm.privacy.access import may_see_privacy_check

DEFAULT_SIZE = 20
MAX_SIZE = 200


def review_pages(review):
    """The review's own pages in Volto that the caller may open, in the order a review page
    links them: the self-assessment, the information register and the history for whoever
    may view the review; the privacy check for the review team and the chair; the
    chronology and the family for those who may view family details. The pages ask the
    backend again, so this only spares a user a link that would be refused."""
    pages = ["assessment-overview", "review-information", "review-history"]
    if may_see_privacy_check(review):
        pages.append("privacy-check")
    if api.user.has_permission(VIEW_FAMILY_DETAILS, obj=review):
        pages.extend(["chronology", "family"])
    return pages


def _size(value):
    try:
        size = int(value)
    except (TypeError, ValueError):
        return None
    return size if 0 < size <= MAX_SIZE else None


class ItemsGet(Service):
    def _t(self, message, domain="plone"):
        return translate(message, domain=domain, context=self.request)

    def reply(self):
        raw_size = self.request.form.get("b_size")
        size = DEFAULT_SIZE if raw_size in (None, "") else _size(raw_size)
        if size is None:
            self.request.response.setStatus(400)
            return {
                "error": {
                    "type": "BadRequest",
                    "message": self._t(
                        _(
                            "b_size must be a whole number from 1 to ${max}.",
                            mapping={"max": MAX_SIZE},
                        ),
                        "plone_scrqm",
                    ),
                }
            }
        types_tool = api.portal.get_tool("portal_types")
        workflow_tool = api.portal.get_tool("portal_workflow")
        fti = types_tool.getTypeInfo(self.context)
        order = list(fti.allowed_content_types) if fti is not None else []
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.searchResults(
            path={"query": "/".join(self.context.getPhysicalPath()), "depth": 1},
            sort_on="getObjPositionInParent",
        )
        groups = {}
        for brain in brains:
            group = groups.get(brain.portal_type)
            if group is None:
                type_info = types_tool.getTypeInfo(brain.portal_type)
                title = type_info.Title() if type_info is not None else brain.portal_type
                group = groups[brain.portal_type] = {
                    "id": brain.portal_type,
                    "title": self._t(title, getattr(type_info, "i18n_domain", None) or "plone"),
                    "total": 0,
                    "items": [],
                }
            group["total"] += 1
            if len(group["items"]) < size:
                state = brain.review_state or ""
                state_title = (
                    workflow_tool.getTitleForStateOnType(state, brain.portal_type) if state else ""
                )
                group["items"].append(
                    {
                        "@id": brain.getURL(),
                        "title": brain.Title,
                        "review_state": state,
                        "state_title": self._t(state_title, "plone_scrqm") if state else "",
                    }
                )

        def position(kind):
            return (order.index(kind) if kind in order else len(order), kind)

        return {
            "@id": f"{self.context.absolute_url()}/@scr-items",
            "kinds": [groups[kind] for kind in sorted(groups, key=position)],
            "pages": review_pages(self.context),
        }
