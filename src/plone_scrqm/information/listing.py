"""Information requests, chronology entries and the chronology import, read and written
through Plone (the rules are in ``requests`` and ``chronology``)."""

import transaction
from plone import api
from zope.i18n import translate

from plone_scrqm.clocks import today as current_day
from plone_scrqm.common.dates import format_partial_date
from plone_scrqm.information.chronology import MARK_TITLES
from plone_scrqm.information.chronology import MONTH
from plone_scrqm.information.chronology import preview_import
from plone_scrqm.information.chronology import read_table
from plone_scrqm.information.folder import ENTRY_TYPE
from plone_scrqm.information.folder import chronology_folder
from plone_scrqm.information.folder import ensure_chronology_folder
from plone_scrqm.information.requests import STATUS_TITLES
from plone_scrqm.information.requests import RequestFacts
from plone_scrqm.information.requests import request_status
from plone_scrqm.vocabularies import AGENCIES_RECORD


def _path(review):
    return {"query": "/".join(review.getPhysicalPath()), "depth": 1}


def request_rows(today=None, request=None, unrestricted=False, **query):
    """Information requests the user may see (or every one, ``unrestricted``), from
    catalog metadata, with their status."""
    today = today or current_day()
    catalog = api.portal.get_tool("portal_catalog")
    search = catalog.unrestrictedSearchResults if unrestricted else catalog.searchResults
    rows = []
    for brain in search(
        portal_type="InformationRequest", sort_on="getObjPositionInParent", **query
    ):
        facts = brain.scrqm_request_facts or {}
        status = request_status(
            RequestFacts(
                facts.get("date_sent"),
                facts.get("date_due"),
                facts.get("date_received"),
                facts.get("not_cooperating", False),
            ),
            today,
        )
        rows.append(
            {
                "uid": brain.UID,
                "title": brain.Title,
                "url": brain.getURL(),
                "review": brain.scrqm_review_title,
                "review_uid": brain.scrqm_review_uid,
                "agency": facts.get("agency"),
                "date_sent": facts.get("date_sent"),
                "date_due": facts.get("date_due"),
                "date_received": facts.get("date_received"),
                "status": status,
                "status_title": translate(STATUS_TITLES[status], context=request),
            }
        )
    return rows


def overdue_requests(today=None, **query):
    """Brains of the requests awaited past their due date (for the review page and the
    partnership dashboard): ``scrqm_request_due`` holds the due date of awaited requests
    only."""
    today = today or current_day()
    catalog = api.portal.get_tool("portal_catalog")
    return [
        brain
        for brain in catalog(
            portal_type="InformationRequest",
            scrqm_request_due={"query": today, "range": "max"},
            sort_on="scrqm_request_due",
            **query,
        )
        if brain.scrqm_request_due is not None and brain.scrqm_request_due < today
    ]


def review_overdue_requests(review, today=None):
    return overdue_requests(today, path=_path(review))


def _entries(review):
    """The entries in the review's container (none when it has no container yet)."""
    folder = chronology_folder(review)
    if folder is None:
        return []
    return [obj for obj in folder.objectValues() if obj.portal_type == ENTRY_TYPE]


def chronology_entries(review):
    """The review's chronology entries the user may read, as dicts.

    Entries are read from the objects in the review's container of entries, not the catalog:
    what happened is deliberately never in the catalog (it is private to the review team),
    so the timeline cannot come from metadata. Only the chronology's own pages read them."""
    out = []
    for entry in _entries(review):
        if not api.user.has_permission("View", obj=entry):
            continue
        out.append(
            {
                "uid": entry.UID(),
                "url": entry.absolute_url(),
                "entry_date": entry.entry_date,
                "precision": entry.date_precision,
                "time": entry.entry_time,
                "date_label": format_partial_date(
                    entry.entry_date, entry.date_precision == MONTH, entry.entry_time
                ),
                "agency": entry.agency,
                "practitioner_role": entry.practitioner_role or "",
                "what_happened": entry.what_happened or "",
                "source_record": entry.source_record or "",
                "marks": tuple(entry.marks or ()),
            }
        )
    return out


def mark_titles(marks, request):
    return [translate(MARK_TITLES[mark], context=request) for mark in marks if mark in MARK_TITLES]


def partnership_agencies():
    return tuple(api.portal.get_registry_record(AGENCIES_RECORD, default=None) or ())


def existing_keys(review):
    return {obj.scrqm_row_key for obj in _entries(review) if obj.scrqm_row_key}


def preview_file(review, filename, data, today=None):
    """Read and check a file against the review's chronology; writes nothing. Raises
    ``ImportFileError`` when the file cannot be read."""
    table = read_table(filename, data)
    return preview_import(table, partnership_agencies(), existing_keys(review), today)


def neutral_ids(folder):
    """Free ids ``entry``, ``entry-1``…, in the order the name chooser gives them, read
    once from the container's ids (no entry wakes)."""
    taken = set(folder.objectIds())
    number = 0
    while True:
        name = "entry" if number == 0 else f"entry-{number}"
        if name not in taken:
            taken.add(name)
            yield name
        number += 1


def create_entries(review, rows):
    """Create an entry per row in the review's container of entries, all or nothing: if one
    fails, none is kept."""
    savepoint = transaction.savepoint()
    created = []
    try:
        folder = ensure_chronology_folder(review)
        ids = neutral_ids(folder)
        for row in rows:
            entry = api.content.create(
                container=folder,
                type=ENTRY_TYPE,
                id=next(ids),  # neutral, given at once: no rename after the add
                safe_id=False,
                title="entry",  # computed from the date and agency
                entry_date=row.entry_date,
                date_precision=row.precision,
                entry_time=row.time,
                agency=row.agency,
                practitioner_role=row.practitioner_role or None,
                what_happened=row.what_happened,
                source_record=row.source_record or None,
                marks=list(row.marks),
                scrqm_row_key=row.key,
            )
            created.append(entry)
    except Exception:
        savepoint.rollback()
        raise
    return created
