"""pytest fixtures: the add-on's integration and functional layers through pytest-plone.

The add-on's one "today" (``plone_scrqm.clocks.today()``) is frozen for the whole run, in
this process and in every server the browser and scale tests start, by the environment
variable ``PLONE_SCRQM_TODAY``: a Wednesday unless the variable is already set (``make
test-dates`` runs the clock suites at a weekend, a bank holiday, the year's end and 29
February). Nothing else of the process clock is touched.
"""

import os

import pytest
from pytest_plone import fixtures_factory

from plone_scrqm.testing import PLONE_SCRQM_FUNCTIONAL_TESTING
from plone_scrqm.testing import PLONE_SCRQM_INTEGRATION_TESTING

pytest_plugins = ["pytest_plone"]

DEFAULT_TEST_TODAY = "2026-11-25"
os.environ.setdefault("PLONE_SCRQM_TODAY", DEFAULT_TEST_TODAY)


def pytest_report_header(config):
    return f"plone_scrqm today: {os.environ['PLONE_SCRQM_TODAY']} (PLONE_SCRQM_TODAY)"


globals().update(
    fixtures_factory(
        (
            (PLONE_SCRQM_FUNCTIONAL_TESTING, "functional"),
            (PLONE_SCRQM_INTEGRATION_TESTING, "integration"),
        )
    )
)


@pytest.fixture
def package_name() -> str:
    return "plone_scrqm"


# People of a partnership, each with one review role given on the reviews folder (as the
# Sharing tab does), plus "Can view" so they can open the site's own folder. Edwin has every
# standard Plone role there but no review role; Morgan is a plain member.
PEOPLE = {
    "rita": ("Review Manager", "Reader"),
    "leo": ("Lead Reviewer", "Reader"),
    "chandra": ("Partnership Chair", "Reader"),
    "bola": ("Board Member", "Reader"),
    "edwin": ("Editor", "Reader", "Contributor"),
    "morgan": (),
}
PASSWORD = "a-long-test-password"


def add_reviews_folder(portal):
    """Create ``/safeguarding-reviews`` with the partnership's people on its Sharing tab, and a
    Site Administrator."""
    from plone import api

    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(
            container=portal, type="Folder", id="safeguarding-reviews", title="Reviews"
        )
        for user_id, local_roles in PEOPLE.items():
            api.user.create(email=f"{user_id}@example.org", username=user_id, password=PASSWORD)
            if local_roles:
                api.user.grant_roles(username=user_id, obj=folder, roles=list(local_roles))
        api.user.create(email="samira@example.org", username="samira", password=PASSWORD)
        api.user.grant_roles(username="samira", roles=["Site Administrator"])
    return folder


@pytest.fixture
def reviews_folder(portal):
    return add_reviews_folder(portal)


@pytest.fixture
def make_review(reviews_folder):
    """Create a review as a Review Manager would."""
    from plone import api

    def make(title="Child D", **fields):
        with api.env.adopt_user(username="rita"):
            return api.content.create(
                container=reviews_folder, type="CaseReview", title=title, **fields
            )

    return make


@pytest.fixture
def rest_reviews_folder(functional_portal):
    """The reviews folder with its people, committed so the test server sees it."""
    import transaction

    folder = add_reviews_folder(functional_portal)
    transaction.commit()
    return folder


@pytest.fixture
def reader(functional_portal):
    """A signed-in member with no role of the add-on."""
    import transaction
    from plone import api

    with api.env.adopt_roles(["Manager"]):
        api.user.create(email="reader@example.org", username="reader", password=PASSWORD)
    transaction.commit()
