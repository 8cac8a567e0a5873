"""Quitting or closing the progress dialog while an export runs asks first (issue 12).

Real input: Ctrl+Q on the window, File > Quit through the menu, Esc and the dialog's close
(X) on the progress dialog; the questions are answered through the patched ``dialogs.confirm``.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


@pytest.fixture
def gate(window):
    started, release = threading.Event(), threading.Event()
    yield started, release
    release.set()
    window.runner.wait()  # so that closing the window at teardown has nothing to ask


def start_export(window, gate):
    """A long export in the window's runner that stops when cancelled (or released)."""
    started, release = gate
    results = []

    def work(progress, cancelled):
        started.set()
        for i in range(500):
            if cancelled():
                raise RuntimeError("Cancelled")
            if release.wait(0.01):
                break
            progress(i, 500)
        return "written"

    task = window.run_task("Exporting to Excel", work, results.append)
    assert started.wait(5)
    return task, results


def press_ctrl_q(qtbot, widget):
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    QTest.keyClick(widget, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_q_during_export_asks_and_no_keeps_going(window, asked, gate, qtbot):
    task, results = start_export(window, gate)
    asked.confirm_answer = False
    press_ctrl_q(qtbot, window)
    [(_parent, title, text)] = asked.of("confirm")
    assert text == "“Exporting to Excel” is still running. Cancel it and quit?"
    assert title == "Quit"
    assert window.isVisible() and task.running and not task.cancelled()
    gate[1].set()
    window.runner.wait()
    assert results == ["written"]


def test_ctrl_q_during_export_yes_cancels_waits_and_quits(window, asked, gate, qtbot):
    task, results = start_export(window, gate)
    asked.confirm_answer = True
    press_ctrl_q(qtbot, window)
    assert len(asked.of("confirm")) == 1
    assert task.cancelled() and not task.running  # waited for the worker to stop
    assert window.runner.pool.activeThreadCount() == 0
    assert not window.isVisible() and results == []


def test_file_quit_through_the_menu_while_busy_asks(window, asked, gate, qtbot):
    start_export(window, gate)
    assert not window.menuBar().isEnabled()  # editing is locked while the export runs
    asked.confirm_answer = False
    window.quit_action.trigger()  # File > Quit (the menu bar is locked; the shortcut is not)
    assert len(asked.of("confirm")) == 1 and window.isVisible()
    gate[1].set()
    window.runner.wait()
    assert window.menuBar().isEnabled() and window.pages.isEnabled()


def test_ctrl_q_from_the_progress_dialog_asks_the_same(window, asked, gate, qtbot):
    task, _ = start_export(window, gate)
    dialog = task.dialog
    dialog.show()
    asked.confirm_answer = False
    press_ctrl_q(qtbot, dialog)
    [(_p, _t, text)] = asked.of("confirm")
    assert "Cancel it and quit?" in text and task.running


def test_closing_window_when_idle_does_not_ask(window, asked, qtbot):
    window.close()
    assert asked.of("confirm") == []


@pytest.mark.parametrize("how", ["escape", "close"])
def test_closing_the_progress_dialog_asks_before_cancelling(window, asked, gate, qtbot, how):
    task, results = start_export(window, gate)
    dialog = task.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.isModal()

    def close_it():
        if how == "escape":
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()  # what the window manager's X sends

    asked.confirm_answer = False
    close_it()
    [(_p, _t, text)] = asked.of("confirm")
    assert text == "Cancel “Exporting to Excel”?"
    assert not task.cancelled() and dialog.isVisible()
    asked.confirm_answer = True
    close_it()
    assert task.cancelled()
    window.runner.wait()
    assert results == [] and task.dialog is None


def test_cancel_button_cancels_without_asking(window, asked, gate, qtbot):
    from PySide6.QtWidgets import QPushButton

    task, _ = start_export(window, gate)
    dialog = task.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    [button] = dialog.findChildren(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert task.cancelled() and asked.of("confirm") == []
    window.runner.wait()


def test_quit_question_in_spanish(window, asked, gate, qtbot, spanish):
    start_export(window, gate)
    asked.confirm_answer = False
    press_ctrl_q(qtbot, window)
    [(_p, title, text)] = asked.of("confirm")
    assert title == "Salir"
    assert text == "«Exporting to Excel» sigue en curso. ¿Cancelarlo y salir?"
