"""The upgrade from a site made by the release before the chronology containers.

``tests/fixtures/site-1011.fs.xz`` is the packed ZODB of the demo site created by commit
54913cf (profile 1011), with reviews holding chronology entries as direct children, a
beginning and a progress assessment round, and a published report and response; it is
rebuilt by ``bash scripts/build_upgrade_fixture.sh`` (see docs/development.md). The test
opens a copy, runs every upgrade step to the newest version and checks that the site still
works: nothing is ever written back to the fixture (the transaction is aborted)."""

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

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "site-1011.fs.xz"
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


@pytest.fixture
def old_site(portal, tmp_path):
    """The site of the release, in its own database, as the site of this thread."""
    path = tmp_path / "Data.fs"
    with lzma.open(FIXTURE) as packed, path.open("wb") as copy:
        shutil.copyfileobj(packed, copy)
    db = DB(FileStorage(str(path)))
    connection = db.open()
    request = portal.REQUEST
    app = connection.root()["Application"].__of__(RequestContainer(REQUEST=request))
    site = app.Plone
    before = getSite(), getRequest(), getSecurityManager()
    setSite(site)
    setRequest(request)
    newSecurityManager(request, app.acl_users.getUser("admin").__of__(app.acl_users))
    try:
        yield site
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


def test_fixture_is_small_and_of_the_release():
    assert FIXTURE.stat().st_size < 3 * 1024 * 1024


def test_upgrade_from_the_release_keeps_the_site_working(old_site):
    setup = getToolByName(old_site, "portal_setup")
    catalog = getToolByName(old_site, "portal_catalog")
    assert setup.getLastVersionForProfile(PROFILE) == ("1011",)
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
