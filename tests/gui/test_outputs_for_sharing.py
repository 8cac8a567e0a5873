"""Issue 12, outputs: the report dialog shows dates the way the window does, the Excel
"written" message offers to open the workbook like the PDF one, a written PDF is readable
by others (not mkstemp's 0600)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from matrix_app.domain import models as m
from matrix_app.storage.filemode import default_file_mode
from matrix_app.ui import formatting
from matrix_app.ui.actions import excel as excel_actions
from matrix_app.ui.actions import report as report_action
from matrix_app.ui.document import Document


class Window(QMainWindow):
    """The part of the main window's contract the actions use; tasks run synchronously."""

    def __init__(self, document):
        super().__init__()
        self.file_menu = self.menuBar().addMenu("File")
        self.tools_menu = self.menuBar().addMenu("Tools")
        self.document = document

    def run_task(self, title, fn, on_done=None, **options):
        result = fn(lambda d, t: None, lambda: False)
        if on_done is not None:
            on_done(result)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def window(qtbot, project):
    plan = project.create(m.ActionPlan, title="Plan de Acción 2014-2016")
    project.create(m.Commitment, plan_id=plan.id, code="1", title="Portal de Transparencia")
    w = Window(Document(project))
    qtbot.addWidget(w)
    report_action.install(w)
    excel_actions.install(w)
    return w


def choose(window, text):
    """File > ``text``, through the menu as a user picks it."""
    [action] = [a for a in window.file_menu.actions() if a.text().replace("&", "") == text]
    window.file_menu.popup(window.mapToGlobal(window.rect().center()))
    window.file_menu.setActiveAction(action)
    action.trigger()
    window.file_menu.hide()


@pytest.mark.parametrize(("lang", "month"), [("es", "dic"), ("en", "Dec")])
def test_report_date_is_shown_as_the_window_shows_dates(qtbot, lang, month):
    old = QLocale()
    QLocale.setDefault(QLocale(lang))
    try:
        dialog = report_action.ReportDialog([("p1", "Plan")], Path("."), "proj", lang)
        qtbot.addWidget(dialog)
        dialog.date.setDate(QDate(2026, 12, 1))
        assert dialog.date.text() == formatting.date(dt.date(2026, 12, 1))
        assert month in dialog.date.text() and "2026-12-01" not in dialog.date.text()
        # the keyboard still steps the day, and the value is a real date
        dialog.date.setFocus()
        dialog.date.setCurrentSection(dialog.date.Section.DaySection)
        qtbot.keyClick(dialog.date, Qt.Key.Key_Up)
        assert dialog.values()["when"] == dt.date(2026, 12, 2)
    finally:
        QLocale.setDefault(old)


def test_pdf_built_from_the_dialog_is_readable_by_others(
    window, qtbot, tmp_path, monkeypatch, umask_022
):
    out = tmp_path / "informe.pdf"
    opened = []

    def fill_in_and_click_build(dialog):
        dialog.show()
        dialog.path.selectAll()
        qtbot.keyClicks(dialog.path, str(out))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result() == dialog.DialogCode.Accepted

    act = window.report_action
    monkeypatch.setattr(act, "exec_dialog", fill_in_and_click_build)
    monkeypatch.setattr(act, "ask_open", lambda text: True)
    monkeypatch.setattr(act, "open_file", opened.append)
    choose(window, "Export report…")
    assert opened == [out]
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o644 == default_file_mode()


@pytest.mark.parametrize(
    ("item", "title"),
    [("Export to Excel…", "Export to Excel"), ("New Excel template…", "New Excel template")],
)
def test_excel_written_message_offers_to_open_the_workbook(
    window, tmp_path, monkeypatch, umask_022, item, title
):
    out = tmp_path / "libro.xlsx"
    asked, opened = [], []
    monkeypatch.setattr(excel_actions, "ask_save_path", lambda *a: str(out))
    monkeypatch.setattr(
        excel_actions, "offer_open", lambda parent, t, text: asked.append((t, text)) or True
    )
    monkeypatch.setattr(excel_actions, "open_file", opened.append)
    monkeypatch.setattr(
        excel_actions, "inform", lambda *a: pytest.fail("a notice without an Open button")
    )
    choose(window, item)
    assert asked and asked[0][0] == title and str(out) in asked[0][1]
    assert opened == [str(out)]
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
