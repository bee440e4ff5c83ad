"""Pages of the marker catalogue: the overview of all 18 markers and one marker's page."""

from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView

from plone_scrqm import _
from plone_scrqm.markers.catalogue import SECTIONS
from plone_scrqm.markers.catalogue import text_blocks
from plone_scrqm.review.vocabularies import MARKER_CLUSTERS

SECTION_TITLES = {
    "rationale": _("Rationale"),
    "knowledge_base": _("Knowledge base"),
    "equality_diversity": _("Equality and diversity"),
    "statutory_guidance": _("Link to statutory guidance and inspection criteria"),
    "common_obstacles": _("Tackling some common obstacles"),
}


def cluster_title(cluster_id):
    try:
        return MARKER_CLUSTERS.getTerm(cluster_id).title
    except LookupError:
        return cluster_id


class QualityMarkerView(BrowserView):
    def cluster_title(self):
        return cluster_title(self.context.cluster)

    def sections(self):
        """The prose sections that have text, as display blocks."""
        out = []
        for name in SECTIONS:
            blocks = text_blocks(getattr(self.context, name, None))
            if blocks:
                out.append({"id": name, "title": SECTION_TITLES[name], "blocks": blocks})
        return out


class MarkerCatalogueView(BrowserView):
    @memoize
    def clusters(self):
        """The markers of this folder grouped by cluster, from catalog metadata."""
        brains = api.content.find(
            context=self.context,
            portal_type="QualityMarker",
            sort_on="scrqm_marker_number",
        )
        grouped = {term.value: [] for term in MARKER_CLUSTERS}
        for brain in brains:
            grouped.setdefault(brain.scrqm_cluster, []).append(
                {
                    "number": brain.scrqm_marker_number,
                    "title": brain.Title,
                    "statement": brain.scrqm_statement,
                    "question_count": len(brain.scrqm_questions or ()),
                    "url": brain.getURL(),
                }
            )
        return [
            {"id": cluster_id, "title": cluster_title(cluster_id), "markers": markers}
            for cluster_id, markers in grouped.items()
            if markers
        ]
