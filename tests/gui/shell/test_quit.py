"""Ctrl+Q after a long session exits cleanly (issue 12: "a segmentation fault on Ctrl+Q").

The crash: PySide6 6.12 returns ``True`` from every ``SignalInstance.emit()`` without a
reference; on CPython 3.11 each emit made from Python (every ``dataChanged.emit`` of an
editor refresh, every task's progress) drops a reference to ``True``, and after a long
session the interpreter aborts ("bool_dealloc: deallocating True or False") while it tears
down at exit. ``ui.none_guard`` makes the singletons as good as immortal.

The proof runs the real application (``ui.app.run_gui``) in subprocesses with faulthandler on,
drives a scripted session through real clicks and keys (tests/gui/quit_session.py), presses
Ctrl+Q and asserts exit code 0 every time. A short version runs with the normal tests; the
long one (20 sessions) is marked slow.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from matrix_app.paths import sample_project

SRC = Path(__file__).resolve().parents[3] / "src"
SESSION = Path(__file__).resolve().parents[1] / "quit_session.py"


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp / "xdg-config"),
        PYTHONPATH=os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]),
        MATRIX_LANG="en",
    )
    return env


def _session(tmp: Path, seed: int, *args: str) -> subprocess.CompletedProcess:
    project = tmp / f"s{seed}.nap"
    shutil.copyfile(sample_project(), project)
    cmd = [sys.executable, "-X", "faulthandler", str(SESSION), str(project), str(tmp / "out")]
    cmd += ["--seed", str(seed), "--watchdog", "240", *args]
    return subprocess.run(cmd, env=_env(tmp), capture_output=True, text=True, timeout=300)


def _assert_clean(run: subprocess.CompletedProcess) -> None:
    assert run.returncode == 0, f"exit {run.returncode}\n{run.stderr[-3000:]}"
    assert "session done: exit 0" in run.stdout
    assert "Fatal Python error" not in run.stderr
    assert "unexpected:" not in run.stderr and "error dialog:" not in run.stderr


def test_thousands_of_emits_from_python_do_not_exhaust_true(tmp_path):
    """The bug itself, in isolation: without the guard this aborts after ~10,000 emits."""
    code = textwrap.dedent(
        """
        import sys
        import matrix_app.ui  # installs the guard
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class O(QObject):
            s = Signal(int)

        app = QCoreApplication([])
        o = O()
        o.s.connect(lambda v: None)
        before = sys.getrefcount(True)
        for i in range(30000):
            assert o.s.emit(i) is True
        print("lost", before - sys.getrefcount(True))
        """
    )
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", code],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "lost" in run.stdout


def test_ctrl_q_after_a_scripted_session_exits_0(tmp_path):
    """Open the sample, click commitments and tabs, edit and undo, export to Excel and build
    a report, then Ctrl+Q: twice, each exit code 0."""
    for seed in (1, 2):
        _assert_clean(_session(tmp_path, seed, "--rounds", "2"))


def test_ctrl_q_during_an_export_exits_0(tmp_path):
    """Ctrl+Q while an export runs: the window asks, the answer is Yes, the export stops."""
    run = _session(tmp_path, 3, "--rounds", "1", "--quit-during-export")
    _assert_clean(run)
    assert "is still running. Cancel it and quit?" in run.stdout


@pytest.mark.slow
def test_ctrl_q_after_long_sessions_never_crashes(tmp_path):
    """20 long sessions (before the fix about every one of them aborted at exit)."""
    failures = []
    for seed in range(20):
        run = _session(tmp_path, 100 + seed, "--rounds", "4")
        if run.returncode != 0 or "Fatal Python error" in run.stderr:
            failures.append((seed, run.returncode, run.stderr[-800:]))
    assert not failures, failures
