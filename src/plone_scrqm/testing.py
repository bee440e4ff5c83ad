"""Test layers: Plone with the add-on installed, for integration and functional tests."""

import os
import tempfile

from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing.zope import WSGI_SERVER_FIXTURE

os.environ.setdefault("zope_i18n_compile_mo_files", "true")
# The audit trail's SQL store: a SQLite file of this test run (integration tests roll their
# entries back with the transaction; functional tests commit them).
os.environ.setdefault(
    "PLONE_SCRQM_AUDIT_DB",
    f"sqlite:///{tempfile.mkdtemp(prefix='scrqm-audit-')}/audit.sqlite",
)


class PloneScrqmLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import plone.restapi

        import plone_scrqm

        self.loadZCML(package=plone.restapi)
        self.loadZCML(package=plone_scrqm)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "plone_scrqm:default")


PLONE_SCRQM_FIXTURE = PloneScrqmLayer()

PLONE_SCRQM_INTEGRATION_TESTING = IntegrationTesting(
    bases=(PLONE_SCRQM_FIXTURE,), name="PloneScrqmLayer:IntegrationTesting"
)

PLONE_SCRQM_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(PLONE_SCRQM_FIXTURE, WSGI_SERVER_FIXTURE), name="PloneScrqmLayer:FunctionalTesting"
)
