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
  import      import of that workbook into a new, empty project (all rows added, journaled)
  raw_read    openpyxl read_only iteration (values_only) over every sheet of that workbook
  raw_read_data  the same over the data sheets only (what the importer actually reads)
  import_dry  the same import as a dry run: reading and checking only, no writes
  reimport    dry-run import of the workbook onto the project it came from (all unchanged)
An import phase the importer refuses (say, more sheets than it accepts) is reported as
refused and the run goes on.

Goals (issue 16): export <= 0.7x raw openpyxl write_only; import <= 1.5x raw read_only.
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


def phase(name: str, d: Path, repeat: int = 1) -> dict:
    from openpyxl import load_workbook

    from matrix_app.services.excel.layout import table_of_sheet

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
            from matrix_app.services.excel.errors import ExcelFileError

            t = time.perf_counter()
            try:
                report = import_workbook(p, xlsx, dry_run=name != "import")
            except ExcelFileError as exc:
                return {"refused": str(exc), "peak_mb": _peak_mb()}
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
    ap.add_argument("--repeat", type=int, default=1, help="export rounds (best counts)")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.phase:
        print(json.dumps(phase(args.phase, args.dir, args.repeat)))
        return 0
    sys.path.insert(0, str(HERE))
    from generate import generate

    nap = args.dir / "bench.nap"
    nap.unlink(missing_ok=True)
    t = time.perf_counter()
    generate(nap, args.commitments, indicators_per_commitment=10, measurements_per_indicator=5)
    print(f"generated {args.commitments} commitments in {time.perf_counter() - t:.1f} s")
    results = {}
    phases = ("export", "import", "import_dry", "raw_read", "raw_read_data", "reimport")
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
    im = results["import"]["seconds"]
    print(
        f"import / raw read_only (all)     = {im / results['raw_read']['seconds']:.2f}x (goal 1.5)"
    )
    print(f"import / raw read_only (data)    = {im / results['raw_read_data']['seconds']:.2f}x")
    if "refused" not in results["import_dry"]:
        dry = results["import_dry"]["seconds"]
        print(
            f"read+check only / raw (data)     = {dry / results['raw_read_data']['seconds']:.2f}x"
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
