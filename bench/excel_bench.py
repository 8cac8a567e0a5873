"""Excel export/import against the raw libraries on a generated project (prints numbers).

    PYTHONPATH=src python bench/excel_bench.py [--commitments 2000] [--dir DIR] [--repeat N]

Generates 2,000 commitments / 20,000 indicators / 100,000 measurements (bench/generate.py),
then, each phase in its own process so that peak memory (ru_maxrss) is per phase:
  export      matrix-app's export (data sheets + one logframe sheet per commitment), then in
              the same process, on the same cells read back from that workbook:
              raw openpyxl write_only (ws.append of the values: what the export used to
              sit on) and raw xlsxwriter (write_string/number/datetime/boolean, defaults);
              with --repeat N the three alternate N times and the best of each counts
              (this machine is shared: wall time is noisy, CPU time less so)
  import      import of that workbook into a new, empty project (all rows added, journaled),
              and in the same process raw openpyxl read_only iteration (values_only) over
              every sheet of that workbook; with --repeat N they alternate N times, the
              best of each counts
  import_dry  the same import as a dry run (reading and checking only, no writes), beside
              the same raw read
  raw_read    openpyxl read_only iteration (values_only) over every sheet of that workbook
  raw_read_data  the same over the data sheets only (what the importer actually reads)
  reimport    dry-run import of the workbook onto the project it came from (all unchanged)
An import phase the importer refuses (say, more rows than it accepts) is reported as
refused and the run goes on. The import reads with python-calamine behind the bounds
pre-scan (services/excel/fast_read.py); openpyxl is the reference it is measured against.

Goals (issue 16): export <= 0.7x raw openpyxl write_only. Goals (issue 13): the whole
import <= 0.5x and the dry run <= 0.3x raw openpyxl read_only of the same workbook (all
sheets), measured in one process.
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


def _raw_openpyxl(sheets: list, out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)


def _raw_xlsxwriter(sheets: list, out: Path) -> None:
    import datetime as dt

    import xlsxwriter

    options = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}
    wb = xlsxwriter.Workbook(str(out), options)
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    for title, rows in sheets:
        ws = wb.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, str):
                    ws.write_string(r, c, v)
                elif isinstance(v, bool):
                    ws.write_boolean(r, c, v)
                elif isinstance(v, dt.datetime | dt.date):
                    ws.write_datetime(r, c, v, date)
                else:
                    ws.write_number(r, c, v)
    wb.close()


def _raw_read(xlsx: Path, data_only_sheets: bool = False) -> int:
    """openpyxl read_only over the workbook's sheets (values only): the reference read."""
    from openpyxl import load_workbook

    from matrix_app.services.excel.layout import table_of_sheet

    wb = load_workbook(xlsx, read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        if data_only_sheets and table_of_sheet(ws.title) is None:
            continue
        for row in ws.iter_rows(values_only=True):
            n += len(row)
    wb.close()
    return n


def phase(name: str, d: Path, repeat: int = 1) -> dict:
    from openpyxl import load_workbook

    project_file, xlsx = d / "bench.nap", d / "bench.xlsx"
    if name == "export":
        from matrix_app.services.excel.export import export_workbook
        from matrix_app.services.project import Project

        best: dict[str, tuple[float, float]] = {}
        peak = 0.0

        def keep(key: str, t: float, c: float) -> None:
            wall, cpu = time.perf_counter() - t, time.process_time() - c
            old = best.get(key)
            best[key] = (min(wall, old[0]), min(cpu, old[1])) if old else (wall, cpu)

        sheets = None
        for _ in range(repeat):
            with Project.open(project_file, read_only=True) as p:
                t, c = time.perf_counter(), time.process_time()
                export_workbook(p, xlsx, "es")
                keep("export", t, c)
            peak = peak or _peak_mb()
            if sheets is None:  # the same cells, as values (dates as datetimes)
                wb_in = load_workbook(xlsx, read_only=True)
                sheets = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb_in]
                wb_in.close()
            t, c = time.perf_counter(), time.process_time()
            _raw_openpyxl(sheets, d / "raw.xlsx")
            keep("raw_openpyxl", t, c)
            t, c = time.perf_counter(), time.process_time()
            _raw_xlsxwriter(sheets, d / "raw-xlsxwriter.xlsx")
            keep("raw_xlsxwriter", t, c)
        out = {k: {"seconds": w, "cpu": c} for k, (w, c) in best.items()}
        return {**out["export"], "peak_mb": peak, "raw": out}
    elif name in ("raw_read", "raw_read_data"):
        t = time.perf_counter()
        _raw_read(xlsx, data_only_sheets=name == "raw_read_data")
        seconds = time.perf_counter() - t
    elif name in ("import", "import_dry", "reimport"):
        from matrix_app.services.excel.errors import ExcelFileError
        from matrix_app.services.excel.importing import import_workbook
        from matrix_app.services.project import Project

        target = d / "imported.nap"
        best_import = best_raw = float("inf")
        peak = 0.0
        for _ in range(repeat if name != "reimport" else 1):
            if name in ("import", "import_dry"):
                target.unlink(missing_ok=True)
                p = Project.new(target)
            else:
                p = Project.open(project_file)
            with p:
                t = time.perf_counter()
                try:
                    report = import_workbook(p, xlsx, dry_run=name != "import")
                except ExcelFileError as exc:
                    return {"refused": str(exc), "peak_mb": _peak_mb()}
                best_import = min(best_import, time.perf_counter() - t)
            peak = peak or _peak_mb()  # the import's own peak, before the raw read
            if name != "reimport":
                t = time.perf_counter()
                _raw_read(xlsx)
                best_raw = min(best_raw, time.perf_counter() - t)
        totals = report.totals().as_dict()
        out = {"seconds": best_import, "peak_mb": peak, "totals": totals}
        if name != "reimport":
            out["raw_read"] = best_raw
        return out
    else:
        raise SystemExit(f"unknown phase {name}")
    return {"seconds": seconds, "peak_mb": _peak_mb()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--commitments", type=int, default=2000)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/matrix-excel-bench"))
    ap.add_argument("--phase", default=None)
    ap.add_argument("--repeat", type=int, default=1, help="rounds (best counts)")
    ap.add_argument(
        "--skip-export",
        action="store_true",
        help="reuse DIR's project and workbook (no generation, no export)",
    )
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.phase:
        print(json.dumps(phase(args.phase, args.dir, args.repeat)))
        return 0
    sys.path.insert(0, str(HERE))
    from generate import generate

    nap = args.dir / "bench.nap"
    if not (args.skip_export and (args.dir / "bench.xlsx").exists()):
        nap.unlink(missing_ok=True)
        t = time.perf_counter()
        generate(nap, args.commitments, indicators_per_commitment=10, measurements_per_indicator=5)
        print(f"generated {args.commitments} commitments in {time.perf_counter() - t:.1f} s")
    results = {}
    phases = ("export", "import", "import_dry", "raw_read", "raw_read_data", "reimport")
    if args.skip_export and (args.dir / "bench.xlsx").exists():
        phases = phases[1:]
    for name in phases:
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--phase",
                name,
                "--dir",
                str(args.dir),
                "--repeat",
                str(args.repeat),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        results[name] = r = json.loads(out.stdout.strip().splitlines()[-1])
        if "refused" in r:
            print(f"{name:>14}: refused: {r['refused']}")
            continue
        extra = f"  {r['totals']}" if "totals" in r else ""
        cpu = f"  cpu {r['cpu']:6.2f} s" if "cpu" in r else ""
        print(f"{name:>14}: {r['seconds']:7.2f} s{cpu}   peak RSS {r['peak_mb']:7.0f} MB{extra}")
        for raw, v in r.get("raw", {}).items():
            if raw != "export":
                print(f"{raw:>14}: {v['seconds']:7.2f} s  cpu {v['cpu']:6.2f} s   (same cells)")
    size = (args.dir / "bench.xlsx").stat().st_size / 1e6
    print(f"workbook: {size:.1f} MB")
    if "export" in results:
        raw = results["export"]["raw"]
        ex, op, xw = raw["export"], raw["raw_openpyxl"], raw["raw_xlsxwriter"]
        print(
            f"export / raw openpyxl write_only = {ex['seconds'] / op['seconds']:.2f}x (goal <= 0.7)"
            f"   cpu {ex['cpu'] / op['cpu']:.2f}x"
        )
        print(
            f"export / raw xlsxwriter          = {ex['seconds'] / xw['seconds']:.2f}x (reference)"
            f"   cpu {ex['cpu'] / xw['cpu']:.2f}x"
        )
    if any("refused" in results[k] for k in ("import", "raw_read", "raw_read_data")):
        return 0
    im, im_raw = results["import"]["seconds"], results["import"]["raw_read"]
    print(
        f"import / raw read_only (all, same process)  = {im / im_raw:.2f}x (goal <= 0.5)"
        f"   {im:.2f} s / {im_raw:.2f} s"
    )
    print(
        f"import / raw read_only (data, own process) = {im / results['raw_read_data']['seconds']:.2f}x"
    )
    if "refused" not in results["import_dry"]:
        dry, dry_raw = results["import_dry"]["seconds"], results["import_dry"]["raw_read"]
        print(
            f"dry run / raw read_only (all, same process) = {dry / dry_raw:.2f}x (goal <= 0.3)"
            f"   {dry:.2f} s / {dry_raw:.2f} s"
        )
        print(f"writing (journaled inserts)      = {im - dry:.2f} s of the {im:.2f} s import")
    if "refused" not in results["reimport"]:
        print(
            f"re-import dry run / raw (data)   = "
            f"{results['reimport']['seconds'] / results['raw_read_data']['seconds']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
