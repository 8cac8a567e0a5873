"""Issue 18: a workbook from another agency is untrusted input, bounded before it parses.

The hostile workbooks are forged here, small (``hostile_books``). Each is imported from the
command line in a child process with a memory cap and a timeout, so that a regression fails
the test instead of eating the machine: exit 2, one sentence naming the sheet, no
traceback, the project file byte-for-byte unchanged.
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hostile_books import (
    SHEET,
    edit_sheet,
    forge,
    logframe_book,
    many_rows,
    shared_string_rows,
)

import matrix_app
from matrix_app.domain import models as m
from matrix_app.services.excel import bounds
from matrix_app.services.excel.errors import ExcelFileError
from matrix_app.services.excel.importing import detect, import_workbook, sheet_rows
from matrix_app.services.project import Project

SRC = Path(matrix_app.__file__).resolve().parents[1]
MEMORY_CAP = 2 * 1024**3  # the child may not map more than this (the attacks took 4-9 GB)
TIMEOUT = 90  # seconds; refusals take 1-3 s alone, more on a loaded machine


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def cli_import(project: Path, book: Path, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC), "MATRIX_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "matrix_app", "import-xlsx", str(project), str(book)],
        capture_output=True, text=True, timeout=TIMEOUT, env=env, preexec_fn=_cap_memory,
    )  # fmt: skip


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "plan.nap"
    Project.new(path, title="Plan").close()
    return path


def far_cell(tmp_path: Path) -> Path:
    """5 KB: a classic logframe with one cell holding data at XFD1048576."""
    return logframe_book(tmp_path / "far.xlsx", "XFD1048576", "x")


def million_rows(tmp_path: Path) -> Path:
    """A sheet with 1,048,575 rows (14 MB zipped)."""
    base = logframe_book(tmp_path / "base.xlsx")
    return forge(base, tmp_path / "rows.xlsx", SHEET, many_rows(9, 1_048_575))


def shared_strings(tmp_path: Path) -> Path:
    """300,000 cells pointing at one 32,000-character shared string (1 MB zipped)."""
    base = logframe_book(tmp_path / "base.xlsx")
    return forge(
        base, tmp_path / "strings.xlsx", SHEET, shared_string_rows(9, 75_000, 0),
        strings=["x" * 32_000],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (far_cell, "cell XFD1048576, right of column GR"),
        (million_rows, "past 2000000 cells"),  # rows cost cells, not a row count of their own
        (shared_strings, "past 50 million characters"),
    ],
    ids=["far-cell", "million-rows", "shared-string"],
)
def test_hostile_workbook_is_refused_from_the_command_line(tmp_path, project_file, build, words):
    book = build(tmp_path)
    before = sha(project_file)
    done = cli_import(project_file, book)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr
    assert f"sheet “{SHEET}”" in done.stderr and words in done.stderr
    assert done.stderr.count("\n") == 1  # one sentence
    assert sha(project_file) == before


def test_refusal_speaks_spanish(tmp_path, project_file):
    done = cli_import(project_file, far_cell(tmp_path), lang="es")
    assert done.returncode == 2
    assert f"la hoja “{SHEET}” tiene datos en la celda XFD1048576, a la derecha" in done.stderr


def test_far_empty_formatted_cell_is_ignored_and_the_matrix_imports(tmp_path, project_file):
    book = logframe_book(tmp_path / "stray.xlsx", "XFD1048576", None)  # formatted, empty
    done = cli_import(project_file, book)
    assert done.returncode == 0, done.stderr
    with Project.open(project_file, read_only=True) as project:
        (c,) = project.rows(m.Commitment)
        texts = {r.narrative for r in project.rows(m.Result, commitment_id=c.id)}
    assert "1.1 Conectar 225 servicios" in texts and len(texts) == 4


def test_a_lying_dimension_neither_costs_nor_hides_anything(tmp_path, project):
    base = logframe_book(tmp_path / "base.xlsx")
    huge = forge(base, tmp_path / "huge.xlsx", SHEET, dimension="A1:XFD1048576")
    tiny = forge(base, tmp_path / "tiny.xlsx", SHEET, dimension="A1:A1")
    assert sheet_rows(huge, SHEET) == sheet_rows(tiny, SHEET) == sheet_rows(base, SHEET)
    assert len(sheet_rows(huge, SHEET)) == 8 and len(sheet_rows(huge, SHEET)[3]) == 5
    assert detect(huge).kind == "logframe"
    report = import_workbook(project, huge)
    assert report.counts["result"].added == 4


def _inline(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


@pytest.mark.parametrize(
    ("row", "code", "where"),
    [
        (_inline("GS9", "far"), "too_many_columns", "GS9"),  # column 201
        (_inline("B9", "y" * 32_768), "cell_too_long", "B9"),
        (b'<c r="C9" t="str"><f>REPT("y",40000)</f><v>' + b"y" * 40_000 + b"</v></c>",
         "cell_too_long", "C9"),
    ],
    ids=["column", "long-inline-text", "long-formula-result"],
)  # fmt: skip
def test_each_limit_is_refused_naming_sheet_and_cell(tmp_path, project, row, code, where):
    base = logframe_book(tmp_path / "base.xlsx")
    book = forge(base, tmp_path / "bad.xlsx", SHEET, [b'<row r="9">' + row + b"</row>"])
    with pytest.raises(ExcelFileError) as info:
        import_workbook(project, book)
    assert info.value.code == code
    for lang in ("en", "es"):
        text = info.value.message(lang)
        assert SHEET in text and where in text


def test_cell_and_element_budgets(tmp_path, monkeypatch):
    base = logframe_book(tmp_path / "base.xlsx")
    empty_cells = (f'<row r="{r}"><c r="A{r}" s="0"/><c r="B{r}"/></row>'.encode()
                   for r in range(9, 2009))  # fmt: skip
    book = forge(base, tmp_path / "cells.xlsx", SHEET, empty_cells)
    assert detect(book).kind == "logframe"  # 4,000 empty cells: fine
    monkeypatch.setattr(bounds, "MAX_CELLS", 3_000)
    with pytest.raises(ExcelFileError) as info:
        detect(book)
    assert info.value.code == "too_many_cells" and SHEET in info.value.message("es")
    monkeypatch.setattr(bounds, "MAX_CELLS", 10_000)
    monkeypatch.setattr(bounds, "MAX_ELEMENTS", 5_000)
    with pytest.raises(ExcelFileError) as info:
        detect(book)
    assert info.value.code == "too_many_elements"


def test_shared_string_table_limits(tmp_path):
    base = logframe_book(tmp_path / "base.xlsx")
    long_one = forge(base, tmp_path / "long.xlsx", SHEET, strings=["z" * 40_000])
    with pytest.raises(ExcelFileError) as info:
        detect(long_one)
    assert info.value.code == "string_too_long"
    assert "32767" in info.value.message("es")


def test_text_budget_counts_each_use_of_a_shared_string(tmp_path, monkeypatch):
    base = logframe_book(tmp_path / "base.xlsx")
    book = forge(
        base, tmp_path / "s.xlsx", SHEET, shared_string_rows(9, 10, 0), strings=["w" * 1000]
    )
    assert detect(book).kind == "logframe"  # 40 uses of 1,000 characters
    monkeypatch.setattr(bounds, "MAX_TEXT", 30_000)
    with pytest.raises(ExcelFileError) as info:
        detect(book)
    assert info.value.code == "too_much_text"


def test_entities_in_a_sheet_are_refused_by_the_scan(tmp_path):
    base = logframe_book(tmp_path / "base.xlsx")
    hidden = b"<!--" + b" " * 2000 + b'-->\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
    book = edit_sheet(base, tmp_path / "dtd.xlsx", SHEET, lambda xml: hidden + xml)
    with pytest.raises(ExcelFileError) as info:
        detect(book)  # past the first-KB check of safety.py: the scan itself refuses it
    assert info.value.code == "hostile_xml"


def test_a_huge_small_part_is_refused_from_the_zip_directory(tmp_path):
    base = logframe_book(tmp_path / "base.xlsx")
    book = tmp_path / "styles.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/styles.xml":  # 17 MB of formats, not too compressible
                data = data.replace(b"</styleSheet>", b"<!--" + os.urandom(8_700_000).hex().encode()
                                    + b"--></styleSheet>")  # fmt: skip
            zout.writestr(info.filename, data)
    with pytest.raises(ExcelFileError) as info:
        detect(book)
    assert info.value.code == "part_too_big" and "xl/styles.xml" in info.value.message("es")


def test_shared_string_table_and_sheet_count_limits(tmp_path, monkeypatch):
    base = logframe_book(tmp_path / "base.xlsx")
    table = forge(base, tmp_path / "table.xlsx", SHEET, strings=["q" * 1000] * 40)
    assert detect(table).kind == "logframe"
    monkeypatch.setattr(bounds, "MAX_TEXT", 30_000)  # unused strings count too: openpyxl loads them
    with pytest.raises(ExcelFileError) as info:
        detect(table)
    assert info.value.code == "strings_too_big"
    monkeypatch.setattr(bounds, "MAX_SHEETS", 0)
    with pytest.raises(ExcelFileError) as info:
        detect(base)
    assert info.value.code == "too_many_sheets" and "1" in info.value.message("es")


@pytest.mark.parametrize(
    "row",
    [
        b'<row r="9"><c r="H1048576"><v>1</v></c></row>',  # 8 columns x 1,048,576 rows
        # The row says 9; the cell's own reference (where calamine puts it) says 1,048,576.
        b'<row r="9"><c r="B9"><v>1</v></c><c r="GR1048576"><v>1</v></c></row>',
        b'<row r="9"><c r="GR1048576" t="str"><v></v></c></row>',  # empty string: still a cell
        b'<row r="9"><!-- a comment sends it to the exact scan --><c r="GR1048576" t="str">'
        b"<f>1</f><v>1</v></c></row>",
        b'<row r="9" xmlns:y="urn:y"><y:c r="GR1048576"><y:v>1</y:v></y:c></row>',
    ],
    ids=["tall", "cell-below-its-row", "empty-string", "exact-scan", "other-namespace"],
)
def test_a_grid_the_reader_would_build_too_big_is_refused(tmp_path, project, row):
    """Rows are bounded by the grid they make the reader build (32 bytes a cell), whatever
    the row numbers and namespaces say."""
    base = logframe_book(tmp_path / "base.xlsx")
    book = forge(base, tmp_path / "tall.xlsx", SHEET, [row])
    with pytest.raises(ExcelFileError) as info:
        import_workbook(project, book)
    assert info.value.code == "too_big_sheet"
    assert "1048576" in info.value.message("en") and SHEET in info.value.message("es")


@pytest.mark.parametrize("cell", [b"B9", b"GR1048576"])
def test_a_cell_outside_any_row_is_bounded(tmp_path, project, cell):
    """calamine reads a ``<c>`` straight in ``<sheetData>``: the fast scan counts it where its
    reference says (a near one is read), the exact scan refuses it (a far one goes there)."""
    base = logframe_book(tmp_path / "base.xlsx")
    loose = b'<c r="' + cell + b'"><v>1</v></c></sheetData>'
    book = edit_sheet(
        base, tmp_path / "loose.xlsx", SHEET, lambda xml: xml.replace(b"</sheetData>", loose)
    )
    if cell == b"B9":
        assert sheet_rows(book, SHEET)[8][1] == 1
        return
    with pytest.raises(ExcelFileError) as info:
        detect(book)
    assert info.value.code == "unreadable" and "outside a row" in info.value.message("en")


def test_hostile_grid_is_refused_from_the_command_line_in_bounded_memory(tmp_path, project_file):
    """Two cells a million rows and 200 columns apart: 6.7 GB in the reader if it got there."""
    base = logframe_book(tmp_path / "base.xlsx")
    row = b'<row r="9"><c r="A9"><v>1</v></c><c r="GR1048576"><v>2</v></c></row>'
    book = forge(base, tmp_path / "grid.xlsx", SHEET, [row])
    before = sha(project_file)
    done = cli_import(project_file, book)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "cell GR1048576" in done.stderr
    assert sha(project_file) == before


def test_our_own_export_of_100000_measurements_imports(tmp_path):
    """The Measurements sheet of 100,000 measurements has 100,001 rows (its header): what our
    export writes for 2,000 commitments must import again (it was one row over a bound)."""
    import datetime as dt

    from matrix_app.services.excel.export import export_workbook

    source = tmp_path / "big.nap"
    with Project.new(source, title="Big") as p, p.write() as w:
        w.journal_enabled = False
        plan = w.create(m.ActionPlan, title="Plan")
        (cid,) = w.bulk_create(m.Commitment, [{"plan_id": plan.id, "title": "C", "position": 1.0}])
        (rid,) = w.bulk_create(
            m.Result,
            [{"commitment_id": cid, "level": "purpose", "narrative": "P", "position": 1.0}],
        )
        (ind,) = w.bulk_create(
            m.Indicator, [{"result_id": rid, "commitment_id": cid, "name": "I", "position": 1.0}]
        )
        day = dt.date(2015, 1, 1)
        w.bulk_create(
            m.Measurement,
            [{"indicator_id": ind, "commitment_id": cid, "measured_on": day, "value": i}
             for i in range(100_000)],
        )  # fmt: skip
    book = tmp_path / "big.xlsx"
    with Project.open(source, read_only=True) as p:
        export_workbook(p, book)
    with zipfile.ZipFile(book) as zf:
        names = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        assert any(b'<row r="100001"' in zf.read(n) for n in names)
    with Project.new(tmp_path / "again.nap") as target:
        report = import_workbook(target, book, dry_run=True)
    assert report.counts["measurement"].added == 100_000 and not report.problems
