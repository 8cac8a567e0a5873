"""The import wizard driven by mouse and keyboard on the donor formats (DFID, World Bank,
USAID, OGP follow-up): it shows what the sheet was recognised as, reads it as the command
line does unless told otherwise, skips the rows the user marks, takes section rows ("these
rows are levels") in a column matrix, keeps a narrative when a level is picked in a shared
column, and never writes an empty result unsaid. What lands in the file is checked."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.ui.excel_import_wizard import ExcelImportWizard

DATA = Path(__file__).resolve().parents[1] / "data" / "excel_formats"
sys.path.insert(0, str(DATA))
from check import differences  # noqa: E402
from make_corpus import CASES  # noqa: E402

BY_FILE = {c.file: c for c in CASES}


def run_task(title, fn, on_done=None, **options):
    result = fn(lambda d, t: None, lambda: False)
    if on_done is not None:
        on_done(result)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_wizard(qtbot, project, path: Path) -> ExcelImportWizard:
    wizard = ExcelImportWizard(project, run_task)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    return wizard


def select_row(qtbot, wizard, row: int) -> None:
    """Click row ``row`` (1-based) of the sheet's table."""
    table = wizard.mapping_page.table
    index = table.model().index(row - 1, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())  # fmt: skip


def choose(qtbot, combo, text: str) -> None:
    """Pick an item of a combo box with the keyboard (arrow keys, as a user would)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}")


def finish(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isEnabled()
    click(qtbot, button)


def landed(path: Path, expected) -> list[str]:
    with Project.open(path, read_only=True) as project:
        return differences(project, expected)


@pytest.mark.parametrize(
    ("file", "name"),
    [
        ("dfid_logframe.xlsx", "DFID / UK logframe"),
        ("worldbank_results_framework.xlsx", "World Bank results framework"),
        ("usaid_iptt.xlsx", "USAID Indicator Performance Tracking Table"),
        ("ogp_seguimiento.xlsx", "OGP follow-up sheet"),
    ],
)
def test_a_donor_format_is_shown_as_recognised_and_lands_as_the_cli_reads_it(
    qtbot, tmp_path, file, name
):
    nap = tmp_path / "p.nap"
    with Project.new(nap) as project:
        wizard = open_wizard(qtbot, project, DATA / file)
        assert wizard.currentId() == ExcelImportWizard.MAPPING
        page = wizard.mapping_page
        assert name in page.format_label.text()
        assert page.as_recognised.isVisible() and page.as_recognised.isChecked()
        assert not page.role_combos["narrative"].isEnabled()  # nothing to map
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentId() == ExcelImportWizard.PREVIEW
        assert "to add" in wizard.preview_page.summary.text()
        finish(qtbot, wizard)
    assert landed(nap, BY_FILE[file].expected) == []


def test_skipping_a_dfid_row_leaves_out_just_that_row(qtbot, tmp_path, qtmodeltester):
    """The impact indicator's Achieved row (row 5) skipped: its measurement does not land,
    the preview says the row was skipped, everything else lands as the CLI reads it."""
    nap = tmp_path / "p.nap"
    with Project.new(nap) as project:
        wizard = open_wizard(qtbot, project, DATA / "dfid_logframe.xlsx")
        page = wizard.mapping_page
        assert page.model.rows[4][2] == "Achieved"
        select_row(qtbot, wizard, 5)
        choose(qtbot, page.row_combo, "Skip (not imported)")
        click(qtbot, page.row_apply)
        assert page.model.headerData(4, Qt.Orientation.Vertical) == "5 ✕"
        assert "Rows skipped: 5." in page.rows_label.text()
        qtmodeltester.check(page.model)
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        items = [wizard.preview_page.problems.item(i).text()
                 for i in range(wizard.preview_page.problems.count())]  # fmt: skip
        assert any("row 5" in t and "skipped" in t for t in items), items
        finish(qtbot, wizard)
    expected = copy.deepcopy(BY_FILE["dfid_logframe.xlsx"].expected)
    expected[0]["indicators"][0]["measurements"] = []
    assert landed(nap, expected) == []


def test_skipping_an_ogp_milestone_and_reading_it_again_says_nothing_to_import(qtbot, tmp_path):
    nap = tmp_path / "p.nap"
    path = DATA / "ogp_seguimiento.xlsx"
    with Project.new(nap) as project:
        wizard = open_wizard(qtbot, project, path)
        page = wizard.mapping_page
        assert page.model.rows[8][3] == "Capacitar a los sujetos pasivos"
        select_row(qtbot, wizard, 9)
        choose(qtbot, page.row_combo, "Skip (not imported)")
        click(qtbot, page.row_apply)
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        finish(qtbot, wizard)
        wizard.close()
        again = open_wizard(qtbot, project, path)
        select_row(qtbot, again, 9)
        choose(qtbot, again.mapping_page.row_combo, "Skip (not imported)")
        click(qtbot, again.mapping_page.row_apply)
        click(qtbot, again.button(QWizard.WizardButton.NextButton))
        assert "Nothing to import" in again.preview_page.summary.text()
        assert not again.button(QWizard.WizardButton.FinishButton).isEnabled()
    expected = copy.deepcopy(BY_FILE["ogp_seguimiento.xlsx"].expected)
    lobby = next(c for c in expected if c["code"] == "5")
    lobby["results"] = [r for r in lobby["results"] if r[1] != "Capacitar a los sujetos pasivos"]
    del lobby["milestones"]["Capacitar a los sujetos pasivos"]
    assert landed(nap, expected) == []


def _sections_book(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Seguimiento"
    for row in (
        ["Compromiso 7: Municipios transparentes"],
        ["Qué", "Indicador", "Meta"],
        ["Transparencia en los municipios"],
        [None, "Municipios con portal activo", "300 (2018)"],
        ["Portal instalado en los municipios"],
        [None, "Portales publicados", "250 (2018)"],
        ["Nota: cifras preliminares"],
    ):
        ws.append(row)
    wb.save(path)


def test_section_rows_are_levels_in_a_column_matrix(qtbot, tmp_path):
    """Rows that name a result across the sheet, with its indicators below: marked as a
    purpose and an output in the wizard, they land as such with their indicators."""
    path = tmp_path / "secciones.xlsx"
    _sections_book(path)
    nap = tmp_path / "p.nap"
    with Project.new(nap) as project:
        wizard = open_wizard(qtbot, project, path)
        page = wizard.mapping_page
        assert "Not recognised" in page.format_label.text()
        page.header_spin.setFocus()
        qtbot.keyClick(page.header_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(page.header_spin, "2")
        assert page.header_spin.value() == 2
        choose(qtbot, page.role_combos["narrative"], "A  Qué")  # header text, not bare letters
        choose(qtbot, page.role_combos["indicators"], "B  Indicador")
        choose(qtbot, page.role_combos["target"], "C  Meta")
        select_row(qtbot, wizard, 3)
        choose(qtbot, page.row_combo, "A section row: Purpose")
        click(qtbot, page.row_apply)
        select_row(qtbot, wizard, 5)
        choose(qtbot, page.row_combo, "A section row: Output")
        click(qtbot, page.row_apply)
        assert page.model.headerData(4, Qt.Orientation.Vertical) == "5 ▸ Output"
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.report is not None and not wizard.report.problems
        finish(qtbot, wizard)
    purpose, output = "Transparencia en los municipios", "Portal instalado en los municipios"
    expected = [{
        "code": "7", "title": "Municipios transparentes",
        "results": [("purpose", purpose, None), ("output", output, purpose)],
        "indicators": [
            {"of": purpose, "name": "Municipios con portal activo",
             "targets": [("2018-12-31", 300.0)], "measurements": []},
            {"of": output, "name": "Portales publicados",
             "targets": [("2018-12-31", 250.0)], "measurements": []},
        ],
    }]  # fmt: skip
    assert landed(nap, expected) == []


def test_picking_a_level_in_a_shared_column_keeps_the_narrative(qtbot, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "MML"
    for row in (
        ["Compromiso 3: Datos abiertos"],
        ["Objetivos", "Indicadores", "Medios de verificación", "Supuestos"],
        ["FIN: Mejorar el acceso a los datos", None, None, None],
        ["Los servicios publican sus datos", "Conjuntos publicados", "datos.gob.cl", None],
    ):
        ws.append(row)
    path = tmp_path / "mml.xlsx"
    wb.save(path)
    nap = tmp_path / "p.nap"
    with Project.new(nap) as project:
        wizard = open_wizard(qtbot, project, path)
        page = wizard.mapping_page
        assert page.column("level") == page.column("narrative") == 0
        combo = page.level_combos["los servicios publican sus datos"]
        choose(qtbot, combo, "Purpose")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.report is not None and not wizard.report.problems
        finish(qtbot, wizard)
    goal, purpose = "Mejorar el acceso a los datos", "Los servicios publican sus datos"
    with Project.open(nap, read_only=True) as project:
        results = {(r.level, r.narrative) for r in project.rows(m.Result)}
        assert results == {("goal", goal), ("purpose", purpose)}
        (ind,) = project.rows(m.Indicator)
        assert (ind.name, ind.means_of_verification) == ("Conjuntos publicados", "datos.gob.cl")


def test_responsible_and_frequency_picked_in_the_wizard_land_on_the_indicator(qtbot, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "MML"
    for row in (
        ["Compromiso 3: Datos abiertos"],
        ["Nivel", "Objetivos", "Indicadores", "Medios de verificación", "Quién", "Cada cuánto"],
        ["Fin", "Mejorar el acceso a los datos", None, None, None, None],
        ["Propósito", "Los servicios publican", "Conjuntos publicados", "datos.gob.cl", "DOS",
         "Anual"],
    ):  # fmt: skip
        ws.append(row)
    path = tmp_path / "mml.xlsx"
    wb.save(path)
    nap = tmp_path / "p.nap"
    with Project.new(nap) as project:
        wizard = open_wizard(qtbot, project, path)
        page = wizard.mapping_page
        assert page.column("responsible") is None  # "Quién" names no role: the user picks it
        choose(qtbot, page.role_combos["responsible"], "E  Quién")
        choose(qtbot, page.role_combos["frequency"], "F  Cada cuánto")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.report is not None and not wizard.report.problems
        finish(qtbot, wizard)
    with Project.open(nap, read_only=True) as project:
        (ind,) = project.rows(m.Indicator)
        assert (ind.responsible, ind.frequency) == ("DOS", "Anual")


def test_the_mapping_page_speaks_spanish(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from matrix_app.paths import resources_dir

    translator = QTranslator()
    assert translator.load(str(resources_dir() / "i18n" / "matrix_excel_es.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        with Project.new(tmp_path / "p.nap") as project:
            wizard = open_wizard(qtbot, project, DATA / "usaid_iptt.xlsx")
            page = wizard.mapping_page
            assert "tabla de seguimiento de indicadores de USAID" in page.format_label.text()
            assert page.row_apply.text() == "Aplicar a las filas seleccionadas"
    finally:
        QCoreApplication.removeTranslator(translator)
