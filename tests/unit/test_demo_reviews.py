"""The demo site's sample reviews (data read by the demo loader) obey the review rules and
are clearly fictional; the add-on itself never imports the demo."""

import re
from datetime import date
from datetime import timedelta
from pathlib import Path

from plone_scrqm.demo.loader import FICTIONAL
from plone_scrqm.demo.loader import sample_reviews
from plone_scrqm.review.rules import check_review

TODAY = date(2026, 11, 27)


def test_sample_reviews_obey_the_rules():
    for review in sample_reviews(TODAY):
        assert check_review(review, today=TODAY) == [], review["id"]


def test_sample_reviews_say_they_are_fictional():
    for review in sample_reviews(TODAY):
        assert "(demo)" in review["title"]
        assert review["referral_rationale"].startswith(FICTIONAL)


def test_the_add_on_never_imports_the_demo():
    src = Path(__file__).resolve().parents[2] / "src" / "plone_scrqm"
    importing = [
        str(path.relative_to(src))
        for path in src.rglob("*")
        if path.suffix in (".py", ".zcml")
        and re.search(r"plone_scrqm[.]demo|from [.]+ import demo|[.]demo[.]", path.read_text())
    ]
    assert importing == []
    assert not (src / "demo.py").exists()


def test_dates_in_the_data_are_relative_to_the_day():
    reviews = sample_reviews(TODAY)
    child_a = next(review for review in reviews if review["id"] == "child-a")
    assert child_a["incident_date"] == TODAY - timedelta(days=150)
    assert child_a["milestones"][0].split(" | ")[1] == (TODAY - timedelta(days=118)).isoformat()
    texts = [value for review in reviews for value in _strings(review)]
    assert not [text for text in texts if "{" in text or "@today" in text]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
