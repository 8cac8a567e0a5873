"""Merge: bring into this project every change made in another copy of it, losing nothing.

Design (an operation-log merge over the change journal; see docs/exchange.md):

* **What is new.** Every change is a journal entry with a UUID. The other file's *incoming*
  entries are those our journal lacks; our *local* entries are those the other file lacks.
  Together they are exactly "what each side did since the two last exchanged", whichever
  route (a package, a copy, a third file) the shared entries took - no watermark needed.
  Incoming entries are copied into our journal (same ids), so merging the same file again
  finds nothing new and changes nothing. Journal marks (storage/journal_marks.py) say up to
  which of its entries we already hold everything, so only the other file's entries after
  that point are read: the cost follows the number of changes, not the journal's length.
* **Rows, not replays.** Entries say *which* rows and fields changed; the values are read
  from the other file's tables (its current state), so a change that was later overwritten
  there, or settled in a conflict there, arrives as its final value. New rows are copied
  whole (same ids, timestamps, tombstones); evidence blobs are copied once per SHA-256.
* **Conflicts.** A field changed by both sides to different values is a *field conflict*.
  A delete (one journal batch: a row and everything under it) on one side is a *delete
  conflict* when the other side edited or restored a row of that batch, or has live rows
  under it that the deletion did not cover (added, restored or moved there). Both values
  are kept in the ``conflict`` table with who and when; nothing else waits for them.
* **Deterministic settlement.** Without ``prefer``, a field conflict provisionally takes the
  later change (journal time, then entry id: the same answer from either side) and a delete
  conflict keeps the rows (nothing anyone entered disappears); the conflict stays open for
  the user. ``prefer='ours'|'theirs'`` settles them at once. Either way, A merging B and B
  merging A, settled alike, end with the same ``content_digest``: values come from the
  tables, and a side that keeps rows the other deleted journals ``restore`` entries (one
  that accepts a deletion journals ``delete`` entries) so that the other side learns of it.
* **A kept batch keeps its parents.** A batch of the deleting side that deleted a parent of
  a row a kept batch holds is a conflict too (found to a fixed point), else the kept rows
  would follow their deleted parent and the keeper's edit would be lost.
* **A kept batch follows parents both deleted.** Keeping a deleted batch brings back only its
  rows whose parents stay live: a row whose parent the keeping side deleted too (or whose
  deletion is accepted) stays deleted - even one the deleting side had added just before.
  Its own side deleted it and both deleted its parent, so nothing anyone still wants is lost
  and no live row hangs under a deleted one; the rule reads both sides' changes only, so
  either direction settles alike (a conflict left with no row to keep is dropped).
* **Safety.** The other file is checked as opening checks it (older formats are upgraded in
  a temporary copy) and must carry our ``project_id``; everything is one transaction on
  this project with the other file attached read-only; Cancel or any error rolls back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlmodel import Session

from ...domain import models as m
from ...storage import journal_marks
from ...storage.content_check import (
    JOURNAL_ACTIONS,
    Problem,
    add_functions,
    structure_problems,
    value_problems,
)
from ...storage.errors import ProjectFileError, read_only_reason
from ..project import (
    PARENTS,
    Project,
    Writer,
    _translate_db_error,
)
from .conflicts import settle_open_from
from .errors import Cancelled, ExchangeError
from .merge_apply import ApplyChanges
from .merge_find import FindConflicts
from .merge_liveness import ApplyLiveness
from .merge_rows import Entry, Side, chunks, our_columns
from .merge_summary import EntityCounts, MergeSummary, conflict_json  # noqa: F401  (re-exported)
from .other import OtherFile, as_corrupt, readable_other

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]

#: Page cache while merging (negative: KiB): the changed rows sit on pages all over the file.
MERGE_CACHE_KIB = -65536


def merge(
    project: Project,
    other_path: Path | str,
    prefer: str | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> MergeSummary:
    """Merge the changes made in ``other_path`` into ``project`` (one transaction).

    ``prefer`` settles conflicts ("ours" or "theirs"), including ones left open by earlier
    merges of the same file; without it conflicts stay open (``MergeSummary.unresolved``).
    Raises ProjectFileError for a file opening would refuse, ExchangeError for a file of
    another project, Cancelled when ``cancel()`` turns true; the project is then unchanged.
    """
    if prefer not in (None, "ours", "theirs"):
        raise ExchangeError("bad_choice", choice=prefer)
    if project.read_only:
        raise ProjectFileError(
            "read_only", path=project.path, why=read_only_reason(project.read_only_why or "")
        )
    other_path = Path(other_path)
    with readable_other(other_path) as other:
        if other.project_id != project.project_id:
            title = project.meta("title") or project.path.name
            if other.title and other.title == title:
                raise ExchangeError(
                    "unrelated_same_title",
                    other=other_path,
                    title=title,
                    other_id=other.project_id[:8],
                    id=project.project_id[:8],
                )
            raise ExchangeError(
                "unrelated",
                other=other_path,
                other_title=other.title or other.project_id[:8],
                title=project.meta("title") or project.path.name,
            )
        if _same_file(other_path, project.path):
            raise ExchangeError("same_file", other=other_path)
        try:
            with _attached_writer(project, other.path) as (w, conn):
                summary = _Merger(w, conn, other, prefer, progress, cancel).run()
                if prefer is not None:
                    settle_open_from(w, other.instance_id, prefer)
                summary.open_conflicts = _open_count(conn, other.instance_id)
                _check_cancel(cancel)
        except (sqlite3.DatabaseError, sa_exc.DatabaseError) as exc:
            raise as_corrupt(exc, other_path) from exc
        except UnicodeDecodeError as exc:  # rolled back; text that is not UTF-8 is damage
            raise ProjectFileError(
                "corrupt", path=other_path, detail="text that is not UTF-8"
            ) from exc
    return summary


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _check_cancel(cancel: CancelFlag | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def _open_count(conn: sqlite3.Connection, instance: str) -> int:
    return conn.execute(
        "SELECT count(*) FROM main.conflict WHERE resolution IS NULL AND source_instance = ?",
        (instance,),
    ).fetchone()[0]


@contextlib.contextmanager
def _attached_writer(project: Project, other: Path) -> Iterator[tuple[Writer, sqlite3.Connection]]:
    """A Writer in one transaction whose connection also sees ``other`` read-only as ``other``."""
    uri = Path(other).resolve().as_uri() + "?mode=ro"
    try:
        with project.file.engine.connect() as conn:
            raw: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
            raw.execute("ATTACH DATABASE ? AS other", (uri,))
            cache = raw.execute("PRAGMA main.cache_size").fetchone()[0]
            raw.execute(f"PRAGMA main.cache_size={MERGE_CACHE_KIB}")
            try:
                with Session(bind=conn, expire_on_commit=False) as s, s.begin():
                    s.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                    w = Writer(s, project.author, project.file.instance_id)
                    yield w, raw
                    w.seal()
            finally:
                _detach(conn, raw, cache)
    except (sa_exc.OperationalError, sqlite3.OperationalError) as exc:
        raise _translate_db_error(project.path, exc) from exc
    except sa_exc.IntegrityError as exc:
        raise ProjectFileError("write_failed", path=project.path, detail=str(exc.orig)) from exc


def _detach(conn: Any, raw: sqlite3.Connection, cache: int) -> None:
    """Detach the other file whatever happened, so the next merge finds a clean connection:
    a COMMIT that failed leaves SQLite's transaction open, and DETACH fails inside one."""
    with contextlib.suppress(sqlite3.Error):
        if raw.in_transaction:
            raw.execute("ROLLBACK")
    try:
        raw.execute("DETACH DATABASE other")
        raw.execute(f"PRAGMA main.cache_size={int(cache)}")
    except sqlite3.Error:
        conn.invalidate()  # the pool drops this connection instead of reusing it


class _Merger(FindConflicts, ApplyChanges, ApplyLiveness):
    def __init__(
        self,
        w: Writer,
        conn: sqlite3.Connection,
        other: OtherFile,
        prefer: str | None,
        progress: Progress | None,
        cancel: CancelFlag | None,
    ) -> None:
        self.w, self.conn, self.other = w, conn, other
        add_functions(conn)
        self.prefer, self.progress, self.cancel = prefer, progress, cancel
        self.summary = MergeSummary(source=str(other.given), source_instance=other.instance_id)
        self._done = 0
        self._total = 9

    # -- plumbing --------------------------------------------------------------------------
    def step(self) -> None:
        _check_cancel(self.cancel)
        self._done += 1
        if self.progress:
            self.progress(min(self._done, self._total), self._total)

    def rows(self, db: str, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Whole rows of ``db.table`` by id (``db`` is "main" or "other")."""
        out: dict[str, dict[str, Any]] = {}
        names = our_columns(table)
        cols = ", ".join(names)
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            cur = self.conn.execute(
                f"SELECT {cols} FROM {db}.{m.ENTITIES[table].__tablename__} WHERE id IN ({marks})",
                chunk,
            )
            for values in cur.fetchall():
                rec = dict(zip(names, values, strict=True))
                out[rec["id"]] = rec
        return out

    def entries(self, sql: str, params: tuple = ()) -> list[Entry]:
        cols = "id, seq, at, author, entity, row_id, commitment_id, action, field, batch"
        return [Entry(*r) for r in self.conn.execute(sql.format(cols=cols), params)]

    # -- the merge -------------------------------------------------------------------------
    def run(self) -> MergeSummary:
        self.step()
        # Entries up to the other file's last journal mark we also hold are ours already:
        # only those after it are read (ids first, through the seq index and our primary key).
        verified = journal_marks.verified_marks(self.conn.execute)
        since = journal_marks.shared_seq(self.conn.execute, verified)
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS merge_new (id TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM temp.merge_new")
        self.conn.execute(
            "INSERT INTO temp.merge_new SELECT o.id FROM other.journal o WHERE o.seq > ? "
            "AND NOT EXISTS (SELECT 1 FROM main.journal j WHERE j.id = o.id)",
            (since,),
        )
        # Opening left the values of the other file unchecked: check what is taken from it.
        self._refuse(value_problems(self.conn.execute, {"journal"}, "other", only="merge_new"))
        incoming = self.entries(
            "SELECT {cols} FROM other.journal o WHERE o.id IN (SELECT id FROM temp.merge_new) "
            "ORDER BY o.seq, o.at, o.id"
        )
        self.conn.execute("DELETE FROM temp.merge_new")
        self.summary.incoming = len(incoming)
        if not incoming:
            journal_marks.record_other(self.conn.execute, verified)
            self._done = self._total - 1
            self.step()
            return self.summary
        self._check_entries(incoming)
        theirs = Side()
        for e in incoming:
            theirs.add(e)
        self.step()
        by_table: dict[str, list[str]] = {}
        for row_id, table in theirs.entity.items():
            by_table.setdefault(table, []).append(row_id)
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS merge_check (id TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM temp.merge_check")
        self.conn.executemany(
            "INSERT OR IGNORE INTO temp.merge_check VALUES (?)", [(r,) for r in theirs.entity]
        )
        self._refuse(
            value_problems(self.conn.execute, set(m.ENTITIES), "other", only="merge_check")
        )
        self.theirs_rows = {t: self.rows("other", t, ids) for t, ids in by_table.items()}
        self.ours_rows = {t: self.rows("main", t, ids) for t, ids in by_table.items()}
        # Rows ours may have deleted under incoming rows: their parents, as they are there.
        watched = set(theirs.entity)
        for table, recs in self.theirs_rows.items():
            for fk, _parent in PARENTS.get(table, []):
                watched.update(r[fk] for r in recs.values() if r.get(fk))
        ours = self._local(watched)
        self.step()
        conflicts = self._field_conflicts(theirs, ours)
        deletes = self._delete_conflicts(theirs, ours)
        self.step()
        self._copy_journal(incoming)
        self.step()
        self._copy_blobs()
        self._insert_new(by_table)
        self.step()
        self._apply_fields(theirs, ours, conflicts)
        self.step()
        self._apply_liveness(theirs, ours, deletes)
        self.step()
        self._store_conflicts(conflicts, deletes)
        # What arrived must leave the project as consistent as an edit would (parents that
        # exist, levels, commitments, no cycles, no id in two tables): else nothing merges.
        self.w.s.flush()
        self._refuse(structure_problems(self.conn.execute, "main", only="merge_check"))
        self.conn.execute("DELETE FROM temp.merge_check")
        journal_marks.record_other(self.conn.execute, verified)
        return self.summary

    def _refuse(self, problems: list[Problem]) -> None:
        if problems:
            raise ExchangeError("bad_rows", other=self.other.given, problems=problems)

    def _check_entries(self, incoming: list[Entry]) -> None:
        """Refuse entries about tables or fields that are not ours (opening the other file
        checked this in SQL; the merge builds statements from them, so it checks again)."""
        bad: list[Problem] = []
        for e in incoming:
            cls = m.ENTITIES.get(e.entity)
            if (
                cls is None
                or e.action not in JOURNAL_ACTIONS
                or (e.action == "update" and e.field not in m.content_fields(cls))
            ):
                bad.append(Problem("journal", e.id, "entity", "entity"))
        if bad:
            raise ExchangeError("bad_rows", other=self.other.given, problems=bad)

    def _local(self, watched: set[str]) -> Side:
        """Our entries on the watched rows that the other file does not have."""
        conn = self.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS merge_rows (row_id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.merge_rows")
        conn.executemany("INSERT INTO temp.merge_rows VALUES (?)", [(r,) for r in watched])
        local = self.entries(
            "SELECT {cols} FROM main.journal j WHERE j.row_id IN (SELECT row_id FROM "
            "temp.merge_rows) AND NOT EXISTS (SELECT 1 FROM other.journal o WHERE o.id = j.id) "
            "ORDER BY j.seq"
        )
        side = Side()
        for e in local:
            side.add(e)
        # A delete batch is one decision: load its other rows too.
        batches = {e.batch for e in side.intent.values() if e.action == "delete" and e.batch}
        if batches:
            marks = ",".join("?" * len(batches))
            more = self.entries(
                "SELECT {cols} FROM main.journal j WHERE j.batch IN (" + marks + ") "
                "AND j.action = 'delete' ORDER BY j.seq",
                tuple(batches),
            )
            for e in more:
                if e.row_id not in side.intent:
                    side.intent[e.row_id] = e
                    side.entity[e.row_id] = e.entity
        conn.execute("DELETE FROM temp.merge_rows")
        return side
