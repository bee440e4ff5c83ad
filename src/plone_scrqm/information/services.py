"""``POST {review}/@scr-chronology-import``: import an agency's chronology; ``POST {review}``
as plone.restapi answers it, except that a chronology entry goes into the review's container
of entries.

Body (JSON): ``{"file": {"data": "<base64>", "encoding": "base64", "filename":
"police.xlsx"}, "dry_run": true}``. A dry run (the default) writes nothing and answers
what would be created, what is rejected and why, and what is already there; with
``"dry_run": false`` the entries are created, all or none."""

import base64
import binascii

from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from plone.restapi.services import Service
from plone.restapi.services.content.add import FolderPost
from zope.component import getMultiAdapter
from zope.i18n import translate
from zope.interface import alsoProvides

from plone_scrqm.information.chronology import MARK_TITLES
from plone_scrqm.information.chronology import MARKS
from plone_scrqm.information.chronology import MAX_BYTES
from plone_scrqm.information.chronology import ImportFileError
from plone_scrqm.information.folder import ENTRY_TYPE
from plone_scrqm.information.folder import ensure_chronology_folder
from plone_scrqm.information.folder import entry_count
from plone_scrqm.information.listing import create_entries
from plone_scrqm.information.listing import preview_file
from plone_scrqm.information.listing import request_rows
from plone_scrqm.information.listing import review_overdue_requests
from plone_scrqm.permissions import VIEW_FAMILY_DETAILS
from plone_scrqm.privacy.audit import audit

SEND_FILE = "Send the file as {'file': {'data', 'encoding', 'filename'}}."


def _row(row):
    return {
        "row": row.line,
        "date": row.entry_date.isoformat(),
        "precision": row.precision,
        "time": row.time,
        "agency": row.agency,
        "practitioner_role": row.practitioner_role,
        "what_happened": row.what_happened,
        "source_record": row.source_record,
        "marks": list(row.marks),
        "key": row.key,
    }


class ChronologyImportPost(Service):
    def _error(self, status, message, **extra):
        self.request.response.setStatus(status)
        return {
            "error": {
                "type": "BadRequest" if status == 400 else "Forbidden",
                "message": message,
                **extra,
            }
        }

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        if not api.user.has_permission("Add portal content", obj=self.context):
            return self._error(403, "The review's phase does not allow adding to it.")
        try:
            body = json_body(self.request)
        except DeserializationError:
            return self._error(400, "The body is not a JSON object. " + SEND_FILE)
        upload = body.get("file")
        if not isinstance(upload, dict):
            return self._error(400, SEND_FILE)
        dry_run = body.get("dry_run", True)
        if not isinstance(dry_run, bool):
            return self._error(400, "'dry_run' must be true or false.")
        if upload.get("encoding", "base64") != "base64":
            return self._error(400, "Send the file base64-encoded ('encoding': 'base64').")
        filename = upload.get("filename") or ""
        encoded = upload.get("data") or ""
        if not isinstance(filename, str) or not isinstance(encoded, str):
            return self._error(400, "'filename' and 'data' must be text. " + SEND_FILE)
        if len(encoded) > MAX_BYTES * 4 // 3 + 4:
            return self._error(400, "The file is larger than 5 MB: split it by period.")
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            return self._error(400, "The file's data is not valid base64.")
        if not data:
            return self._error(400, SEND_FILE)
        try:
            preview = preview_file(self.context, filename, data)
        except ImportFileError as error:
            return self._error(400, translate(error.message, context=self.request))
        created = []
        if not dry_run and preview.ok:
            created = create_entries(self.context, preview.to_create)
        rejected = [
            {
                "row": row.line,
                "reasons": [
                    {"code": r.code, "message": translate(r.message, context=self.request)}
                    for r in row.reasons
                ],
                "cells": row.cells,
            }
            for row in preview.rejected
        ]
        if not preview.ok:
            self.request.response.setStatus(400)
        return {
            "@id": f"{self.context.absolute_url()}/@scr-chronology-import",
            "dry_run": dry_run,
            "missing_columns": list(preview.missing_columns),
            "to_create": [_row(row) for row in preview.to_create]
            if dry_run or not preview.ok
            else [],
            "created": [
                {**_row(row), "@id": entry.absolute_url()}
                for row, entry in zip(preview.to_create, created, strict=True)
            ]
            if created
            else [],
            "rejected": rejected,
            "already_imported": [_row(row) for row in preview.already_imported],
        }


class ReviewPost(FolderPost):
    """``POST {review}`` as plone.restapi answers it, except that a chronology entry
    (``"@type": "ChronologyEntry"``) is added to the review's container of entries
    (``{review}/chronology-entries``), created when missing: clients keep posting to the
    review as before. ``POST {review}/chronology-entries`` works too."""

    def reply(self):
        try:
            data = json_body(self.request)
        except DeserializationError:
            data = None
        if isinstance(data, dict) and data.get("@type") == ENTRY_TYPE:
            self.context = ensure_chronology_folder(self.context)
        return super().reply()


class OverdueRequestsGet(Service):
    """``GET {review}/@scr-overdue-requests``: the review's information requests awaited past
    their due date (the catalog lists only those the caller may see), oldest due first."""

    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@scr-overdue-requests",
            "items": [
                {
                    "@id": brain.getURL(),
                    "title": brain.Title,
                    "due": brain.scrqm_request_due.isoformat(),
                }
                for brain in review_overdue_requests(self.context)
            ],
        }


class ChronologyGet(Service):
    """``GET {review}/@scr-chronology``: the merged timeline as its page shows it, filtered
    like the page (``agency`` and ``mark`` repeatable, ``start``/``end`` as YYYY-MM-DD or
    YYYY-MM; an unknown value is a 400 naming the allowed ones), with the agencies and
    marks to filter by and whether the caller may import. Registered with ``plone_scrqm:
    View family details``: the entries are private to the review team."""

    def reply(self):
        view = getMultiAdapter((self.context, self.request), name="chronology")
        rows = view.rows()
        if view.error is not None:
            return _error(self.request, 400, view.error)
        audit("read", self.context, "chronology (REST)")
        agencies = view.agencies()
        colour = {agency: index % 8 for index, agency in enumerate(agencies)}
        return {
            "@id": f"{self.context.absolute_url()}/@scr-chronology",
            "items": [
                {
                    "@id": row["url"],
                    "date": row["entry_date"].isoformat(),
                    "date_label": row["date_label"],
                    "precision": row["precision"],
                    "time": row["time"] or "",
                    "agency": row["agency"],
                    "agency_index": colour.get(row["agency"], 0),
                    "practitioner_role": row["practitioner_role"],
                    "what_happened": row["what_happened"],
                    "source_record": row["source_record"],
                    "marks": list(row["marks"]),
                    "mark_titles": row["mark_titles"],
                }
                for row in rows
            ],
            "items_total": len(rows),
            "agencies": list(agencies),
            "marks": [
                {"value": mark, "title": translate(MARK_TITLES[mark], context=self.request)}
                for mark in MARKS
            ],
            "can_import": view.can_import(),
        }


def _error(request, status, message):
    request.response.setStatus(status)
    return {"error": {"type": "BadRequest" if status == 400 else "Forbidden", "message": message}}


def _iso(day):
    return day.isoformat() if day else None


class InformationGet(Service):
    """``GET {review}/@scr-information``: the review's information register as the
    ``@@information`` page shows it: its information requests with their status (QM10), its
    practitioner events (QM11) and, for those who may see family details, how many entries
    the chronology has. The catalog lists only what the caller may see; a visitor gets 401."""

    def reply(self):
        path = {"query": "/".join(self.context.getPhysicalPath()), "depth": 1}
        requests = [
            {
                "@id": row["url"],
                "title": row["title"],
                "agency": row["agency"],
                "date_sent": _iso(row["date_sent"]),
                "date_due": _iso(row["date_due"]),
                "date_received": _iso(row["date_received"]),
                "status": row["status"],
                "status_title": row["status_title"],
            }
            for row in request_rows(request=self.request, path=path)
        ]
        catalog = api.portal.get_tool("portal_catalog")
        events = [
            {"@id": brain.getURL(), "title": brain.Title}
            for brain in catalog(
                path=path, portal_type="PractitionerEvent", sort_on="getObjPositionInParent"
            )
        ]
        answer = {
            "@id": f"{self.context.absolute_url()}/@scr-information",
            "title": self.context.Title(),
            "requests": requests,
            "events": events,
            "can_add": api.user.has_permission("Add portal content", obj=self.context),
        }
        if api.user.has_permission(VIEW_FAMILY_DETAILS, obj=self.context):
            answer["chronology_count"] = entry_count(self.context)
        return answer
