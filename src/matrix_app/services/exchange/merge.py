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
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlmodel import Session, SQLModel

from ...domain import limits
from ...domain import models as m
from ...domain.models import utc_now
from ...storage import journal_marks
from ...storage.content_check import (
    JOURNAL_ACTIONS,
    Problem,
    structure_problems,
    value_problems,
)
from ...storage.errors import ProjectFileError, read_only_reason
from ..project import (
    CHILDREN,
    JOURNAL_COLUMNS,
    PARENTS,
    Project,
    Writer,
    _translate_db_error,
)
from .conflicts import settle_open_from
from .errors import Cancelled, ExchangeError
from .other import OtherFile, as_corrupt, readable_other

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]

#: Page cache while merging (negative: KiB): the changed rows sit on pages all over the file.
MERGE_CACHE_KIB = -65536


@dataclass
class EntityCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    restored: int = 0
    conflicts: int = 0

    def total(self) -> int:
        return self.added + self.updated + self.deleted + self.restored + self.conflicts


@dataclass
class MergeSummary:
    """What a merge did, per entity, and the conflicts it found (JSON-able via ``to_json``)."""

    source: str
    source_instance: str = ""
    incoming: int = 0
    entities: dict[str, EntityCounts] = field(default_factory=dict)
    blobs_added: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    open_conflicts: int = 0

    def count(self, entity: str) -> EntityCounts:
        return self.entities.setdefault(entity, EntityCounts())

    @property
    def unresolved(self) -> bool:
        return self.open_conflicts > 0

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "incoming_changes": self.incoming,
            "entities": {k: vars(v) for k, v in sorted(self.entities.items()) if v.total()},
            "blobs_added": self.blobs_added,
            "conflicts": self.conflicts,
            "open_conflicts": self.open_conflicts,
        }


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


def _columns(table: str) -> tuple[str, ...]:
    """Our own column names of one of our tables (never names read from the other file)."""
    return tuple(c.name for c in SQLModel.metadata.tables[m.ENTITIES[table].__tablename__].columns)


@dataclass
class _Entry:
    id: str
    seq: int
    at: str
    author: str
    entity: str
    row_id: str
    commitment_id: str | None
    action: str
    field: str | None
    batch: str | None

    @property
    def stamp(self) -> tuple[str, str]:
        return (self.at, self.id)


@dataclass
class _Side:
    """What one side did since the last exchange, by row."""

    fields: dict[tuple[str, str], _Entry] = field(default_factory=dict)  # last update per field
    created: dict[str, _Entry] = field(default_factory=dict)
    intent: dict[str, _Entry] = field(default_factory=dict)  # last delete/restore per row
    touched: dict[str, _Entry] = field(default_factory=dict)  # last edit/create/restore
    entity: dict[str, str] = field(default_factory=dict)

    def add(self, e: _Entry) -> None:
        self.entity[e.row_id] = e.entity
        if e.action == "update" and e.field:
            self.fields[(e.row_id, e.field)] = e
        elif e.action == "create":
            self.created[e.row_id] = e
        if e.action in ("delete", "restore"):
            self.intent[e.row_id] = e
        if e.action != "delete":
            self.touched[e.row_id] = e

    def deleted_batches(self) -> dict[str, list[str]]:
        """Rows this side left deleted, by the batch that deleted them."""
        out: dict[str, list[str]] = {}
        for row_id, e in self.intent.items():
            if e.action == "delete":
                out.setdefault(e.batch or e.id, []).append(row_id)
        return out


@dataclass
class _DeleteConflict:
    deleted_by: str  # "ours" | "theirs"
    batch: str
    rows: list[str]  # the batch's rows the other side did not delete as well
    root: _Entry
    keeper: _Entry  # the other side's last change that clashes
    live_children: list[tuple[str, str]]  # (table, id) rows under the batch left live
    decision: str = "keep"  # "keep" | "delete"


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return a == b


class _Merger:
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
        names = _columns(table)
        cols = ", ".join(names)
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            cur = self.conn.execute(
                f"SELECT {cols} FROM {db}.{m.ENTITIES[table].__tablename__} WHERE id IN ({marks})",
                chunk,
            )
            for values in cur.fetchall():
                rec = dict(zip(names, values, strict=True))
                out[rec["id"]] = rec
        return out

    def entries(self, sql: str, params: tuple = ()) -> list[_Entry]:
        cols = "id, seq, at, author, entity, row_id, commitment_id, action, field, batch"
        return [_Entry(*r) for r in self.conn.execute(sql.format(cols=cols), params)]

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
        theirs = _Side()
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

    def _check_entries(self, incoming: list[_Entry]) -> None:
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

    def _local(self, watched: set[str]) -> _Side:
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
        side = _Side()
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

    # -- finding conflicts -----------------------------------------------------------------
    def _field_conflicts(self, theirs: _Side, ours: _Side) -> dict[tuple[str, str], dict]:
        found: dict[tuple[str, str], dict] = {}
        for key, t_entry in theirs.fields.items():
            o_entry = ours.fields.get(key)
            if o_entry is None:
                continue
            row_id, name = key
            table = t_entry.entity
            o_row = self.ours_rows.get(table, {}).get(row_id)
            t_row = self.theirs_rows.get(table, {}).get(row_id)
            if o_row is None or t_row is None or _same(o_row[name], t_row[name]):
                continue
            if self.prefer:
                applied = self.prefer
            else:
                applied = "theirs" if t_entry.stamp > o_entry.stamp else "ours"
            found[key] = {
                "kind": "field",
                "entity": table,
                "row_id": row_id,
                "commitment_id": t_entry.commitment_id,
                "field": name,
                "ours": (o_row[name], o_entry),
                "theirs": (t_row[name], t_entry),
                "applied": applied,
            }
        self._create_conflicts(theirs, ours, found)
        return found

    def _create_conflicts(
        self, theirs: _Side, ours: _Side, found: dict[tuple[str, str], dict]
    ) -> None:
        """Rows both sides made - their id is derived from what they are (a translation of
        one text, a plan's report profile) - with a field the two creates set differently
        and neither side changed since: a conflict between the two creates. A field one
        side changed after creating takes that change (``_apply_fields``)."""
        for row_id, t_create in theirs.created.items():
            o_create = ours.created.get(row_id)
            table = t_create.entity
            o_row = self.ours_rows.get(table, {}).get(row_id)
            t_row = self.theirs_rows.get(table, {}).get(row_id)
            if o_create is None or o_row is None or t_row is None:
                continue
            for name in m.content_fields(m.ENTITIES[table]):
                key = (row_id, name)
                if key in found or key in theirs.fields or key in ours.fields:
                    continue
                if _same(o_row[name], t_row[name]):
                    continue
                later = "theirs" if t_create.stamp > o_create.stamp else "ours"
                found[key] = {
                    "kind": "field",
                    "entity": table,
                    "row_id": row_id,
                    "commitment_id": t_create.commitment_id,
                    "field": name,
                    "ours": (o_row[name], o_create),
                    "theirs": (t_row[name], t_create),
                    "applied": self.prefer or later,
                }

    def _delete_conflicts(self, theirs: _Side, ours: _Side) -> list[_DeleteConflict]:
        out: list[_DeleteConflict] = []
        for deleter, keeper, keeper_db in (("theirs", ours, "main"), ("ours", theirs, "other")):
            side = theirs if deleter == "theirs" else ours
            out.extend(self._batch_conflicts(deleter, side, keeper, keeper_db))
        return out

    def _batch_conflicts(
        self, deleter: str, side: _Side, keeper: _Side, keeper_db: str
    ) -> list[_DeleteConflict]:
        """The deleting side's batches that clash with what the keeper did.

        A batch clashes when the keeper edited or restored one of its rows, or has live rows
        under it that it did not cover. Keeping a batch keeps its rows, so a batch of the same
        side that deleted one of their parents clashes too (else the kept rows would follow
        their deleted parent and the keeper's edit would be lost): found to a fixed point.
        """
        batches = side.deleted_batches()
        found: dict[str, _DeleteConflict] = {}
        held: dict[str, list[tuple[str, str]]] = {}  # batch -> kept rows of other batches
        because: dict[str, _Entry] = {}  # batch -> the keeper's change behind those rows
        pending = sorted(batches)
        while pending:
            batch = pending.pop(0)
            if batch in found:
                continue
            rows = batches[batch]
            clash = [keeper.touched[r] for r in rows if r in keeper.touched]
            live = self._live_children(keeper_db, side, rows, set(rows)) + held.get(batch, [])
            if not clash and not live:
                continue
            if not clash:
                clash = [because.get(batch) or self._creation_of(keeper, keeper_db, live)]
            also_deleted = {
                r for r in rows if r in keeper.intent and keeper.intent[r].action == "delete"
            }
            conflict = _DeleteConflict(
                deleter,
                batch,
                rows=[r for r in rows if r not in also_deleted],
                root=min((side.intent[r] for r in rows), key=lambda e: e.seq),
                keeper=max(clash, key=lambda e: e.stamp),
                live_children=live,
            )
            if self.prefer:
                conflict.decision = "delete" if self.prefer == deleter else "keep"
            found[batch] = conflict
            for parent_batch, child in self._parent_batches(
                deleter, side, keeper, conflict, batches
            ):
                if parent_batch not in found:
                    held.setdefault(parent_batch, []).append(child)
                    because.setdefault(parent_batch, conflict.keeper)
                    pending.append(parent_batch)
        return list(found.values())

    def _parent_batches(
        self,
        deleter: str,
        side: _Side,
        keeper: _Side,
        conflict: _DeleteConflict,
        batches: dict[str, list[str]],
    ) -> Iterator[tuple[str, tuple[str, str]]]:
        """(batch, kept child) for each other batch of ``side`` that deleted a parent of a
        row the conflict keeps, unless the keeper deleted that parent as well."""
        db = "other" if deleter == "theirs" else "main"
        by_table: dict[str, list[str]] = {}
        for r in conflict.rows:
            by_table.setdefault(side.entity[r], []).append(r)
        parents: list[tuple[str, tuple[str, str]]] = []
        for table, ids in by_table.items():
            for row_id, rec in self.rows(db, table, ids).items():
                for fk, _ptable in PARENTS.get(table, []):
                    if rec.get(fk):
                        parents.append((rec[fk], (table, row_id)))
        if db == "main":
            for e in self._learn_intents(side, [pid for pid, _c in parents]):
                if e.action == "delete" and e.batch and e.batch not in batches:
                    self._load_batch(side, e.batch, batches)
        for pid, child in parents:
            e = side.intent.get(pid)
            gone_too = pid in keeper.intent and keeper.intent[pid].action == "delete"
            if e is not None and e.action == "delete" and not gone_too:
                batch = e.batch or e.id
                if batch != conflict.batch and batch in batches:
                    yield batch, child

    def _load_batch(self, side: _Side, batch: str, batches: dict[str, list[str]]) -> None:
        """Our deletion entries of ``batch`` whose rows we left deleted, into ``side``."""
        entries = self.entries(
            "SELECT {cols} FROM main.journal j WHERE j.batch = ? AND j.action = 'delete' "
            "ORDER BY j.seq",
            (batch,),
        )
        later = self._local_intents([e.row_id for e in entries if e.row_id not in side.intent])
        rows: list[str] = []
        for e in entries:
            if e.row_id not in side.intent:
                side.intent[e.row_id] = later.get(e.row_id, e)
                side.entity[e.row_id] = e.entity
            last = side.intent[e.row_id]
            if last.action == "delete" and (last.batch or last.id) == batch:
                rows.append(e.row_id)
        if rows:
            batches[batch] = rows

    def _live_children(
        self, db: str, side: _Side, rows: list[str], batch: set[str]
    ) -> list[tuple[str, str]]:
        """Live rows in ``db`` directly under the batch's rows that the batch did not cover.

        A child the deleting side deleted too, in another batch, is not one: the keeper left
        it as it was. Our side holds only the watched rows' entries, so for our batches the
        children's own entries are looked up (else one direction would see a conflict the
        other does not).
        """
        candidates: list[tuple[str, str]] = []
        by_table: dict[str, list[str]] = {}
        for r in rows:
            by_table.setdefault(side.entity[r], []).append(r)
        for table, ids in by_table.items():
            for child, fk in CHILDREN.get(table, []):
                for chunk in _chunks(ids):
                    marks = ",".join("?" * len(chunk))
                    for (cid,) in self.conn.execute(
                        f"SELECT id FROM {db}.{child} WHERE {fk} IN ({marks}) "
                        "AND deleted_at IS NULL AND typeof(id) = 'text' AND length(id) <= 64",
                        chunk,
                    ):
                        if cid not in batch:
                            candidates.append((child, cid))
        if db == "other":  # the deleting side is ours
            self._learn_intents(side, [cid for _t, cid in candidates])
        return [
            (child, cid)
            for child, cid in candidates
            if not (cid in side.intent and side.intent[cid].action == "delete")
        ]

    def _learn_intents(self, ours: _Side, row_ids: list[str]) -> list[_Entry]:
        """Add to our side the last unexchanged delete/restore of rows it has not loaded (it
        holds the watched rows' entries only); returns what it learnt."""
        learnt = self._local_intents([r for r in row_ids if r not in ours.intent])
        for row_id, e in learnt.items():
            ours.intent[row_id] = e
            ours.entity[row_id] = e.entity
        return list(learnt.values())

    def _local_intents(self, row_ids: list[str]) -> dict[str, _Entry]:
        """Our last unexchanged delete/restore of each row, if any."""
        out: dict[str, _Entry] = {}
        for chunk in _chunks(row_ids):
            marks = ",".join("?" * len(chunk))
            for e in self.entries(
                "SELECT {cols} FROM main.journal j WHERE j.row_id IN (" + marks + ") "
                "AND j.action IN ('delete', 'restore') "
                "AND NOT EXISTS (SELECT 1 FROM other.journal o WHERE o.id = j.id) ORDER BY j.seq",
                tuple(chunk),
            ):
                out[e.row_id] = e
        return out

    def _creation_of(self, keeper: _Side, db: str, live: list[tuple[str, str]]) -> _Entry:
        """The keeper's journal entry that best explains a live row under a deleted one."""
        for _table, row_id in live:
            if row_id in keeper.touched:
                return keeper.touched[row_id]
        table, row_id = live[0]
        found = self.entries(
            "SELECT {cols} FROM " + db + ".journal WHERE row_id = ? ORDER BY seq DESC LIMIT 1",
            (row_id,),
        )
        e = found[0] if found else None
        if e is not None and all(isinstance(v, str) for v in (e.id, e.at, e.author, e.entity)):
            return e  # (an entry of the other file that no check covered: types checked here)
        return _Entry("", 0, "", "", table, row_id, None, "create", None, None)

    # -- applying --------------------------------------------------------------------------
    def _copy_journal(self, incoming: list[_Entry]) -> None:
        """Copy the incoming entries (same ids) after ours, in their order, with our seq."""
        conn = self.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS merge_entries (id TEXT, n INTEGER)")
        conn.execute("DELETE FROM temp.merge_entries")
        conn.executemany(
            "INSERT INTO temp.merge_entries VALUES (?, ?)",
            [(e.id, i) for i, e in enumerate(incoming, start=1)],
        )
        bad = []
        for entry_id, old, new in conn.execute(
            "SELECT o.id, o.old_value, o.new_value FROM temp.merge_entries t "
            "JOIN other.journal o ON o.id = t.id"
        ):
            try:
                for text in (old, new):
                    if text is not None:
                        json.loads(text)
            except ValueError:
                bad.append(Problem("journal", entry_id, "new_value", "json"))
        if bad:
            raise ExchangeError("bad_rows", other=self.other.given, problems=bad)
        base = self.w.adopt_entries([e.id for e in incoming])
        cols = ", ".join(c for c in JOURNAL_COLUMNS if c != "seq")
        conn.execute(
            f"INSERT INTO main.journal (seq, {cols}) SELECT ? + t.n, "
            + ", ".join(f"o.{c}" for c in JOURNAL_COLUMNS if c != "seq")
            + " FROM temp.merge_entries t JOIN other.journal o ON o.id = t.id ORDER BY o.id",
            (base,),
        )
        conn.execute("DELETE FROM temp.merge_entries")

    def _copy_blobs(self) -> None:
        """Copy the evidence files (and report logos) the incoming rows cite, each checked
        against its SHA-256.

        A damaged or forged file refuses the merge: stored, it would stand for the real one
        (stored once per SHA-256) and the real bytes, arriving later, would be dropped. One
        of ours that fails its own check is replaced by theirs when theirs is sound.
        """
        evidence = self.theirs_rows.get("evidence", {})
        names = {r["sha256"]: r["file_name"] or r["title"] for r in evidence.values()}
        for r in self.theirs_rows.get("report_profile", {}).values():  # report logos
            if r["logo_sha256"]:
                names.setdefault(r["logo_sha256"], "logo")
        for sha in sorted(s for s in names if s):
            theirs = _blob(self.conn, "other", sha)
            if theirs is None:
                continue  # not in that file: the foreign key check names the row
            if not _blob_sound(sha, theirs):
                raise ExchangeError(
                    "bad_blob", other=self.other.given, name=names[sha], sha=sha[:12]
                )
            ours = _blob(self.conn, "main", sha)
            if ours is None:
                self.conn.execute(
                    "INSERT INTO main.blob (sha256, size, data) VALUES (?, ?, ?)",
                    (sha, len(theirs), theirs),
                )
                self.summary.blobs_added += 1
            elif not _blob_sound(sha, ours):
                self.conn.execute(
                    "UPDATE main.blob SET size = ?, data = ? WHERE sha256 = ?",
                    (len(theirs), theirs, sha),
                )
                self.summary.blobs_added += 1

    def _insert_new(self, by_table: dict[str, list[str]]) -> None:
        for table in m.ENTITIES:  # parents before children
            new = [r for r in by_table.get(table, []) if r not in self.ours_rows[table]]
            new = [r for r in new if r in self.theirs_rows[table]]
            if not new:
                continue
            cols = ", ".join(_columns(table))
            for chunk in _chunks(new):
                marks = ",".join("?" * len(chunk))
                self.conn.execute(
                    f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM other.{table} "
                    f"WHERE id IN ({marks})",
                    chunk,
                )
            counts = self.summary.count(table)
            counts.added += sum(1 for r in new if self.theirs_rows[table][r]["deleted_at"] is None)
            self.ours_rows[table].update({r: None for r in new})  # type: ignore[misc]

    def _apply_fields(
        self, theirs: _Side, ours: _Side, conflicts: dict[tuple[str, str], dict]
    ) -> None:
        """Take their value of every field they changed, unless a conflict keeps ours."""
        changes: dict[tuple[str, str], dict[str, Any]] = {}
        for (row_id, name), e in theirs.fields.items():
            o_row = self.ours_rows.get(e.entity, {}).get(row_id)
            t_row = self.theirs_rows.get(e.entity, {}).get(row_id)
            if o_row is None or t_row is None:  # new row (copied whole) or gone there
                continue
            c = conflicts.get((row_id, name))
            if c is not None and c["applied"] == "ours":
                continue
            if not _same(o_row[name], t_row[name]):
                changes.setdefault((e.entity, row_id), {})[name] = t_row[name]
        for row_id, e in theirs.created.items():  # a row both files had without its create
            o_row = self.ours_rows.get(e.entity, {}).get(row_id)
            t_row = self.theirs_rows.get(e.entity, {}).get(row_id)
            if o_row is None or t_row is None:
                continue
            for name in m.content_fields(m.ENTITIES[e.entity]):
                key = (row_id, name)
                c = conflicts.get(key)
                if key in theirs.fields or (c is not None and c["applied"] == "ours"):
                    continue
                if c is None and key in ours.fields:  # changed here since: ours stands
                    continue
                if not _same(o_row[name], t_row[name]):
                    changes.setdefault((e.entity, row_id), {})[name] = t_row[name]
        grouped: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}
        for (table, row_id), values in changes.items():
            t_row = self.theirs_rows[table][row_id]
            stamp = max(t_row["updated_at"], self.ours_rows[table][row_id]["updated_at"])
            grouped.setdefault((table, tuple(values)), []).append((*values.values(), stamp, row_id))
            self.summary.count(table).updated += 1
        for (table, names), params in grouped.items():
            sets = ", ".join(f"{k} = ?" for k in names)
            self.conn.executemany(
                f"UPDATE main.{table} SET {sets}, updated_at = ? WHERE id = ?", params
            )

    def _apply_liveness(self, theirs: _Side, ours: _Side, deletes: list[_DeleteConflict]) -> None:
        decided = {r for d in deletes for r in d.rows}  # the conflict decides these
        self._take_liveness(theirs, lambda r: r not in decided)
        self._prune_kept(theirs, ours, deletes)
        pruned = decided - {r for d in deletes for r in d.rows}
        if pruned:  # they follow their deleted parent: take a deletion, never a restore
            self._take_liveness(theirs, lambda r: r in pruned, only_deletions=True)
        # Keeps first, then accepted deletions (whose cascade takes what is under them): the
        # same order from either direction, so no kept row is restored under a deleted one.
        for d in sorted(deletes, key=lambda d: d.decision != "keep"):
            side = theirs if d.deleted_by == "theirs" else ours
            if d.decision == "keep":
                self._keep(d, side)
            else:
                self._accept_delete(d, side)
        for table, n in self.conn.execute(
            "SELECT entity, count(*) FROM main.journal WHERE batch = ? AND action = 'delete' "
            "GROUP BY entity",
            (self.w.batch,),
        ):
            self.summary.count(table).deleted += n

    def _take_liveness(
        self, theirs: _Side, which: Callable[[str], bool], only_deletions: bool = False
    ) -> None:
        """Take their deletions and restores of the rows ``which`` selects."""
        for row_id, e in theirs.intent.items():
            if not which(row_id) or (only_deletions and e.action != "delete"):
                continue
            o_row = self.ours_rows.get(e.entity, {}).get(row_id)
            t_row = self.theirs_rows.get(e.entity, {}).get(row_id)
            if o_row is None or t_row is None:
                continue
            if (o_row["deleted_at"] is None) == (t_row["deleted_at"] is None):
                continue
            self.conn.execute(
                f"UPDATE main.{e.entity} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                (t_row["deleted_at"], max(t_row["updated_at"], o_row["updated_at"]), row_id),
            )
            counts = self.summary.count(e.entity)
            if t_row["deleted_at"] is None:
                counts.restored += 1
            else:
                counts.deleted += 1

    def _prune_kept(self, theirs: _Side, ours: _Side, deletes: list[_DeleteConflict]) -> None:
        """Leave out of a kept batch the rows whose parent stays deleted after the merge.

        Such a row was deleted by its own side (in the batch) and its parent by the other
        side as well, or by a deletion the merge accepts: it follows its parent, so no live
        row ends under a deleted one. The answer depends only on both sides' changes, so it
        is the same from either direction. A conflict left with no row is dropped.
        """
        keep = {r for d in deletes if d.decision == "keep" for r in d.rows}
        if not keep:
            return
        drop = {r for d in deletes if d.decision == "delete" for r in d.rows}
        entity = {**ours.entity, **theirs.entity}
        by_table: dict[str, list[str]] = {}
        for r in keep:
            by_table.setdefault(entity[r], []).append(r)
        parents: dict[str, list[tuple[str, str]]] = {}  # row -> [(parent table, parent id)]
        for table, ids in by_table.items():
            for row_id, rec in self.rows("main", table, ids).items():
                parents[row_id] = [
                    (ptable, rec[fk]) for fk, ptable in PARENTS.get(table, []) if rec.get(fk)
                ]
        by_parent: dict[str, list[str]] = {}
        for refs in parents.values():
            for ptable, pid in refs:
                by_parent.setdefault(ptable, []).append(pid)
        live_now: set[str] = set()
        for ptable, pids in by_parent.items():
            live_now.update(
                pid
                for pid, rec in self.rows("main", ptable, pids).items()
                if rec["deleted_at"] is None
            )

        def alive(pid: str) -> bool:
            return pid in keep or (pid not in drop and pid in live_now)

        changed = True
        while changed:
            changed = False
            for row_id in sorted(keep):
                if not all(alive(pid) for _t, pid in parents.get(row_id, [])):
                    keep.discard(row_id)
                    changed = True
        for d in deletes:
            if d.decision == "keep":
                d.rows = [r for r in d.rows if r in keep]
        deletes[:] = [d for d in deletes if d.rows]

    def _keep(self, d: _DeleteConflict, side: _Side) -> None:
        """Keep the batch's rows live and journal that, so the deleting side learns it."""
        w = self.w
        for row_id in d.rows:
            cls = m.ENTITIES[side.entity[row_id]]
            row = w.s.get(cls, row_id)
            if row is None:
                continue
            if w.revive(row):
                self.summary.count(cls.__tablename__).restored += 1
            else:  # live here already: journal it anyway, so the deleting side learns
                w.log(row, "restore")
        w.s.flush()

    def _accept_delete(self, d: _DeleteConflict, side: _Side) -> None:
        """Delete the batch's rows and whatever was added under them since."""
        w = self.w
        for row_id in d.rows:
            cls = m.ENTITIES[side.entity[row_id]]
            row = w.s.get(cls, row_id)
            if row is None:
                continue
            if row.deleted_at is None:
                w.delete(cls, row_id)  # with everything under it
            else:
                for child_table, fk in CHILDREN.get(cls.__tablename__, []):
                    child_cls = m.ENTITIES[child_table]
                    for (cid,) in self.conn.execute(
                        f"SELECT id FROM main.{child_table} WHERE {fk} = ? AND deleted_at IS NULL",
                        (row_id,),
                    ).fetchall():
                        if cid not in d.rows:
                            w.delete(child_cls, cid)

    def _store_conflicts(
        self, fields: dict[tuple[str, str], dict], deletes: list[_DeleteConflict]
    ) -> None:
        now = utc_now()
        settled = self.prefer is not None
        common = {
            "merge_batch": self.w.batch,
            "merged_at": now,
            "source_instance": self.other.instance_id,
            "source_name": self.other.given.name,
            "resolution": self.prefer,
            "settled_by": self.w.author if settled else "",
            "settled_at": now if settled else "",
        }
        records: list[m.MergeConflict] = []
        for c in fields.values():
            (o_value, o_entry), (t_value, t_entry) = c["ours"], c["theirs"]
            records.append(
                m.MergeConflict(
                    kind="field",
                    entity=c["entity"],
                    row_id=c["row_id"],
                    commitment_id=c["commitment_id"],
                    field=c["field"],
                    ours_value=json.dumps(o_value, ensure_ascii=False),
                    ours_author=o_entry.author,
                    ours_at=o_entry.at,
                    theirs_value=json.dumps(t_value, ensure_ascii=False),
                    theirs_author=t_entry.author,
                    theirs_at=t_entry.at,
                    applied=c["applied"],
                    **common,
                )
            )
        for d in deletes:
            keeper_side = "ours" if d.deleted_by == "theirs" else "theirs"
            edited = json.dumps(
                {
                    "edited": d.keeper.entity,
                    "field": d.keeper.field,
                    "action": d.keeper.action,
                    "below": d.keeper.row_id not in d.rows,  # on a row under the batch
                }
            )
            values = {d.deleted_by: None, keeper_side: edited}
            stamps = {d.deleted_by: d.root, keeper_side: d.keeper}
            records.append(
                m.MergeConflict(
                    kind="delete",
                    entity=d.root.entity,
                    row_id=d.root.row_id,
                    commitment_id=d.root.commitment_id,
                    field=None,
                    ours_value=values["ours"],
                    ours_author=stamps["ours"].author,
                    ours_at=stamps["ours"].at,
                    theirs_value=values["theirs"],
                    theirs_author=stamps["theirs"].author,
                    theirs_at=stamps["theirs"].at,
                    deleted_by=d.deleted_by,
                    batch_rows=json.dumps(
                        [[self._entity_of(r, d), r] for r in d.rows], ensure_ascii=False
                    ),
                    applied=d.deleted_by if d.decision == "delete" else keeper_side,
                    **common,
                )
            )
        for rec in records:
            self.w.s.add(rec)
            self.summary.count(rec.entity).conflicts += 1
            self.summary.conflicts.append(conflict_json(rec))
        self.w.s.flush()

    def _entity_of(self, row_id: str, d: _DeleteConflict) -> str:
        for table, rows in self.ours_rows.items():
            if row_id in rows:
                return table
        found = self.conn.execute(
            "SELECT entity FROM main.journal WHERE row_id = ? LIMIT 1", (row_id,)
        ).fetchone()
        return found[0] if found else d.root.entity


def conflict_json(c: m.MergeConflict) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind,
        "entity": c.entity,
        "row_id": c.row_id,
        "commitment_id": c.commitment_id,
        "field": c.field,
        "ours": {
            "value": json.loads(c.ours_value) if c.ours_value is not None else None,
            "author": c.ours_author,
            "at": c.ours_at,
        },
        "theirs": {
            "value": json.loads(c.theirs_value) if c.theirs_value is not None else None,
            "author": c.theirs_author,
            "at": c.theirs_at,
        },
        "deleted_by": c.deleted_by,
        "applied": c.applied,
        "resolution": c.resolution,
    }


def _blob(conn: sqlite3.Connection, db: str, sha: str) -> bytes | None:
    """A stored file's bytes, or None; one over the size limit is refused before it is read."""
    row = conn.execute(
        f"SELECT length(data), size FROM {db}.blob WHERE sha256 = ?", (sha,)
    ).fetchone()
    if row is None:
        return None
    if row[0] != row[1] or row[0] > limits.MAX_EVIDENCE_BYTES:
        return b""  # fails _blob_sound (unless the file claims to be empty, which it then is)
    return conn.execute(f"SELECT data FROM {db}.blob WHERE sha256 = ?", (sha,)).fetchone()[0]


def _blob_sound(sha: str, data: bytes) -> bool:
    return hashlib.sha256(data).hexdigest() == sha


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
