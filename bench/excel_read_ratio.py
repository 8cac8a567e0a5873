"""The import and its dry run against raw openpyxl read_only, in one process, in CPU time as
well as wall time (a shared machine makes wall time noisy; CPU time less so).

    PYTHONPATH=src python bench/excel_read_ratio.py WORKBOOK.xlsx [--repeat N]

``excel_bench.py`` makes the workbook (``--dir DIR`` keeps it as DIR/bench.xlsx). Each round
runs raw openpyxl read_only (values_only, every sheet), the dry run and the import into a new
project, and the best of each counts. Goals (issue 13): import <= 0.5x, dry run <= 0.3x.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from excel_bench import _raw_read


def _timed(fn) -> tuple[float, float]:
    t, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t, time.process_time() - c


def main() -> int:
    from matrix_app.services.excel.importing import import_workbook
    from matrix_app.services.project import Project

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("workbook", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    best: dict[str, tuple[float, float]] = {}

    def keep(key: str, got: tuple[float, float]) -> None:
        old = best.get(key)
        best[key] = (min(got[0], old[0]), min(got[1], old[1])) if old else got

    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            keep("raw", _timed(lambda: _raw_read(args.workbook)))
            for name, dry in (("dry", True), ("import", False)):
                with Project.new(Path(tmp) / f"{name}{i}.nap") as p:
                    keep(name, _timed(lambda p=p, dry=dry: import_workbook(p, args.workbook, dry)))
    raw_w, raw_c = best["raw"]
    print(f"raw openpyxl read_only: {raw_w:6.2f} s wall  {raw_c:6.2f} s cpu")
    for name, goal in (("import", 0.5), ("dry", 0.3)):
        w, c = best[name]
        print(f"{name:>6} / raw read_only = {w / raw_w:.2f}x wall, {c / raw_c:.2f}x cpu"
              f" (goal <= {goal})   {w:6.2f} s wall  {c:6.2f} s cpu")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
