"""The add-on's REST listings are batched as plone.restapi batches its own: ``b_start`` (the
first item, from 0) and ``b_size`` (items per page, 25 unless asked), ``items_total`` counts
the whole set and ``batching`` holds the links to the first, last, next and previous pages
when there is more than one page (``plone.restapi.batching.HypermediaBatch``).

A ``b_start`` or ``b_size`` that is not a whole number in range is answered with 400 naming
the parameter; nothing is listed.

HTML listings are shown a page at a time too (``page_of``, Plone's batching), so a page stays
quick however many reviews or actions the partnership has; exports give every row."""

from plone.batching import Batch
from plone.restapi.batching import HypermediaBatch
from zExceptions import BadRequest
from zope.i18n import translate

from plone_scrqm import _

MAX_BATCH_SIZE = 1000

# Pages of HTML listings (``page_of``)
PAGE_SIZE = 50

_LIMITS = {"b_start": (0, None), "b_size": (1, MAX_BATCH_SIZE)}


def _check(request, name):
    value = request.form.get(name)
    if value is None or value == "":
        return
    low, high = _LIMITS[name]
    try:
        number = int(value) if isinstance(value, (str, int)) else None
    except ValueError:
        number = None
    if number is None or number < low or (high is not None and number > high):
        if high is None:
            message = _(
                "The parameter '${name}' must be a whole number from ${low}.",
                mapping={"name": name, "low": low},
            )
        else:
            message = _(
                "The parameter '${name}' must be a whole number from ${low} to ${high}.",
                mapping={"name": name, "low": low, "high": high},
            )
        raise BadRequest(translate(message, context=request))


def batched(request, results, listing_id, **extra):
    """The JSON answer of a listing: ``@id``, the page of ``results`` asked for as ``items``,
    ``items_total`` of them all, ``batching`` links when there are several pages, and
    ``extra`` keys (computed over the whole set by the caller)."""
    for name in _LIMITS:
        _check(request, name)
    batch = HypermediaBatch(request, results)
    answer = {"@id": listing_id, "items": list(batch), "items_total": batch.items_total}
    links = batch.links
    if links:
        answer["batching"] = links
    answer.update(extra)
    return answer


def page_of(rows, request, size=PAGE_SIZE):
    """The page of ``rows`` asked for by ``b_start`` (a bad value shows the first page)."""
    try:
        start = max(0, int(request.form.get("b_start", 0) or 0))
    except (TypeError, ValueError, AttributeError):
        start = 0
    if start >= len(rows):
        start = 0
    return Batch(rows, size, start)
