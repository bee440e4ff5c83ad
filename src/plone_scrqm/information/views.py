"""Assembling information (QM10) and practitioner involvement (QM11): a review's
information page, the overdue-requests panel, the merged chronology timeline (page, print
and CSV), the chronology import with its preview, and practitioners' feedback."""

import base64
import binascii
import io
from datetime import date
from datetime import timedelta
from urllib.parse import urlencode

from openpyxl import Workbook
from openpyxl.styles import Font
from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.memoize.view import memoize
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from zExceptions import Forbidden
from zope.i18n import translate
from zope.interface import alsoProvides

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.common import params
from plone_scrqm.common.csv_writer import csv_response
from plone_scrqm.common.dates import format_date
from plone_scrqm.common.dates import format_partial_date
from plone_scrqm.common.errors import FilterError
from plone_scrqm.information.chronology import COLUMNS
from plone_scrqm.information.chronology import MARK_TITLES
from plone_scrqm.information.chronology import MARKS
from plone_scrqm.information.chronology import MAX_BYTES
from plone_scrqm.information.chronology import MONTH
from plone_scrqm.information.chronology import ImportFileError
from plone_scrqm.information.chronology import date_label
from plone_scrqm.information.chronology import parse_timeline_filters
from plone_scrqm.information.chronology import select_entries
from plone_scrqm.information.chronology import template_rows
from plone_scrqm.information.feedback import COMMENTS
from plone_scrqm.information.feedback import DEFAULT_VALID_DAYS
from plone_scrqm.information.feedback import OPEN
from plone_scrqm.information.feedback import QUESTIONS
from plone_scrqm.information.feedback import SCALE
from plone_scrqm.information.feedback import check_answer
from plone_scrqm.information.feedback import summarise
from plone_scrqm.information.folder import chronology_folder
from plone_scrqm.information.folder import entry_count
from plone_scrqm.information.listing import chronology_entries
from plone_scrqm.information.listing import create_entries
from plone_scrqm.information.listing import mark_titles
from plone_scrqm.information.listing import partnership_agencies
from plone_scrqm.information.listing import preview_file
from plone_scrqm.information.listing import request_rows
from plone_scrqm.information.listing import review_overdue_requests
from plone_scrqm.information.storage import create_links
from plone_scrqm.information.storage import event_answers
from plone_scrqm.information.storage import event_links
from plone_scrqm.information.storage import record_answer
from plone_scrqm.information.storage import token_state
from plone_scrqm.permissions import ADD_CHRONOLOGY_ENTRY
from plone_scrqm.permissions import VIEW_FAMILY_DETAILS
from plone_scrqm.privacy.audit import audit

CSV_FIELDS = (
    "date",
    "precision",
    "time",
    "agency",
    "practitioner_role",
    "what_happened",
    "source_record",
    "marks",
)


def _path(obj):
    return {"query": "/".join(obj.getPhysicalPath()), "depth": 1}


def _iso(value):
    return value.isoformat() if value else ""


class OverdueRequestsViewlet(ViewletBase):
    format_date = staticmethod(format_date)
    """Shown above a review's record: its information requests past their due date, and
    the way to the review's information page."""

    def update(self):
        super().update()
        self.signed_in = not api.user.is_anonymous()
        self.overdue = review_overdue_requests(self.context) if self.signed_in else []


class InformationView(BrowserView):
    """``@@information`` on a review: requests with their status, practitioner events, and
    (for the review team) the chronology."""

    def requests(self):
        return request_rows(request=self.request, path=_path(self.context))

    def events(self):
        catalog = api.portal.get_tool("portal_catalog")
        return catalog(
            path=_path(self.context),
            portal_type="PractitionerEvent",
            sort_on="getObjPositionInParent",
        )

    def can_see_chronology(self):
        return api.user.has_permission(VIEW_FAMILY_DETAILS, obj=self.context)

    def can_add(self):
        return api.user.has_permission("Add portal content", obj=self.context)

    def chronology_count(self):
        return entry_count(self.context)

    format_date = staticmethod(format_date)


class TimelineMixin:
    error = None

    @memoize
    def _entries(self):
        return chronology_entries(self.context)

    def agencies(self):
        entries = self._entries()
        return tuple(dict.fromkeys([*partnership_agencies(), *(e["agency"] for e in entries)]))

    def filtered(self):
        form = self.request.form
        try:
            filters = parse_timeline_filters(
                {
                    "agency": params.texts(form, "agency"),
                    "mark": params.texts(form, "mark"),
                    "start": params.text(form, "start"),
                    "end": params.text(form, "end"),
                },
                self.agencies(),
            )
        except FilterError as error:
            self.error = translate(error.message, context=self.request)
            self.request.response.setStatus(400)
            return []
        return select_entries(self._entries(), filters)


class ChronologyView(TimelineMixin, BrowserView):
    """``@@chronology``: the merged timeline across agencies, filtered, printable."""

    def __call__(self):
        audit("read", self.context, "chronology")
        return self.index()

    def rows(self):
        rows = self.filtered()
        for row in rows:
            row["mark_titles"] = mark_titles(row["marks"], self.request)
        return rows

    def options(self):
        form = self.request.form
        chosen_agencies = params.texts(form, "agency")
        chosen_marks = params.texts(form, "mark")
        return {
            "agency": [(a, a in chosen_agencies) for a in self.agencies()],
            "mark": [(m, MARK_TITLES[m], m in chosen_marks) for m in MARKS],
            "start": params.text(form, "start"),
            "end": params.text(form, "end"),
        }

    def query(self):
        return urlencode(
            [
                (key, value)
                for key in ("agency", "mark", "start", "end")
                for value in params.texts(self.request.form, key)
            ]
        )

    def csv_url(self):
        query = self.query()
        return f"{self.context.absolute_url()}/@@chronology.csv" + (f"?{query}" if query else "")

    def can_import(self):
        return api.user.has_permission(
            ADD_CHRONOLOGY_ENTRY, obj=self.context
        ) and api.user.has_permission("Add portal content", obj=self.context)

    def add_entry_url(self):
        """The add form of an entry, in the review's container of entries."""
        folder = chronology_folder(self.context)
        if folder is None or not self.can_import():
            return None
        return f"{folder.absolute_url()}/++add++ChronologyEntry"

    def agency_class(self, agency):
        """A colour per agency (from a fixed palette, in the order agencies are listed)."""
        agencies = self.agencies()
        index = agencies.index(agency) if agency in agencies else 0
        return f"scrqm-agency-{index % 8}"


class ChronologyCSV(TimelineMixin, BrowserView):
    def __call__(self):
        rows = self.filtered()
        audit("export", self.context, "chronology CSV")
        if self.error is not None:
            self.request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return self.error
        return csv_response(
            self.request,
            CSV_FIELDS,
            [
                {
                    "date": date_label(row["entry_date"], row["precision"]),
                    "precision": row["precision"],
                    "time": row["time"] or "",
                    "agency": row["agency"],
                    "practitioner_role": row["practitioner_role"],
                    "what_happened": row["what_happened"],
                    "source_record": row["source_record"],
                    "marks": "; ".join(mark_titles(row["marks"], self.request)),
                }
                for row in rows
            ],
            "chronology.csv",
        )


class ChronologyTemplateCSV(BrowserView):
    def __call__(self):
        header, *rows = template_rows()
        return csv_response(self.request, header, rows, "chronology-template.csv")


class ChronologyTemplateXLSX(BrowserView):
    """The template as a workbook, built on request from the same columns. The date and
    time columns are text, so Excel keeps a month-only date ("2023-04") as typed."""

    def __call__(self):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Chronology"
        for row in template_rows():
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for index, column in enumerate(COLUMNS, start=1):
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = 60 if column.max_length == 5000 else 20
            if column.name in ("date", "time"):
                for row in range(1, 1001):
                    sheet.cell(row=row, column=index).number_format = "@"
        out = io.BytesIO()
        workbook.save(out)
        response = self.request.response
        response.setHeader(
            "Content-Type",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response.setHeader("Content-Disposition", 'attachment; filename="chronology-template.xlsx"')
        return out.getvalue()


def reason_texts(reasons, request):
    return [translate(reason.message, context=request) for reason in reasons]


class ChronologyImportView(BrowserView):
    """``@@chronology-import``: upload, preview (nothing written), confirm (all or nothing).

    The preview carries the file itself (base64) to the confirmation, which reads and checks
    it again: what is created is exactly what the checks accept at that moment."""

    preview = None
    file_error = None
    created = None
    filename = ""
    payload = ""

    def __call__(self):
        if not api.user.has_permission("Add portal content", obj=self.context):
            raise Forbidden("The review's phase does not allow adding to it.")
        form = self.request.form
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if params.text(form, "confirm"):
                self._confirm(form)
            else:
                self._preview(form)
            if self.file_error is not None:
                self.request.response.setStatus(400)
        return self.index()

    def _read(self, filename, data):
        self.filename = filename
        self.payload = base64.b64encode(data).decode("ascii")
        try:
            self.preview = preview_file(self.context, filename, data)
        except ImportFileError as error:
            self.file_error = translate(error.message, context=self.request)

    def _preview(self, form):
        upload = form.get("chronology_file")
        data = upload.read(MAX_BYTES + 1) if upload and hasattr(upload, "read") else b""
        if not data:
            self.file_error = translate(
                _("Choose a CSV or Excel file to import."), context=self.request
            )
            return
        self._read(getattr(upload, "filename", "") or "", data)

    def _confirm(self, form):
        try:
            data = base64.b64decode(params.text(form, "payload"), validate=True)
        except (binascii.Error, ValueError):
            data = b""
        if not data:
            self.file_error = translate(
                _("The file to import is missing: upload it again."), context=self.request
            )
            return
        self._read(params.text(form, "filename"), data)
        if self.preview is None or not self.preview.ok:
            return
        self.created = create_entries(self.context, self.preview.to_create)
        api.portal.show_message(
            translate(
                _(
                    "${count} chronology entries imported.",
                    mapping={"count": len(self.created)},
                ),
                context=self.request,
            ),
            request=self.request,
        )
        self.request.response.redirect(f"{self.context.absolute_url()}/@@chronology")

    def rejected_rows(self):
        return [
            {
                "line": row.line,
                "reasons": reason_texts(row.reasons, self.request),
                "cells": row.cells,
            }
            for row in self.preview.rejected
        ]

    def row_view(self, row):
        return {
            "line": row.line,
            "date": format_partial_date(row.entry_date, row.precision == MONTH, row.time),
            "agency": row.agency,
            "practitioner_role": row.practitioner_role,
            "what_happened": row.what_happened,
            "source_record": row.source_record,
            "marks": ", ".join(mark_titles(row.marks, self.request)),
        }

    def columns(self):
        return COLUMNS


# Practitioners' feedback (QM11 Q8)


class EventFeedbackView(BrowserView):
    format_date = staticmethod(format_date)
    """``@@feedback`` on a practitioner event (review team): the links, making new ones,
    and the summary of the answers."""

    new_links = ()

    def __call__(self):
        audit("read", self.context, "practitioner feedback")
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if not api.user.has_permission("Modify portal content", obj=self.context):
                raise Forbidden("Only the review team makes feedback links.")
            form = self.request.form
            try:
                count = max(1, min(100, int(params.text(form, "count") or 1)))
            except ValueError:
                count = 1
            try:
                expires = date.fromisoformat(params.text(form, "expires"))
            except ValueError:
                expires = None
            self.new_links = create_links(self.context, count, expires)
        return self.index()

    def link_url(self, token):
        return (
            f"{api.portal.get().absolute_url()}/@@practitioner-feedback?{urlencode({'t': token})}"
        )

    def links(self):
        today = current_day()
        return sorted(
            (
                {
                    "url": self.link_url(link.token),
                    "expires": link.expires,
                    "state": link.state(today),
                }
                for link in event_links(self.context).values()
            ),
            key=lambda link: (link["state"] != OPEN, link["expires"]),
        )

    def summary(self):
        return summarise(event_answers(self.context))

    def scale(self):
        return SCALE

    def comment_titles(self):
        return dict(COMMENTS)

    def default_expiry(self):
        return (current_day() + timedelta(days=DEFAULT_VALID_DAYS)).isoformat()


class PractitionerFeedbackForm(BrowserView):
    """``@@practitioner-feedback?t=…`` on the site: the questionnaire, for anyone holding a
    link, without a Plone account. An unknown, used or expired link gets a clear page."""

    problems = ()
    thanked = False

    def __call__(self):
        form = self.request.form
        self.token = params.text(form, "t")
        event, self.state = token_state(self.token)
        self.event_title = event.Title() if event is not None and self.state == OPEN else ""
        if self.request.method == "POST" and self.state == OPEN:
            CheckAuthenticator(self.request)
            names = [name for name, _title in (*QUESTIONS, *COMMENTS)]
            answer, self.problems = check_answer({n: params.text(form, n) for n in names})
            if not self.problems:
                # A participant without an account writes to an event they cannot open.
                alsoProvides(self.request, IDisableCSRFProtection)
                self.state = record_answer(self.token, answer)
                self.thanked = self.state == OPEN
        if self.state not in (OPEN,) and not self.thanked:
            self.request.response.setStatus(404 if self.state == "unknown" else 410)
        return self.index()

    def questions(self):
        return QUESTIONS

    def scale(self):
        return SCALE

    def comments(self):
        return COMMENTS
