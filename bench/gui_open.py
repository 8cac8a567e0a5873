"""GUI responsiveness: cold start on the sample, and opening a 2,000-commitment project.

    PYTHONPATH=src python bench/gui_open.py                 # both measurements
    PYTHONPATH=src python bench/gui_open.py --runs 5 --big /tmp/g2000.nap

1. Cold start: a fresh Python process starts the application on the sample project. Two
   times run from just before the process is spawned: until the window is shown (first
   event-loop turn after ``show()``: menus work, the project is still loading) and until
   tree, dashboard and quality panel are filled (the data-loaded signal, then one more
   event-loop turn). Goals (issue 16): window usable <= 400 ms, data shown <= 600 ms.
2. Big project: in a fresh process, a QTimer ticks every 5 ms on the GUI thread while the
   window opens the generated project and fills tree, dashboard and quality panel; the
   longest gap between ticks is the longest time the GUI thread was blocked (until the
   Document is attached and editing starts, also printed). Goals: all filled <= 1,000 ms,
   GUI thread never blocked > 50 ms.

Opening runs the content check and SQLite's integrity_check unless the file is exactly as
this installation last checked it (storage/checked_files.py): the window shows the project
once what it shows has passed the content check, and the integrity check and the history's
check run before editing starts (storage/file_check.py, ``show_first``). Each measurement is made in
both cases, each with its own state folder (``MATRIX_STATE_DIR``): "first open" (a file
never checked here: both checks run) and "re-open" (the file as this installation left it:
both skipped, what a user opening their own project sees).
Beside each figure the raw libraries' own time on the same machine, in the same kind of
fresh process, and the ratio: a bare PySide6 window shown (the floor of any Qt start), and
SQLite + Qt alone reading every commitment, indicator and measurement row of the big project
into a tree and a 2,000-row table (what showing those rows costs with no model, no checks).
Absolute times drift from one shared machine to the next (the same code has run about 3x apart
on different days); the ratios are what compares across days.
Prints figures with the goals beside them; asserts nothing (benchmarks are not tests).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def _child(path: str, settings_file: str) -> int:
    """Runs in the spawned process: start like run_gui does, report when interactive."""
    from PySide6.QtCore import QTimer

    from matrix_app.ui.app import make_application
    from matrix_app.ui.i18n import LanguageSetup, resolve_language
    from matrix_app.ui.main_window import MainWindow
    from matrix_app.ui.settings import Settings

    app = make_application([path])
    settings = Settings.at(settings_file)
    LanguageSetup(app, resolve_language(settings.language)).install()
    window = MainWindow(settings)
    window.show()
    QTimer.singleShot(0, lambda: print(f"SHOWN {time.time():.6f}", flush=True))

    def ready(_data) -> None:
        def report() -> None:
            cpu = time.process_time()  # CPU time since the process started: load-independent
            print(
                f"READY {time.time():.6f} {cpu:.3f} {window.dashboard.model.rowCount()}", flush=True
            )
            window.close()
            app.quit()

        QTimer.singleShot(0, report)

    window.data_loaded.connect(ready)
    QTimer.singleShot(0, lambda: window.open_path(path))
    QTimer.singleShot(30000, app.quit)
    return app.exec()


def _bare_child() -> int:
    """The raw library's floor: an empty PySide6 main window, shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.show()

    def report() -> None:
        print(f"SHOWN {time.time():.6f}", flush=True)
        print(f"READY {time.time():.6f} {time.process_time():.3f} 0", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    return app.exec()


def _raw_big_child(path: str) -> NoReturn:
    """SQLite + Qt alone show the big project's rows: plans and commitments in a tree, one
    table row per commitment with its indicator and measurement counts (the dashboard's
    shape); every indicator and measurement row read. No model objects, no checks."""
    import sqlite3

    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QSplitter, QTableView, QTreeView

    app = QApplication([])
    splitter = QSplitter()
    tree, table = QTreeView(splitter), QTableView(splitter)
    splitter.show()
    app.processEvents()
    clock = QElapsedTimer()
    clock.start()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def rows(sql: str) -> list[tuple]:  # every column read; the named ones first
        return db.execute(sql + " WHERE deleted_at IS NULL").fetchall()

    plans = rows("SELECT id, title, * FROM action_plan")
    commitments = rows("SELECT id, plan_id, code, title, * FROM commitment")
    indicators = rows("SELECT id, commitment_id, * FROM indicator")
    measurements = rows("SELECT indicator_id, * FROM measurement")
    db.close()
    per_indicator: dict[str, int] = {}
    for indicator_id, *_ in measurements:
        per_indicator[indicator_id] = per_indicator.get(indicator_id, 0) + 1
    counts: dict[str, list[int]] = {}
    for indicator_id, commitment_id, *_ in indicators:
        c = counts.setdefault(commitment_id, [0, 0])
        c[0] += 1
        c[1] += per_indicator.get(indicator_id, 0)
    tree_model, table_model = QStandardItemModel(), QStandardItemModel(0, 4)
    by_plan = {plan_id: QStandardItem(title) for plan_id, title, *_ in plans}
    for item in by_plan.values():
        tree_model.appendRow(item)
    for commitment_id, plan_id, code, title, *_ in commitments:
        by_plan[plan_id].appendRow([QStandardItem(code), QStandardItem(title)])
        n = counts.get(commitment_id, [0, 0])
        cells = (code, title, str(n[0]), str(n[1]))
        table_model.appendRow([QStandardItem(x) for x in cells])
    tree.setModel(tree_model)
    tree.expandAll()
    table.setModel(table_model)
    app.processEvents()
    print(f"RAW {clock.nsecsElapsed() / 1e6:.1f} {table_model.rowCount()}", flush=True)
    os._exit(0)  # PySide6's teardown of many QStandardItems can crash at exit; not measured


def raw_big(path: Path, runs: int = 3) -> float:
    """Median ms of ``_raw_big_child`` over fresh processes (the file in the page cache)."""
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--raw-big-child", str(path)],
            capture_output=True,
            text=True,
            env=_env(tempfile.gettempdir()),
            timeout=120,
        )
        line = next((x for x in out.stdout.splitlines() if x.startswith("RAW ")), None)
        if line is None:
            raise SystemExit(f"raw child failed:\n{out.stdout}\n{out.stderr}")
        times.append(float(line.split()[1]))
    return statistics.median(times)


def _env(state_dir: str) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(SRC),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        MATRIX_STATE_DIR=state_dir,
    )


def cold_start(path: Path | None, runs: int, first_open: bool = False) -> dict[str, list[float]]:
    """``first_open``: every run has a fresh state folder, so opening checks the file;
    otherwise one unmeasured run records the file as checked and the measured runs skip.
    ``path`` None: the bare PySide6 window instead of the app."""
    figures: dict[str, list[float]] = {"shown": [], "ready": [], "cpu": []}
    with tempfile.TemporaryDirectory() as tmp:

        def run(n: int) -> list[str]:
            state = str(Path(tmp) / (f"state{n}" if first_open else "state"))
            start = time.time()
            child = ["--bare-child"] if path is None else ["--child", str(path)]
            out = subprocess.run(
                [sys.executable, __file__, *child, str(Path(tmp) / f"s{n}.ini")],
                capture_output=True,
                text=True,
                env=_env(state),
                timeout=60,
            )
            lines = {x.split()[0]: x.split()[1:] for x in out.stdout.splitlines() if x.strip()}
            if "READY" not in lines or "SHOWN" not in lines:
                raise SystemExit(f"child failed:\n{out.stdout}\n{out.stderr}")
            return [
                str(float(lines["SHOWN"][0]) - start),
                str(float(lines["READY"][0]) - start),
                lines["READY"][1],
            ]

        if not first_open:
            run(-1)  # also warms the page cache
        for n in range(runs):
            shown, ready, cpu = run(n)
            figures["shown"].append(float(shown))
            figures["ready"].append(float(ready))
            figures["cpu"].append(float(cpu))
    return figures


def big_project(path: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from matrix_app.ui.app import make_application
    from matrix_app.ui.main_window import MainWindow
    from matrix_app.ui.settings import Settings

    app = make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Settings.at(Path(tmp) / "s.ini"))
        window.show()
        app.processEvents()
        clock = QElapsedTimer()
        gaps: list[float] = []
        ends: list[float] = []  # when each gap ended
        last = [0.0]

        marks: dict[str, float] = {}

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            ends.append(now)
            last[0] = now
            # the tree is made from the file's outline, before any Document (to a tick: 5 ms)
            if "tree" not in marks and window.tree is not None:
                if any(plan.commitments for plan in window.tree.model.plans):
                    marks["tree"] = now

        ticker = QTimer()
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        loop = QEventLoop()

        def settled() -> None:  # keep ticking while the views settle
            if "dashboard" in marks and "editable" in marks:
                QTimer.singleShot(300, loop.quit)

        def loaded(_data) -> None:
            marks["dashboard"] = clock.nsecsElapsed() / 1e6
            marks["cpu"] = (time.process_time() - cpu0) * 1000  # all threads
            marks["gui_cpu"] = (time.thread_time() - gui0) * 1000  # the GUI thread's own
            settled()

        def editable(doc) -> None:  # the Document attached: editing starts
            if doc is not None and "editable" not in marks:
                marks["editable"] = clock.nsecsElapsed() / 1e6
                settled()

        window.data_loaded.connect(loaded)
        window.document_changed.connect(editable)
        cpu0, gui0 = time.process_time(), time.thread_time()
        clock.start()
        ticker.start()
        QTimer.singleShot(0, lambda: window.open_path(path))
        QTimer.singleShot(120000, loop.quit)
        loop.exec()
        ticker.stop()
        rows = window.dashboard.model.rowCount()
        tree_rows = sum(len(p.commitments) for p in window.tree.model.plans)
        window.close()
        window.runner.wait()
    return {
        "longest_block_ms": max(gaps[1:] or [0.0]),
        "longest_block_end_ms": max(zip(gaps[1:], ends[1:], strict=True), default=(0.0, 0.0))[1],
        "blocks_over_50_ms": sum(g > 50 for g in gaps[1:]),
        "tree_filled_ms": marks.get("tree", float("nan")),
        "dashboard_filled_ms": marks.get("dashboard", float("nan")),
        "dashboard_rows": rows,
        "editable_ms": marks.get("editable", float("nan")),
        "cpu_ms": marks.get("cpu", float("nan")),
        "gui_thread_cpu_ms": marks.get("gui_cpu", float("nan")),
        "tree_commitments": tree_rows,
        "ticks": len(gaps),
    }


def big_project_fresh(path: Path, state_dir: str) -> dict[str, float]:
    """``big_project`` in a fresh process (nothing imported yet) with the given state folder."""
    out = subprocess.run(
        [sys.executable, __file__, "--big-child", str(path)],
        capture_output=True,
        text=True,
        env=_env(state_dir),
        timeout=300,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("BIG ")), None)
    if line is None:
        raise SystemExit(f"child failed:\n{out.stdout}\n{out.stderr}")
    return json.loads(line.removeprefix("BIG "))


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f})"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(SRC))
        return _child(sys.argv[2], sys.argv[3])
    if len(sys.argv) > 1 and sys.argv[1] == "--bare-child":
        return _bare_child()
    if len(sys.argv) > 1 and sys.argv[1] == "--raw-big-child":
        _raw_big_child(sys.argv[2])  # exits
    if len(sys.argv) > 1 and sys.argv[1] == "--big-child":
        sys.path.insert(0, str(SRC))
        print("BIG " + json.dumps(big_project(Path(sys.argv[2]))), flush=True)
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--sample", type=Path, default=ROOT / "sample_projects" / "chile-nap-2014-2016.nap"
    )
    ap.add_argument("--big", type=Path, default=Path(tempfile.gettempdir()) / "g2000.nap")
    ap.add_argument("--commitments", type=int, default=2000)
    ap.add_argument("--skip-big", action="store_true")
    ap.add_argument("--skip-sample", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / args.sample.name  # never edit the shipped sample
        sample.write_bytes(args.sample.read_bytes())
        if not args.skip_sample:
            bare = statistics.median(cold_start(None, args.runs)["shown"])
            print(
                f"raw library: a bare PySide6 window shown in a fresh process, median "
                f"{bare * 1000:.0f} ms ({args.runs} runs)"
            )
        for first_open in () if args.skip_sample else (False, True):
            f = cold_start(sample, args.runs, first_open)
            case = "first open, file checked" if first_open else "re-open, check skipped"
            shown, ready = statistics.median(f["shown"]), statistics.median(f["ready"])
            print(
                f"cold start on the sample ({case}; {args.runs} runs): "
                f"window shown {_ms(f['shown'])}, {shown / bare:.2f}x the bare window "
                f"(goal <= 400 ms); data shown {_ms(f['ready'])}, {ready / bare:.2f}x "
                f"(goal <= 600 ms); "
                f"process CPU time median {statistics.median(f['cpu']) * 1000:.0f} ms"
            )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if args.skip_big:
        return 0
    if not args.big.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from generate import generate

        print(f"generating {args.big} ({args.commitments} commitments)…", flush=True)
        generate(args.big, args.commitments)
    raw = raw_big(args.big)
    print(
        f"raw libraries: SQLite + Qt alone read every commitment, indicator and measurement "
        f"row of {args.big.name} into a tree and a table in {raw:.0f} ms (median of 3 fresh "
        f"processes)"
    )
    with tempfile.TemporaryDirectory() as state:
        for case in ("first open, file checked", "re-open, check skipped"):
            r = big_project_fresh(args.big, state)  # the first run records the file as checked
            print(
                f"{args.big.name} ({case}): tree filled at {r['tree_filled_ms']:.0f} ms "
                f"({r['tree_commitments']} commitments), dashboard + quality panel at "
                f"{r['dashboard_filled_ms']:.0f} ms, {r['dashboard_filled_ms'] / raw:.2f}x the "
                f"raw libraries ({r['dashboard_rows']} rows; "
                f"goal <= 1000 ms); longest GUI-thread block {r['longest_block_ms']:.0f} ms, "
                f"ending at {r['longest_block_end_ms']:.0f} ms; {r['blocks_over_50_ms']} blocks "
                f"over 50 ms (goal: none); CPU time until filled {r['cpu_ms']:.0f} ms, of "
                f"which the GUI thread {r['gui_thread_cpu_ms']:.0f} ms; editable (Document "
                f"attached, every check passed) at {r['editable_ms']:.0f} ms"
            )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
