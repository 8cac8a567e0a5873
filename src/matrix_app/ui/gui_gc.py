"""Python's cyclic garbage collector runs on the GUI thread only.

Left automatic, a collection runs in whichever thread happens to allocate past the threshold;
in a worker (a report reading the project) it can free a Qt wrapper that lives in a cycle,
and destroying a Qt object off the GUI thread crashes the process (seen as a segmentation
fault "Garbage-collecting" in the report worker after long sessions). So automatic collection
is off and a GUI-thread timer collects, with the same thresholds, as pyqtgraph and others do.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from .gc_pause import paused

_installed: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)
        gc.disable()

    def check(self) -> None:
        if paused():  # a worker is loading: collect when it has frozen what it made
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for n in range(3):
            if thresholds[n] and counts[n] > thresholds[n]:
                generation = n
        if generation >= 0:
            gc.collect(generation)


def install(app: QObject) -> GuiThreadCollector:
    """Once per application (the QApplication owns it, so it lives as long as Qt does)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
        app.destroyed.connect(_forget)
    return _installed


def _forget(*_args: object) -> None:
    global _installed
    _installed = None
    gc.enable()
