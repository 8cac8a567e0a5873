"""The editing API: every change is one transaction that also writes the change journal.

The GUI's undo commands, the importer and the merger all go through ``Project.write()``, so
there is exactly one place where rows change and exactly one journal of who changed what.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import mimetypes
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from itertools import zip_longest
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import bindparam as sa_bindparam
from sqlalchemy import exc as sa_exc
from sqlalchemy import func
from sqlmodel import Session, col, select

from ..domain import limits
from ..domain import models as m
from ..domain.models import utc_now
from ..domain.rules import position_between
from ..domain.vocabulary import PARENT_LEVEL, Level
from ..storage import journal_marks, write_check
from ..storage.errors import ProjectFileError
from ..storage.projectfile import ProjectFile, create_project_file, open_project_file
from .author import resolve_author
from .values import InvalidValue, coerce, row_fields, to_json

R = TypeVar("R", bound=m.Row)

MAX_EVIDENCE_BYTES = limits.MAX_EVIDENCE_BYTES

#: Rows that go with a row when it is deleted: table -> [(child table, foreign key)].
CHILDREN: dict[str, list[tuple[str, str]]] = {
    "action_plan": [
        ("commitment", "plan_id"),
        ("narrative", "plan_id"),
        ("consultation_comment", "plan_id"),
        ("report_profile", "plan_id"),
    ],
    "institution": [("commitment_institution", "institution_id")],
    "commitment": [
        ("commitment_institution", "commitment_id"),
        ("result", "commitment_id"),
        ("indicator", "commitment_id"),
        ("target", "commitment_id"),
        ("target_revision", "commitment_id"),
        ("measurement", "commitment_id"),
        ("evidence", "commitment_id"),
        ("narrative", "commitment_id"),
        ("translation", "commitment_id"),
    ],
    "result": [("result", "parent_id"), ("indicator", "result_id"), ("evidence", "result_id")],
    "indicator": [
        ("target", "indicator_id"),
        ("measurement", "indicator_id"),
        ("evidence", "indicator_id"),
    ],
    "target": [("target_revision", "target_id")],
}

#: child table -> [(foreign key, parent table)]: the same edges, read upwards.
PARENTS: dict[str, list[tuple[str, str]]] = {}
for _parent, _edges in CHILDREN.items():
    for _child, _fk in _edges:
        PARENTS.setdefault(_child, []).append((_fk, _parent))

#: Child -> (parent table, foreign key) from which ``commitment_id`` is derived on create.
DERIVE_COMMITMENT: dict[str, tuple[str, str]] = {
    "indicator": ("result", "result_id"),
    "target": ("indicator", "indicator_id"),
    "target_revision": ("target", "target_id"),
    "measurement": ("indicator", "indicator_id"),
}


def _translate_db_error(path: Path, exc: Exception) -> ProjectFileError:
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    if "full" in text:
        return ProjectFileError("disk_full", path=path)
    if "readonly" in text or "read-only" in text:
        return ProjectFileError("read_only", path=path, why_code="file")
    if "locked" in text or "busy" in text:
        return ProjectFileError("busy", path=path)
    if "unable to open" in text or "disk i/o" in text:
        # The rollback journal could not be created beside the file: the folder (or the
        # disk) turned read-only after the project was opened.
        why = _not_writable(Path(path))
        if why is not None:
            return ProjectFileError("read_only", path=path, why_code=why)
    return ProjectFileError("write_failed", path=path, detail=str(orig))


def _not_writable(path: Path) -> str | None:
    if not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        return "folder"
    if path.exists() and not os.access(path, os.W_OK):
        return "file"
    return None


class Project:
    """An open project: reads, and writes that are journaled and atomic."""

    def __init__(self, file: ProjectFile, author: str | None = None) -> None:
        self.file = file
        self.author = resolve_author(author)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path | str,
        read_only: bool = False,
        author: str | None = None,
        verify: bool = False,
    ) -> Project:
        """``verify``: check every value even in a file as this installation left it."""
        return cls(
            open_project_file(Path(path), read_only=read_only, trust_checked=not verify), author
        )

    @classmethod
    def new(cls, path: Path | str, title: str = "", author: str | None = None) -> Project:
        return cls(create_project_file(Path(path), title=title), author)

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @property
    def read_only_why(self) -> str | None:
        return self.file.read_only_why

    @property
    def project_id(self) -> str:
        return self.file.project_id

    # -- reading -------------------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self.file.session() as s:
            yield s

    def get(self, cls: type[R], row_id: str, include_deleted: bool = False) -> R | None:
        with self.read() as s:
            row = s.get(cls, row_id)
            if row is None or (row.deleted_at and not include_deleted):
                return None
            return row

    def rows(self, cls: type[R], include_deleted: bool = False, **where: Any) -> list[R]:
        """Rows of ``cls`` matching ``where`` (field=value), in sibling order where there is one."""
        with self.read() as s:
            return list_rows(s, cls, include_deleted=include_deleted, **where)

    def blob(self, sha256: str) -> bytes:
        with self.read() as s:
            row = s.get(m.Blob, sha256)
            if row is None:
                raise InvalidValue("missing_row", entity="blob", id=sha256)
            return row.data

    def history(
        self, commitment_id: str | None = None, limit: int | None = None
    ) -> list[m.JournalEntry]:
        """Journal entries, newest first; for one commitment when ``commitment_id`` is given."""
        with self.read() as s:
            q = select(m.JournalEntry)
            if commitment_id is not None:
                q = q.where(m.JournalEntry.commitment_id == commitment_id)
            q = q.order_by(col(m.JournalEntry.at).desc(), col(m.JournalEntry.seq).desc())
            if limit:
                q = q.limit(limit)
            return list(s.exec(q))

    def meta(self, key: str, default: str = "") -> str:
        with self.read() as s:
            row = s.get(m.Meta, key)
            return row.value if row else default

    # -- writing -------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction: everything done with the writer is saved together, or not at all."""
        if self.read_only:
            raise ProjectFileError("read_only", path=self.path, why_code=self.read_only_why or "")
        before: write_check.FileState | None = None
        try:
            with self.file.session(write=True) as s:
                w = Writer(s, self.author, self.file.instance_id)
                before = write_check.state_in(s.connection().exec_driver_sql, self.path)
                yield w
                w.seal()
        except (sa_exc.OperationalError, sqlite3.OperationalError) as exc:
            raise self.after_failed_write(_translate_db_error(self.path, exc), before) from exc
        except sa_exc.IntegrityError as exc:
            raise ProjectFileError("write_failed", path=self.path, detail=str(exc.orig)) from exc

    def write_state(self) -> write_check.FileState:
        """The file's committed state now (see ``after_failed_write``)."""
        with self.read() as s:
            return write_check.state_in(s.connection().exec_driver_sql, self.path)

    def after_failed_write(
        self, error: ProjectFileError, before: write_check.FileState | None
    ) -> ProjectFileError:
        """A write failed with ``error``: finish SQLite's rollback while this process can still
        write the file, verify the file, and return the error that says truthfully what state
        it is in (``error`` itself when it is exactly as before). ``busy``: nothing was
        written (the write lock was never had), so there is nothing to check."""
        if error.code == "busy":
            return error
        aftermath = write_check.settle_failed_write(self.path, before, self.file.engine)
        return write_check.truthful_error(error, aftermath)

    def create(self, cls: type[R], **fields: Any) -> R:
        with self.write() as w:
            return w.create(cls, **fields)

    def update(self, cls: type[m.Row], row_id: str, **fields: Any) -> dict[str, Any]:
        with self.write() as w:
            return w.update(cls, row_id, **fields)

    def delete(self, cls: type[m.Row], row_id: str) -> str:
        with self.write() as w:
            return w.delete(cls, row_id)

    def restore(self, batch: str) -> None:
        with self.write() as w:
            w.restore(batch)

    def move(self, cls: type[m.Row], row_id: str, index: int) -> float:
        with self.write() as w:
            return w.move(cls, row_id, index)

    def revise_target(
        self,
        target_id: str,
        value: float | None,
        due_date: Any,
        reason: str,
        revised_on: Any = None,
    ) -> m.TargetRevision:
        with self.write() as w:
            return w.revise_target(target_id, value, due_date, reason, revised_on)

    def add_file_evidence(self, commitment_id: str, file: Path | str, **fields: Any) -> m.Evidence:
        path = Path(file)
        try:
            size = path.stat().st_size
            if size > MAX_EVIDENCE_BYTES:
                raise InvalidValue(
                    "too_large",
                    name=path.name,
                    size=f"{size / 1048576:.1f}",
                    limit=MAX_EVIDENCE_BYTES // 1048576,
                )
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidValue("unreadable", name=path.name, detail=exc.strerror) from exc
        with self.write() as w:
            return w.add_file(commitment_id, path.name, data, **fields)


def list_rows(s: Session, cls: type[R], include_deleted: bool = False, **where: Any) -> list[R]:
    q = select(cls)
    for key, value in where.items():
        column = getattr(cls, key)
        q = q.where(column.is_(None) if value is None else column == value)
    if not include_deleted:
        q = q.where(col(cls.deleted_at).is_(None))
    if "position" in cls.model_fields:
        q = q.order_by(cls.position, cls.created_at)  # type: ignore[attr-defined]
    elif cls is m.Target:
        q = q.order_by(m.Target.due_date, m.Target.created_at)
    elif cls is m.Measurement:
        q = q.order_by(m.Measurement.measured_on, m.Measurement.created_at)
    else:
        q = q.order_by(cls.created_at)
    return list(s.exec(q))


JOURNAL_COLUMNS = [
    "id",
    "seq",
    "at",
    "author",
    "origin",
    "entity",
    "row_id",
    "commitment_id",
    "action",
    "field",
    "old_value",
    "new_value",
    "batch",
]


@functools.cache
def _defaults(cls: type[m.Row]) -> dict[str, Any]:
    """Each content field's default, as ``create`` would fill it (None when there is none)."""
    out: dict[str, Any] = {}
    for name in m.content_fields(cls):
        default = cls.model_fields[name].default
        out[name] = None if default.__class__.__name__ == "PydanticUndefinedType" else default
    return out


@functools.cache
def _insert_sql(table: str, columns: tuple[str, ...] | list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


_JSON = json.JSONEncoder(ensure_ascii=False)  # what values.to_json uses, made once


def _object_encoder() -> Callable[[dict[str, Any]], str]:
    """``_JSON.encode`` for a dict, the same text, without building the C encoder anew for
    each call as ``encode`` does (bulk imports encode hundreds of thousands of rows)."""
    make = json.encoder.c_make_encoder
    if make is None:  # a Python without the _json accelerator
        return _JSON.encode
    chunks = make(
        None, _JSON.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
    )
    join = "".join
    return lambda obj: join(chunks(obj, 0))


_encode_object = _object_encoder()


class Writer:
    """Changes inside one open transaction; every change is journaled in the same batch."""

    def __init__(self, session: Session, author: str, origin: str) -> None:
        self.s = session
        self.author = author
        self.origin = origin
        self.batch = uuid.uuid4().hex
        self.now = utc_now()
        self._seq = session.exec(select(func.max(m.JournalEntry.seq))).one() or 0
        self._start_seq = self._seq
        self._new_ids: list[str] = []  # this transaction's journal entries, in seq order
        self.journal_enabled = True

    # -- journal -------------------------------------------------------------------------
    def log(
        self,
        row: m.Row,
        action: str,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
        raw: bool = False,
    ) -> None:
        if not self.journal_enabled:
            return
        entry_id = m.new_id()
        cfield = type(row).commitment_field
        self.s.add(
            m.JournalEntry(
                id=entry_id,
                seq=self._next_seq(entry_id),
                at=self.now,
                author=self.author,
                origin=self.origin,
                entity=type(row).__tablename__,
                row_id=row.id,
                commitment_id=getattr(row, cfield) if cfield else None,
                action=action,
                field=field,
                old_value=old
                if raw
                else (None if old is None and action != "update" else to_json(old)),
                new_value=new
                if raw
                else (None if new is None and action != "update" else to_json(new)),
                batch=self.batch,
            )
        )

    def _next_seq(self, entry_id: str) -> int:
        self._seq += 1
        self._new_ids.append(entry_id)
        return self._seq

    def adopt_entries(self, ids: list[str]) -> int:
        """Account for journal entries written by SQL elsewhere (a merge copies them in) with
        the next seqs, in this order; returns the seq before the first."""
        base = self._seq
        self._seq += len(ids)
        self._new_ids.extend(ids)
        return base

    def seal(self) -> None:
        """End of the transaction: mark the journal (see storage/journal_marks.py)."""
        self.s.flush()
        journal_marks.seal(
            self.s.connection().exec_driver_sql, written=(self._start_seq, self._new_ids)
        )

    def raw_connection(self) -> sqlite3.Connection:
        """The transaction's sqlite3 connection (bulk writes go straight to the driver)."""
        return self.s.connection().connection.driver_connection  # type: ignore[return-value]

    # -- rows ----------------------------------------------------------------------------
    def get(self, cls: type[R], row_id: str, include_deleted: bool = False) -> R:
        row = self.s.get(cls, row_id)
        if row is None or (row.deleted_at and not include_deleted):
            raise InvalidValue("missing_row", entity=cls.__tablename__, id=row_id)
        return row

    def siblings(self, row: m.Row) -> list[m.Row]:
        cls = type(row)
        where = {k: getattr(row, k) for k in cls.sibling_keys}
        return [r for r in list_rows(self.s, cls, **where) if r.id != row.id]

    def create(self, cls: type[R], **fields: Any) -> R:
        """Add a row; fields are checked, ``commitment_id`` and ``position`` filled in."""
        row_id = fields.pop("id", None)
        values = {k: coerce(cls, k, v) for k, v in fields.items()}
        table = cls.__tablename__
        if table in DERIVE_COMMITMENT and not values.get("commitment_id"):
            parent_table, fk = DERIVE_COMMITMENT[table]
            parent = self.get(m.ENTITIES[parent_table], values[fk])
            values["commitment_id"] = parent.commitment_id  # type: ignore[attr-defined]
        row = cls(**values) if row_id is None else cls(id=row_id, **values)
        row.created_at = row.updated_at = self.now
        self._check(row)
        if "position" in cls.model_fields and "position" not in fields:
            others = self.siblings(row)
            row.position = max((o.position for o in others), default=0.0) + 1.0  # type: ignore[attr-defined]
        self.s.add(row)
        self.s.flush()
        self.log(row, "create", new=to_json(row_fields(row)), raw=True)
        return row

    def bulk_create(
        self, cls: type[m.Row], rows: list[dict[str, Any]], check: bool = True
    ) -> list[str]:
        """Insert many rows with executemany (imports, generators): about 50x faster than
        ``create`` per row. The caller gives ``commitment_id`` and ``position`` where the
        table has them; values are still checked unless ``check`` is False (trusted input).
        Returns the ids, in order."""
        if not rows:
            return []
        fields = m.content_fields(cls)
        defaults = _defaults(cls)
        cfield = cls.commitment_field
        table_name = cls.__tablename__
        journaled = self.journal_enabled
        records, journal, ids = [], [], []
        # The same rows and journal text as before, built with as little per row as can be
        # (bulk imports write hundreds of thousands): dates as ISO text once for both, one
        # JSON encoder (what ``to_json`` does), ids straight from os.urandom.
        stamp = self.now.isoformat() if isinstance(self.now, dt.date) else self.now
        encode = _encode_object
        date = dt.date
        default_values = [defaults[f] for f in fields]
        cdefault = defaults.get(cfield) if cfield else None
        # The batch's journal ids in ascending order: each lands next to the one before in
        # the primary key's index instead of on a random page (ids are random either way).
        entry_ids = m.new_ids(len(rows)) if journaled else []
        seq = self._seq  # taken by adopt_entries once every row has been built
        for entry_id, given in zip_longest(entry_ids, rows):
            if check:
                rec = dict(defaults)
                for key, value in given.items():
                    if key != "id":
                        rec[key] = coerce(cls, key, value)
            else:
                rec = given  # read through .get with the defaults below: no copy per row
            row_id = given.get("id") or m.new_id()
            ids.append(row_id)
            values = map(rec.get, fields, default_values)
            plain = [v.isoformat() if isinstance(v, date) else v for v in values]
            records.append((row_id, stamp, stamp, None, *plain))
            if journaled:
                seq += 1
                journal.append(
                    (
                        entry_id,
                        seq,
                        self.now,
                        self.author,
                        self.origin,
                        table_name,
                        row_id,
                        (row_id if cfield == "id" else rec.get(cfield, cdefault))
                        if cfield
                        else None,
                        "create",
                        None,
                        None,
                        encode(dict(zip(fields, plain, strict=True))),
                        self.batch,
                    )
                )
        self.adopt_entries(entry_ids)
        self.s.flush()
        # Straight to the driver: SQLAlchemy's per-row parameter processing would cost more
        # than SQLite's own insert (the values are already checked and converted above).
        cursor = self.s.connection().connection.driver_connection.cursor()
        try:
            columns = ["id", "created_at", "updated_at", "deleted_at", *fields]
            cursor.executemany(_insert_sql(table_name, tuple(columns)), records)
            if journal:
                cursor.executemany(_insert_sql("journal", tuple(JOURNAL_COLUMNS)), journal)
        finally:
            cursor.close()
        return ids

    def bulk_update(
        self,
        cls: type[m.Row],
        changes: list[tuple[str, dict[str, Any]]],
        check: bool = True,
    ) -> int:
        """Change fields of many live rows with executemany (imports); the twin of
        ``bulk_create``. Only fields whose value really changes are written, and each one is
        journaled like ``update`` does (old and new value). Returns how many rows changed."""
        if not changes:
            return 0
        table = cls.__table__  # type: ignore[attr-defined]
        cfield = cls.commitment_field
        self.s.flush()
        conn = self.s.connection()
        ids = [row_id for row_id, _ in changes]
        current: dict[str, Any] = {}
        for i in range(0, len(ids), 900):
            q = table.select().where(table.c.id.in_(ids[i : i + 900]))
            for r in conn.execute(q).mappings():
                current[r["id"]] = r
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        journal: list[dict[str, Any]] = []
        for row_id, fields in changes:
            cur = current.get(row_id)
            if cur is None or cur["deleted_at"] is not None:
                raise InvalidValue("missing_row", entity=cls.__tablename__, id=row_id)
            new: dict[str, Any] = {}
            for key, value in fields.items():
                value = coerce(cls, key, value) if check else value
                before = cur[key]
                if before == value and (type(before) is type(value) or before is not None):
                    continue
                new[key] = value
                if self.journal_enabled:
                    entry_id = uuid.uuid4().hex
                    journal.append(
                        {
                            "id": entry_id,
                            "seq": self._next_seq(entry_id),
                            "at": self.now,
                            "author": self.author,
                            "origin": self.origin,
                            "entity": cls.__tablename__,
                            "row_id": row_id,
                            "commitment_id": (new.get(cfield, cur[cfield]) if cfield else None),
                            "action": "update",
                            "field": key,
                            "old_value": to_json(before),
                            "new_value": to_json(value),
                            "batch": self.batch,
                        }
                    )
            if new:
                new["updated_at"] = self.now
                record = {f"b_{k}": v for k, v in new.items()}
                record["b_id"] = row_id
                groups.setdefault(tuple(sorted(new)), []).append(record)
        for keys, records in groups.items():
            stmt = (
                table.update()
                .where(table.c.id == sa_bindparam("b_id"))
                .values({k: sa_bindparam(f"b_{k}") for k in keys})
            )
            conn.execute(stmt, records)
        if journal:
            conn.execute(m.JournalEntry.__table__.insert(), journal)  # type: ignore[attr-defined]
        # Rows loaded in this session before the update must not shadow the new values.
        self.s.expire_all()
        return sum(len(r) for r in groups.values())

    def update(self, cls: type[m.Row], row_id: str, **fields: Any) -> dict[str, Any]:
        """Change fields; returns the old values of the fields that really changed."""
        row = self.get(cls, row_id)
        old: dict[str, Any] = {}
        for key, value in fields.items():
            new = coerce(cls, key, value)
            before = getattr(row, key)
            if before == new and type(before) is type(new):
                continue
            if before == new and before is not None and new is not None:
                continue
            old[key] = before
            setattr(row, key, new)
        if not old:
            return old
        self._check(row)
        row.updated_at = self.now
        self.s.add(row)
        for key, before in old.items():
            self.log(row, "update", key, before, getattr(row, key))
        self.s.flush()
        return old

    def delete(self, cls: type[m.Row], row_id: str) -> str:
        """Tombstone a row and everything under it; returns the batch id that ``restore`` takes."""
        root = self.get(cls, row_id)
        queue: list[m.Row] = [root]
        seen: set[tuple[str, str]] = set()
        while queue:
            row = queue.pop()
            key = (type(row).__tablename__, row.id)
            if key in seen:
                continue
            seen.add(key)
            for child_table, fk in CHILDREN.get(key[0], []):
                child_cls = m.ENTITIES[child_table]
                queue.extend(list_rows(self.s, child_cls, **{fk: row.id}))
            row.deleted_at = self.now
            row.updated_at = self.now
            self.s.add(row)
            self.log(row, "delete")
        self.s.flush()
        return self.batch

    def restore(self, batch: str) -> None:
        """Bring back every row a ``delete`` batch tombstoned (the undo of a delete)."""
        entries = self.s.exec(
            select(m.JournalEntry).where(
                m.JournalEntry.batch == batch, m.JournalEntry.action == "delete"
            )
        ).all()
        for e in entries:
            row = self.s.get(m.ENTITIES[e.entity], e.row_id)
            if row is not None:
                self.revive(row)
        self.s.flush()

    def revive(self, row: m.Row) -> bool:
        """Clear one row's tombstone and journal the restore; False if it was live already."""
        if row.deleted_at is None:
            return False
        row.deleted_at = None
        row.updated_at = self.now
        self.s.add(row)
        self.log(row, "restore")
        return True

    def move(self, cls: type[m.Row], row_id: str, index: int) -> float:
        """Put a row at ``index`` among its siblings; only the moved row's position changes."""
        row = self.get(cls, row_id)
        others = self.siblings(row)
        index = max(0, min(index, len(others)))
        before = others[index - 1].position if index > 0 else None  # type: ignore[attr-defined]
        after = others[index].position if index < len(others) else None  # type: ignore[attr-defined]
        old = row.position  # type: ignore[attr-defined]
        self.update(cls, row_id, position=position_between(before, after))
        return old

    def revise_target(
        self,
        target_id: str,
        value: float | None,
        due_date: Any,
        reason: str,
        revised_on: Any = None,
    ) -> m.TargetRevision:
        """Change a target and keep what it was, when and why."""
        if not (reason or "").strip():
            raise InvalidValue("empty_title", field="reason")
        target = self.get(m.Target, target_id)
        revision = self.create(
            m.TargetRevision,
            target_id=target.id,
            old_value=target.value,
            old_due_date=target.due_date,
            new_value=value,
            new_due_date=due_date,
            revised_on=revised_on or self.now[:10],
            reason=reason.strip(),
        )
        self.update(m.Target, target_id, value=value, due_date=due_date)
        return revision

    def put_blob(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if self.s.get(m.Blob, sha) is None:
            self.s.add(m.Blob(sha256=sha, size=len(data), data=data))
            self.s.flush()
        return sha

    def add_file(self, commitment_id: str, name: str, data: bytes, **fields: Any) -> m.Evidence:
        if len(data) > MAX_EVIDENCE_BYTES:
            raise InvalidValue(
                "too_large",
                name=name,
                size=f"{len(data) / 1048576:.1f}",
                limit=MAX_EVIDENCE_BYTES // 1048576,
            )
        sha = self.put_blob(data)
        fields.setdefault("title", name)
        media = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return self.create(
            m.Evidence,
            commitment_id=commitment_id,
            kind="file",
            file_name=name,
            media_type=media,
            sha256=sha,
            size=len(data),
            **fields,
        )

    def set_meta(self, key: str, value: str) -> None:
        row = self.s.get(m.Meta, key)
        if row is None:
            self.s.add(m.Meta(key=key, value=value))
        else:
            row.value = value
            self.s.add(row)

    # -- checks --------------------------------------------------------------------------
    def _check(self, row: m.Row) -> None:
        start, end = getattr(row, "start_date", None), getattr(row, "end_date", None)
        if start and end and end < start:
            raise InvalidValue("dates_order", start=start.isoformat(), end=end.isoformat())
        for first, last in (
            ("period_start", "period_end"),
            ("consultation_start", "consultation_end"),
        ):
            start, end = getattr(row, first, None), getattr(row, last, None)
            if start and end and end < start:
                raise InvalidValue("dates_order", start=start.isoformat(), end=end.isoformat())
        if isinstance(row, m.Result):
            self._check_result(row)

    def _check_result(self, row: m.Result) -> None:
        level = Level(row.level)
        if row.parent_id is None:
            return
        parent = self.get(m.Result, row.parent_id)
        wanted = PARENT_LEVEL[level]
        if (
            parent.commitment_id != row.commitment_id
            or (wanted is not None and parent.level != wanted)
            or wanted is None
        ):
            raise InvalidValue("bad_parent", level=row.level, parent=parent.level)
