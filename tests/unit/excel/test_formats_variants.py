"""The variants set (tests/data/excel_variants): workbooks built from the public templates
the way people fill them in - other wording, header rows lower, two header rows, text
numbers and dates, merged and hidden cells - each imports as its expected project, and no
non-empty text cell is lost without a warning naming it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from matrix_app.services.excel.importing import detect, import_workbook
from matrix_app.services.excel.logframe_read import guess_level
from matrix_app.services.excel.parse import normalize
from matrix_app.services.project import Project

DATA = Path(__file__).resolve().parents[2] / "data"
sys.path.insert(0, str(DATA / "excel_formats"))
sys.path.insert(0, str(DATA / "excel_variants"))
from check import differences, dump  # noqa: E402
from make_variants import CASES  # noqa: E402


def _strings(value) -> list[str]:
    out = []
    if isinstance(value, dict):
        for k, v in value.items():
            out += _strings(k) + _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            out += _strings(v)
    elif isinstance(value, str):
        out.append(normalize(value))
    return out


def _wordy(line: str) -> bool:
    """Three words or more of three letters or more: text, not a figure ("1.1 23 % (2020)")."""
    return sum(len(w) > 2 and w.isalpha() for w in line.split()) > 2


def _covered(warnings, sheet: str, row: int, col: str) -> bool:
    for w in warnings:
        if w.sheet != sheet:
            continue
        if w.row is None and w.column is None and w.issue.code == "unread_sheet":
            return True
        if w.row == row and (
            w.column in (None, col) or w.issue.code in ("unused_row", "notes_row")
        ):
            return True
        if w.row is None and w.column == col:
            return True
    return False


def _part_landed(line: str, landed: list[str]) -> bool:
    """The line landed with a label before it ("Intermediate Result indicator One: ...") or
    a unit in brackets after it ("... (Percentage)", the unit landing as the unit)."""
    return any(
        len(y) > 10
        and (line.endswith(y) or (line.startswith(y) and line[len(y) :].startswith(" (")))
        for y in landed
    )


def lost_cells(path: Path, project, warnings, layout: dict) -> list[str]:
    """Text cells of four words or more (narratives, names, notes, sources) outside the
    header rows the case names (``layout``) that neither landed in the project nor were
    named by a warning (lines of one or two words - "Eficacia" - are not checked)."""
    landed = " | ".join(_strings(dump(project)))
    lost = []
    wb = load_workbook(path)
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if not isinstance(v, str) or len(v.split()) < 4:
                    continue
                if cell.row in layout.get(ws.title, ()):
                    continue
                if guess_level(v)[0] is not None and len(v.split(":")[0].split()) < 8:
                    continue  # a level's label ("Output 1 relating to Outcome 1")
                lines = [normalize(x).strip(" .") for x in v.split("\n") if _wordy(x)]
                if all(x in landed or _part_landed(x, landed.split(" | ")) for x in lines):
                    continue
                if _covered(warnings, ws.title, cell.row, cell.column_letter):
                    continue
                lost.append(f"{ws.title}!{cell.coordinate}: {v[:60]!r}")
    return lost


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.file)
def test_variant_workbook_imports_as_expected(case, tmp_path):
    path = DATA / "excel_variants" / case.file
    found = detect(path)
    assert {mt.format for mt in found.matches.values()} == {case.family}
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        assert differences(project, case.expected) == []
        reasons = {w.issue.code for w in report.warnings}
        assert set(case.warnings) <= reasons, reasons
        assert lost_cells(path, project, report.warnings, case.layout) == []
        again = import_workbook(project, path)
        assert again.totals().added == 0, {t: c.added for t, c in again.counts.items()}


def test_the_generated_variants_are_the_committed_ones(tmp_path):
    from make_variants import main

    main(tmp_path)
    for case in CASES:
        new = load_workbook(tmp_path / case.file)
        old = load_workbook(DATA / "excel_variants" / case.file)
        assert new.sheetnames == old.sheetnames
        for a, b in zip(new.worksheets, old.worksheets, strict=True):
            assert [[c.value for c in r] for r in a.iter_rows()] == [
                [c.value for c in r] for r in b.iter_rows()
            ]
