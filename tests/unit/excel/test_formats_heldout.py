"""The donor held-out set (tests/data/excel_heldout, make_donor.py): workbooks built from the
public EU, DFID, World Bank, USAID and ILPES/DIPRES templates the way real files differ from
our corpus and variants - each imports as its expected project, with the warnings it names,
no non-empty text cell lost without a warning, and a second import adds nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from matrix_app.services.excel.importing import detect, import_workbook
from matrix_app.services.project import Project

DATA = Path(__file__).resolve().parents[2] / "data"
sys.path.insert(0, str(DATA / "excel_formats"))
sys.path.insert(0, str(DATA / "excel_heldout"))
from check import differences  # noqa: E402
from make_donor import CASES  # noqa: E402

from .test_formats_variants import lost_cells  # noqa: E402


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.file)
def test_heldout_workbook_imports_as_expected(case, tmp_path):
    path = DATA / "excel_heldout" / case.file
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


def test_the_generated_heldout_workbooks_are_the_committed_ones(tmp_path):
    from make_donor import main

    main(tmp_path)
    for case in CASES:
        new = load_workbook(tmp_path / case.file)
        old = load_workbook(DATA / "excel_heldout" / case.file)
        assert new.sheetnames == old.sheetnames
        for a, b in zip(new.worksheets, old.worksheets, strict=True):
            assert [[c.value for c in r] for r in a.iter_rows()] == [
                [c.value for c in r] for r in b.iter_rows()
            ]
