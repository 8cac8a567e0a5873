"""The import wizard gets the same one-sentence refusal as the command line, never a crash."""

from __future__ import annotations

import shutil

import pytest
from hostile_books import SHEET, forge, logframe_book

from matrix_app.services.excel.errors import ExcelFileError
from matrix_app.services.excel.export import export_workbook
from matrix_app.ui.excel_import_wizard import ExcelImportWizard


def run_now(title, fn, on_done=None, **options):
    """run_task's contract, synchronously (ui.tasks shows a MatrixError as a dialog)."""
    result = fn(lambda d, t: None, lambda: False)
    if on_done is not None:
        on_done(result)


@pytest.fixture
def wizard_for(qtbot, small_project):
    made = []

    def make(path) -> ExcelImportWizard:
        w = ExcelImportWizard(small_project, run_now, path=str(path))
        qtbot.addWidget(w)
        made.append(w)
        w.show()
        return w

    yield make
    for w in made:
        w.close()


def test_file_page_shows_the_refusal_and_goes_no_further(wizard_for, tmp_path):
    book = logframe_book(tmp_path / "far.xlsx", "XFD1048576", "x")
    w = wizard_for(book)
    text = w.file_page.kind_label.text()
    assert SHEET in text and "XFD1048576" in text
    assert not w.file_page.isComplete()


def test_mapping_page_shows_the_refusal_if_the_file_changed(wizard_for, tmp_path):
    book = logframe_book(tmp_path / "plain.xlsx")
    w = wizard_for(book)
    assert w.file_page.isComplete()
    shutil.copy(logframe_book(tmp_path / "far.xlsx", "XFD1048576", "x"), book)
    w.next()
    page = w.mapping_page
    assert "XFD1048576" in page.error_label.text() and SHEET in page.error_label.text()
    assert page.model.rowCount() == 0 and not page.isComplete()


def test_preview_of_our_own_workbook_refuses_naming_the_sheet(wizard_for, small_project, tmp_path):
    exported = tmp_path / "ours.xlsx"
    export_workbook(small_project, exported)
    # 1,048,576 rows by 8 columns: more grid cells than the reader may build.
    row = b'<row r="1048576"><c r="H1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    book = forge(exported, tmp_path / "far.xlsx", "Institutions", [row])
    w = wizard_for(book)
    assert w.file_page.isComplete()  # recognised by its sheet names alone
    with pytest.raises(ExcelFileError) as info:  # what ui.tasks shows as an error dialog
        w.analyse_task(lambda d, t: None, lambda: False)
    assert "Institutions" in info.value.message() and "H1048576" in info.value.message()
