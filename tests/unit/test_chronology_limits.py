"""The chronology import's work is bounded by its limits, whatever a file says about
itself: a sheet declaring a huge size, a zip bomb, too many rows, columns or members, a cell
too long for the csv module, binary data. Memory is measured (tracemalloc), not time."""

import io
import tracemalloc
import zipfile
from datetime import date

import pytest

from plone_scrqm.information import chronology
from plone_scrqm.information.chronology import ImportFileError
from plone_scrqm.information.chronology import preview_import
from plone_scrqm.information.chronology import read_table
from plone_scrqm.information.chronology import template_rows
from workbooks import cell
from workbooks import sheet_xml
from workbooks import workbook

AGENCIES = ("Police", "Education")
TODAY = date(2024, 6, 1)
HEADER = ",".join(template_rows()[0])


def peak_of(function):
    """``(result or raised error, peak bytes allocated)`` of ``function()``."""
    tracemalloc.start()
    try:
        try:
            result = function()
        except ImportFileError as error:
            result = error
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def preview_of(filename, data):
    return lambda: preview_import(read_table(filename, data), AGENCIES, today=TODAY)


def test_a_crafted_workbook_is_a_few_kilobytes():
    data = workbook(sheet_xml("A1:XFD400000", [(1, cell("A1", "Date")), (2, cell("A2", "x"))]))
    assert len(data) < 5000


@pytest.mark.parametrize(("dimension", "last"), [("A1:XFD400", 400), ("A1:XFD400000", 2)])
def test_the_size_a_sheet_declares_is_ignored(dimension, last):
    # Two real cells; the sheet claims 6.5 million or 6.5 billion. Padded to the declared
    # width, the rows between the two would be 6.5 million empty cells.
    data = workbook(sheet_xml(dimension, [(1, cell("A1", "Date")), (last, cell(f"A{last}", "x"))]))
    result, peak = peak_of(preview_of("police.xlsx", data))
    assert peak < 5 * 1024 * 1024, peak
    assert not isinstance(result, ImportFileError)
    assert result.missing_columns == ("Agency", "What happened")
    assert [row.line for row in result.rejected] == [last]


def test_a_real_cell_at_xfd400000_stops_at_the_row_limit():
    data = workbook(
        sheet_xml(
            "A1:XFD400000",
            [(1, cell("A1", HEADER.split(",")[0])), (400000, cell("XFD400000", "x"))],
        )
    )
    result, peak = peak_of(preview_of("police.xlsx", data))
    assert isinstance(result, ImportFileError), result
    assert str(chronology.MAX_LINES) in str(result.message.mapping["max"])
    assert peak < 5 * 1024 * 1024, peak


def test_cells_past_the_column_limit_are_not_read():
    headings = "".join(
        cell(f"{letter}1", heading)
        for letter, heading in zip("ABCDEFGHI", template_rows()[0], strict=True)
    )
    row = "".join(
        cell(f"{letter}2", value)
        for letter, value in zip("ABCDEFGHI", template_rows()[1], strict=True)
    )
    data = workbook(sheet_xml("A1:XFD2", [(1, headings + cell("XFD1", "far")), (2, row)]))
    result, peak = peak_of(preview_of("police.xlsx", data))
    assert [r.agency for r in result.to_create] == ["Police"]
    assert peak < 5 * 1024 * 1024, peak
    rows = list(read_table("police.xlsx", data))
    assert {len(r) for r in rows} == {chronology.MAX_COLUMNS}


def test_a_zip_bomb_is_refused_from_the_archive_directory():
    # 40 MB of spaces pack into about 40 KB: refused before anything is unpacked.
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/sharedStrings.xml", "w") as member,
    ):
        for _chunk in range(40):
            member.write(b" " * (1024 * 1024))
    data = workbook(sheet_xml("A1:A1", [(1, cell("A1", "Date"))]))
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "a") as archive:
        for info in source.infolist():
            archive.writestr(info, source.read(info))
    bomb = out.getvalue()
    assert len(bomb) < 200_000
    result, peak = peak_of(preview_of("police.xlsx", bomb))
    assert isinstance(result, ImportFileError)
    assert result.message.mapping == {"max": 50, "ratio": 100}
    assert peak < 2 * 1024 * 1024, peak


def test_too_many_members_are_refused():
    extra = [(f"xl/media/image{n}.xml", "") for n in range(chronology.MAX_MEMBERS)]
    data = workbook(sheet_xml("A1:A1", [(1, cell("A1", "Date"))]), extra)
    with pytest.raises(ImportFileError) as raised:
        read_table("police.xlsx", data)
    assert raised.value.message.mapping == {"max": chronology.MAX_MEMBERS}


def test_more_rows_than_the_limit_are_refused_as_they_are_reached():
    line = "2023-03-14,,Police,PC,Attended,Log {n}\n"
    text = HEADER + "\n" + "".join(line.format(n=n) for n in range(chronology.MAX_ROWS + 1))
    with pytest.raises(ImportFileError) as raised:
        preview_import(read_table("police.csv", text.encode()), AGENCIES, today=TODAY)
    assert raised.value.message.mapping == {"max": chronology.MAX_ROWS}
    exactly = HEADER + "\n" + "".join(line.format(n=n) for n in range(chronology.MAX_ROWS))
    result = preview_import(read_table("police.csv", exactly.encode()), AGENCIES, today=TODAY)
    assert len(result.to_create) == chronology.MAX_ROWS


def test_blank_rows_count_towards_the_sheet_limit():
    text = HEADER + "\n" * (chronology.MAX_LINES + 5) + "2023-03-14,,Police,PC,Late,Log\n"
    with pytest.raises(ImportFileError) as raised:
        preview_import(read_table("police.csv", text.encode()), AGENCIES, today=TODAY)
    assert raised.value.message.mapping == {"max": chronology.MAX_LINES}


@pytest.mark.parametrize(
    "data",
    [
        HEADER.encode() + b'\n2023-03-14,,Police,PC,"' + b"x" * (4 * 1024 * 1024) + b'",Log\n',
        HEADER.encode() + b"\n2023-03-14,,Police,PC,\x00\x01\x02,Log\n",
    ],
    ids=["a 4 MB cell", "binary data"],
)
def test_csv_that_the_csv_module_refuses_is_a_file_error(data):
    with pytest.raises(ImportFileError):
        preview_import(read_table("police.csv", data), AGENCIES, today=TODAY)


def test_a_csv_row_of_a_million_cells_is_cut_at_the_column_limit():
    text = HEADER + "\n" + "2023-03-14,,Police,PC,Attended,Log" + "," * 1_000_000 + "\n"
    result = preview_import(read_table("police.csv", text.encode()), AGENCIES, today=TODAY)
    assert len(result.to_create) == 1


@pytest.mark.parametrize("data", [None, 12, ["a"], {"data": "x"}])
def test_data_that_is_not_a_file_is_refused(data):
    with pytest.raises(ImportFileError):
        read_table("police.csv", data)
