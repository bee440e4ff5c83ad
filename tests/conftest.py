"""pytest fixtures: the add-on's integration and functional layers through pytest-plone."""

import pytest
from pytest_plone import fixtures_factory

from plone_scrqm.testing import PLONE_SCRQM_FUNCTIONAL_TESTING
from plone_scrqm.testing import PLONE_SCRQM_INTEGRATION_TESTING

pytest_plugins = ["pytest_plone"]

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
