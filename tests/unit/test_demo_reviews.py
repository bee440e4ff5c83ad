"""The demo site's sample reviews obey the review rules and are clearly fictional."""

from datetime import date

from plone_scrqm.demo import FICTIONAL
from plone_scrqm.demo import _sample_reviews
from plone_scrqm.review.rules import check_review

TODAY = date(2026, 11, 27)


def test_sample_reviews_obey_the_rules():
    for review in _sample_reviews(TODAY):
        assert check_review(review, today=TODAY) == [], review["id"]


def test_sample_reviews_say_they_are_fictional():
    for review in _sample_reviews(TODAY):
        assert "(demo)" in review["title"]
        assert review["referral_rationale"].startswith(FICTIONAL)
