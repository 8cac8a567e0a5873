"""Editing a commitment in a 2,000-commitment project: keystroke to saved and every view refreshed.

    PYTHONPATH=src python bench/gui_edit.py                  # 20 edits of the title
    PYTHONPATH=src python bench/gui_edit.py --keys 40 --big /tmp/g2000.nap --profile edit.prof

In a fresh process the real main window (offscreen) opens a copy of the generated project
(``bench/generate.py``; the copy is checked once, then the state folder remembers it), the
tree selects a commitment of the plan and its editor opens on the overview tab; its start
date is emptied (so the quality panel lists a finding that names it). Each edit
selects the title field's text, types a new title with real key events (untimed: a line
edit saves when editing finishes) and presses Return. From the Return key until all of:

- the title is in the file (read through a separate SQLite connection, read-only),
- the project tree shows it, the plan dashboard's row shows it,
- the quality panel's findings of that commitment name it,
- the overview (heading and field) shows it and no refresh is pending.

Goal (issue 16): <= 50 ms. Prints median and p95 wall time, and the process CPU time over
the same span (``time.process_time``: all threads, independent of the machine's load), and
the longest time the GUI thread was blocked meanwhile. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run_edits(path: Path, keys: int, profile: str | None) -> dict[str, object]:
    """Runs in the child: open ``path`` in the main window, make ``keys`` edits, measure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from matrix_app.ui.app import make_application
    from matrix_app.ui.main_window import MainWindow
    from matrix_app.ui.project_tree import ID_ROLE
    from matrix_app.ui.settings import Settings

    app = make_application([])
    tmp = tempfile.mkdtemp()
    window = MainWindow(Settings.at(Path(tmp) / "s.ini"))
    window.resize(1400, 900)
    window.show()
    window.quality_dock.show()

    def wait(condition, timeout_s: float = 60.0, what=lambda: "") -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.setTimerType(Qt.TimerType.PreciseTimer)
        poll.setInterval(1)
        poll.timeout.connect(lambda: loop.quit() if condition() else None)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        poll.start()
        if not condition():
            loop.exec()
        poll.stop()
        if not condition():
            raise SystemExit(f"timed out waiting for {what()}")

    t_open = time.perf_counter()
    loaded: list[object] = []
    window.data_loaded.connect(loaded.append)
    window.open_path(path)
    wait(lambda: bool(loaded), 300)
    open_s = time.perf_counter() - t_open
    window.settle()
    app.processEvents()

    tree = window.tree
    plan = tree.model.plans[-1]
    com = plan.commitments[len(plan.commitments) // 2]
    tree.select(com.id)
    wait(
        lambda: window.editor is not None and window.editor.commitment_id == com.id,
        what=lambda: "the editor",
    )
    editor = window.editor
    field = editor.tabs["overview"].fields["title"]
    field.setFocus()
    app.processEvents()

    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tree_index = tree.model.find(com.id)
    dash = window.dashboard
    quality = window.quality.model
    lang = quality.lang

    spot = [0]  # where the row was last found: checking must cost the GUI thread ~nothing

    def dashboard_title() -> str | None:
        rows = dash.model.rows
        if not (spot[0] < len(rows) and rows[spot[0]].id == com.id):
            spot[0] = next((n for n, row in enumerate(rows) if row.id == com.id), 0)
        if spot[0] >= len(rows) or rows[spot[0]].id != com.id:
            return None
        return dash.model.data(dash.model.index(spot[0], 1))

    def not_yet(title: str) -> str:
        """What does not show ``title`` yet ("" when everything does); the file last, since
        it is written before any view hears of the edit."""
        if title not in (tree.model.data(tree_index) or ""):
            return "tree"
        if dashboard_title() != title:
            return "dashboard"
        mine = [f for f in quality.findings if f.commitment_id == com.id]
        if not mine or any(title not in f.message(lang) for f in mine):
            return "quality panel"
        if editor.refresh_pending() or title not in editor.heading.text():
            return "overview heading"
        if field.text() != title or editor.data.commitment.title != title:
            return "overview field"
        saved = db.execute("select title from commitment where id = ?", (com.id,)).fetchone()
        if saved is None or saved[0] != title:
            return "file"
        return ""

    # the generated commitments lack nothing: empty the start date (through the field, like
    # a user) so that the quality panel lists a finding that names the commitment
    start = editor.tabs["overview"].fields["start_date"]
    start.setFocus()
    QTest.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(start, Qt.Key.Key_Delete)
    QTest.keyClick(start, Qt.Key.Key_Return)
    wait(
        lambda: any(f.commitment_id == com.id for f in quality.findings),
        what=lambda: "a finding of the commitment in the quality panel",
    )
    window.settle()
    field.setFocus()
    app.processEvents()

    # the longest gap between ticks of a 5 ms timer on the GUI thread, per edit
    clock = QElapsedTimer()
    clock.start()
    last = [0.0]
    gaps: list[float] = []

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(5)
    ticker.timeout.connect(tick)

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
    wall: list[float] = []
    cpu: list[float] = []
    typing: list[float] = []
    blocks: list[float] = []
    for k in range(keys):
        title = f"Commitment {com.code}: edited {k}"
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        t = time.perf_counter()
        QTest.keyClicks(field, title)
        typing.append((time.perf_counter() - t) / len(title))
        app.processEvents()
        last[0] = clock.nsecsElapsed() / 1e6
        gaps.clear()
        ticker.start()
        if profiler is not None:
            profiler.enable()
        c0, t0 = time.process_time(), time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        wait(lambda title=title: not not_yet(title), what=lambda title=title: not_yet(title))
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        if profiler is not None:
            profiler.disable()
        tick()
        ticker.stop()
        blocks.append(max(gaps))
        window.settle()  # nothing of this edit left running into the next one
    if profiler is not None:
        profiler.dump_stats(profile)
    import resource

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    commitments = sum(len(p.commitments) for p in tree.model.plans)
    rows = len(dash.model.rows)
    _ = tree.model.data(tree_index, ID_ROLE)
    db.close()
    window.close()
    window.runner.wait()
    shutil.rmtree(tmp, ignore_errors=True)
    return {
        "open_s": open_s,
        "wall": wall,
        "cpu": cpu,
        "typing": typing,
        "blocks": blocks,
        "rss_mb": rss_mb,
        "commitments": commitments,
        "dashboard_rows": rows,
    }


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(SRC))
        profile = sys.argv[4] if len(sys.argv) > 4 else None
        result = run_edits(Path(sys.argv[2]), int(sys.argv[3]), profile)
        print("EDIT " + json.dumps(result), flush=True)
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--keys", type=int, default=20, help="edits measured (default 20)")
    ap.add_argument("--big", type=Path, default=Path(tempfile.gettempdir()) / "g2000.nap")
    ap.add_argument("--commitments", type=int, default=2000)
    ap.add_argument("--profile", help="write a cProfile of the measured spans to this file")
    args = ap.parse_args()
    if not args.big.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from generate import generate

        print(f"generating {args.big} ({args.commitments} commitments)…", flush=True)
        generate(args.big, args.commitments)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / args.big.name  # edits never touch the shared generated file
        shutil.copyfile(args.big, copy)
        env = dict(
            os.environ,
            PYTHONPATH=str(SRC),
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            MATRIX_STATE_DIR=str(Path(tmp) / "state"),
        )
        command = [sys.executable, __file__, "--child", str(copy), str(args.keys)]
        if args.profile:
            command.append(str(Path(args.profile).resolve()))
        out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    line = next((x for x in out.stdout.splitlines() if x.startswith("EDIT ")), None)
    if line is None:
        raise SystemExit(f"child failed:\n{out.stdout}\n{out.stderr}")
    r = json.loads(line.removeprefix("EDIT "))
    ms = [x * 1000 for x in r["wall"]]
    cpu = [x * 1000 for x in r["cpu"]]
    print(
        f"{args.big.name} ({r['commitments']} commitments, plan dashboard {r['dashboard_rows']} "
        f"rows; opened in {r['open_s']:.1f} s): edit of a commitment's title, Return to saved "
        f"in the file and tree, dashboard, quality panel and overview refreshed, "
        f"{len(ms)} edits: median {statistics.median(ms):.1f} ms, p95 {_p95(ms):.1f} ms "
        f"(goal <= 50 ms); process CPU time median {statistics.median(cpu):.1f} ms, "
        f"p95 {_p95(cpu):.1f} ms; longest GUI-thread block median "
        f"{statistics.median(r['blocks']):.0f} ms, max {max(r['blocks']):.0f} ms; "
        f"typing a character {statistics.median(r['typing']) * 1000:.2f} ms; "
        f"peak RSS {r['rss_mb']:.0f} MB"
    )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
