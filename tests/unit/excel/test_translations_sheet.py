"""The Translations and Consultation comments sheets of our own workbook, read back."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from matrix_app.domain import models as m
from matrix_app.services import translations
from matrix_app.services.excel.errors import ImportProblems
from matrix_app.services.excel.export import export_workbook
from matrix_app.services.excel.importing import import_workbook

from .conftest import digest

HEADER = ["id", "Table", "Row id", "Field", "Language", "Text", "Commitment id", "Order"]


@pytest.fixture
def book(small_project, tmp_path):
    translations.set_translation(
        small_project, "commitment", small_project.ids["commitment"], "title", "en", "Open"
    )
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path, "en")
    return small_project, path


def test_the_sheet_reads_as_table_row_field_language_text(book):
    project, path = book
    ws = load_workbook(path)["Translations"]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    assert rows[1][1:6] == ("commitment", project.ids["commitment"], "title", "English", "Open")
    assert "Consultation comments" in load_workbook(path).sheetnames


def test_a_row_added_without_an_id_translates_and_a_changed_text_updates(book, tmp_path):
    project, path = book
    wb = load_workbook(path)
    ws = wb["Translations"]
    ws["F2"] = "Open municipalities"
    ws.append(["", "result", project.ids["output"], "narrative", "en", "Guide published"])
    wb.save(tmp_path / "edited.xlsx")
    report = import_workbook(project, tmp_path / "edited.xlsx")
    assert (report.counts["translation"].added, report.counts["translation"].updated) == (1, 1)
    with project.read() as s:
        assert translations.get(s, "result", project.ids["output"], "narrative", "en") == (
            "Guide published"
        )
        assert (
            translations.get(s, "commitment", project.ids["commitment"], "title", "en")
            == "Open municipalities"
        )
    (t,) = [x for x in project.rows(m.Translation) if x.entity == "result"]
    assert t.id == m.translation_id("result", project.ids["output"], "narrative", "en")
    assert t.commitment_id == project.ids["commitment"]
    before = digest(project)
    assert import_workbook(project, tmp_path / "edited.xlsx").totals().added == 0
    assert digest(project) == before


@pytest.mark.parametrize(
    "row, column, code",
    [
        (["", "commitment", "{c}", "code", "en", "x"], "D", "not_translatable"),
        (["", "commitment", "{c}", "title", "es", "x"], "E", "same_lang"),
        (["", "commitment", "{c}", "title", "fr", "x"], "E", "vocabulary"),
        (["", "result", "{c}", "narrative", "en", "x"], "C", "dangling"),
        (["", "commitment", "{c}", "title", "en", "again"], "A", "duplicate_id"),
    ],
)
def test_bad_translation_rows_are_refused_and_nothing_written(book, tmp_path, row, column, code):
    project, path = book
    wb = load_workbook(path)
    wb["Translations"].append([v.format(c=project.ids["commitment"]) for v in row])
    wb.save(tmp_path / "bad.xlsx")
    before = digest(project)
    with pytest.raises(ImportProblems) as info:
        import_workbook(project, tmp_path / "bad.xlsx")
    found = {(p.sheet, p.row, (p.column or "")[:1], p.issue.code) for p in info.value.problems}
    assert ("Translations", 3, column, code) in found, found
    assert digest(project) == before


def test_an_emptied_translation_is_left_as_it_was_with_a_warning(book, tmp_path):
    project, path = book
    wb = load_workbook(path)
    wb["Translations"]["F2"] = None
    wb.save(tmp_path / "empty.xlsx")
    report = import_workbook(project, tmp_path / "empty.xlsx")
    assert [w.issue.code for w in report.warnings] == ["empty_translation"]
    with project.read() as s:
        assert translations.get(s, "commitment", project.ids["commitment"], "title", "en") == "Open"
