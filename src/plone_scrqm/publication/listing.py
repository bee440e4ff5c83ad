"""The public listing of published reviews, from catalog metadata (no object is woken)."""

from plone import api

from plone_scrqm.learning.vocabularies import theme_titles
from plone_scrqm.learning.vocabularies import title_of

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


def published_reviews(themes=(), request=None):
    """One row per published review report, with its published board response; newest
    first. Only what the current user may see is listed (for Anonymous: published
    documents only). ``themes``: theme tokens, a report with any of them is listed.
    ``learning_themes`` are the translated titles, ``themes`` the tokens."""
    catalog = api.portal.get_tool("portal_catalog")
    titles = theme_titles(request)
    query = {"scrqm_themes": list(themes)} if themes else {}
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
        **query,
    ):
        publication_date = brain.scrqm_publication_date
        rows.append(
            {
                "pseudonym": brain.scrqm_review_title,
                "area": brain.scrqm_area or "",
                "year": publication_date.year if publication_date else None,
                "publication_date": _date(publication_date),
                "summary": brain.scrqm_summary or "",
                "learning_themes": [title_of(t, titles) for t in brain.scrqm_themes or ()],
                "themes": list(brain.scrqm_themes or ()),
                "report_url": brain.getURL(),
                "response_url": responses.get(brain.scrqm_review_uid),
            }
        )
    return rows
