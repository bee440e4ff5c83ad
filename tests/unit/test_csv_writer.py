"""The one CSV writer neutralises cells a spreadsheet would run as a formula (OWASP)."""

import csv
import io

import pytest

from plone_scrqm.common.csv_writer import csv_response
from plone_scrqm.common.csv_writer import safe_cell


class Response:
    def __init__(self):
        self.headers = {}

    def setHeader(self, name, value):  # noqa: N802 (Zope's name)
        self.headers[name] = value


class Request:
    def __init__(self):
        self.response = Response()


@pytest.mark.parametrize(
    "value", ["=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")']
)
def test_formula_starts_are_written_as_text(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Police", "2023-03-14", "", 5, None, " =1", "a=b"])
def test_other_cells_are_unchanged(value):
    assert safe_cell(value) == value


def test_csv_response_neutralises_dict_and_sequence_rows_and_the_header():
    request = Request()
    text = csv_response(
        request,
        ("a", "b"),
        [{"a": "=cmd|' /C calc'!A0", "b": "ok"}, ("@x", -5)],
        "x.csv",
        header=("=head", "b"),
    )
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["'=head", "b"], ["'=cmd|' /C calc'!A0", "ok"], ["'@x", "-5"]]
    assert request.response.headers["Content-Disposition"] == 'attachment; filename="x.csv"'
