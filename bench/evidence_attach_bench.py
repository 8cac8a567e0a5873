"""How long attaching files holds the GUI thread (issue 16: the GUI never freezes).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/evidence_attach_bench.py [--files 5]
        [--mb 20] [--repeat 3]

Clicks "Add file…" of a commitment editor on ``--files`` random files of ``--mb`` MB (the
file chooser and the publication question answered by code) and waits until they are in
the project. A 5 ms timer on the GUI thread measures the longest time it went without
running (the longest block); ``time.thread_time`` on the GUI thread measures its CPU time.
Works on the code before issue 16 too (there the click itself does all the work).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.ui.commitment.editor import CommitmentEditor
from matrix_app.ui.commitment.evidence import EvidenceTab
from matrix_app.ui.document import Document


def one_run(app: QApplication, folder: Path, files: list[Path], run: int) -> dict[str, float]:
    project = Project.new(folder / f"bench-{run}.nap", title="Bench")
    plan = project.create(m.ActionPlan, title="Plan")
    c = project.create(m.Commitment, plan_id=plan.id, code="1", title="C")
    doc = Document(project)
    editor = CommitmentEditor(doc, c.id)
    editor.show()
    tab = editor.tabs["evidence"]
    editor.tab_widget.setCurrentWidget(tab)
    tab.choose_files = lambda: [str(f) for f in files]
    EvidenceTab.ask_public = lambda self, names: None
    for _ in range(5):
        app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    app.processEvents()
    cpu0, t0 = time.thread_time(), time.perf_counter()
    last[0] = t0
    QTest.mouseClick(tab.add_file_button, Qt.MouseButton.LeftButton)
    click = time.perf_counter() - t0
    while len(tab.model.rows()) < len(files):
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - t0 > 60:
            raise SystemExit("the files did not land")
    wall, cpu = time.perf_counter() - t0, time.thread_time() - cpu0
    tick()
    timer.stop()
    editor.close()
    app.processEvents()
    doc.close()
    return {
        "click_ms": click * 1000,
        "longest_block_ms": max(gaps) * 1000,
        "gui_cpu_ms": cpu * 1000,
        "wall_ms": wall * 1000,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--files", type=int, default=5)
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = []
        for i in range(args.files):
            f = folder / f"evidence-{i}.pdf"
            f.write_bytes(os.urandom(int(args.mb * 1024 * 1024)))
            files.append(f)
        runs = [one_run(app, folder, files, r) for r in range(args.repeat)]
    for key in runs[0]:
        values = [r[key] for r in runs]
        shown = ", ".join(f"{v:.0f}" for v in values)
        print(f"{key:18} median {statistics.median(values):7.0f}   ({shown})")


if __name__ == "__main__":
    main()
