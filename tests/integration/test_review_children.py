"""A review's items of a kind are found by catalog query, not by waking every child, and its
clocks are computed once for the indexers of one reindex."""

from datetime import date
from datetime import timedelta

import pytest
from plone import api
from Products.CMFCore.indexing import processQueue

from plone_scrqm.clocks.timescales import next_due
from plone_scrqm.publication.checks import EmbargoCheck
from plone_scrqm.publication.checks import documents_of
from plone_scrqm.review.children import children_of
from plone_scrqm.review.clocks import clocks_of
from plone_scrqm.review.clocks import parallel_processes
from reviews import add_documents
from reviews import add_entry
from reviews import advance


@pytest.fixture
def running(make_review):
    return advance(make_review(), "running")


def _add_process(review, id_, **fields):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=review,
            type="ParallelProcess",
            id=id_,
            title=id_,
            kind="prosecution",
            status="active",
            **fields,
        )


def test_children_of_a_kind_in_folder_order(running):
    add_entry(running)
    second = _add_process(running, "second")
    add_entry(running)
    first = _add_process(running, "first")
    running.moveObjectsToTop(["first"])
    running.reindexObject()
    for obj in running.objectValues():
        obj.reindexObject(idxs=["getObjPositionInParent"])
    assert [obj.getId() for obj in parallel_processes(running)] == ["first", "second"]
    assert [obj.getId() for obj in children_of(running, "ParallelProcess")] == [
        first.getId(),
        second.getId(),
    ]
    assert len(children_of(running["chronology-entries"], "ChronologyEntry")) == 2
    assert children_of(running, "ChronologyEntry") == []


def test_report_found_and_embargo_read_without_other_children(running):
    for _ in range(3):
        add_entry(running)
    assert documents_of(running) == {"report": None, "response": None}
    report, response = add_documents(running)
    assert documents_of(running) == {"report": report, "response": response}
    assert EmbargoCheck(report).problems() == []
    _add_process(running, "trial", effects=["publication-embargo"])
    assert len(EmbargoCheck(report).problems()) == 1


def test_clocks_computed_once_until_their_facts_change(running, monkeypatch):
    from plone_scrqm.review import clocks as module

    calls = []
    real = module.review_clocks

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "review_clocks", counting)
    running.aware_date = date(2026, 1, 5)
    running.reindexObject()
    processQueue()  # four of the review's indexers read the clocks
    assert len(calls) == 1
    first = clocks_of(running)
    assert len(calls) == 1
    brain = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=running.UID())[0]
    assert brain.scrqm_next_due == next_due(first)
    running.aware_date = date(2026, 1, 5) - timedelta(days=7)
    changed = clocks_of(running)
    assert len(calls) == 2
    assert changed != first
