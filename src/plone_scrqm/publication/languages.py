"""Which language a visitor reads the public listing in (Zope side).

The visitor's interface language, as Plone negotiated it for the request (``LANGUAGE``), or
the one asked for with ``?language=cy`` / ``?language=en`` (the links between the versions
use it). On a Welsh site, or in a Welsh partnership's folder, Welsh comes first where the
visitor's language has no version."""

from plone import api
from zExceptions import BadRequest
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.clocks.workingdays import WALES
from plone_scrqm.common.params import text
from plone_scrqm.publication.bilingual_rules import LANGUAGES
from plone_scrqm.wales.nation import nation_of


def visitor_language(request):
    asked = text(request.form, "language").strip()
    if asked:
        if asked not in LANGUAGES:
            raise BadRequest(
                translate(
                    _(
                        "The parameter 'language' must be 'cy' (Welsh) or 'en' (English).",
                    ),
                    context=request,
                )
            )
        return asked
    negotiated = request.get("LANGUAGE") or api.portal.get_current_language()
    return (negotiated or "").split("-")[0].lower() or None


def listing_preferences(context, request):
    """``{"visitor_language": ..., "welsh_first": ...}`` for ``published_reviews``."""
    return {
        "visitor_language": visitor_language(request),
        "welsh_first": nation_of(context) == WALES,
    }
