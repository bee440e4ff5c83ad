"""The public listing of published reviews, from catalog metadata (no object is woken).

A Welsh partnership publishes each review in Welsh and English (``publication/bilingual``):
the listing has one row per review, in the visitor's language where that version exists
(Welsh first on a Welsh site otherwise), with every version in ``versions``."""

from plone import api

from plone_scrqm.learning.vocabularies import theme_titles
from plone_scrqm.learning.vocabularies import title_of
from plone_scrqm.publication.bilingual_rules import LANGUAGES
from plone_scrqm.publication.bilingual_rules import READ_IN
from plone_scrqm.publication.bilingual_rules import language_order

LISTING_FIELDS = (
    "pseudonym",
    "area",
    "year",
    "publication_date",
    "summary",
    "learning_themes",
    "report_url",
    "response_url",
    "language",
)

# The name of each language in itself, for links to the other version
LANGUAGE_NAMES = {"cy": "Cymraeg", "en": "English"}


def _date(value):
    return value.isoformat() if value else None


def _version(brain, responses, titles):
    publication_date = brain.scrqm_publication_date
    language = getattr(brain, "scrqm_language", None) or ""
    review_responses = responses.get(brain.scrqm_review_uid, {})
    response_url = review_responses.get(language) or (
        None if language in LANGUAGES else next(iter(review_responses.values()), None)
    )
    return {
        "pseudonym": brain.scrqm_review_title,
        "area": brain.scrqm_area or "",
        "year": publication_date.year if publication_date else None,
        "publication_date": _date(publication_date),
        "summary": brain.scrqm_summary or "",
        "learning_themes": [title_of(t, titles) for t in brain.scrqm_themes or ()],
        "themes": list(brain.scrqm_themes or ()),
        "report_url": brain.getURL(),
        "response_url": response_url,
        "language": language,
        "language_name": LANGUAGE_NAMES.get(language, ""),
        "read_in": READ_IN.get(language, ""),
    }


def published_reviews(visitor_language=None, welsh_first=False, themes=(), request=None):
    """One row per review with a published report, newest first: the fields of the version
    in the visitor's language (``visitor_language``; else Welsh first when ``welsh_first``)
    and ``versions``, every published version in that order (the row's own first). Only
    what the current user may see is listed (for Anonymous: published documents only).
    ``themes``: theme tokens, a report with any of them is listed; ``learning_themes`` are
    the translated titles, ``themes`` the tokens."""
    catalog = api.portal.get_tool("portal_catalog")
    titles = theme_titles(request)
    query = {"scrqm_themes": list(themes)} if themes else {}
    responses = {}
    for brain in catalog(portal_type="BoardResponse", review_state="published"):
        language = getattr(brain, "scrqm_language", None) or ""
        responses.setdefault(brain.scrqm_review_uid, {})[language] = brain.getURL()
    by_review, order = {}, []
    for brain in catalog(
        portal_type="ReviewReport",
        review_state="published",
        sort_on="scrqm_publication_date",
        sort_order="descending",
        **query,
    ):
        key = brain.scrqm_review_uid or brain.UID
        if key not in by_review:
            by_review[key] = {}
            order.append(key)
        version = _version(brain, responses, titles)
        by_review[key].setdefault(version["language"], version)
    rows = []
    for key in order:
        versions = by_review[key]
        languages = language_order(list(versions), visitor_language, welsh_first)
        ordered = [versions[lang] for lang in languages]
        rows.append(dict(ordered[0], versions=ordered))
    return rows
