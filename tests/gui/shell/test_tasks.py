"""run_task: result on the GUI thread, errors as dialogs, cancel, progress, no leaked workers."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from matrix_app.storage.errors import ProjectFileError
from matrix_app.ui.tasks import CancelFlag, TaskRunner

_hosts = []


def make_runner(qtbot):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    _hosts.append(host)  # keep the parent (and so the runner) alive for the test
    return TaskRunner(host)


@pytest.fixture(autouse=True)
def _release_hosts():
    yield
    for host in _hosts:
        host.findChild(TaskRunner).wait()
    _hosts.clear()


def test_result_arrives_on_gui_thread(qtbot, asked):
    runner = make_runner(qtbot)
    seen = {}

    def work(progress, cancelled):
        seen["worker"] = threading.get_ident()
        for i in range(5):
            progress(i + 1, 5)
        return "done"

    def done(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is qtbot_app_thread()

    task = runner.run("Work", work, done)
    assert task.running
    runner.wait()
    assert seen["result"] == "done" and seen["gui"]
    assert seen["worker"] != threading.get_ident()
    assert asked.calls == [] and runner.active == []


def qtbot_app_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_matrix_error_becomes_a_clear_dialog(qtbot, asked):
    runner = make_runner(qtbot)
    errors = []

    def work(progress, cancelled):
        raise ProjectFileError("missing", path="/x/plan.nap")

    runner.run("Opening plan.nap", work, lambda r: None, on_error=errors.append)
    runner.wait()
    assert asked.names() == ["show_error"]
    _, title, text = asked.of("show_error")[0]
    assert title == "Opening plan.nap"
    assert text.startswith("/x/plan.nap: no such file")
    assert isinstance(errors[0], ProjectFileError)


def test_unexpected_error_shows_details(qtbot, asked):
    runner = make_runner(qtbot)
    runner.run("Export", lambda p, c: 1 / 0, lambda r: None)
    runner.wait()
    assert asked.names() == ["show_unexpected"]
    _, _title, text, details = asked.of("show_unexpected")[0]
    assert "ZeroDivisionError" in text
    assert "Traceback" in details and "1 / 0" in details


def test_error_in_callback_is_reported_too(qtbot, asked):
    runner = make_runner(qtbot)

    def done(result):
        raise RuntimeError("bad callback")

    runner.run("Work", lambda p, c: 1, done)
    runner.wait()
    assert asked.names() == ["show_unexpected"]


def test_cancel_drops_the_result_quietly(qtbot, asked):
    runner = make_runner(qtbot)
    started, release = threading.Event(), threading.Event()
    results = []

    def work(progress, cancelled):
        started.set()
        release.wait(5)
        if cancelled():
            raise RuntimeError("Cancelled by user")
        return 1

    task = runner.run("Long", work, results.append)
    assert started.wait(5)
    task.dialog.canceled.emit()  # what the Cancel button sends
    assert task.cancelled() and bool(task.cancelled)
    release.set()
    runner.wait()
    assert results == [] and asked.calls == []


@pytest.mark.parametrize("ending", ["raises", "returns"])
def test_on_cancel_is_told_however_the_work_stopped(qtbot, asked, ending):
    runner = make_runner(qtbot)
    started, release = threading.Event(), threading.Event()
    results, told = [], []

    def work(progress, cancelled):
        started.set()
        release.wait(5)
        if ending == "raises" and cancelled():
            raise RuntimeError("Cancelled by user")
        return 1

    task = runner.run("Long", work, results.append, on_cancel=lambda: told.append(True))
    assert started.wait(5)
    task.dialog.canceled.emit()
    release.set()
    runner.wait()
    assert results == [] and told == [True] and asked.calls == []


def test_on_cancel_is_not_called_without_cancel(qtbot, asked):
    runner = make_runner(qtbot)
    told = []
    runner.run("Short", lambda p, c: 1, on_cancel=lambda: told.append(True))
    runner.wait()
    assert told == []


def test_progress_reaches_the_dialog(qtbot, asked):
    runner = make_runner(qtbot)
    gate = threading.Event()
    proceed = threading.Event()

    def work(progress, cancelled):
        progress(3, 10)
        gate.set()
        proceed.wait(5)
        return None

    task = runner.run("Counting", work)
    assert gate.wait(5)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.value() == 3)
    assert task.dialog.maximum() == 10
    proceed.set()
    runner.wait()


def test_quiet_task_has_no_dialog(qtbot, asked):
    runner = make_runner(qtbot)
    task = runner.run("Refresh", lambda p, c: 2, show_progress=False)
    assert task.dialog is None
    runner.wait()


def test_cancel_flag():
    flag = CancelFlag()
    assert not flag() and not flag
    flag.set()
    assert flag() and flag


def test_focus_returns_to_the_window_after_a_progress_window(qtbot, asked):
    """A slow task's progress window takes the focus; when it closes, typing must go to the
    window the user works in again (the journeys' typing went nowhere on a loaded machine)."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

    runner = make_runner(qtbot)
    host = runner.parent()
    field = QLineEdit(host)
    QVBoxLayout(host).addWidget(field)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    field.setFocus()
    release = threading.Event()
    task = runner.run("Slow work", lambda progress, cancelled: release.wait(10))
    task.dialog.show()  # as it shows itself once the work outlasts PROGRESS_DELAY_MS
    task.dialog.activateWindow()
    qtbot.waitUntil(task.dialog.isActiveWindow)
    assert not host.isActiveWindow()
    release.set()
    runner.wait()
    qtbot.waitUntil(host.isActiveWindow)
    qtbot.keyClicks(QApplication.focusWidget(), "ok")
    assert field.text() == "ok"
