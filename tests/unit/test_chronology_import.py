"""Reading and checking an agency's chronology (CSV and .xlsx), the stable row key, and the
merged timeline's order and filters (plain Python)."""

import io
from datetime import date
from datetime import datetime

import pytest

from plone_scrqm.common.errors import FilterError
from plone_scrqm.information.chronology import DAY
from plone_scrqm.information.chronology import MONTH
from plone_scrqm.information.chronology import ImportFileError
from plone_scrqm.information.chronology import parse_date
from plone_scrqm.information.chronology import parse_timeline_filters
from plone_scrqm.information.chronology import preview_import
from plone_scrqm.information.chronology import read_csv
from plone_scrqm.information.chronology import read_table
from plone_scrqm.information.chronology import select_entries
from plone_scrqm.information.chronology import template_rows

AGENCIES = ("Police", "Children's social care", "Education")
TODAY = date(2024, 6, 1)
HEADER = "Date,Time,Agency,Practitioner role,What happened,Source record,Key practice episode,Decision point,Missed opportunity\n"


def preview(text, existing=()):
    return preview_import(read_csv(text.encode()), AGENCIES, existing, today=TODAY)


def codes(rejected):
    return [reason.code for reason in rejected.reasons]


def test_good_file():
    result = preview(
        HEADER + "2023-03-14,10:30,Police,Response officer,Attended,Log 1,yes,,x\n"
        "04/2023,,children's social care,Social worker,Referral screened,Case note,,yes,\n"
        "15/05/2023,,Education,Teacher,Absent from school,Register,no,no,no\n"
    )
    assert result.ok and not result.rejected
    first, second, third = result.to_create
    assert (first.entry_date, first.precision, first.time) == (date(2023, 3, 14), DAY, "10:30")
    assert first.marks == ("key-practice-episode", "missed-opportunity")
    assert (second.entry_date, second.precision) == (date(2023, 4, 1), MONTH)
    assert second.agency == "Children's social care"  # the partnership's spelling
    assert second.marks == ("decision-point",)
    assert third.entry_date == date(2023, 5, 15) and third.marks == ()
    assert [row.line for row in result.to_create] == [2, 3, 4]


def test_every_kind_of_bad_row():
    result = preview(
        HEADER + "2023-02-30,,Police,PC,Bad day,Log\n"
        "yesterday,,Police,PC,Bad date,Log\n"
        "2023-03-01,25:00,Police,PC,Bad time,Log\n"
        "2023-03,10:00,Police,PC,Time on a month,Log\n"
        "2023-03-01,,Ambulance service,Paramedic,Unknown agency,Log\n"
        "2023-03-01,,Police,PC,,Log\n"
        "2023-03-01,,Police,PC,Bad mark,Log,maybe\n"
        "2030-01-01,,Police,PC,In the future,Log\n"
        ",,Police,PC,No date,Log\n"
    )
    assert result.to_create == []
    by_line = {row.line: codes(row) for row in result.rejected}
    assert by_line == {
        2: ["bad-date"],
        3: ["bad-date"],
        4: ["bad-time"],
        5: ["bad-time"],
        6: ["unknown-agency"],
        7: ["missing-value"],
        8: ["bad-mark"],
        9: ["future-date"],
        10: ["missing-value"],
    }
    assert result.rejected[4].cells["agency"] == "Ambulance service"


def test_a_short_row_misses_its_values():
    result = preview(HEADER + "2023-03-01,,Police\n")
    assert codes(result.rejected[0]) == ["missing-value"]


def test_missing_column_rejects_every_row():
    result = preview("Date,Agency,Notes\n2023-03-01,Police,Something\n2023-03-02,Police,More\n")
    assert not result.ok
    assert result.missing_columns == ("What happened",)
    assert [codes(row) for row in result.rejected] == [["missing-column"], ["missing-column"]]
    assert result.to_create == []


def test_headings_match_without_case_or_spaces_and_columns_in_any_order():
    result = preview("AGENCY;what_happened;date\nPolice;Seen at home;2023-01-05\n")
    assert [row.agency for row in result.to_create] == ["Police"]


def test_duplicates_in_the_file_and_already_imported():
    row = "2023-03-14,,Police,PC,Attended the home,Log 1\n"
    result = preview(HEADER + row + row.replace("Attended the home", "Attended  the HOME"))
    assert len(result.to_create) == 1
    assert codes(result.rejected[0]) == ["duplicate"]
    again = preview(HEADER + row, existing={result.to_create[0].key})
    assert again.to_create == [] and len(again.already_imported) == 1


def test_the_key_depends_on_date_precision_and_agency():
    result = preview(
        HEADER + "2023-03-01,,Police,PC,Seen,Log\n2023-03,,Police,PC,Seen,Log\n"
        "2023-03-01,,Education,PC,Seen,Log\n"
    )
    assert len({row.key for row in result.to_create}) == 3


def test_month_only_precision_forms():
    for text in ("2023-04", "04/2023", "April 2023", "Apr 2023"):
        assert parse_date(text) == (date(2023, 4, 1), MONTH)
    assert parse_date("1 April 2023") == (date(2023, 4, 1), DAY)
    assert parse_date(datetime(2023, 4, 2, 9, 15)) == (date(2023, 4, 2), DAY)


def test_xlsx_with_dates_as_cells():
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chronology"
    sheet.append(template_rows()[0])
    sheet.append([datetime(2023, 3, 14, 9, 5), None, "Police", "PC", "Attended", "Log", "yes"])
    sheet.append(["2023-04", None, "Education", "Teacher", "Absent", "Register"])
    sheet.append([datetime(2023, 3, 15), "not a time", "Police", "PC", "x", "Log"])
    out = io.BytesIO()
    workbook.save(out)
    result = preview_import(read_table("police.xlsx", out.getvalue()), AGENCIES, today=TODAY)
    first, second = result.to_create
    assert (first.entry_date, first.time, first.marks) == (
        date(2023, 3, 14),
        "09:05",
        ("key-practice-episode",),
    )
    assert second.precision == MONTH
    assert codes(result.rejected[0]) == ["bad-time"]


def test_template_rows_import_cleanly():
    out = io.StringIO()
    import csv

    csv.writer(out).writerows(template_rows())
    result = preview(out.getvalue())
    assert len(result.to_create) == 2 and not result.rejected


def test_unreadable_files():
    with pytest.raises(ImportFileError):
        read_table("chronology.pdf", b"%PDF-1.4")
    with pytest.raises(ImportFileError):
        read_table("chronology.xlsx", b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFileError):
        preview_import([["", ""], []], AGENCIES, today=TODAY)


def entry(day, precision=DAY, time=None, agency="Police", marks=(), source=""):
    return {
        "entry_date": day,
        "precision": precision,
        "time": time,
        "agency": agency,
        "marks": marks,
        "source_record": source,
    }


def test_timeline_order_across_agencies_and_precisions():
    entries = [
        entry(date(2023, 3, 14), time="10:30", agency="Police"),
        entry(date(2023, 3, 14), agency="Education"),
        entry(date(2023, 3, 1), MONTH, agency="Children's social care"),
        entry(date(2023, 3, 1), agency="Police"),
        entry(date(2023, 2, 28), agency="Police"),
        entry(date(2023, 3, 14), time="09:00", agency="Police"),
    ]
    filters = parse_timeline_filters({}, AGENCIES)
    ordered = [
        (e["entry_date"].isoformat(), e["precision"], e["time"], e["agency"])
        for e in select_entries(entries, filters)
    ]
    assert ordered == [
        ("2023-02-28", DAY, None, "Police"),
        ("2023-03-01", MONTH, None, "Children's social care"),
        ("2023-03-01", DAY, None, "Police"),
        ("2023-03-14", DAY, None, "Education"),
        ("2023-03-14", DAY, "09:00", "Police"),
        ("2023-03-14", DAY, "10:30", "Police"),
    ]


def test_timeline_filters():
    entries = [
        entry(date(2023, 3, 1), MONTH, agency="Education", marks=("decision-point",)),
        entry(date(2023, 4, 2), agency="Police", marks=("missed-opportunity",)),
        entry(date(2023, 5, 2), agency="Police"),
    ]

    def dates(**params):
        filters = parse_timeline_filters(params, AGENCIES)
        return [e["entry_date"].isoformat() for e in select_entries(entries, filters)]

    assert dates(agency="Police") == ["2023-04-02", "2023-05-02"]
    assert dates(mark=["decision-point", "missed-opportunity"]) == ["2023-03-01", "2023-04-02"]
    # A month-only entry is in any period that overlaps its month.
    assert dates(start="2023-03-20", end="2023-04") == ["2023-03-01", "2023-04-02"]
    assert dates(end="2023-03-31") == ["2023-03-01"]


@pytest.mark.parametrize(
    "params, name",
    [
        ({"agency": "Fire service"}, "agency"),
        ({"mark": "important"}, "mark"),
        ({"start": "last week"}, "start"),
        ({"end": "31/03/2023"}, "end"),
    ],
)
def test_bad_timeline_filters_name_the_allowed_values(params, name):
    with pytest.raises(FilterError) as raised:
        parse_timeline_filters(params, AGENCIES)
    assert raised.value.name == name
    assert raised.value.allowed


def test_shipped_template_is_the_documented_one():
    from pathlib import Path

    import plone_scrqm

    shipped = Path(plone_scrqm.__file__).parent / "data" / "chronology-template.csv"
    assert list(read_csv(shipped.read_bytes())) == template_rows()


def test_dates_outside_the_range_of_every_form_are_rejected():
    result = preview(
        HEADER + "0001-01-01,,Police,PC,Long ago,Log 1\n"
        "1899-12-31,,Police,PC,Before 1900,Log 2\n"
        "9999-12-31,,Police,PC,Far future,Log 3\n"
        "1900-01-01,,Police,PC,First day,Log 4\n"
    )
    assert [codes(row) for row in result.rejected] == [["bad-date"], ["bad-date"], ["future-date"]]
    assert [row.what_happened for row in result.to_create] == ["First day"]
