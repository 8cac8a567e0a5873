"""Changes inside one open transaction, each journaled in the transaction's batch."""

from __future__ import annotations

import hashlib
import mimetypes
import sqlite3
import uuid
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain import limits
from ..domain import models as m
from ..domain.models import utc_now
from ..domain.rules import position_between
from ..domain.vocabulary import PARENT_LEVEL, Level
from ..storage import journal_marks
from .bulk_writes import BulkWrites
from .row_links import CHILDREN, DERIVE_COMMITMENT, R, list_rows
from .values import InvalidValue, coerce, row_fields, to_json

MAX_EVIDENCE_BYTES = limits.MAX_EVIDENCE_BYTES


class Writer(BulkWrites):
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

    def put_blob(self, data: bytes, known_sha256: str | None = None) -> str:
        """Store ``data`` once under its SHA-256 (``known_sha256``: already computed from
        these very bytes, by the reader that hashed them while reading)."""
        sha = known_sha256 or hashlib.sha256(data).hexdigest()
        if self.s.get(m.Blob, sha) is None:
            self.s.add(m.Blob(sha256=sha, size=len(data), data=data))
            self.s.flush()
        return sha

    def add_file(
        self,
        commitment_id: str,
        name: str,
        data: bytes,
        *,
        known_sha256: str | None = None,
        **fields: Any,
    ) -> m.Evidence:
        if len(data) > MAX_EVIDENCE_BYTES:
            raise InvalidValue(
                "too_large",
                name=name,
                size=f"{len(data) / 1048576:.1f}",
                limit=MAX_EVIDENCE_BYTES // 1048576,
            )
        sha = self.put_blob(data, known_sha256)
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
