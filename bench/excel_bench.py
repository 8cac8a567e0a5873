"""Excel export/import against raw openpyxl on a generated project (prints numbers).

    PYTHONPATH=src python bench/excel_bench.py [--commitments 2000] [--dir DIR]

Generates 2,000 commitments / 20,000 indicators / 100,000 measurements (bench/generate.py),
then, each phase in its own process so that peak memory (ru_maxrss) is per phase:
  export      matrix-app's export (data sheets + one logframe sheet per commitment)
  raw_write   openpyxl write_only writing the same cell values to the same sheets
  import      import of that workbook into a new, empty project (all rows added, journaled)
  raw_read    openpyxl read_only iteration (values_only) over every sheet of that workbook
  raw_read_data  the same over the data sheets only (what the importer actually reads)
  import_dry  the same import as a dry run: reading and checking only, no writes
  reimport    dry-run import of the workbook onto the project it came from (all unchanged)
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase(name: str, d: Path) -> dict:
    from openpyxl import Workbook, load_workbook

    from matrix_app.services.excel.layout import table_of_sheet

    project_file, xlsx = d / "bench.nap", d / "bench.xlsx"
    if name == "export":
        from matrix_app.services.excel.export import export_workbook
        from matrix_app.services.project import Project

        with Project.open(project_file, read_only=True) as p:
            t = time.perf_counter()
            export_workbook(p, xlsx, "es")
            seconds = time.perf_counter() - t
    elif name == "raw_write":
        wb_in = load_workbook(xlsx, read_only=True)
        sheets = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb_in.worksheets]
        wb_in.close()
        t = time.perf_counter()
        wb = Workbook(write_only=True)
        for title, rows in sheets:
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
        wb.save(d / "raw.xlsx")
        seconds = time.perf_counter() - t
    elif name in ("raw_read", "raw_read_data"):
        t = time.perf_counter()
        wb = load_workbook(xlsx, read_only=True, data_only=True)
        n = 0
        for ws in wb.worksheets:
            if name == "raw_read_data" and table_of_sheet(ws.title) is None:
                continue
            for row in ws.iter_rows(values_only=True):
                n += len(row)
        wb.close()
        seconds = time.perf_counter() - t
    elif name in ("import", "import_dry", "reimport"):
        from matrix_app.services.excel.importing import import_workbook
        from matrix_app.services.project import Project

        target = d / "imported.nap"
        if name in ("import", "import_dry"):
            target.unlink(missing_ok=True)
            p = Project.new(target)
        else:
            p = Project.open(project_file)
        with p:
            t = time.perf_counter()
            report = import_workbook(p, xlsx, dry_run=name != "import")
            seconds = time.perf_counter() - t
        totals = report.totals().as_dict()
        return {"seconds": seconds, "peak_mb": _peak_mb(), "totals": totals}
    else:
        raise SystemExit(f"unknown phase {name}")
    return {"seconds": seconds, "peak_mb": _peak_mb()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--commitments", type=int, default=2000)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/matrix-excel-bench"))
    ap.add_argument("--phase", default=None)
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.phase:
        print(json.dumps(phase(args.phase, args.dir)))
        return 0
    sys.path.insert(0, str(HERE))
    from generate import generate

    nap = args.dir / "bench.nap"
    nap.unlink(missing_ok=True)
    t = time.perf_counter()
    generate(nap, args.commitments, indicators_per_commitment=10, measurements_per_indicator=5)
    print(f"generated {args.commitments} commitments in {time.perf_counter() - t:.1f} s")
    results = {}
    phases = (
        "export",
        "raw_write",
        "import",
        "import_dry",
        "raw_read",
        "raw_read_data",
        "reimport",
    )
    for name in phases:
        out = subprocess.run(
            [sys.executable, __file__, "--phase", name, "--dir", str(args.dir)],
            check=True,
            capture_output=True,
            text=True,
        )
        results[name] = json.loads(out.stdout.strip().splitlines()[-1])
        r = results[name]
        extra = f"  {r['totals']}" if "totals" in r else ""
        print(f"{name:>14}: {r['seconds']:7.2f} s   peak RSS {r['peak_mb']:7.0f} MB{extra}")
    size = (args.dir / "bench.xlsx").stat().st_size / 1e6
    ex, im = results["export"]["seconds"], results["import"]["seconds"]
    print(f"workbook: {size:.1f} MB")
    print(
        f"export / raw write_only          = {ex / results['raw_write']['seconds']:.2f}x (goal 1.3)"
    )
    print(
        f"import / raw read_only (all)     = {im / results['raw_read']['seconds']:.2f}x (goal 1.5)"
    )
    print(f"import / raw read_only (data)    = {im / results['raw_read_data']['seconds']:.2f}x")
    dry = results["import_dry"]["seconds"]
    print(f"read+check only / raw (data)     = {dry / results['raw_read_data']['seconds']:.2f}x")
    print(f"writing (journaled inserts)      = {im - dry:.2f} s of the {im:.2f} s import")
    print(
        f"re-import dry run / raw (data)   = "
        f"{results['reimport']['seconds'] / results['raw_read_data']['seconds']:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
