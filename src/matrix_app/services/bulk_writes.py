"""Writes of many rows at once (imports, generators): executemany straight to the driver,
journaled exactly as one ``create`` or ``update`` per row would be, only far faster."""

from __future__ import annotations

import datetime as dt
import functools
import json
import typing
import uuid
from collections.abc import Callable
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam as sa_bindparam
from sqlmodel import Session

from ..domain import models as m
from .values import InvalidValue, coerce, to_json

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
def _date_positions(cls: type[m.Row]) -> tuple[int, ...]:
    """Where the dates are among ``content_fields(cls)``: only they need turning into ISO
    text (a test on every value of every row cost a tenth of a large import's writing)."""
    out = []
    for i, name in enumerate(m.content_fields(cls)):
        kinds = typing.get_args(cls.model_fields[name].annotation) or (
            cls.model_fields[name].annotation,
        )
        if any(isinstance(k, type) and issubclass(k, dt.date) for k in kinds):
            out.append(i)
    return tuple(out)


@functools.cache
def _insert_sql(table: str, columns: tuple[str, ...] | list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _literal(value: Any) -> str | None:
    """``value`` as SQL text that stores exactly what binding it would (NULL, or a text
    quoted), or None when it cannot be written so (another type, a NUL character)."""
    if value is None:
        return "NULL"
    if value.__class__ is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _insert_rows(
    cursor: Any, table: str, columns: list[str], constants: dict[str, Any], rows: list[tuple]
) -> None:
    """executemany of ``rows``, which hold the values of ``columns`` that are not in
    ``constants``, in order. A constant (the same for every row of the batch: its time,
    author, batch, "create") is written into the statement once instead of being bound on
    every row: binding is most of what executemany costs per value, and a journal entry
    has eight such columns of thirteen. One that cannot be a literal is bound as before."""
    literals = {c: _literal(v) for c, v in constants.items()}
    if None in literals.values():  # not met by our writers (their constants are text)
        full = []
        for row in rows:
            it = iter(row)
            full.append(tuple(constants[c] if c in constants else next(it) for c in columns))
        cursor.executemany(_insert_sql(table, tuple(columns)), full)
        return
    values = ", ".join(literals.get(c) or "?" for c in columns)
    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({values})", rows)


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


class BulkWrites:
    """``Writer``'s bulk methods, kept apart for size; they use the writer's journal state."""

    s: Session
    author: str
    origin: str
    batch: str
    now: Any
    journal_enabled: bool
    _seq: int

    if TYPE_CHECKING:

        def _next_seq(self, entry_id: str) -> int: ...

        def adopt_entries(self, ids: list[str]) -> int: ...

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
        date_positions = _date_positions(cls)
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
            plain = list(map(rec.get, fields, default_values))
            for i in date_positions:
                v = plain[i]
                if isinstance(v, date):
                    plain[i] = v.isoformat()
            records.append((row_id, *plain))
            if journaled:
                seq += 1
                journal.append(
                    (
                        entry_id,
                        seq,
                        row_id,
                        (row_id if cfield == "id" else rec.get(cfield, cdefault))
                        if cfield
                        else None,
                        encode(dict(zip(fields, plain, strict=True))),
                    )
                )
        self.adopt_entries(entry_ids)
        self.s.flush()
        # Straight to the driver: SQLAlchemy's per-row parameter processing would cost more
        # than SQLite's own insert (the values are already checked and converted above).
        cursor = self.s.connection().connection.driver_connection.cursor()
        try:
            columns = ["id", "created_at", "updated_at", "deleted_at", *fields]
            stamps = {"created_at": stamp, "updated_at": stamp, "deleted_at": None}
            _insert_rows(cursor, table_name, columns, stamps, records)
            if journal:
                constants = {
                    "at": self.now, "author": self.author, "origin": self.origin,
                    "entity": table_name, "action": "create", "field": None,
                    "old_value": None, "batch": self.batch,
                }  # fmt: skip
                _insert_rows(cursor, "journal", JOURNAL_COLUMNS, constants, journal)
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
