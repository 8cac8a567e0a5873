"""Excel actions in a stand-in main window, and the import wizard page by page."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QWizard

from matrix_app.domain import models as m
from matrix_app.services.excel.export import export_workbook
from matrix_app.ui.actions import excel as excel_actions
from matrix_app.ui.document import Document
from matrix_app.ui.excel_import_wizard import CountsModel, ExcelImportWizard, GridModel


class FakeWindow(QMainWindow):
    """What ``install(window)`` may rely on, with a synchronous run_task."""

    document_changed = Signal(object)

    def __init__(self, document=None) -> None:
        super().__init__()
        self.file_menu = QMenu("File", self)
        self.tools_menu = QMenu("Tools", self)
        self.document = document
        self.tasks: list[str] = []

    def run_task(self, title, fn, on_done=None, **options):
        self.tasks.append(title)
        result = fn(lambda d, t: None, lambda: False)
        if on_done is not None:
            on_done(result)


@pytest.fixture
def notices(monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(excel_actions, "inform", lambda parent, title, text: seen.append(text))
    monkeypatch.setattr(
        excel_actions, "offer_open", lambda parent, title, text: seen.append(text) and False
    )
    return seen


@pytest.fixture
def window(qtbot, small_project):
    doc = Document(small_project)
    w = FakeWindow(doc)
    qtbot.addWidget(w)
    excel_actions.install(w)
    yield w
    if w.excel_actions.wizard is not None:
        w.excel_actions.wizard.close()


def test_actions_are_in_the_file_menu_and_follow_the_document(qtbot):
    w = FakeWindow(None)
    qtbot.addWidget(w)
    actions = excel_actions.install(w)
    texts = [a.text() for a in w.file_menu.actions() if a.text()]
    assert texts == ["&Import from Excel…", "E&xport to Excel…", "New Excel &template…"]
    assert not actions.export_action.isEnabled() and not actions.import_action.isEnabled()
    assert actions.template_action.isEnabled()


def test_export_action_writes_the_workbook(window, monkeypatch, tmp_path, notices):
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(excel_actions, "ask_save_path", lambda *a: str(out))
    window.excel_actions.export_action.trigger()
    assert window.tasks == ["Exporting to Excel"]
    assert "Commitments" in load_workbook(out, read_only=True).sheetnames
    assert str(out) in notices[0]


def test_cancelled_save_dialog_does_nothing(window, monkeypatch):
    monkeypatch.setattr(excel_actions, "ask_save_path", lambda *a: "")
    window.excel_actions.export_action.trigger()
    window.excel_actions.template_action.trigger()
    assert window.tasks == []


def test_template_action(window, monkeypatch, tmp_path, notices):
    out = tmp_path / "t.xlsx"
    monkeypatch.setattr(excel_actions, "ask_save_path", lambda *a: str(out))
    window.excel_actions.template_action.trigger()
    wb = load_workbook(out)
    assert wb["Plans"]["A2"].value == window.document.project.ids["plan"]


def test_import_wizard_for_our_own_workbook(window, monkeypatch, qtbot, tmp_path, notices):
    project = window.document.project
    path = tmp_path / "x.xlsx"
    export_workbook(project, path)
    wb = load_workbook(path)
    wb["Measurements"]["E2"] = 87.5
    wb.save(path)
    shown = []
    monkeypatch.setattr(excel_actions, "show_wizard", shown.append)
    changed = []
    window.document.changed.connect(lambda table, ids: changed.append(table))
    window.excel_actions.import_action.trigger()
    (wizard,) = shown
    qtbot.addWidget(wizard)
    monkeypatch.setattr(wizard, "choose_file", lambda: str(path))
    wizard.show()
    wizard.file_page.browse()
    assert "Monitoring Matrix workbook" in wizard.file_page.kind_label.text()
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == ExcelImportWizard.PREVIEW  # no mapping needed
    assert "1 to update" in wizard.preview_page.summary.text()
    assert wizard.preview_page.isComplete()
    assert project.get(m.Measurement, project.ids["measurement"]).value == 86.7  # preview only
    wizard.accept()
    assert project.get(m.Measurement, project.ids["measurement"]).value == 87.5
    assert window.tasks == [
        "Reading the workbook",
        "Checking the workbook",
        "Importing the workbook",
    ]
    assert "*" in changed and "1 updated" in notices[-1]


def test_import_wizard_lists_problems_and_cannot_finish(window, qtbot, tmp_path):
    project = window.document.project
    path = tmp_path / "x.xlsx"
    export_workbook(project, path)
    wb = load_workbook(path)
    wb["Measurements"]["E2"] = "mucho"
    wb.save(path)
    wizard = ExcelImportWizard(project, window.run_task, parent=window, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.preview_page.problems.count() == 1
    assert "mucho" in wizard.preview_page.problems.item(0).text()
    assert not wizard.preview_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_import_wizard_maps_an_unknown_sheet(window, qtbot, tmp_path, qtmodeltester):
    project = window.document.project
    wb = Workbook()
    ws = wb.active
    ws.title = "Datos"
    for row in (
        ["Seguimiento"],
        ["Tipo", "Qué", "Cómo medimos", "Meta"],
        ["Objetivo", "Municipios transparentes", None, None],
        ["Producto", "Modelo instalado", "% municipios con modelo", "90 %"],
    ):
        ws.append(row)
    path = tmp_path / "otro.xlsx"
    wb.save(path)
    wizard = ExcelImportWizard(project, window.run_task, parent=window, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    assert "No known layout" in wizard.file_page.kind_label.text()
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentId() == ExcelImportWizard.MAPPING
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 4 and page.model.headerData(0, Qt.Orientation.Horizontal) == "A"
    assert not page.isComplete()
    page.header_spin.setValue(2)
    page.role_combos["level"].setCurrentIndex(1)  # column A
    page.role_combos["narrative"].setCurrentIndex(2)
    page.role_combos["indicators"].setCurrentIndex(3)
    page.role_combos["target"].setCurrentIndex(4)
    assert page.isComplete()
    assert set(page.level_combos) == {"objetivo", "producto"}
    page.level_combos["objetivo"].setCurrentIndex(2)  # purpose
    page.level_combos["producto"].setCurrentIndex(3)  # output
    wizard.next()
    assert wizard.currentId() == ExcelImportWizard.PREVIEW
    qtmodeltester.check(wizard.preview_page.model)
    assert wizard.report is not None and not wizard.report.problems
    assert wizard.report.counts["result"].added == 2
    wizard.accept()
    # the title line above the header names the commitment, as on the command line
    new = [c for c in project.rows(m.Commitment) if c.title == "Seguimiento"]
    assert len(new) == 1
    out = next(r for r in project.rows(m.Result, commitment_id=new[0].id) if r.level == "output")
    (ind,) = project.rows(m.Indicator, result_id=out.id)
    assert project.rows(m.Target, indicator_id=ind.id)[0].value == 90


def test_import_wizard_shows_reworded_logframe_rows(window, qtbot, tmp_path):
    """A printable logframe sheet of an export, re-worded and re-imported: the preview names
    the row that changes, old -> new, and the import keeps the row's id."""
    project = window.document.project
    export_workbook(project, tmp_path / "all.xlsx")
    wb = load_workbook(tmp_path / "all.xlsx")
    for name in wb.sheetnames:
        if not name.startswith("LF"):
            del wb[name]
    ws = wb.worksheets[0]
    cell = next(c for c in ws["B"] if c.value == "Model installed")
    cell.value = "Model installed in every municipality"
    path = tmp_path / "lf.xlsx"
    wb.save(path)
    wizard = ExcelImportWizard(project, window.run_task, parent=window, path=str(path))
    qtbot.addWidget(wizard)
    wizard.resize(720, 520)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == ExcelImportWizard.MAPPING  # recognised: shown to confirm
    wizard.next()
    assert wizard.currentId() == ExcelImportWizard.PREVIEW
    page = wizard.preview_page
    assert "0 to add, 1 to update" in page.summary.text()
    texts = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert texts == [
        f"sheet “{ws.title}”, row {cell.row}: output 1 updated: “Model installed” → "
        "“Model installed in every municipality”"
    ]
    wizard.accept()
    assert project.get(m.Result, project.ids["output"]).narrative.endswith("every municipality")


def test_item_models(qtmodeltester):
    qtmodeltester.check(GridModel([[1, None, "x"], ["a"]]))
    model = CountsModel()
    qtmodeltester.check(model)


def test_spanish_catalogue_is_complete_and_loads(qapp):
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication, QTranslator

    from matrix_app.paths import resources_dir

    ts = resources_dir() / "i18n" / "matrix_excel_es.ts"
    messages = list(ET.parse(ts).iter("message"))
    assert messages
    assert all(m.find("translation").get("type") is None for m in messages)

    def texts(message):  # a message with a count has one text per plural form
        forms = message.find("translation").findall("numerusform")
        return [f.text for f in forms] if forms else [message.find("translation").text]

    assert all((t or "").strip() for m in messages for t in texts(m))
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert excel_actions.tr("E&xport to Excel…") == "E&xportar a Excel…"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_export_suggests_a_name_windows_can_write(qtbot, tmp_path, monkeypatch, notices):
    """A project called aux.nap exports to _aux.xlsx: AUX.xlsx would be Windows' AUX device."""
    from matrix_app.services.project import Project

    project = Project.new(tmp_path / "aux.nap", title="Aux")
    w = FakeWindow(Document(project))
    qtbot.addWidget(w)
    excel_actions.install(w)
    suggested = []
    monkeypatch.setattr(
        excel_actions, "ask_save_path", lambda parent, title, name: suggested.append(name) or ""
    )
    w.excel_actions.export_action.trigger()
    assert suggested == ["_aux.xlsx"]
    assert w.tasks == []  # the dialog was cancelled: nothing written
    project.close()


def test_import_wizard_opens_a_libreoffice_ods_by_mouse(window, qtbot, monkeypatch, qtmodeltester):
    """Browse… offers .ods beside .xlsx; the picked matrix is previewed and imported."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QPushButton

    book = Path(__file__).parents[1] / "data" / "excel_blind2" / "b2_libreoffice_hoja1.ods"
    offered = []

    def pick(parent, title, folder, filters):
        offered.append(filters)
        return str(book), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    project = window.document.project
    before = len(project.rows(m.Indicator))
    wizard = ExcelImportWizard(project, window.run_task, parent=window)
    qtbot.addWidget(wizard)
    wizard.show()
    browse = next(b for b in wizard.file_page.findChildren(QPushButton) if "Browse" in b.text())
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert "*.ods" in offered[0] and "*.xlsx" in offered[0]
    assert "Hoja1" in wizard.file_page.kind_label.text()  # the logframe found in the .ods
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ExcelImportWizard.MAPPING  # the columns as understood
    qtmodeltester.check(wizard.mapping_page.model)
    assert wizard.mapping_page.model.rowCount() >= 8  # the sheet's rows, not its empty tail
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ExcelImportWizard.PREVIEW
    assert wizard.report is not None and not wizard.report.problems
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    names = {i.name for i in project.rows(m.Indicator)}
    assert len(names) >= before and "Causas con expediente digital" in names
