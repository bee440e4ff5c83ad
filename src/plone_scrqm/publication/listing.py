"""The public listing of published reviews, from catalog metadata (no object is woken)."""

from plone import api

LISTING_FIELDS = (
    "pseudonym",
    "area",
    "year",
    "publication_date",
    "summary",
    "learning_themes",
    "report_url",
    "response_url",
)


def _date(value):
    return value.isoformat() if value else None


def published_reviews():
    """One row per published review report, with its published board response; newest
    first. Only what the current user may see is listed (for Anonymous: published
    documents only)."""
    catalog = api.portal.get_tool("portal_catalog")
    responses = {
        brain.scrqm_review_uid: brain.getURL()
        for brain in catalog(portal_type="BoardResponse", review_state="published")
    }
    rows = []
    for brain in catalog(
        portal_type="ReviewReport",
        review_state="published",
        sort_on="scrqm_publication_date",
        sort_order="descending",
    ):
        publication_date = brain.scrqm_publication_date
        rows.append(
            {
                "pseudonym": brain.scrqm_review_title,
                "area": brain.scrqm_area or "",
                "year": publication_date.year if publication_date else None,
                "publication_date": _date(publication_date),
                "summary": brain.scrqm_summary or "",
                "learning_themes": list(brain.scrqm_learning_themes or ()),
                "report_url": brain.getURL(),
                "response_url": responses.get(brain.scrqm_review_uid),
            }
        )
    return rows
