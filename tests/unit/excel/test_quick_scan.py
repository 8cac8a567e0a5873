"""The pre-scan's fast path (quick_scan) against the exact expat scan: on regular sheets it
vouches for every cell the exact scan counts, spends the same budget on cells, and the
workbook reads the same; anything irregular is left to the exact scan."""

from __future__ import annotations

import datetime as dt
import zipfile
from array import array

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from matrix_app.services.excel import bounds, quick_scan, safety, sheet_scan
from matrix_app.services.excel.fast_read import percent_styles


def _book(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Name", "Share", "When", "Note"])
    for i in range(30_000):  # shared strings, > 1 MB of XML: several chunks
        ws.append([f"name {i % 700}", i / 100_000, dt.date(2015, 1, 1 + i % 28), "x" * (i % 50)])
        ws.cell(row=i + 2, column=2).number_format = "0%"
    ws["F40000"].fill = PatternFill("solid", fgColor="FFFF00")  # empty, formatted, far
    wb.save(path)
    return path


def _scans(path):
    with zipfile.ZipFile(path) as zf:
        strings = bounds.scan_strings(path, zf, bounds.Budget())
        percent = percent_styles(zf)
        part = "xl/worksheets/sheet1.xml"
        quick, exact = bounds.SheetShape("Data", part), bounds.SheetShape("Data", part)
        qb, eb = bounds.Budget(), bounds.Budget()
        with zf.open(part) as fh:
            assert quick_scan.scan(fh, quick, strings, qb, percent) is quick
        with zf.open(part) as fh:
            sheet_scan.scan_sheet(path, fh, exact, strings, eb, percent)
    return quick, exact, qb, eb


def test_quick_scan_bounds_what_the_exact_scan_finds(tmp_path):
    quick, exact, qb, eb = _scans(_book(tmp_path / "b.xlsx"))
    assert not quick.exact and quick.cells == exact.cells and qb.cells == eb.cells
    assert (quick.rows, quick.columns) == (40_000, 6)  # every cell, the far empty one too
    assert (exact.rows, exact.columns) == (30_001, 4)
    assert qb.elements <= eb.elements and qb.text <= eb.text  # it counts more, never less
    assert set(exact.percent) <= set(quick.percent)


def test_the_workbook_reads_the_same_whichever_scan_bounded_it(tmp_path, monkeypatch):
    book = _book(tmp_path / "b.xlsx")
    with safety.load(book) as opened:
        fast = opened.wb["Data"].values()
        assert not opened.shapes["Data"].exact
    monkeypatch.setattr(quick_scan, "scan", lambda *a, **k: None)
    with safety.load(book) as opened:
        slow = opened.wb["Data"].values()
        assert opened.shapes["Data"].exact
    assert fast == slow and len(fast) == 30_001 and fast[1][1] == 0  # a Percent of 0.0


@pytest.mark.parametrize(
    "row",
    [
        b'<row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row>',  # a formula: counted exactly
        b'<row r="2"><!-- x --><c r="A2"><v>2</v></c></row>',
        b'<row r="2"><c s="0" r="A2"><v>2</v></c></row>',  # its reference not first
        b'<row r="2"><c><v>2</v></c></row>',  # no reference
        b'<row r="2"><x:c xmlns:x="urn:x" r="A2"><x:v>2</x:v></x:c></row>',
        b'<row r="2"><c r="A2" t="s"><v> 0 </v></c></row>',
    ],
)
def test_irregular_sheets_are_left_to_the_exact_scan(row):
    import io

    xml = b'<?xml version="1.0"?><worksheet><sheetData>' + row + b"</sheetData></worksheet>"
    budget = bounds.Budget()
    shape = bounds.SheetShape("S", "p")
    assert quick_scan.scan(io.BytesIO(xml), shape, array("l", [3]), budget) is None
    assert budget == bounds.Budget()  # nothing spent


@pytest.mark.parametrize(
    ("cell", "limit", "words"),
    [
        (b'<c r="A{r}"><f>1+1</f><v>2</v></c>', "cells", "past 10 cells"),  # a formula
        (b'<c s="0" r="A{r}"><v>2</v></c>', "cells", "past 10 cells"),  # reference not first
        (b"<c><v>2</v><x/><x/><x/></c>", "elements", "more than 10000000 XML elements"),
    ],
    ids=["formula", "reference-last", "elements"],
)
def test_counts_are_refused_however_irregular_the_sheet(monkeypatch, tmp_path, cell, limit, words):
    """The example: a million rows took 26 s (over 90 s in CI) to refuse in the exact scan;
    the class: any sheet the fast path cannot vouch for went there to be counted."""
    import io

    from matrix_app.services.excel.errors import ExcelFileError

    if limit == "cells":
        monkeypatch.setattr(bounds, "MAX_CELLS", 10)
    rows = b"".join(b'<row r="%d">' % r + cell.replace(b"{r}", b"%d" % r) + b"</row>"
                    for r in range(1, 30))  # fmt: skip
    xml = b'<?xml version="1.0"?><worksheet><sheetData>' + rows + b"</sheetData></worksheet>"
    budget = bounds.Budget()
    if limit == "elements":
        budget.elements = 50
    shape = bounds.SheetShape("Hoja 1", "p")
    with pytest.raises(ExcelFileError) as refused:
        quick_scan.scan(io.BytesIO(xml), shape, array("l"), budget, path=tmp_path / "b.xlsx")
    assert "Hoja 1" in str(refused.value) and words in str(refused.value)
    # Without a path (the old call) nothing is refused here: the exact scan decides.
    assert quick_scan.scan(io.BytesIO(xml), shape, array("l"), bounds.Budget()) is None
