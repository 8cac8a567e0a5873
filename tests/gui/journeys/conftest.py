"""Journey fixtures: the shell's (window, asked, settings, sample_copy...) in both languages.

The shell's conftest is loaded under its own name and its fixtures re-exported here; the
window is built after the language is installed, as the app does at start-up.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_path = Path(__file__).resolve().parents[1] / "shell" / "conftest.py"
_spec = importlib.util.spec_from_file_location("journey_shell_fixtures", _path)
shell = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = shell
_spec.loader.exec_module(shell)

DialogRecorder = shell.DialogRecorder
asked = shell.asked
settings = shell.settings
sample_copy = shell.sample_copy
no_modal_exec = shell.no_modal_exec
no_leaked_windows = shell.no_leaked_windows


@pytest.fixture(params=["en", "es"])
def lang(request, qapp):
    """The interface language of the journey; Spanish is installed before the window."""
    setup = None
    if request.param == "es":
        from matrix_app.ui.i18n import LanguageSetup

        setup = LanguageSetup(qapp, "es").install()
    yield request.param
    if setup is not None:
        setup.remove()


@pytest.fixture
def window(lang, qtbot, settings, asked):
    from matrix_app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()
    win.runner.wait()
    assert win.runner.pool.activeThreadCount() == 0, "a worker is still running"
    assert not win.runner.active, "a task never finished"
