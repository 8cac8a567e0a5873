"""GUI fixtures: a window with its own settings file, dialogs that tests answer, no leaks.

Every modal dialog goes through ``matrix_app.ui.dialogs``; here each of those functions is
replaced by a recorder so a test can answer it and check what was asked. A real ``exec()``
anywhere fails the test instead of hanging it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from matrix_app.paths import sample_project
from matrix_app.ui import dialogs
from matrix_app.ui.settings import Settings


class DialogRecorder:
    """Stands in for ``ui.dialogs``: records every question and gives scripted answers."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple]] = []
        self.confirm_answer = True
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.accept_dialog = True
        self.fill_dialog = None  # called with the dialog before it "returns"

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def of(self, name: str) -> list[tuple]:
        return [args for n, args in self.calls if n == name]

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def record(name, result=None):
            def fn(*args):
                self.calls.append((name, args))
                return result() if callable(result) else result

            return fn

        monkeypatch.setattr(dialogs, "show_error", record("show_error"))
        monkeypatch.setattr(dialogs, "show_unexpected", record("show_unexpected"))
        monkeypatch.setattr(dialogs, "show_info", record("show_info"))
        monkeypatch.setattr(dialogs, "about", record("about"))
        monkeypatch.setattr(dialogs, "confirm", record("confirm", lambda: self.confirm_answer))
        monkeypatch.setattr(
            dialogs, "ask_open_path", record("ask_open_path", lambda: self.open_path)
        )
        monkeypatch.setattr(
            dialogs, "ask_save_path", record("ask_save_path", lambda: self.save_path)
        )

        def run_dialog(dialog):
            self.calls.append(("run_dialog", (dialog,)))
            if self.fill_dialog is not None:
                self.fill_dialog(dialog)
            return self.accept_dialog

        monkeypatch.setattr(dialogs, "run_dialog", run_dialog)


@pytest.fixture(autouse=True)
def no_modal_exec(monkeypatch, tmp_path):
    # Each test gets its own data folder: the sample's private copy lives there, and a copy
    # left by an earlier run (or held open by a concurrent run) must not leak into this one.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))

    def refuse(self, *args):
        raise AssertionError(f"a test reached a real modal exec() of {type(self).__name__}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    yield


@pytest.fixture
def asked(monkeypatch) -> DialogRecorder:
    recorder = DialogRecorder()
    recorder.install(monkeypatch)
    return recorder


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    """A private copy of the Chile sample (tests must never edit the shipped file)."""
    dest = tmp_path / "chile.nap"
    shutil.copyfile(sample_project(), dest)
    return dest


@pytest.fixture
def window(qtbot, settings, asked):
    from matrix_app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    win.runner.wait()
    assert win.runner.pool.activeThreadCount() == 0, "a worker is still running"
    assert not win.runner.active, "a task never finished"


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp):
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    yield
    QApplication.processEvents()
    left = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and id(w) not in before and w.isWindow()
    ]
    for w in left:
        w.close()
    assert not left, f"windows left open: {[type(w).__name__ for w in left]}"


@pytest.fixture
def spanish(qapp):
    """The interface in Spanish for one test (translators, locale, engine messages)."""
    from matrix_app.ui.i18n import LanguageSetup

    setup = LanguageSetup(qapp, "es").install()
    yield setup
    setup.remove()
