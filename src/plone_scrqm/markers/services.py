"""``GET {site}/@scr-markers``: the 18 quality markers in order, from catalog metadata, with
the clusters they are grouped in (``clusters``: id, title and the numbers of its markers).
The catalogue's workflow decides who may read the markers; the catalog lists only those."""

from plone import api
from plone.restapi.services import Service
from zope.i18n import translate

from plone_scrqm.review.vocabularies import MARKER_CLUSTERS


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
    def _cluster_title(self, cluster_id):
        try:
            title = MARKER_CLUSTERS.getTerm(cluster_id).title
        except LookupError:
            return cluster_id
        return translate(title, domain="plone_scrqm", context=self.request)

    def reply(self):
        brains = api.content.find(
            context=self.context,
            portal_type="QualityMarker",
            sort_on="scrqm_marker_number",
        )
        items = [marker_item(brain) for brain in brains]
        for item in items:
            item["cluster_title"] = self._cluster_title(item["cluster"])
        clusters = [
            {
                "id": term.value,
                "title": self._cluster_title(term.value),
                "markers": [item["number"] for item in items if item["cluster"] == term.value],
            }
            for term in MARKER_CLUSTERS
        ]
        return {
            "@id": f"{self.context.absolute_url()}/@scr-markers",
            "items": items,
            "items_total": len(items),
            "clusters": [cluster for cluster in clusters if cluster["markers"]],
        }
