"""GUI responsiveness: cold start on the sample, and opening a 2,000-commitment project.

    PYTHONPATH=src python bench/gui_open.py                 # both measurements
    PYTHONPATH=src python bench/gui_open.py --runs 5 --big /tmp/g2000.nap

1. Cold start: a fresh Python process starts the application on the sample project; the
   time runs from just before the process is spawned until the window is shown with its
   tree, dashboard and quality panel filled (the data-loaded signal, then one more
   event-loop turn). Targets: < 1 s.
2. Big project: a QTimer ticks every 5 ms on the GUI thread while the window opens the
   generated project and fills tree, dashboard and quality panel; the longest gap between
   ticks is the longest time the GUI thread was blocked. Target: < 200 ms.
Prints figures; asserts nothing (benchmarks are not tests).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def cold_start(path: Path, runs: int) -> tuple[list[float], list[float]]:
    times, cpu = [], []
    env = dict(
        os.environ,
        PYTHONPATH=str(SRC),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            settings = str(Path(tmp) / f"settings{n}.ini")
            start = time.time()
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path), settings],
                capture_output=True,
                text=True,
                env=env,
                timeout=60,
            )
            line = next((x for x in out.stdout.splitlines() if x.startswith("READY")), None)
            if line is None:
                raise SystemExit(f"child failed:\n{out.stdout}\n{out.stderr}")
            times.append(float(line.split()[1]) - start)
            cpu.append(float(line.split()[2]))
    return times, cpu


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
        last = [0.0]

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        ticker = QTimer()
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        loop = QEventLoop()
        marks: dict[str, float] = {}
        window.document_changed.connect(
            lambda doc: marks.setdefault("tree", clock.nsecsElapsed() / 1e6) if doc else None
        )

        def loaded(_data) -> None:
            marks["dashboard"] = clock.nsecsElapsed() / 1e6
            QTimer.singleShot(300, loop.quit)  # keep ticking while the views settle

        window.data_loaded.connect(loaded)
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
        "tree_filled_ms": marks.get("tree", float("nan")),
        "dashboard_filled_ms": marks.get("dashboard", float("nan")),
        "dashboard_rows": rows,
        "tree_commitments": tree_rows,
        "ticks": len(gaps),
    }


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(SRC))
        return _child(sys.argv[2], sys.argv[3])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--sample", type=Path, default=ROOT / "sample_projects" / "chile-nap-2014-2016.nap"
    )
    ap.add_argument("--big", type=Path, default=Path(tempfile.gettempdir()) / "g2000.nap")
    ap.add_argument("--commitments", type=int, default=2000)
    ap.add_argument("--skip-big", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / args.sample.name  # never edit the shipped sample
        sample.write_bytes(args.sample.read_bytes())
        times, cpu = cold_start(sample, args.runs)
    print(
        f"cold start to interactive window (sample, {args.runs} runs): "
        f"median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms  (target < 1000 ms); "
        f"CPU time of the process: median {statistics.median(cpu) * 1000:.0f} ms; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    if args.skip_big:
        return 0
    if not args.big.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from generate import generate

        print(f"generating {args.big} ({args.commitments} commitments)…", flush=True)
        generate(args.big, args.commitments)
    sys.path.insert(0, str(SRC))
    r = big_project(args.big)
    print(
        f"{args.big.name}: tree filled at {r['tree_filled_ms']:.0f} ms "
        f"({r['tree_commitments']} commitments), dashboard + quality panel at "
        f"{r['dashboard_filled_ms']:.0f} ms ({r['dashboard_rows']} rows); "
        f"longest GUI-thread block {r['longest_block_ms']:.0f} ms (target < 200 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
