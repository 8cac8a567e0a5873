"""Report benchmark: PDF reports of generated plans of 90, 450 and 900 commitments.

``python bench/report_bench.py [--sizes 90 450 900] [--lang es] [--format pdf|docx]`` prints, per plan, the seconds
to build the report (loading the plan included; wall clock and CPU, since a busy machine
inflates wall time), its pages, seconds per 100 pages, and the
ratio of the largest to the smallest time (linear growth: 900 at most 11x the time of 90).

Profile of 90 commitments (issue 16; cProfile and py-spy, Dec 2026). Before: reportlab's
markup parser for every Paragraph (18,400 of them, most plain text; 15% with cProfile),
its whitespace cleaner (5% in py-spy), paragraphs wrapped again when a table draws them
(40,000 line breakings; now 18,800), the cycle collector walking the story while it
was built (5%), and the indicator charts (900: 12%, markers and legend drawn one by one).
After (``services/report/para.py``, ``charts.py``, ``builder.py``) the top is reportlab's
own drawing and line breaking: ``Table._drawCell`` and ``Paragraph.drawPara``,
``breakLines``, ``ttfonts.splitString``/``textobject._formatText`` (text encoding) and
``fp_str``. Tried and left out: one pass with the page total and the contents' numbers
as PDF forms written at the end saved nothing measurable (the output pass reuses the
layout pass's wraps) and made the file 15% larger.

Re-profile (branch ``pdf``, 3 Dec 2026 07:39 UTC, load 1.2-1.7, cProfile tottime, 90
commitments): ``ttfonts.splitString`` 0.56 s (33,100 calls), ``breakLines`` 0.53 s
(18,800), ``_rl_accel.fp_str`` 0.42 s (182,600), ``drawPara`` 0.36 s,
``textobject._formatText`` 0.34 s, ``canvas.push_state_stack`` 0.32 s (42,800: the
graphics-state save/restore), ``instanceStringWidthTTF`` 0.27 s, ``tables._listCellGeom``
0.25 s, ``Table._drawCell`` 0.20 s (4.9 s cumulative), ``abag.clone`` 0.19 s. Measured
without the profiler on main at the same time: 90 commitments 1.50 s CPU/100 pages
(4.19 s CPU, 279 pages), 900 commitments 1.81 s CPU/100 pages (50.0 s CPU, 2,765 pages),
well above the README's 0.83-0.85; the 0.8 s goal is not met and none of the ideas
(state stack, fast plain-text line breaking, draw-free layout pass, direct drawOn,
splitString) is implemented yet.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

from matrix_app.services.project import Project
from matrix_app.services.report import ReportOptions, write_report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[90, 450, 900])
    ap.add_argument("--lang", default="es", choices=("es", "en"))
    ap.add_argument("--format", default="pdf", choices=("pdf", "docx"))
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in args.sizes:
            nap = generate(folder / f"plan-{n}.nap", n, journal=False)
            with Project.open(nap, read_only=True) as project:
                t, cpu = time.perf_counter(), time.process_time()
                result = write_report(
                    project,
                    folder / f"report-{n}.{args.format}",
                    ReportOptions(lang=args.lang, when=dt.date(2015, 9, 30)),
                )
                seconds = time.perf_counter() - t
                cpu = time.process_time() - cpu
            rows.append((n, seconds, cpu))
            if args.format == "docx":  # Word lays out the pages itself: no page count here
                print(
                    f"{n:>5} commitments: {seconds:7.2f} s ({cpu:6.2f} s CPU)  "
                    f"{seconds / n * 100:5.2f} s/100 commitments  {result.size / 1e6:6.1f} MB",
                    flush=True,
                )
                continue
            per100 = seconds / result.pages * 100
            print(
                f"{n:>5} commitments: {seconds:7.2f} s ({cpu:6.2f} s CPU)  {result.pages:>5} pages  "
                f"{per100:5.2f} s/100 pages ({cpu / result.pages * 100:4.2f} CPU)  "
                f"{result.passes} passes  "
                f"{result.size / 1e6:6.1f} MB",
                flush=True,
            )
    if len(rows) > 1:
        (n0, s0, c0), (n1, s1, c1) = rows[0], rows[-1]
        print(
            f"time {n1} / time {n0} = {s1 / s0:.1f}x wall, {c1 / c0:.1f}x CPU "
            f"for {n1 / n0:.0f}x the commitments (limit {1.1 * n1 / n0:.0f}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
