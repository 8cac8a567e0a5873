"""After a write that failed: make SQLite finish the rollback, check the file, say what state it is in.

A transaction that fails half-way on a full disk (or a pulled USB stick, or a folder that
turned read-only) may already have written some of its pages into the project file: SQLite
spills its page cache into the file once a transaction outgrows it, and keeps the original
pages in the rollback journal (``NAME.nap-journal``). When the write then fails, SQLite's
connection goes into an error state and leaves the journal "hot": the file alone is
half-changed, and only the next connection that reads it plays the journal back. The command
line used to exit right there, so the ``.nap`` people e-mail was damaged and the message
said "the file is as it was".

``settle_failed_write`` runs right after the failed transaction has ended, while this process
can still write the file: it closes the engine's idle connections (so no stale lock or pager
state is left), opens a fresh read-write connection whose first read plays back a hot journal
(the journal only needs reading, and the file shrinks back, so this works on a full disk),
then checks the result - no journal left, ``integrity_check`` ok, and the file's fingerprint
(size, page count, free pages, last journal entry and journal mark) the same as when the
transaction began. Only then is the file "as it was".

The fingerprint is read through SQLite, never by opening the file with ``open()``: closing
any descriptor of a database releases every POSIX lock this process holds on it, including
the locks of other connections (SQLite's "how to corrupt" list).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from .errors import ProjectFileError

#: The first bytes of a rollback journal that still holds pages to play back.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

AS_BEFORE = "as_before"  # verified: the file is exactly at its state before the write
PENDING = "pending"  # the rollback journal could not be played back yet: keep it beside
DAMAGED = "damaged"  # integrity_check fails
CHANGED = "changed"  # healthy, but not the state the write started from
UNREACHABLE = "unreachable"  # the file (or its disk) cannot be read any more


@dataclass(frozen=True)
class FileState:
    """What identifies the committed state of a project file, read through SQLite."""

    size: int
    page_count: int
    freelist: int
    journal_seq: int
    mark: str


@dataclass(frozen=True)
class Aftermath:
    state: str
    journal: Path
    detail: str = ""

    @property
    def as_before(self) -> bool:
        return self.state == AS_BEFORE


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def state_in(execute: Any, path: Path) -> FileState:
    """The fingerprint, read with ``execute`` (a sqlite3 ``execute`` or SQLAlchemy's
    ``exec_driver_sql``) inside a transaction that has not written yet, or after one."""

    def one(sql: str) -> Any:
        row = execute(sql).fetchone()
        return row[0] if row else None

    mark = ""
    with contextlib.suppress(sqlite3.Error):
        # Every write transaction appends its own mark (storage/journal_marks.py); the
        # (own, seq) index makes this one lookup.
        mark = one(
            "SELECT chain || ':' || seq FROM journal_mark WHERE own = 1 ORDER BY seq DESC LIMIT 1"
        )
    return FileState(
        size=os.stat(path).st_size,
        page_count=int(one("PRAGMA page_count") or 0),
        freelist=int(one("PRAGMA freelist_count") or 0),
        journal_seq=int(one("SELECT coalesce(max(seq), 0) FROM journal") or 0),
        mark=mark or "",
    )


def _journal_is_hot(journal: Path) -> bool:
    """A journal with pages still to play back (a deleted, empty or zeroed one is not)."""
    try:
        if journal.stat().st_size == 0:
            return False
        # The journal is not the database: reading it cannot drop the database's locks.
        with open(journal, "rb") as fh:
            return fh.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, timeout=5)
    conn.isolation_level = None
    return conn


def settle_failed_write(
    path: Path, before: FileState | None, engine: Engine | None = None
) -> Aftermath:
    """Finish the rollback of a failed write on ``path`` and report the file's state.

    Call it after the failed transaction has ended (its session closed). ``before`` is the
    fingerprint taken when the transaction began (None: unknown, then "as before" means
    "healthy, nothing left half-done").
    """
    path = Path(path)
    journal = journal_of(path)
    if engine is not None:
        engine.dispose()  # idle connections in SQLite's error state hold nothing we need
    if not path.exists():
        return Aftermath(UNREACHABLE, journal)
    try:
        conn = _connect(path, read_only=False)
    except sqlite3.Error as exc:
        conn = None
        rw_error = str(exc)
    else:
        rw_error = ""
    try:
        if conn is not None:
            try:
                # The first read of a connection that may write plays a hot journal back.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.Error as exc:
                rw_error = str(exc)
    finally:
        if conn is not None:
            conn.close()
    if _journal_is_hot(journal):
        return Aftermath(PENDING, journal, rw_error)
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        return Aftermath(UNREACHABLE, journal, str(exc))
    try:
        try:
            rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
        except sqlite3.DatabaseError as exc:
            text = str(exc).lower()
            if "disk i/o" in text or "unable to open" in text:  # a disk that went away
                return Aftermath(UNREACHABLE, journal, str(exc))
            return Aftermath(DAMAGED, journal, str(exc))
        if rows != [("ok",)]:
            return Aftermath(DAMAGED, journal, str(rows[0][0])[:120])
        if before is not None:
            try:
                conn.execute("BEGIN")
                now = state_in(conn.execute, path)
            except (sqlite3.Error, OSError) as exc:
                return Aftermath(UNREACHABLE, journal, str(exc))
            finally:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if now != before:
                return Aftermath(CHANGED, journal)
    finally:
        conn.close()
    return Aftermath(AS_BEFORE, journal)


def truthful_error(error: ProjectFileError, aftermath: Aftermath) -> ProjectFileError:
    """``error`` itself when the file is verified as it was (its sentence says so), else the
    sentence for the state the file is really in."""
    if aftermath.as_before:
        return error
    cause = error.code if error.code in ("disk_full", "read_only") else "other"
    return ProjectFileError(
        f"write_{aftermath.state}",
        path=error.params.get("path", ""),
        journal=aftermath.journal.name,
        cause_code=cause,
        detail=error.params.get("detail", "") or error.code,
        check=aftermath.detail or "integrity_check",
    )
