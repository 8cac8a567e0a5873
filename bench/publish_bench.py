"""Publish benchmark: the static site + open data of generated projects (default 500 and 2000
commitments, both languages), printing wall and CPU seconds, pages, files and size, the
time to publish again unchanged (wall and CPU, pages built again), and the ratio of the largest
to the smallest time (linear growth: at most 1.1x the ratio of sizes). Goals beside: 2000
commitments in under 10 s, publishing again unchanged in a few seconds (under 3 s).

``python bench/publish_bench.py [--sizes 500 2000] [--project FILE.nap]``

What the profile showed (py-spy and cProfile, 2000 commitments, first publication, Dec 2026:
18.4 s wall, 15.9 s CPU): building the commitment pages' dicts 7.8 s CPU (indicators: chart
SVGs 30 %, number and date formatting 25 %, fixed texts looked up per use), rendering them
4.9 s (markupsafe's ``escape`` building a ``Markup`` object per printed value: 15 % of the
whole run; a template function call per fixed text), writing 4,400 files 1.9 s, loading the
snapshot 1.3 s, the open data 1.1 s. Changed: values, dates, labels and texts formatted once
per language; indicator chart geometry, measurements and chart tables once per publication;
templates read fixed texts from a dict; the output escape is markupsafe's escaping without the
``Markup`` wrapper. Measured on the same machine: views 7.8 -> 5.9 s CPU, rendering 4.9 ->
1.9 s CPU, pages byte-identical. Loading and writing files were left as they are.
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
from matrix_app.services.publish import PublishOptions, publish_site

GOAL_FIRST = 10.0  # seconds for 2000 commitments (scaled linearly for other sizes)
GOAL_AGAIN = 3.0


def run(nap: Path, out: Path) -> tuple[float, float, object]:
    with Project.open(nap, read_only=True) as project:
        t, cpu = time.perf_counter(), time.process_time()
        result = publish_site(project, out, PublishOptions(when=dt.date(2015, 9, 30)))
        return time.perf_counter() - t, time.process_time() - cpu, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    ap.add_argument("--project", type=Path, help="publish this project instead")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jobs = [(args.project, args.project.stem)] if args.project else []
        for n in [] if args.project else args.sizes:
            jobs.append((generate(folder / f"p{n}.nap", n, journal=True), f"{n} commitments"))
        for nap, name in jobs:
            out = folder / f"site-{nap.stem}"
            seconds, cpu, r = run(nap, out)
            again, again_cpu, r2 = run(nap, out)
            goal = GOAL_FIRST * r.commitments / 2000
            goal_again = GOAL_AGAIN * r.commitments / 2000
            print(
                f"{name:>18}: {seconds:6.2f} s ({cpu:6.2f} s CPU; goal {goal:.1f} s)  "
                f"{r.pages:>5} pages  {r.files:>5} files  {r.size / 1e6:6.1f} MB;  "
                f"again unchanged: {again:5.2f} s ({again_cpu:5.2f} s CPU; goal "
                f"{goal_again:.1f} s, {r2.written} written)",
                flush=True,
            )
            rows.append((r.commitments, seconds, cpu))
    if len(rows) > 1:
        (n0, s0, c0), (n1, s1, c1) = rows[0], rows[-1]
        print(
            f"time {n1} / time {n0} = {s1 / s0:.1f}x wall, {c1 / c0:.1f}x CPU "
            f"for {n1 / n0:.0f}x the commitments (limit {1.1 * n1 / n0:.1f}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
