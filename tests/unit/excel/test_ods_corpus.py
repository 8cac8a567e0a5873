"""Every corpus workbook saved by LibreOffice as .ods (tests/data/excel_ods, made by its
make_ods.py with soffice) imports as the .xlsx it came from: the same expected project."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

DATA = Path(__file__).resolve().parents[2] / "data"
sys.path[:0] = [str(DATA / "excel_formats"), str(DATA / "excel_blind")]
from check import differences  # noqa: E402
from make_blind import CASES as BLIND  # noqa: E402
from make_corpus import CASES as CORPUS  # noqa: E402

CASES = [
    c for c in CORPUS + BLIND if (DATA / "excel_ods" / Path(c.file).with_suffix(".ods")).exists()
]


def test_the_whole_corpus_was_converted():
    assert len(CASES) == len(CORPUS) + len(BLIND) == 26


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.file)
def test_an_ods_saved_by_libreoffice_imports_as_its_xlsx(case, tmp_path):
    book = DATA / "excel_ods" / Path(case.file).with_suffix(".ods")
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, book)
        assert not report.problems
        assert differences(project, case.expected) == []
