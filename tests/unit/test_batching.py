"""Long listings are shown a page at a time; a bad page parameter shows the first page."""

from plone_scrqm.common.batching import PAGE_SIZE
from plone_scrqm.common.batching import page_of


class Request:
    def __init__(self, **form):
        self.form = form


def test_first_page_by_default():
    batch = page_of(list(range(120)), Request())
    assert list(batch) == list(range(PAGE_SIZE))
    assert batch.numpages == 3


def test_page_asked_for():
    assert list(page_of(list(range(120)), Request(b_start="100"))) == list(range(100, 120))


def test_bad_start_shows_the_first_page():
    for bad in ("x", "-5", "1000", None):
        assert list(page_of(list(range(60)), Request(b_start=bad)))[0] == 0
