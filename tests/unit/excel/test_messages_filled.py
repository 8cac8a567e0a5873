"""Every message an import says is filled in: no "{name}" left for a reader, in either
language, whatever workbook of the corpora (the blind set found "hidden sheet “{value}”")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from matrix_app.services.excel.errors import CellIssue, ExcelFileError, ProblemList
from matrix_app.services.excel.importing import analyse
from matrix_app.services.project import Project

DATA = Path(__file__).resolve().parents[2] / "data"
WORKBOOKS = sorted(
    p
    for folder in ("excel_formats", "excel_variants", "excel_heldout", "excel_blind")
    for p in (DATA / folder).glob("*.xlsx")
)
UNFILLED = re.compile(r"\{[a-z_]+\}")


def test_a_located_value_fills_its_message():
    problems = ProblemList()
    problems.add("Listas", None, None, "Listas", "hidden_sheet", warning=True)
    problems.add("Hoja1", 1, "C", "Columna rara", "unknown_column", warning=True)
    for lang in ("en", "es"):
        texts = [p.message(lang) for p in problems.items]
        assert "Listas" in texts[0] and "Columna rara" in texts[1]
        assert not any(UNFILLED.search(t) for t in texts), texts


def test_every_template_names_only_what_its_callers_can_give():
    for code, (en, es) in CellIssue.TEMPLATES.items():
        assert set(UNFILLED.findall(en)) == set(UNFILLED.findall(es)), code


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_no_message_of_an_import_is_left_unfilled(path, tmp_path):
    with Project.new(tmp_path / "p.nap") as project:
        try:
            _changes, report = analyse(project, path)
        except ExcelFileError as refused:  # a refusal is a message too
            texts = [refused.message(lang) for lang in ("en", "es")]
        else:
            problems = [*report.problems, *report.warnings]
            texts = [p.message(lang) for p in problems for lang in ("en", "es")]
    assert not [t for t in texts if UNFILLED.search(t)], path.name
