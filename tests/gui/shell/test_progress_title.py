"""Issue 12: a progress window is wide enough for its title ("Elabor… rme…" before)."""

from __future__ import annotations

import threading

from test_tasks import _release_hosts, make_runner  # noqa: F401


def test_progress_dialog_fits_its_title(qtbot, asked):
    runner = make_runner(qtbot)
    go = threading.Event()
    title = "Elaborando el informe de autoevaluación del plan…"
    task = runner.run(title, lambda progress, cancelled: go.wait(5), lambda _r: None)
    try:
        dlg = task.dialog
        assert dlg is not None and dlg.windowTitle() == title
        need = dlg.fontMetrics().horizontalAdvance(title)
        assert dlg.minimumWidth() >= need
        dlg.show()
        assert dlg.width() >= need
    finally:
        go.set()
        runner.wait()
