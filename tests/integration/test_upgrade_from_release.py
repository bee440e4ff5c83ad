"""The upgrade from sites made by earlier releases.

Each ``tests/fixtures/site-VERSION.fs.xz`` is the packed ZODB of the demo site created by a
release, named by its profile version: 1011 (commit 54913cf, before the code moved into one
package per capability) and 1018 (commit 1026284, the release before the chronology
containers, with incidents, a Welsh partnership and the family's records). Both hold
chronology entries as the reviews' direct children, a beginning and a progress assessment
round, and a published report and response. They are rebuilt by
``bash scripts/build_upgrade_fixture.sh COMMIT`` (see docs/development.md). The test opens a
copy of each, runs every upgrade step to the newest version and checks that the site still
works: nothing is ever written back to a fixture (the transaction is aborted)."""

import lzma
import re
import shutil
from pathlib import Path

import pytest
import transaction
from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from plone.uuid.interfaces import IUUID
from Products.CMFCore.utils import getToolByName
from Products.CMFPlone.CatalogTool import DENIED_INTERFACES
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage
from zope.component.hooks import getSite
from zope.component.hooks import setSite
from zope.globalrequest import getRequest
from zope.globalrequest import setRequest
from zope.interface import providedBy
from ZPublisher.BaseRequest import RequestContainer

from plone_scrqm.content.information import IChronologyEntry
from plone_scrqm.interfaces import IChronologyFolder

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("site-*.fs.xz"))
PROFILE = "plone_scrqm:default"
OUR_TYPES = (
    "CaseReview",
    "ChronologyEntry",
    "AssessmentRound",
    "MarkerAssessment",
    "ReviewReport",
    "BoardResponse",
    "Finding",
    "ImprovementAction",
    "ParallelProcess",
    "InformationRequest",
    "PractitionerEvent",
    "FamilyMember",
    "QualityMarker",
)


def _version(fixture):
    return fixture.name[len("site-") : -len(".fs.xz")]


@pytest.fixture(params=FIXTURES, ids=_version)
def old_site(request, portal, tmp_path):
    """The site of a release, in its own database, as the site of this thread."""
    path = tmp_path / "Data.fs"
    fixture = request.param
    with lzma.open(fixture) as packed, path.open("wb") as copy:
        shutil.copyfileobj(packed, copy)
    db = DB(FileStorage(str(path)))
    connection = db.open()
    zope_request = portal.REQUEST
    app = connection.root()["Application"].__of__(RequestContainer(REQUEST=zope_request))
    site = app.Plone
    before = getSite(), getRequest(), getSecurityManager()
    setSite(site)
    setRequest(zope_request)
    newSecurityManager(zope_request, app.acl_users.getUser("admin").__of__(app.acl_users))
    try:
        yield site, _version(fixture)
    finally:
        transaction.abort()
        setSite(before[0])
        setRequest(before[1])
        setSecurityManager(before[2])
        connection.close()
        db.close()


def _counts(catalog):
    return {
        portal_type: len(catalog.unrestrictedSearchResults(portal_type=portal_type))
        for portal_type in OUR_TYPES
    }


def _entries_by_review(catalog):
    found = {}
    for brain in catalog.unrestrictedSearchResults(portal_type="ChronologyEntry"):
        review_path = brain.getPath().rsplit("/", 1)[0]
        if review_path.endswith("/chronology-entries"):
            review_path = review_path.rsplit("/", 1)[0]
        found.setdefault(review_path, {})[brain.getId] = brain.UID
    return found


def test_fixtures_are_small_and_of_two_releases():
    assert [_version(fixture) for fixture in FIXTURES] == ["1011", "1018"]
    for fixture in FIXTURES:
        assert fixture.stat().st_size < 3 * 1024 * 1024


def test_upgrade_from_the_release_keeps_the_site_working(old_site):
    old_site, version = old_site
    setup = getToolByName(old_site, "portal_setup")
    catalog = getToolByName(old_site, "portal_catalog")
    assert setup.getLastVersionForProfile(PROFILE) == (version,)
    counts = _counts(catalog)
    entries = _entries_by_review(catalog)
    assert counts["ChronologyEntry"] >= 3 and counts["MarkerAssessment"] >= 18
    assert counts["ReviewReport"] >= 1 and counts["CaseReview"] >= 2
    child_a = old_site["safeguarding-reviews"]["child-a"]
    states = {
        entry_id: (child_a[entry_id].workflow_history, IUUID(child_a[entry_id]))
        for entry_id in entries["/".join(child_a.getPhysicalPath())]
    }

    setup.upgradeProfile(PROFILE)

    newest = setup.getVersionForProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == (newest,)
    assert _counts(catalog) == counts
    # Every review has its container; the entries moved into it, nothing else did.
    reviews = [
        b._unrestrictedGetObject()
        for b in catalog.unrestrictedSearchResults(portal_type="CaseReview")
    ]
    assert len(catalog.unrestrictedSearchResults(portal_type="ChronologyFolder")) == len(reviews)
    for review in reviews:
        folder = review["chronology-entries"]
        assert IChronologyFolder.providedBy(folder)
        assert not [o for o in review.objectIds() if IChronologyEntry.providedBy(review[o])]
    assert _entries_by_review(catalog) == entries
    folder = child_a["chronology-entries"]
    for entry_id, (history, uid) in states.items():
        entry = folder[entry_id]
        assert IUUID(entry) == uid
        assert entry.workflow_history == history
        assert getToolByName(old_site, "portal_workflow").getInfoFor(entry, "review_state") == (
            "private"
        )
    # The catalog's object_provides is what each object provides now.
    index = catalog._catalog.getIndex("object_provides")
    for brain in catalog.unrestrictedSearchResults(portal_type=list(OUR_TYPES)):
        obj = brain._unrestrictedGetObject()
        expected = {
            iface.__identifier__
            for iface in providedBy(obj).flattened()
            if iface.__identifier__ not in DENIED_INTERFACES
        }
        assert set(index.getEntryForObject(brain.getRID())) == expected, brain.getPath()
    # The review's pages render, with the entries found in the container.
    html = child_a.restrictedTraverse("@@view")()
    assert "Child A (demo)" in html
    information = child_a.restrictedTraverse("@@information")()
    shown = re.search(r"(\d+)\s+entries, private to the review team", information)
    assert shown is not None and int(shown.group(1)) == len(states)
    timeline = child_a.restrictedTraverse("@@chronology")
    assert len(timeline.rows()) == len(states)
    # The dashboard reads the clocks' dates kept by the new index.
    brain = catalog.unrestrictedSearchResults(UID=IUUID(child_a))[0]
    assert brain.scrqm_clocks["clocks"]
    assert "scrqm_overdue" not in catalog.indexes()
