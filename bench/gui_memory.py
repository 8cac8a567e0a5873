"""Memory with a 2,000-commitment project open in the application, and navigated.

    PYTHONPATH=src python bench/gui_memory.py                 # peak RSS, then Python's peak
    PYTHONPATH=src python bench/gui_memory.py --big /tmp/g2000.nap --commitments-visited 30

In a fresh process the real main window (offscreen) opens a copy of the generated project
(``bench/generate.py``), waits until tree, dashboard and quality panel are filled, then goes
where a user goes: the plan's dashboard sorted by each column, the quality panel, and
``--commitments-visited`` commitments opened from the tree, each editor shown on every tab.
Figures: the process's peak resident set (``ru_maxrss``: what the system had to give it,
Qt and SQLite included) and its resident set at the end; before the project was opened,
for comparison. A second process does the same under ``tracemalloc`` (slow) for the peak
of Python's own allocations. Goal (issue 16): <= 300 MB peak. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def _rss_mb() -> float:
    """Resident set now (Linux: /proc; elsewhere the peak stands in)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _peak_mb()


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def navigate(path: Path, visits: int, trace: bool) -> dict[str, float]:
    """Runs in the child: open ``path``, go around, measure."""
    if trace:
        import tracemalloc

        tracemalloc.start()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from matrix_app.ui.app import make_application
    from matrix_app.ui.main_window import MainWindow
    from matrix_app.ui.settings import Settings

    app = make_application([])
    tmp = tempfile.mkdtemp()
    window = MainWindow(Settings.at(Path(tmp) / "s.ini"))
    window.resize(1400, 900)
    window.show()
    window.quality_dock.show()
    app.processEvents()
    before = _rss_mb()

    loop = QEventLoop()
    window.data_loaded.connect(lambda _d: loop.quit())
    QTimer.singleShot(0, lambda: window.open_path(path))
    QTimer.singleShot(300_000, loop.quit)
    started = time.perf_counter()
    loop.exec()
    opened_s = time.perf_counter() - started
    window.settle()
    app.processEvents()
    opened = _rss_mb()

    tree = window.tree
    plan = tree.model.plans[-1]
    tree.select(plan.id)
    app.processEvents()
    table = window.dashboard.table
    for column in range(window.dashboard.model.columnCount()):
        table.sortByColumn(column, Qt.SortOrder.DescendingOrder)  # what a header click does
        app.processEvents()
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    window.quality.table.scrollToBottom()
    app.processEvents()
    step = max(1, len(plan.commitments) // max(1, visits))
    for com in plan.commitments[::step][:visits]:
        tree.select(com.id)
        app.processEvents()
        editor = window.editor
        for n in range(editor.tab_widget.count()):
            editor.tab_widget.setCurrentIndex(n)
            app.processEvents()
    window.settle()
    app.processEvents()
    out = {
        "before_mb": before,
        "opened_mb": opened,
        "end_mb": _rss_mb(),
        "peak_mb": _peak_mb(),
        "opened_s": opened_s,
        "commitments": sum(len(p.commitments) for p in tree.model.plans),
    }
    if trace:
        import tracemalloc

        out["python_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
        out["python_end_mb"] = tracemalloc.get_traced_memory()[0] / 2**20
    window.close()
    window.runner.wait()
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(SRC))
        r = navigate(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "trace")
        print("MEM " + json.dumps(r), flush=True)
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--big", type=Path, default=Path(tempfile.gettempdir()) / "g2000.nap")
    ap.add_argument("--commitments", type=int, default=2000)
    ap.add_argument("--commitments-visited", type=int, default=20)
    ap.add_argument("--no-trace", action="store_true", help="skip the tracemalloc run")
    args = ap.parse_args()
    if not args.big.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from generate import generate

        print(f"generating {args.big} ({args.commitments} commitments)…", flush=True)
        generate(args.big, args.commitments)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / args.big.name
        shutil.copyfile(args.big, copy)
        env = dict(
            os.environ,
            PYTHONPATH=str(SRC),
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            MATRIX_STATE_DIR=str(Path(tmp) / "state"),
        )
        for mode in ("plain",) if args.no_trace else ("plain", "trace"):
            command = [sys.executable, __file__, "--child", str(copy)]
            command += [str(args.commitments_visited), mode]
            out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
            line = next((x for x in out.stdout.splitlines() if x.startswith("MEM ")), None)
            if line is None:
                raise SystemExit(f"child failed:\n{out.stdout}\n{out.stderr}")
            r = json.loads(line.removeprefix("MEM "))
            if mode == "plain":
                print(
                    f"{args.big.name} ({r['commitments']} commitments) open, dashboard sorted "
                    f"by every column, quality panel, {args.commitments_visited} commitments "
                    f"opened on every tab: peak RSS {r['peak_mb']:.0f} MB (goal <= 300 MB); "
                    f"RSS before opening {r['before_mb']:.0f} MB, once loaded "
                    f"{r['opened_mb']:.0f} MB, at the end {r['end_mb']:.0f} MB "
                    f"(loaded in {r['opened_s']:.1f} s)"
                )
            else:
                print(
                    f"under tracemalloc: Python allocations peak {r['python_peak_mb']:.0f} MB, "
                    f"at the end {r['python_end_mb']:.0f} MB (peak RSS {r['peak_mb']:.0f} MB)"
                )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
