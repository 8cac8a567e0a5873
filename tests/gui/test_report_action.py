"""File > Export report... with a small stand-in for the main window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QTranslator, Signal
from PySide6.QtWidgets import QMainWindow, QPushButton

from matrix_app.domain import models as m
from matrix_app.paths import resources_dir
from matrix_app.services.report import Cancelled
from matrix_app.ui.actions import FEATURE_ACTION_MODULES
from matrix_app.ui.actions import report as report_action
from matrix_app.ui.document import Document


class FakeWindow(QMainWindow):
    document_changed = Signal(object)

    def __init__(self, document=None):
        super().__init__()
        self.file_menu = self.menuBar().addMenu("File")
        self.tools_menu = self.menuBar().addMenu("Tools")
        self.document = document
        self.progress: list[tuple[int, int]] = []
        self.errors: list[Exception] = []
        self.cancel_after: int | None = None
        self.titles: list[str] = []

    def run_task(self, title, fn, on_done):
        """Synchronous run_task: same contract as the real window, no thread."""
        self.titles.append(title)

        def cancelled():
            return self.cancel_after is not None and len(self.progress) >= self.cancel_after

        try:
            result = fn(lambda d, t: self.progress.append((d, t)), cancelled)
        except Exception as exc:
            self.errors.append(exc)
            return
        on_done(result)

    def set_document(self, document):
        self.document = document
        self.document_changed.emit(document)


@pytest.fixture
def plan_project(project):
    plan = project.create(m.ActionPlan, title="Plan de Acción 2014-2016")
    c = project.create(m.Commitment, plan_id=plan.id, code="1", title="Portal de Transparencia")
    project.create(m.Result, commitment_id=c.id, level="purpose", narrative="Uso del Portal")
    project.ids = {"plan": plan.id}
    return project


def make_window(qtbot, project=None):
    doc = Document(project) if project is not None else None
    window = FakeWindow(doc)
    qtbot.addWidget(window)
    report_action.install(window)
    return window


def test_listed_as_a_feature_and_disabled_without_a_document(qtbot, plan_project):
    assert "report" in FEATURE_ACTION_MODULES
    window = make_window(qtbot)
    action = window.report_action.action
    assert action in window.file_menu.actions()
    assert not action.isEnabled()
    window.set_document(Document(plan_project))
    assert action.isEnabled()
    window.set_document(None)
    assert not action.isEnabled()


def test_dialog_builds_the_report_and_offers_to_open_it(qtbot, plan_project, tmp_path, monkeypatch):
    window = make_window(qtbot, plan_project)
    act = window.report_action
    out = tmp_path / "informe.pdf"
    seen = {}

    def fake_exec(dialog):
        seen["suggested"] = dialog.path.text()
        assert dialog.plan.currentData() == plan_project.ids["plan"]
        dialog.kind.setCurrentIndex(dialog.kind.findData("end_of_term"))
        dialog.lang.setCurrentIndex(dialog.lang.findData("es"))
        seen["suggested_es"] = dialog.path.text()
        dialog.date.setDate(dialog.date.date().fromString("2016-08-31", "yyyy-MM-dd"))
        monkeypatch.setattr(dialog, "choose_file", lambda start: str(out.with_suffix("")))
        dialog._browse()  # the ".pdf" is added
        return True

    opened = []
    monkeypatch.setattr(act, "exec_dialog", fake_exec)
    monkeypatch.setattr(act, "ask_open", lambda text: seen.setdefault("ask", text) is not None)
    monkeypatch.setattr(act, "open_file", lambda path: opened.append(path))
    act.action.trigger()

    assert not window.errors
    assert seen["suggested"].endswith(".pdf")
    assert seen["suggested_es"].endswith("-termino-es.pdf")
    assert opened == [out]
    assert str(out) in seen["ask"]
    assert window.progress[-1] == (100, 100)
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Informe de autoevaluación de término" in text
    assert "31 de agosto de 2016" in text
    assert "Portal de Transparencia" in text


def test_cancel_in_the_dialog_builds_nothing(qtbot, plan_project, monkeypatch):
    window = make_window(qtbot, plan_project)
    monkeypatch.setattr(window.report_action, "exec_dialog", lambda dialog: False)
    window.report_action.action.trigger()
    assert window.titles == []


def test_cancel_while_building_writes_nothing(qtbot, plan_project, tmp_path, monkeypatch):
    window = make_window(qtbot, plan_project)
    window.cancel_after = 3
    act = window.report_action
    monkeypatch.setattr(act, "ask_open", lambda text: pytest.fail("no report to open"))
    act.start(
        plan_id=plan_project.ids["plan"],
        kind="mid_term",
        lang="en",
        when=dt.date(2015, 9, 30),
        out=tmp_path / "r.pdf",
    )
    assert isinstance(window.errors[0], Cancelled)
    assert not (tmp_path / "r.pdf").exists()


def test_a_project_without_plans_says_so(qtbot, project, monkeypatch):
    window = make_window(qtbot, project)
    told = []
    monkeypatch.setattr(window.report_action, "inform", told.append)
    monkeypatch.setattr(window.report_action, "exec_dialog", lambda d: pytest.fail("no dialog"))
    window.report_action.action.trigger()
    assert told and "no action plan" in told[0]


def test_ok_needs_a_file_name(qtbot):
    dialog = report_action.ReportDialog([("p1", "Plan")], Path("/tmp"), "proj", "en")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled()
    assert dialog.path.text().endswith("proj-mid-term-en.pdf")
    dialog.path.clear()
    assert not ok.isEnabled()


def test_the_dialog_offers_word_too(qtbot, monkeypatch):
    dialog = report_action.ReportDialog([("p1", "Plan")], Path("/tmp"), "proj", "en")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    seen = {}

    def fake_save(parent, caption, start, filters, chosen):
        seen["filters"], seen["chosen"] = filters, chosen
        return "/tmp/informe", filters.split(";;")[1]  # no extension typed, Word chosen

    monkeypatch.setattr(report_action.QFileDialog, "getSaveFileName", fake_save)
    dialog._browse()
    assert "*.pdf" in seen["filters"] and "*.docx" in seen["filters"]
    assert dialog.path.text() == "/tmp/informe.docx"
    assert ok.isEnabled()
    dialog.path.setText("/tmp/informe.odt")
    assert not ok.isEnabled()  # only .pdf and .docx
    monkeypatch.setattr(dialog, "choose_file", lambda start: "/tmp/x.DOCX")
    dialog._browse()
    assert dialog.path.text() == "/tmp/x.DOCX"


def test_a_word_report_from_the_gui_says_where_it_is(qtbot, plan_project, tmp_path, monkeypatch):
    window = make_window(qtbot, plan_project)
    act = window.report_action
    out = tmp_path / "informe.docx"
    seen = {}

    def fake_exec(dialog):
        dialog.path.setText(str(out))
        return True

    monkeypatch.setattr(act, "exec_dialog", fake_exec)
    monkeypatch.setattr(act, "ask_open", lambda text: seen.setdefault("ask", text) and False)
    act.action.trigger()
    assert not window.errors
    assert out.read_bytes()[:2] == b"PK"
    assert str(out) in seen["ask"] and "pages" not in seen["ask"]


def test_spanish_translation_is_complete(qtbot):
    qm = resources_dir() / "i18n" / "matrix_report_es.qm"
    ts = resources_dir() / "i18n" / "matrix_report_es.ts"
    assert qm.is_file()
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = report_action.ReportDialog([("p1", "Plan")], Path("/tmp"), "proj", "es")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Exportar informe"
        assert dialog.kind.itemText(0) == "Autoevaluación de medio término"
        window = make_window(qtbot)
        assert window.report_action.action.text() == "Exportar &informe…"
        assert dialog.options.parts["annex"].text().startswith("Anexo")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_parts_and_draft_are_chosen_in_the_dialog(qtbot, plan_project, tmp_path, monkeypatch):
    from PySide6.QtCore import QPoint, Qt

    window = make_window(qtbot, plan_project)
    act = window.report_action
    out = tmp_path / "borrador.pdf"
    seen = {}

    def fake_exec(dialog):
        dialog.show()  # laid out, so clicks land on the boxes
        qtbot.waitExposed(dialog)
        box = dialog.options
        assert not box.parts["annex"].isChecked() and box.parts["relevance"].isChecked()
        for widget in (box.draft, box.parts["annex"], box.parts["development"]):
            # on the tick box itself (a wide row's centre can be past its label)
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        # the end-of-term report has other parts; the annex stays ticked across the switch
        dialog.kind.setCurrentIndex(dialog.kind.findData("end_of_term"))
        dialog.adjustSize()
        assert "development" not in box.parts and box.parts["annex"].isChecked()
        assert box.parts["results"].isChecked()
        dialog.kind.setCurrentIndex(dialog.kind.findData("mid_term"))
        assert not box.parts["development"].isChecked()
        dialog.lang.setCurrentIndex(dialog.lang.findData("es"))
        dialog.path.clear()
        qtbot.keyClicks(dialog.path, str(out))
        seen["values"] = dialog.values()
        dialog.hide()
        return True

    monkeypatch.setattr(act, "exec_dialog", fake_exec)
    monkeypatch.setattr(act, "ask_open", lambda text: False)
    act.action.trigger()
    assert not window.errors
    assert seen["values"]["draft"] is True
    assert "annex" in seen["values"]["sections"]
    pages = [p.extract_text() for p in PdfReader(str(out)).pages]
    text = " ".join(pages)
    assert all("BORRADOR PARA CONSULTA" in p for p in pages)
    assert "Anexo: observaciones de calidad" in text
    assert "Relevancia y ambición de los compromisos" in text
    assert "Elaboración del plan de acción" not in text


def test_cover_and_consultation_settings_are_used_and_remembered(
    qtbot, plan_project, tmp_path, monkeypatch
):
    import io

    from PIL import Image
    from PySide6.QtCore import QPoint, Qt

    from matrix_app.services import report_profile

    logo = tmp_path / "logo.png"
    buf = io.BytesIO()
    Image.new("RGB", (80, 40), (29, 78, 137)).save(buf, "PNG")
    logo.write_bytes(buf.getvalue())
    window = make_window(qtbot, plan_project)
    act = window.report_action
    out = tmp_path / "informe.pdf"
    plan_id = plan_project.ids["plan"]

    def fill(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.profile
        assert box.issuing_body.text() == "" and box.logo_label.text() == "No logo"
        qtbot.keyClicks(box.issuing_body, "Mesa de Gobierno Abierto")  # QTest types ASCII only
        qtbot.keyClicks(box.cover_text, "Preparado con la mesa de la sociedad civil.")
        monkeypatch.setattr(box, "choose_logo", lambda: str(logo))
        qtbot.mouseClick(box.choose, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(
            box.dated, Qt.MouseButton.LeftButton, pos=QPoint(8, box.dated.height() // 2)
        )
        box.start.setDate(box.start.date().fromString("2015-09-01", "yyyy-MM-dd"))
        box.end.setDate(box.end.date().fromString("2015-09-15", "yyyy-MM-dd"))
        qtbot.mouseClick(dialog.options.draft, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        dialog.lang.setCurrentIndex(dialog.lang.findData("es"))
        dialog.path.setText(str(out))
        dialog.hide()
        return True

    monkeypatch.setattr(act, "exec_dialog", fill)
    monkeypatch.setattr(act, "ask_open", lambda text: False)
    act.action.trigger()
    assert not window.errors
    reader = PdfReader(str(out))
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Emitido por Mesa de Gobierno Abierto" in cover
    assert "Preparado con la mesa de la sociedad civil." in cover
    assert "del 1 de septiembre de 2015 al 15 de septiembre de 2015" in cover
    assert reader.pages[0]["/Resources"]["/XObject"]  # the logo
    saved = report_profile.profile(plan_project, plan_id)
    assert saved.issuing_body == "Mesa de Gobierno Abierto"
    assert saved.logo_sha256 is not None and "annex" not in saved.section_list()

    seen = {}

    def look(dialog):  # the next report of the plan starts from what was saved
        seen["issuing"] = dialog.profile.issuing_body.text()
        seen["logo"] = dialog.profile.logo_label.text()
        seen["dated"] = dialog.profile.dated.isChecked()
        return False

    monkeypatch.setattr(act, "exec_dialog", look)
    act.action.trigger()
    assert seen == {"issuing": "Mesa de Gobierno Abierto", "logo": "Saved logo", "dated": True}
    window.document.undo_stack.undo()  # one undoable edit puts the old settings back
    saved = report_profile.profile(plan_project, plan_id)
    assert saved.issuing_body == "" and saved.logo_sha256 is None


def test_the_save_as_field_shows_the_whole_path_or_its_end(qtbot):
    """Issue 12: the path is shown whole where the screen allows, else its end (the file
    name), and its tooltip is the full path."""
    folder = Path("/home/ana/Documentos/Gobierno Abierto/2024")
    dialog = report_action.ReportDialog([("p1", "Plan")], folder, "cuarto-plan-de-accion", "es")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.path
    text = field.text()
    assert text.endswith("cuarto-plan-de-accion-medio-termino-es.pdf")
    assert field.toolTip() == text
    room = field.contentsRect().width() - 8  # the frame's text margins
    screen = dialog.screen().availableGeometry().width()
    needed = field.fontMetrics().horizontalAdvance(text)
    assert needed > 520  # wider than the field used to be
    assert needed + 24 <= round(screen * report_action.PATH_SHARE)  # the test screen has room
    assert needed <= room, "the whole path fits"
    # a path longer than any screen: the file name at its end is what shows
    long = str(folder / ("x" * 300) / "informe-final.pdf")
    dialog.choose_file = lambda start: long
    browse = next(b for b in dialog.findChildren(QPushButton) if "Browse" in b.text())
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert field.text() == long and field.toolTip() == long
    assert field.cursorPosition() == len(long)
    field.grab()  # the field scrolls its text when it paints
    assert field.cursorRect().center().x() >= 0
    assert field.cursorRect().center().x() <= field.contentsRect().right()
