"""The import wizard on a sheet no layout recognises still starts from what the sheet's own
header says: the header row found below title lines, and each column whose header names what
it holds picked (an IDB-style indicator table opened on row 1 with every picker empty)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtWidgets import QWizard
from test_excel_wizard_formats import choose, click, finish, open_wizard

from matrix_app.domain import models as m
from matrix_app.services.excel.header_guess import guess_header
from matrix_app.services.project import Project
from matrix_app.ui.excel_import_wizard import ExcelImportWizard

ROWS = [
    ["Anexo II – Matriz de indicadores"],
    ["Proyecto: Modernización de compras públicas"],
    ["Institución responsable:", "Dirección ChileCompra"],
    [
        "Cambio esperado",
        "Indicador",
        "Unidad de medida",
        "Línea de base",
        "Meta final",
        "Medio de verificación",
    ],
    ["Compras más rápidas", "Tiempo promedio de compra", "días", "45", "30", "Informe anual"],
    ["Compras en línea", "Procesos tramitados en línea", "%", "12,5", "70", "Registro"],
]


def _workbook(tmp_path: Path, rows=ROWS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Indicadores"
    for row in rows:
        ws.append(row)
    path = tmp_path / "indicadores.xlsx"
    wb.save(path)
    return path


def test_the_guess_takes_the_row_naming_most_roles():
    grid = [list(r) for r in ROWS]
    guess = guess_header(grid, "s")
    assert guess is not None and guess.header_row == 4
    assert guess.columns["indicators"] == 1 and guess.columns["baseline"] == 3
    assert guess.columns["target"] == 4 and guess.columns["means_of_verification"] == 5
    assert guess_header([["Seguimiento"], ["Meta"], [1, 2]], "s") is None  # one role: no guess
    # in English too, and the earliest of two equally good rows (a header repeated below)
    rows = [["Indicator", "Baseline", "Target"], ["a", 1, 2], ["Indicator", "Baseline", "Target"]]
    assert guess_header(rows, "s").header_row == 1


def test_an_unrecognised_sheet_opens_on_its_header_with_the_named_columns_picked(qtbot, tmp_path):
    nap = tmp_path / "p.nap"
    with Project.new(nap) as project:
        wizard = open_wizard(qtbot, project, _workbook(tmp_path))
        assert wizard.currentId() == ExcelImportWizard.MAPPING
        page = wizard.mapping_page
        qtbot.waitUntil(lambda: page.reading is None)
        assert "Not recognised" in page.format_label.text()
        assert page.header_spin.value() == 4
        assert page.role_combos["indicators"].currentText() == "B  Indicador"
        assert page.role_combos["baseline"].currentText() == "D  Línea de base"
        assert page.role_combos["target"].currentText() == "E  Meta final"
        assert page.decimal_combo.currentData() == ","  # "12,5": the sheet's own figures
        assert not page.isComplete()  # a guess is a start: the narrative (or level) is the user's
        # levels unnamed in the sheet: column A holds them and the narrative, as the user says
        choose(qtbot, page.role_combos["narrative"], "A  Cambio esperado")
        choose(qtbot, page.role_combos["level"], "A  Cambio esperado")
        assert page.isComplete()
        choose(qtbot, page.level_combos["compras mas rapidas"], "Purpose")
        choose(qtbot, page.level_combos["compras en linea"], "Output")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentId() == ExcelImportWizard.PREVIEW
        assert wizard.report is not None and not wizard.report.problems
        finish(qtbot, wizard)
    with Project.open(nap, read_only=True) as project:
        names = {i.name: i for i in project.rows(m.Indicator)}
        assert set(names) == {"Tiempo promedio de compra", "Procesos tramitados en línea"}
        ind = names["Tiempo promedio de compra"]
        assert ind.baseline_value == 45
        assert [t.value for t in project.rows(m.Target, indicator_id=ind.id)] == [30]
        # the wizard's decimal mark and the label line above reach the import (a field added
        # to the mapping once shifted them: "12,5" read with "." and a lead named ".")
        assert names["Procesos tramitados en línea"].baseline_value == 12.5
        (link,) = project.rows(m.CommitmentInstitution)
        assert project.get(m.Institution, link.institution_id).name == "Dirección ChileCompra"
        assert link.role == "lead"


def test_every_recognised_format_has_a_name_the_user_reads(qapp):
    """The mapping page names what a sheet was recognised as: never a module's name
    ("ogp_template"), in English or Spanish."""
    from matrix_app.services.excel.formats import FORMATS
    from matrix_app.ui.excel_import_models import format_name
    from matrix_app.ui.i18n import LanguageSetup

    english = {f.NAME: format_name(f.NAME) for f in FORMATS}
    assert all(text != name and "_" not in text for name, text in english.items()), english
    setup = LanguageSetup(qapp, "es").install()
    try:
        spanish = {f.NAME: format_name(f.NAME) for f in FORMATS}
    finally:
        setup.remove()
    assert all(spanish[n] != english[n] or n in ("eu", "ilpes", "usaid") for n in english), spanish


def test_a_typed_path_that_names_no_file_says_so(qtbot, tmp_path):
    """Typing a wrong name and pressing Enter left Next greyed without a word."""
    from PySide6.QtCore import Qt

    with Project.new(tmp_path / "p.nap") as project:
        wizard = ExcelImportWizard(project, lambda *a, **k: None)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        page = wizard.file_page
        qtbot.keyClicks(page.path_edit, str(tmp_path / "matriz.xlsxs"))
        assert page.kind_label.text() == ""  # nothing said while typing
        qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
        assert "There is no file “matriz.xlsxs” there" in page.kind_label.text()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        page.path_edit.clear()
        qtbot.keyClicks(page.path_edit, str(tmp_path))
        qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
        assert "is a folder" in page.kind_label.text()
