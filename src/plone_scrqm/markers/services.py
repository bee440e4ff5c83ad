"""``GET {site}/@scr-markers``: the 18 quality markers in order, from catalog metadata."""

from plone import api
from plone.restapi.services import Service


def marker_item(brain):
    return {
        "@id": brain.getURL(),
        "url": brain.getURL(),
        "number": brain.scrqm_marker_number,
        "title": brain.Title,
        "cluster": brain.scrqm_cluster,
        "statement": brain.scrqm_statement,
        "questions": list(brain.scrqm_questions or ()),
    }


class MarkersGet(Service):
    def reply(self):
        brains = api.content.find(
            context=self.context,
            portal_type="QualityMarker",
            sort_on="scrqm_marker_number",
        )
        items = [marker_item(brain) for brain in brains]
        return {
            "@id": f"{self.context.absolute_url()}/@scr-markers",
            "items": items,
            "items_total": len(items),
        }
