"""The multi-agency chronology (QM10) in plain Python: reading an agency's chronology from a
CSV file or an Excel workbook, checking every row, the stable key that stops a re-import
from duplicating entries, and the merged timeline's order and filters.

Nothing here writes: the import view and the REST endpoint show the result of
``preview_import`` and create the entries only when the editor confirms.
"""

import calendar
import csv
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from datetime import time as time_of_day

from openpyxl import load_workbook

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.errors import FilterError

DAY = "day"
MONTH = "month"
PRECISIONS = {DAY: _("Exact day"), MONTH: _("Month only")}

KEY_EPISODE = "key-practice-episode"
DECISION_POINT = "decision-point"
MISSED_OPPORTUNITY = "missed-opportunity"
MARK_TITLES = {
    KEY_EPISODE: _("Key practice episode"),
    DECISION_POINT: _("Decision point"),
    MISSED_OPPORTUNITY: _("Missed opportunity for discussion"),
}
MARKS = tuple(MARK_TITLES)


@dataclass(frozen=True)
class Column:
    name: str
    heading: str
    required: bool = False
    max_length: int | None = None
    mark: str | None = None


# The template's columns, in order. Headings are matched without regard to case, spaces or
# underscores ("What happened", "what_happened").
COLUMNS = (
    Column("date", "Date", required=True),
    Column("time", "Time"),
    Column("agency", "Agency", required=True),
    Column("practitioner_role", "Practitioner role", max_length=200),
    Column("what_happened", "What happened", required=True, max_length=5000),
    Column("source_record", "Source record", max_length=200),
    Column("key_practice_episode", "Key practice episode", mark=KEY_EPISODE),
    Column("decision_point", "Decision point", mark=DECISION_POINT),
    Column("missed_opportunity", "Missed opportunity", mark=MISSED_OPPORTUNITY),
)
REQUIRED = tuple(c.name for c in COLUMNS if c.required)
YES = {"yes", "y", "true", "1", "x"}
NO = {"no", "n", "false", "0", ""}

# Limits on what one upload may cost: the work is bounded by these, whatever the file says
# about itself (see docs/privacy.md, "Limits on uploads").
MAX_ROWS = 5000  # rows with a value, after the header
MAX_LINES = MAX_ROWS + 1000  # rows read in all, blank ones included
MAX_COLUMNS = 50  # columns read from each row; the template has 9, found by their heading
MAX_BYTES = 5 * 1024 * 1024  # the file as uploaded
MAX_UNPACKED = 50 * 1024 * 1024  # an .xlsx's members once unpacked, in all
MAX_RATIO = 100  # unpacked size to packed size, for the whole archive
MAX_MEMBERS = 200  # files inside an .xlsx (a workbook from Excel has 10 to 30)


class ImportFileError(ValueError):
    """The file cannot be read at all (not CSV or .xlsx, too big, no header row)."""

    def __init__(self, message):
        self.message = message
        super().__init__(str(message))


@dataclass(frozen=True)
class Reason:
    code: str  # bad-date, bad-time, future-date, unknown-agency, missing-column,
    # missing-value, bad-mark, too-long, duplicate
    message: object  # a translatable message


@dataclass(frozen=True)
class ChronologyRow:
    line: int
    entry_date: date
    precision: str
    time: str | None
    agency: str
    practitioner_role: str
    what_happened: str
    source_record: str
    marks: tuple
    key: str


@dataclass(frozen=True)
class RejectedRow:
    line: int
    reasons: tuple
    cells: dict


@dataclass
class ImportPreview:
    to_create: list = field(default_factory=list)
    already_imported: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    missing_columns: tuple = ()

    @property
    def ok(self):
        return not self.missing_columns


# Reading files

UNREADABLE_XLSX = _("The workbook cannot be read as an Excel .xlsx file.")
NOT_CSV = _(
    "The file cannot be read as CSV: it holds binary data or a cell longer than 128 KB. "
    "Use the template."
)


def _normalise_heading(value):
    return re.sub(r"[^a-z0-9]+", "_", str(value or "").strip().lower()).strip("_")


def read_csv(data):
    """The rows of a CSV file, one at a time. Raises ``ImportFileError`` on a file that is
    not CSV (a NUL byte, a cell longer than the csv module's limit)."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows
    else:
        text = data
    if "\x00" in text:
        raise ImportFileError(NOT_CSV)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFileError(NOT_CSV) from error
        yield row[:MAX_COLUMNS]


def check_archive(data):
    """Refuse an .xlsx (a zip archive) whose members would unpack to far more than the
    upload, or that holds too many members, reading only the archive's directory. The sizes
    there bound what is unpacked: Python's zipfile stops at a member's stated size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise ImportFileError(UNREADABLE_XLSX) from error
    if len(members) > MAX_MEMBERS:
        raise ImportFileError(
            _(
                "The workbook holds more than ${max} files: it is not an ordinary "
                "spreadsheet. Save it again from Excel or use the CSV template.",
                mapping={"max": MAX_MEMBERS},
            )
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * max(len(data), 1):
        raise ImportFileError(
            _(
                "The workbook would unpack to more than ${max} MB (or more than ${ratio} "
                "times its size): it is not an ordinary spreadsheet. Save it again from "
                "Excel or use the CSV template.",
                mapping={"max": MAX_UNPACKED // (1024 * 1024), "ratio": MAX_RATIO},
            )
        )


def read_xlsx(data):
    """The rows of the first worksheet (or the one named "Chronology"), one at a time, at
    most ``MAX_COLUMNS`` cells each.

    The archive is checked before anything is unpacked. The size a sheet declares for
    itself (``<dimension ref="A1:XFD400000"/>``) is ignored: openpyxl would otherwise pad
    every row to it. Rows are read as they are needed, so the caller stops at its limits."""
    check_archive(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        names = [name.lower() for name in workbook.sheetnames]
        sheet = workbook.worksheets[names.index("chronology") if "chronology" in names else 0]
        sheet.reset_dimensions()
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(UNREADABLE_XLSX) from error
    return _sheet_rows(workbook, sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True))


def _sheet_rows(workbook, rows):
    try:
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception as error:  # a damaged sheet shows while it is read
                raise ImportFileError(UNREADABLE_XLSX) from error
            yield row
    finally:
        workbook.close()


def read_table(filename, data):
    """Rows of cell values from a .csv or .xlsx file, chosen by its name or content, read
    one at a time (``preview_import`` stops at the limits)."""
    if not isinstance(data, (bytes, str)):
        raise ImportFileError(_("Send the file's content as a file, not as a value."))
    if len(data) > MAX_BYTES:
        raise ImportFileError(_("The file is larger than 5 MB: split it by period."))
    name = filename.lower() if isinstance(filename, str) else ""
    if name.endswith(".xlsx") or data[:4] in (b"PK\x03\x04", "PK\x03\x04"):
        if isinstance(data, str):
            raise ImportFileError(UNREADABLE_XLSX)
        return read_xlsx(data)
    if name.endswith((".csv", ".txt")) or not name:
        return read_csv(data)
    raise ImportFileError(
        _("Only CSV (.csv) and Excel (.xlsx) files can be imported: use the template.")
    )


# Checking cells


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


DAY_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y")
MONTH_FORMATS = ("%Y-%m", "%m/%Y", "%B %Y", "%b %Y")


def parse_date(value):
    """``(date, precision)`` from a cell; a month-only date is the first of its month.
    Raises ValueError."""
    if isinstance(value, datetime):
        return value.date(), DAY
    if isinstance(value, date):
        return value, DAY
    text = _text(value)
    for formats, precision in ((DAY_FORMATS, DAY), (MONTH_FORMATS, MONTH)):
        for fmt in formats:
            try:
                parsed = datetime.strptime(text, fmt).date()
            except ValueError:
                continue
            return (parsed if precision == DAY else parsed.replace(day=1)), precision
    raise ValueError(text)


def parse_time(value):
    """``"HH:MM"`` or None. Raises ValueError."""
    if isinstance(value, datetime):
        value = value.time()
    if isinstance(value, time_of_day):
        return value.strftime("%H:%M")
    text = _text(value)
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::\d{2})?", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(text)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _normalise_text(value):
    return " ".join((value or "").split()).casefold()


def row_key(agency, entry_date, precision, time, source_record, what_happened):
    """A stable key of an entry: the same row imported again has the same key."""
    parts = (
        _normalise_text(agency),
        entry_date.isoformat(),
        precision,
        time or "",
        _normalise_text(source_record),
        _normalise_text(what_happened),
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _check_row(line, cells, agencies, today):
    reasons = []
    values = {}
    for column in COLUMNS:
        raw = cells.get(column.name)
        if column.required and not _text(raw):
            reasons.append(
                Reason(
                    "missing-value",
                    _(
                        "No value in the column '${column}'.",
                        mapping={"column": column.heading},
                    ),
                )
            )
    entry_date, precision = None, None
    if _text(cells.get("date")) or isinstance(cells.get("date"), date):
        try:
            entry_date, precision = parse_date(cells.get("date"))
        except ValueError:
            reasons.append(
                Reason(
                    "bad-date",
                    _(
                        "Bad date '${value}': use YYYY-MM-DD or DD/MM/YYYY, or YYYY-MM for "
                        "a month only.",
                        mapping={"value": _text(cells.get("date"))},
                    ),
                )
            )
        else:
            if entry_date < EARLIEST:
                reasons.append(
                    Reason(
                        "bad-date",
                        _(
                            "The date ${value} is before ${earliest}.",
                            mapping={
                                "value": entry_date.isoformat(),
                                "earliest": EARLIEST.isoformat(),
                            },
                        ),
                    )
                )
            if entry_date > today:
                reasons.append(
                    Reason(
                        "future-date",
                        _(
                            "The date ${value} is in the future.",
                            mapping={"value": entry_date.isoformat()},
                        ),
                    )
                )
    time = None
    try:
        time = parse_time(cells.get("time"))
    except ValueError:
        reasons.append(
            Reason(
                "bad-time",
                _(
                    "Bad time '${value}': use HH:MM (24-hour clock).",
                    mapping={"value": _text(cells.get("time"))},
                ),
            )
        )
    if isinstance(cells.get("date"), datetime) and time is None:
        moment = cells["date"].time()
        time = moment.strftime("%H:%M") if moment != time_of_day(0, 0) else None
    if time and precision == MONTH:
        reasons.append(Reason("bad-time", _("A time needs an exact day, not a month only.")))
    agency = _text(cells.get("agency"))
    if agency:
        canonical = agencies.get(agency.casefold())
        if canonical is None:
            reasons.append(
                Reason(
                    "unknown-agency",
                    _(
                        "Unknown agency '${value}': use one of the partnership's agencies.",
                        mapping={"value": agency},
                    ),
                )
            )
        agency = canonical or agency
    marks = []
    for column in COLUMNS:
        text = _text(cells.get(column.name))
        if column.mark:
            if text.lower() in YES:
                marks.append(column.mark)
            elif text.lower() not in NO:
                reasons.append(
                    Reason(
                        "bad-mark",
                        _(
                            "'${value}' in the column '${column}': use yes or leave it empty.",
                            mapping={"value": text, "column": column.heading},
                        ),
                    )
                )
        elif column.max_length and len(text) > column.max_length:
            reasons.append(
                Reason(
                    "too-long",
                    _(
                        "The column '${column}' is longer than ${max} characters.",
                        mapping={"column": column.heading, "max": column.max_length},
                    ),
                )
            )
        values[column.name] = text
    if reasons:
        return None, reasons
    return (
        ChronologyRow(
            line=line,
            entry_date=entry_date,
            precision=precision,
            time=time,
            agency=agency,
            practitioner_role=values["practitioner_role"],
            what_happened=values["what_happened"],
            source_record=values["source_record"],
            marks=tuple(marks),
            key=row_key(
                agency,
                entry_date,
                precision,
                time,
                values["source_record"],
                values["what_happened"],
            ),
        ),
        [],
    )


def _display_cells(cells):
    out = {}
    for name, value in cells.items():
        if isinstance(value, datetime):
            value = value.isoformat(sep=" ", timespec="minutes")
        elif isinstance(value, (date, time_of_day)):
            value = value.isoformat()
        out[name] = _text(value)
    return out


def _rows_with_values(table):
    """``(line, row)`` for the rows of ``table`` with a value, read one at a time; stops
    with ``ImportFileError`` past ``MAX_LINES`` rows in all."""
    for line, row in enumerate(table, start=1):
        if line > MAX_LINES:
            raise ImportFileError(
                _(
                    "The sheet goes on past row ${max}: remove the empty rows or split the "
                    "file by period.",
                    mapping={"max": MAX_LINES},
                )
            )
        row = row[:MAX_COLUMNS]
        if any(_text(c) for c in row):
            yield line, row


def preview_import(table, agencies, existing_keys=(), today=None):
    """Check every row of ``table`` (rows of cell values, the first non-empty one the
    header) against the partnership's ``agencies``; rows whose key is in ``existing_keys``
    are already in the chronology. Writes nothing."""
    today = today or current_day()
    agency_names = {name.casefold(): name for name in agencies}
    preview = ImportPreview()
    rows = _rows_with_values(table)
    first = next(rows, None)
    if first is None:
        raise ImportFileError(_("The file is empty: start from the template."))
    header_line, header = first
    positions = {}
    known = {column.name for column in COLUMNS}
    for index, heading in enumerate(header):
        name = _normalise_heading(heading)
        if name in known and name not in positions:
            positions[name] = index
    missing = tuple(c.heading for c in COLUMNS if c.required and c.name not in positions)
    seen = {}
    existing = set(existing_keys)
    for count, (line, row) in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise ImportFileError(
                _("More than ${max} rows: split the file by period.", mapping={"max": MAX_ROWS})
            )
        cells = {
            name: (row[index] if index < len(row) else None) for name, index in positions.items()
        }
        if missing:
            preview.rejected.append(
                RejectedRow(
                    line,
                    tuple(
                        Reason(
                            "missing-column",
                            _(
                                "The file has no column '${column}'.",
                                mapping={"column": heading},
                            ),
                        )
                        for heading in missing
                    ),
                    _display_cells(cells),
                )
            )
            continue
        parsed, reasons = _check_row(line, cells, agency_names, today)
        if parsed is None:
            preview.rejected.append(RejectedRow(line, tuple(reasons), _display_cells(cells)))
        elif parsed.key in seen:
            preview.rejected.append(
                RejectedRow(
                    line,
                    (
                        Reason(
                            "duplicate",
                            _(
                                "The same entry as row ${row} of this file.",
                                mapping={"row": seen[parsed.key]},
                            ),
                        ),
                    ),
                    _display_cells(cells),
                )
            )
        elif parsed.key in existing:
            preview.already_imported.append(parsed)
        else:
            seen[parsed.key] = line
            preview.to_create.append(parsed)
    preview.missing_columns = missing
    return preview


def template_rows():
    """The template: its header and two fictional example rows."""
    return [
        [column.heading for column in COLUMNS],
        [
            "2023-03-14",
            "10:30",
            "Police",
            "Response officer",
            "Fictional example: domestic abuse incident attended; child present.",
            "Incident log 123/2023",
            "yes",
            "",
            "yes",
        ],
        [
            "2023-04",
            "",
            "Children's social care",
            "Social worker",
            "Fictional example: referral screened; no further action (month only known).",
            "Case note",
            "",
            "yes",
            "",
        ],
    ]


# The merged timeline


def sort_key(entry_date, precision, time, agency, source_record=""):
    """Order across agencies: by date; an entry known only to its month comes before the
    exact days of that month; then by time (entries without one first), agency, source."""
    return (
        entry_date or date.min,
        0 if precision == MONTH else 1,
        time or "",
        (agency or "").casefold(),
        (source_record or "").casefold(),
    )


def entry_span(entry_date, precision):
    """The first and last day an entry may have happened on."""
    if precision == MONTH:
        last = calendar.monthrange(entry_date.year, entry_date.month)[1]
        return entry_date.replace(day=1), entry_date.replace(day=last)
    return entry_date, entry_date


def date_label(entry_date, precision, time=None):
    if entry_date is None:
        return ""
    if precision == MONTH:
        return entry_date.strftime("%m/%Y")
    label = entry_date.strftime("%d/%m/%Y")
    return f"{label} {time}" if time else label


def _period_bound(name, value, end):
    try:
        parsed, precision = parse_date(value)
    except ValueError:
        raise FilterError(name, value, ("YYYY-MM-DD", "YYYY-MM")) from None
    if "/" in value or " " in value:  # only the ISO forms are accepted in addresses
        raise FilterError(name, value, ("YYYY-MM-DD", "YYYY-MM"))
    return entry_span(parsed, precision)[1 if end else 0]


def _values(params, name):
    value = params.get(name)
    if value is None or value == "":
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(v for v in value if v)
    return (value,)


def parse_timeline_filters(params, agencies):
    """``agency`` (repeatable), ``mark`` (repeatable: entries with any of them), ``start``
    and ``end`` (YYYY-MM-DD or YYYY-MM). Raises ``FilterError`` naming the allowed values."""
    filters = {}
    for name, allowed in (("agency", tuple(agencies)), ("mark", MARKS)):
        values = _values(params, name)
        for value in values:
            if value not in allowed:
                raise FilterError(name, value, allowed)
        filters[name] = set(values)
    start = params.get("start") or None
    end = params.get("end") or None
    filters["start"] = _period_bound("start", start, end=False) if start else None
    filters["end"] = _period_bound("end", end, end=True) if end else None
    return filters


def select_entries(entries, filters):
    """Entries (dicts with ``entry_date``, ``precision``, ``agency``, ``marks`` …) matching
    the filters, in timeline order. A month-only entry is in a period it overlaps."""
    kept = []
    for entry in entries:
        if filters["agency"] and entry["agency"] not in filters["agency"]:
            continue
        if filters["mark"] and not filters["mark"] & set(entry["marks"] or ()):
            continue
        first, last = entry_span(entry["entry_date"], entry["precision"])
        if filters["start"] and last < filters["start"]:
            continue
        if filters["end"] and first > filters["end"]:
            continue
        kept.append(entry)
    return sorted(
        kept,
        key=lambda e: sort_key(
            e["entry_date"], e["precision"], e["time"], e["agency"], e["source_record"]
        ),
    )
