"""The one CSV writer of every export (``csv_response``): every cell goes through
``safe_cell``, so a cell a spreadsheet would run as a formula is written as text."""

import csv
import io

# A cell starting with one of these is read by spreadsheets as a formula (OWASP, "CSV
# injection"): "=HYPERLINK(...)" in an agency's chronology would run when the export is
# opened. Such a cell is written with a leading apostrophe, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` as a spreadsheet reads it as text, never as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_response(request, fieldnames, rows, filename, header=None):
    """Write ``rows`` as a CSV download, every cell through ``safe_cell``: the one CSV writer
    of every export. Rows are dicts keyed by ``fieldnames`` or sequences in their order;
    the first line is ``header`` (by default the field names)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(cell) for cell in (header or fieldnames)])
    for row in rows:
        cells = [row.get(name, "") for name in fieldnames] if isinstance(row, dict) else row
        writer.writerow([safe_cell(cell) for cell in cells])
    request.response.setHeader("Content-Type", "text/csv; charset=utf-8")
    request.response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
    return out.getvalue()
