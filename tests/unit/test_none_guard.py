"""PySide6 6.12 drops a reference to None on every void call; the ui package guards it."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_calls_do_not_kill_none():
    code = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import matrix_app.ui  # installs the guard
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication([])
        w = QWidget()
        for _ in range(200_000):
            w.setEnabled(True)
        print("alive")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "PYTHONPATH": "src"},
    )
    assert out.returncode == 0, out.stderr
    assert "alive" in out.stdout
