"""The marker catalogue as content: created at install, faithful, idempotent, protected."""

import pytest
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import logout
from plone.app.testing import setRoles
from Products.CMFCore.indexing import processQueue

from plone_scrqm.markers.catalogue import shipped_catalogue
from plone_scrqm.markers.loader import load_marker_catalogue


def test_catalogue_folder_and_eighteen_markers(portal):
    folder = portal["quality-markers"]
    assert folder.portal_type == "MarkerCatalogue"
    assert folder.objectIds() == [f"qm-{n:02d}" for n in range(1, 19)]


def test_markers_match_the_shipped_data(portal):
    folder = portal["quality-markers"]
    for record in shipped_catalogue():
        marker = folder[record.id]
        assert marker.portal_type == "QualityMarker"
        assert marker.number == record.number
        assert marker.title == record.title
        assert marker.cluster == record.cluster
        assert marker.statement == record.statement
        assert marker.questions == list(record.questions)
        assert marker.local_questions == []
        for item in record.knowledge_base + record.statutory_guidance + record.common_obstacles:
            first_line = item.splitlines()[0].lstrip("- ")
            text = marker.knowledge_base + marker.statutory_guidance + marker.common_obstacles
            assert first_line in text


def test_catalog_metadata(portal):
    brains = api.content.find(portal_type="QualityMarker", sort_on="scrqm_marker_number")
    assert [b.scrqm_marker_number for b in brains] == list(range(1, 19))
    assert brains[0].scrqm_cluster == "setting-up"
    assert len(brains[12].scrqm_questions) == 11


def test_loading_again_creates_nothing(portal):
    assert load_marker_catalogue(portal) == (0, 0)
    assert len(portal["quality-markers"].objectIds()) == 18


def test_missing_marker_is_recreated(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    portal["quality-markers"].manage_delObjects(["qm-07"])
    assert load_marker_catalogue(portal) == (1, 0)
    assert portal["quality-markers"].objectIds()[6] == "qm-07"


def test_refresh_restores_text_and_keeps_local_questions(portal):
    marker = portal["quality-markers"]["qm-02"]
    marker.statement = "edited by mistake"
    marker.local_questions = ["Has the decision been logged in the partnership's register?"]
    created, refreshed = load_marker_catalogue(portal, refresh=True)
    assert (created, refreshed) == (0, 18)
    assert marker.statement.startswith("the decision about whether to have a Serious Case Review")
    assert marker.local_questions == ["Has the decision been logged in the partnership's register?"]
    assert marker.all_questions()[-1].startswith("Has the decision been logged")
    assert len(marker.all_questions()) == 10


def test_existing_item_with_the_same_id_is_not_overwritten(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    portal._delObject("quality-markers")
    processQueue()  # apply the queued unindexing before adding at the same path
    api.content.create(container=portal, type="Document", id="quality-markers", title="Ours")
    with pytest.raises(ValueError, match="not a marker catalogue"):
        load_marker_catalogue(portal)
    assert portal["quality-markers"].portal_type == "Document"


def test_signed_in_users_read_markers_anonymous_does_not(portal, reviews_folder):
    marker = portal["quality-markers"]["qm-01"]
    with api.env.adopt_user(username="morgan"):
        assert api.user.has_permission("View", obj=marker)
        assert not api.user.has_permission("Modify portal content", obj=marker)
    logout()
    assert not api.user.has_permission("View", obj=marker)
    assert len(api.content.find(portal_type="QualityMarker")) == 0


def test_only_site_administrators_edit_markers(portal, reviews_folder):
    marker = portal["quality-markers"]["qm-01"]
    with api.env.adopt_user(username="samira"):
        assert api.user.has_permission("Modify portal content", obj=marker)
    for user in ("rita", "chandra", "edwin"):
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission("Modify portal content", obj=marker), user


def test_markers_cannot_be_added_elsewhere(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    allowed = [fti.getId() for fti in portal.allowedContentTypes()]
    assert "QualityMarker" not in allowed
    assert "MarkerCatalogue" not in allowed
    assert "CaseReview" in allowed
