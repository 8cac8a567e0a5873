"""The parent side of the crash harness: start the driver, SIGKILL it, check what is left.

A *session* is one project file edited by a chain of driver processes; each is killed at a
random moment and the next one starts on what the previous one left (so opening a file a
crash left behind - with its hot journal - is part of what is tested). After every kill the
file and every copy it made are checked against the acknowledgements the driver printed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from crash_driver import INSTITUTION, batch_size
from figures import record

from matrix_app.domain import models as m
from matrix_app.services.project import Project

DRIVER = Path(__file__).with_name("crash_driver.py")
#: Operations that write many rows tagged "<prefix><n>" in one transaction.
TAGGED = {"batch": "batch-", "import": "imp-", "merge": "merge-"}
SRC = Path(__file__).resolve().parents[2] / "src"


@dataclass
class Figures:
    kills: int = 0
    killed_before_ready: int = 0
    killed_mid_operation: int = 0
    files_checked: int = 0
    copies_checked: int = 0
    edits_acknowledged: int = 0
    edits_verified: int = 0
    journals_left_by_kill: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)  # acknowledged, per operation
    killed_during: dict[str, int] = field(default_factory=dict)  # kind of the cut operation

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass
class Ledger:
    """What the driver processes said they did, across every run on one file."""

    acked: dict[int, tuple[str, dict]] = field(default_factory=dict)
    tried: dict[int, str] = field(default_factory=dict)
    copy_basis: dict[int, set[int]] = field(default_factory=dict)  # copy n -> ops acked before
    copies_done: set[int] = field(default_factory=set)  # copies already checked and removed

    def next_op(self) -> int:
        return max(self.tried, default=0) + 1


def make_project(path: Path) -> None:
    with Project.new(path, title="Crash test") as p:
        plan = p.create(m.ActionPlan, title="Crash test plan")
        c = p.create(m.Commitment, plan_id=plan.id, code="1", title="title-0")
        inst = p.create(m.Institution, name=INSTITUTION, kind="ministry")
        p.create(m.CommitmentInstitution, commitment_id=c.id, institution_id=inst.id, role="lead")
        purpose = p.create(m.Result, commitment_id=c.id, level="purpose", narrative="purpose")
        ind = p.create(m.Indicator, result_id=purpose.id, name="indicator", unit="%")
        p.create(m.Target, indicator_id=ind.id, due_date="2016-06-30", value=0)


def run_and_kill(path: Path, copies: Path, ledger: Ledger, rnd: random.Random, figures: Figures):
    """Start a driver, kill it at a random moment, and record its acknowledgements."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "MATRIX_AUTHOR": "crash driver"}
    proc = subprocess.Popen(
        [
            sys.executable,
            str(DRIVER),
            str(path),
            str(copies),
            str(ledger.next_op()),
            str(rnd.getrandbits(31)),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: list[str] = []
    ready = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                ready.set()

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    if rnd.random() < 0.1:
        # Kill while the driver is still starting: opening (and recovering) the file.
        time.sleep(rnd.uniform(0.05, 0.6))
    else:
        if not ready.wait(60):
            proc.kill()
            raise AssertionError(
                f"driver did not start: {proc.stderr.read() if proc.stderr else ''}"
            )
        time.sleep(rnd.uniform(0.0, 1.5))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    t.join(10)
    err = proc.stderr.read() if proc.stderr else ""
    proc.stderr.close() if proc.stderr else None
    assert proc.returncode == -signal.SIGKILL, f"driver ended by itself ({proc.returncode}): {err}"
    figures.kills += 1
    if not any(line.startswith("READY") for line in lines):
        figures.killed_before_ready += 1
    last_try = None
    for line in lines:
        parts = line.split(" ", 3)
        if parts[0] == "TRY":
            n = int(parts[1])
            ledger.tried[n] = parts[2]
            if parts[2] == "copy":
                ledger.copy_basis[n] = set(ledger.acked)
            last_try = n
        elif parts[0] == "ACK":
            n = int(parts[1])
            ledger.acked[n] = (parts[2], json.loads(parts[3]))
            figures.edits_acknowledged += 1
            figures.by_kind[parts[2]] = figures.by_kind.get(parts[2], 0) + 1
    if last_try is not None and last_try not in ledger.acked:
        figures.killed_mid_operation += 1
        kind = ledger.tried[last_try]
        figures.killed_during[kind] = figures.killed_during.get(kind, 0) + 1


def _live(conn: sqlite3.Connection, sql: str, *args: object) -> list[tuple]:
    return conn.execute(sql, args).fetchall()


def check_database(db: Path, ledger: Ledger, only: set[int] | None = None) -> int:
    """Check one file against the ledger; returns how many acknowledged edits were verified.

    ``only``: the acknowledged operations the file must hold (a copy holds those acknowledged
    before it began); by default all of them.
    """
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], db
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], db
        must = set(ledger.acked) if only is None else only
        verified = 0
        acked_titles = [n for n in must if ledger.acked[n][0] == "retitle"]
        for n in sorted(must):
            kind, data = ledger.acked[n]
            if kind == "measure":
                row = _live(conn, "SELECT value, comment FROM measurement WHERE id=?", data["id"])
                assert row == [(data["value"], data["comment"])], (db, n, row)
            elif kind == "delete" and "deleted" in data:
                row = _live(conn, "SELECT deleted_at FROM measurement WHERE id=?", data["deleted"])
                assert row and row[0][0] is not None, (db, n, "delete lost")
            elif kind in TAGGED:
                count = _live(conn, "SELECT count(*) FROM measurement WHERE comment=?", data["tag"])
                assert count == [(data["measurements"],)], (db, n, count)
                if kind == "batch":
                    out = _live(conn, "SELECT narrative FROM result WHERE id=?", data["output"])
                    assert out == [(data["tag"],)], (db, n)
                if kind == "import":
                    c = _live(conn, "SELECT code FROM commitment WHERE id=?", data["commitment"])
                    assert c == [(data["tag"],)], (db, n)
            elif kind == "revise":
                row = _live(
                    conn, "SELECT count(*) FROM target_revision WHERE reason=?", data["reason"]
                )
                assert row == [(1,)], (db, n, row)
            elif kind == "copy":
                pass  # checked by check_copies
            verified += 1
        # The commitment title is the last acknowledged one, or one tried after it.
        last = max(acked_titles, default=0)
        allowed = {f"title-{last}"} | {
            f"title-{n}" for n, k in ledger.tried.items() if k == "retitle" and n > last
        }
        title = _live(conn, "SELECT title FROM commitment")[0][0]
        assert title in allowed, (db, title, sorted(allowed))
        # All-or-nothing: a batch, import or merge that was tried is complete or absent.
        for n, kind in ledger.tried.items():
            if kind not in TAGGED:
                continue
            tag = f"{TAGGED[kind]}{n}"
            size = batch_size(n) if kind == "batch" else batch_size(n) // 4
            rows = _live(conn, "SELECT count(*) FROM measurement WHERE comment=?", tag)[0][0]
            must_have = n in ledger.acked and n in must
            assert rows in ((size,) if must_have else (0, size)), (db, tag, rows, "half done")
            if kind == "batch":
                outputs = _live(conn, "SELECT count(*) FROM result WHERE narrative=?", tag)[0][0]
                assert outputs == (1 if rows else 0), (db, tag, outputs, rows)
            if kind == "import":
                codes = _live(conn, "SELECT count(*) FROM commitment WHERE code=?", tag)[0][0]
                assert codes == (1 if rows else 0), (db, tag, codes, rows)
        # Rows and their journal were written together: every row has its create entry.
        for table in ("measurement", "result", "target_revision"):
            orphans = _live(
                conn,
                f"SELECT count(*) FROM {table} WHERE id NOT IN "
                "(SELECT row_id FROM journal WHERE action='create')",
            )[0][0]
            assert orphans == 0, (db, table, "rows without journal")
        ghosts = _live(
            conn,
            "SELECT count(*) FROM journal j WHERE action='create' AND entity='measurement' "
            "AND NOT EXISTS (SELECT 1 FROM measurement x WHERE x.id=j.row_id)",
        )[0][0]
        assert ghosts == 0, (db, "journal without rows")
        return verified
    finally:
        conn.close()


def check_after_kill(path: Path, copies: Path, ledger: Ledger, figures: Figures, read_only: bool):
    """The file opens (as the app or as ``info`` would), is intact and holds every ack."""
    journal = Path(f"{path}-journal")
    if journal.exists() and journal.stat().st_size > 0:
        figures.journals_left_by_kill += 1
    with Project.open(path, read_only=read_only) as project:
        assert project.rows(m.Commitment), "project has lost its commitment"
    figures.files_checked += 1
    figures.edits_verified += check_database(path, ledger)
    for n, kind in ledger.tried.items():
        if kind != "copy" or n in ledger.copies_done:
            continue
        copy = copies / f"copy-{n}.nap"
        if n in ledger.acked:
            assert copy.exists(), f"acknowledged copy {copy.name} is missing"
        if not copy.exists():
            continue  # the copy was cut short: the atomic rename never happened
        with Project.open(copy, read_only=True) as other:
            assert other.project_id
        figures.edits_verified += check_database(copy, ledger, only=ledger.copy_basis[n])
        figures.copies_checked += 1
        ledger.copies_done.add(n)
        copy.unlink()  # checked once; keeps a long run's disk use small
    for stale in copies.glob(".matrix-*"):
        stale.unlink()  # the temporary file of a copy or package that was killed
    for stale in copies.glob("package-*.nap"):
        stale.unlink()  # a package whose merge was killed
    for stale in copies.glob("import-*"):
        shutil.rmtree(stale)  # the source workbook of an import that was killed


def run_sessions(folder: Path, kills: int, per_session: int, seed: int) -> Figures:
    rnd = random.Random(seed)
    figures = Figures()
    session = 0
    while figures.kills < kills:
        session += 1
        path = folder / f"session-{session}.nap"
        copies = folder / f"copies-{session}"
        copies.mkdir()
        make_project(path)
        ledger = Ledger()
        for i in range(min(per_session, kills - figures.kills)):
            run_and_kill(path, copies, ledger, rnd, figures)
            check_after_kill(path, copies, ledger, figures, read_only=bool(i % 2))
        path.unlink()
    return figures


def write_figures(name: str, figures: Figures, seconds: float, tmp_path: Path) -> Path:
    """Write the run's figures (``figures.record``: tmp_path unless MATRIX_FIGURES is set)."""
    return record(name, {**figures.as_dict(), "seconds": round(seconds, 1)}, tmp_path)
