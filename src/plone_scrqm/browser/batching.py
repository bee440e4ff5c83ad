"""Long listings are shown a page at a time (Plone's batching), so a page stays quick however
many reviews or actions the partnership has; exports give every row, and REST listings are
batched too (``plone_scrqm.services.batching``)."""

from plone.batching import Batch

PAGE_SIZE = 50


def page_of(rows, request, size=PAGE_SIZE):
    """The page of ``rows`` asked for by ``b_start`` (a bad value shows the first page)."""
    try:
        start = max(0, int(request.form.get("b_start", 0) or 0))
    except (TypeError, ValueError, AttributeError):
        start = 0
    if start >= len(rows):
        start = 0
    return Batch(rows, size, start)
