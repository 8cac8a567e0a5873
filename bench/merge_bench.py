"""Merge benchmark: time grows with the number of changes, not with the project's size.

``python bench/merge_bench.py [--workdir DIR]`` generates (or reuses) projects of 500 and
2,000 commitments (bench/generate.py), copies each, changes a share of the copy's rows
through the Writer (one field per row: titles, narratives, indicator names, measurement
values), and times merging the copy back into the original, then merging it again.

Baseline, in the same process on a fresh copy of the original: plain sqlite3 doing the least
any merge must do - attach the other file, copy the journal entries it knows are new and
update the changed rows from it, in one transaction (it is told which rows changed; the
merge has to find out). ``(2000, 1%)`` and ``(500, 4%)`` change the same number of rows in
projects four times apart in size: equal times mean the cost follows the changes.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

from matrix_app.domain import models as m
from matrix_app.services.exchange import merge
from matrix_app.services.project import Project

#: (entity, field, new value maker) - what "changing a row" means here.
EDITS = {
    "commitment": ("title", lambda i: f"Edited commitment {i}"),
    "result": ("narrative", lambda i: f"Edited result {i}"),
    "indicator": ("name", lambda i: f"Edited indicator {i}"),
    "target": ("value", lambda i: 50.0 + i % 40),
    "measurement": ("value", lambda i: 10.0 + i % 80),
}


def base_project(workdir: Path, commitments: int) -> Path:
    path = workdir / f"base-{commitments}.nap"
    if not path.exists():
        t = time.perf_counter()
        generate(path, commitments)
        print(f"generated {path.name} in {time.perf_counter() - t:.1f} s")
    return path


def durable_copy(src: Path, dest: Path) -> None:
    """Copy and flush to disk, so the merge's own commit does not pay for the copy."""
    shutil.copyfile(src, dest)
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())


def edited_copy(base: Path, dest: Path, share: float, seed: int = 1) -> int:
    """Copy ``base`` and change ``share`` of its rows; returns the number of rows changed."""
    durable_copy(base, dest)
    rnd = random.Random(seed)
    with Project.open(dest, author="Agency") as p:
        with p.read() as s:
            ids = {
                table: [r[0] for r in s.connection().exec_driver_sql(f"SELECT id FROM {table}")]
                for table in EDITS
            }
        total = sum(len(v) for v in ids.values())
        changed = 0
        with p.write() as w:
            for table, rows in ids.items():
                name, value = EDITS[table]
                cls = m.ENTITIES[table]
                for i, row_id in enumerate(rnd.sample(rows, round(len(rows) * share))):
                    if w.update(cls, row_id, **{name: value(i)}):
                        changed += 1
    assert changed >= total * share * 0.9
    return changed


def run_case(workdir: Path, commitments: int, share: float) -> dict:
    base = base_project(workdir, commitments)
    ours = workdir / "ours.nap"
    theirs = workdir / "theirs.nap"
    durable_copy(base, ours)
    changed = edited_copy(base, theirs, share)
    with Project.open(ours, author="Coordinator") as p:
        with p.read() as s:
            entries = s.connection().exec_driver_sql("SELECT count(*) FROM journal").scalar()
        with open(theirs, "rb+") as fh:
            os.fsync(fh.fileno())
        t = time.perf_counter()
        summary = merge(p, theirs)
        first = time.perf_counter() - t
        t = time.perf_counter()
        again = merge(p, theirs)
        second = time.perf_counter() - t
    assert again.incoming == 0 and summary.incoming == changed
    raw = raw_baseline(base, theirs, workdir / "raw.nap")
    return {
        "commitments": commitments,
        "share": share,
        "rows_changed": changed,
        "journal_entries": entries,
        "merge_s": first,
        "again_s": second,
        "raw_s": raw,
    }


def raw_baseline(base: Path, theirs: Path, target: Path) -> float:
    """Seconds for plain sqlite3 to apply the other file's new entries and changed fields."""
    durable_copy(base, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("ATTACH DATABASE ? AS other", (str(theirs),))
    known = {r[0] for r in conn.execute("SELECT id FROM main.journal")}
    new = [  # told, not found: outside the timing
        r
        for r in conn.execute("SELECT id, entity, row_id, field FROM other.journal ORDER BY seq")
        if r[0] not in known
    ]
    conn.execute("DETACH DATABASE other")
    t = time.perf_counter()
    conn.execute("ATTACH DATABASE ? AS other", (str(theirs),))
    conn.execute("BEGIN IMMEDIATE")
    cols = [r[1] for r in conn.execute("PRAGMA main.table_info(journal)")]
    conn.executemany(
        f"INSERT INTO main.journal SELECT {', '.join(cols)} FROM other.journal WHERE id = ?",
        [(r[0],) for r in new],
    )
    for _id, entity, row_id, name in new:
        conn.execute(
            f"UPDATE main.{entity} SET {name} = (SELECT {name} FROM other.{entity} WHERE id = ?)"
            " WHERE id = ?",
            (row_id, row_id),
        )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t
    conn.close()
    target.unlink()
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--workdir", type=Path, default=Path("bench-out"))
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    cases = [(2000, 0.005), (2000, 0.01), (2000, 0.02), (500, 0.01), (500, 0.04)]
    print(
        f"{'commitments':>11} {'share':>6} {'rows changed':>12} {'journal':>8} "
        f"{'merge s':>8} {'ms/change':>9} {'again s':>8} {'raw s':>6} {'ratio':>6}"
    )
    for commitments, share in cases:
        r = run_case(args.workdir, commitments, share)
        print(
            f"{r['commitments']:>11} {r['share']:>6.1%} {r['rows_changed']:>12} "
            f"{r['journal_entries']:>8} {r['merge_s']:>8.3f} "
            f"{1000 * r['merge_s'] / r['rows_changed']:>9.3f} {r['again_s']:>8.3f} "
            f"{r['raw_s']:>6.3f} {r['merge_s'] / r['raw_s']:>5.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
