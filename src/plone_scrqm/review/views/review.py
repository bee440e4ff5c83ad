"""The case review's record page: the fieldsets in the markers' order, each linked to its
quality marker, with what is not yet recorded shown as such."""

from plone import api
from plone.dexterity.browser.view import DefaultView

from plone_scrqm.markers.catalogue import marker_id
from plone_scrqm.markers.loader import get_catalogue_folder
from plone_scrqm.permissions import VIEW_FAMILY_DETAILS

# fieldset name: the quality marker it records
FIELDSET_MARKERS = {
    "referral": 1,
    "decision": 2,
    "board": 3,
    "purpose": 5,
    "commissioning": 6,
    "governance": 7,
    "plan": 8,
    "privacy": 14,
    "timescales": 8,
    "delays": 8,
    "publication_decision": 17,
}


def _is_empty(value):
    return value is None or value == "" or value == [] or value == ()


class CaseReviewView(DefaultView):
    def can_see_family(self):
        return api.user.has_permission(VIEW_FAMILY_DETAILS, obj=self.context)

    def catalogue_url(self):
        folder = get_catalogue_folder(api.portal.get())
        return folder.absolute_url() if folder is not None else None

    def sections(self):
        catalogue_url = self.catalogue_url()
        out = []
        for group in self.groups:
            number = FIELDSET_MARKERS.get(group.__name__)
            if number is None or not group.widgets:
                continue
            fields = []
            for name, widget in group.widgets.items():
                stored = getattr(self.context, name, None)
                fields.append(
                    {
                        "id": name,
                        "label": widget.label,
                        "empty": _is_empty(widget.value),
                        "list_items": list(stored) if isinstance(stored, (list, tuple)) else None,
                        "widget": widget,
                    }
                )
            out.append(
                {
                    "id": group.__name__,
                    "label": group.label,
                    "description": group.description,
                    "marker_number": number,
                    "marker_url": f"{catalogue_url}/{marker_id(number)}" if catalogue_url else None,
                    "fields": fields,
                    "recorded": sum(1 for field in fields if not field["empty"]),
                }
            )
        return out
