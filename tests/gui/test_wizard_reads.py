"""The import wizard reads workbooks off the GUI thread, with a Cancel the user can click.

Seen: choosing a workbook ran the recognition on the GUI thread (0.7 s for a 60,000-row
sheet, 6 s for a hostile million-row one, the window frozen meanwhile), and so did reading
a sheet for the mapping page; the preview's progress dialog belonged to the main window,
which the window-modal wizard blocks, so its Cancel could not be clicked (tried with a real
click under X11). Here the reads are held on an event in the worker: on the old code the
page would have read synchronously (or deadlocked), and the assertions on "Reading…" fail.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton, QWizard

from matrix_app.services.excel import importing
from matrix_app.services.excel.errors import Cancelled
from matrix_app.services.project import Project
from matrix_app.ui import excel_import_mapping as mapping_module
from matrix_app.ui import excel_import_wizard as wizard_module
from matrix_app.ui.excel_import_wizard import ExcelImportWizard
from matrix_app.ui.tasks import TaskRunner

DATA = Path(__file__).parents[1] / "data" / "excel_formats"
HANDMADE = DATA / "handmade_hoja1.xlsx"
OTHER = DATA / "ilpes_dipres.xlsx"
HOLD_S = 20  # a held read gives up after this (a test that fails must not hang)


class Host(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.runner = TaskRunner(self)

    def run_task(self, title, fn, on_done=None, **options):
        return self.runner.run(title, fn, on_done, **options)


@pytest.fixture
def host(qtbot):
    w = Host()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.cancel_all()
    w.runner.wait()


@pytest.fixture
def wizard(qtbot, host, tmp_path):
    project = Project.new(tmp_path / "p.nap", title="Test")
    wiz = ExcelImportWizard(project, host.run_task, parent=host)
    wiz.open()  # window-modal, as the app shows it
    qtbot.waitExposed(wiz)
    yield wiz
    host.runner.cancel_all()
    host.runner.wait()
    wiz.close()
    project.close()


class Held:
    """Wraps a read so that it waits in the worker until ``release()``."""

    def __init__(self, read, only: Path | None = None) -> None:
        self.read, self.only = read, only
        self.gate = threading.Event()
        self.started = threading.Event()
        self.threads: list[int] = []

    def __call__(self, path, *args, **kwargs):
        self.threads.append(threading.get_ident())
        if self.only is None or Path(path) == self.only:
            self.started.set()
            self.gate.wait(HOLD_S)
        return self.read(path, *args, **kwargs)

    def release(self) -> None:
        self.gate.set()


def type_path(qtbot, wiz, path: Path) -> None:
    edit = wiz.file_page.path_edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, str(path))


def next_button(wiz):
    return wiz.button(QWizard.WizardButton.NextButton)


def progress_dialog(qtbot, wiz) -> QProgressDialog:
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in wiz.findChildren(QProgressDialog)), timeout=5000
    )
    return next(d for d in wiz.findChildren(QProgressDialog) if d.isVisible())


def test_choosing_a_workbook_reads_it_off_the_gui_thread(qtbot, wizard, monkeypatch):
    held = Held(importing.detect)
    monkeypatch.setattr(wizard_module, "detect", held)
    type_path(qtbot, wizard, HANDMADE)
    assert held.started.wait(5)
    # the GUI thread is free: the page says it is reading, and Next waits for the result
    assert wizard.file_page.kind_label.text() == "Reading the workbook…"
    assert not next_button(wizard).isEnabled()
    assert threading.get_ident() not in held.threads
    held.release()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=HOLD_S * 1000)
    assert "Logframe matrices found in" in wizard.file_page.kind_label.text()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ExcelImportWizard.MAPPING


def test_a_read_of_a_path_since_changed_is_dropped(qtbot, wizard, monkeypatch):
    held = Held(importing.detect, only=HANDMADE)
    monkeypatch.setattr(wizard_module, "detect", held)
    type_path(qtbot, wizard, HANDMADE)
    assert held.started.wait(5)
    type_path(qtbot, wizard, OTHER)  # the user chose another file meanwhile
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)
    assert wizard.detection.path == OTHER
    held.release()  # the first file's result arrives last
    host_runner = wizard.parentWidget().runner
    qtbot.waitUntil(lambda: not host_runner.active, timeout=HOLD_S * 1000)
    assert wizard.detection.path == OTHER
    assert wizard.file_page.path_edit.text() == str(OTHER)


def test_cancel_is_clickable_over_the_modal_wizard_and_says_so(qtbot, wizard, monkeypatch):
    held = Held(importing.detect)
    monkeypatch.setattr(wizard_module, "detect", held)
    type_path(qtbot, wizard, HANDMADE)
    dialog = progress_dialog(qtbot, wizard)
    assert dialog.parentWidget() is wizard  # not the main window the wizard blocks
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    held.release()
    qtbot.waitUntil(lambda: "cancelled" in wizard.file_page.kind_label.text(), timeout=10000)
    assert not wizard.file_page.isComplete() and not next_button(wizard).isEnabled()
    type_path(qtbot, wizard, HANDMADE)  # choosing it again reads it again
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)


def test_a_refused_workbook_is_said_in_the_page(qtbot, wizard, tmp_path):
    bad = tmp_path / "roto.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    type_path(qtbot, wizard, bad)
    page = wizard.file_page
    qtbot.waitUntil(lambda: page.kind_label.text() != "Reading the workbook…", timeout=10000)
    assert page.kind_label.text() and not page.isComplete()
    assert not [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]


def test_the_mapping_page_reads_its_sheet_off_the_gui_thread(qtbot, wizard, monkeypatch):
    type_path(qtbot, wizard, HANDMADE)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)
    held = Held(importing.sheet_rows)
    monkeypatch.setattr(mapping_module, "sheet_rows", held)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.mapping_page
    assert held.started.wait(5)
    assert page.error_label.text() == "Reading the sheet…"
    assert page.model.rowCount() == 0 and not next_button(wizard).isEnabled()
    held.release()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=HOLD_S * 1000)
    assert page.error_label.text() == ""
    assert page.column("narrative") is not None and next_button(wizard).isEnabled()


def test_a_cancelled_check_says_so_on_the_preview(qtbot, wizard, monkeypatch):
    type_path(qtbot, wizard, HANDMADE)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.mapping_page.isComplete(), timeout=10000)
    gate = threading.Event()

    def slow_analyse(project, path, mappings, sheet, progress, cancelled):
        gate.wait(HOLD_S)
        if cancelled():
            raise Cancelled()
        raise AssertionError("not cancelled")

    monkeypatch.setattr(wizard_module, "analyse", slow_analyse)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ExcelImportWizard.PREVIEW
    dialog = progress_dialog(qtbot, wizard)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    gate.set()
    summary = wizard.preview_page.summary
    qtbot.waitUntil(lambda: "cancelled" in summary.text(), timeout=10000)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
