"""The rows a merge reads: journal entries, what one side did by row, delete conflicts,
and the stored files it copies."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import SQLModel

from ...domain import limits
from ...domain import models as m


def our_columns(table: str) -> tuple[str, ...]:
    """Our own column names of one of our tables (never names read from the other file)."""
    return tuple(c.name for c in SQLModel.metadata.tables[m.ENTITIES[table].__tablename__].columns)


@dataclass
class Entry:
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
class Side:
    """What one side did since the last exchange, by row."""

    fields: dict[tuple[str, str], Entry] = field(default_factory=dict)  # last update per field
    created: dict[str, Entry] = field(default_factory=dict)
    intent: dict[str, Entry] = field(default_factory=dict)  # last delete/restore per row
    touched: dict[str, Entry] = field(default_factory=dict)  # last edit/create/restore
    entity: dict[str, str] = field(default_factory=dict)

    def add(self, e: Entry) -> None:
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
class DeleteConflict:
    deleted_by: str  # "ours" | "theirs"
    batch: str
    rows: list[str]  # the batch's rows the other side did not delete as well
    root: Entry
    keeper: Entry  # the other side's last change that clashes
    live_children: list[tuple[str, str]]  # (table, id) rows under the batch left live
    decision: str = "keep"  # "keep" | "delete"


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return a == b


def stored_blob(conn: sqlite3.Connection, db: str, sha: str) -> bytes | None:
    """A stored file's bytes, or None; one over the size limit is refused before it is read."""
    row = conn.execute(
        f"SELECT length(data), size FROM {db}.blob WHERE sha256 = ?", (sha,)
    ).fetchone()
    if row is None:
        return None
    if row[0] != row[1] or row[0] > limits.MAX_EVIDENCE_BYTES:
        return b""  # fails _blob_sound (unless the file claims to be empty, which it then is)
    return conn.execute(f"SELECT data FROM {db}.blob WHERE sha256 = ?", (sha,)).fetchone()[0]


def blob_sound(sha: str, data: bytes) -> bool:
    return hashlib.sha256(data).hexdigest() == sha


def chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
