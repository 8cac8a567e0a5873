"""Where a publication stood in the project's change journal, and the journal entries after
it, read in one pass (no Qt).

A publication records a ``Mark`` in the site's manifest: its time, the file it was
published from (a digest of its instance id: the manifest is public) and the journal's last
``seq`` and time then. The next
publication to the folder reads the entries after that mark: by ``seq`` when it is the same
file (or a copy: a merge gives the entries it copies in new seqs, so changes made in another
copy before the last publication but merged after it are not missed), by time otherwise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import types
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from ...domain import models as m

_NO_SEQ = 1 << 62  # a seq no entry reaches: the query's seq test matches nothing
_NO_TIME = "\uffff"  # a time no entry reaches
_CHUNK = 500  # ids per "IN (...)" (SQLite allows 999 parameters in older builds)
_WHOLE_TABLE = 5000  # more ids than this: the table is read once instead


def utc(stamp: str, end: bool = False) -> str:
    """A timestamp as the journal writes them (ISO, UTC, microseconds), or "" if bad;
    ``end``: a time given to the second stands for the end of that second (a publication's
    time is taken to the second, after the changes made in that second)."""
    try:
        when = dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    if end and when.microsecond == 0:
        when = when.replace(microsecond=999999)
    return when.astimezone(dt.UTC).isoformat(timespec="microseconds")


def file_key(value: str) -> str:
    """What the manifest (a file of the public site) keeps of a project's or file's id: a
    digest that tells two apart without giving the id away ("" for none)."""
    if not value:
        return ""
    return hashlib.sha256(f"matrix-publish\0{value}".encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Mark:
    """Where a publication stood in a project's journal."""

    at: str  # the publication's time (ISO, UTC)
    instance: str = ""  # the file it was published from (``file_key``; "" unknown)
    seq: int | None = None  # the journal's last seq then (None unknown)
    journal_at: str = ""  # the journal's latest entry time then ("" none or unknown)

    def by_seq(self, instance: str) -> bool:
        return bool(self.instance) and self.instance == instance and self.seq is not None

    def threshold(self) -> str:
        """Entries later than this time are after the mark (when seqs cannot tell)."""
        return self.journal_at or utc(self.at, end=True)

    def after(self, seq: int | None, at: str, instance: str) -> bool:
        """Whether a journal entry of the file ``instance`` was made after this mark."""
        if self.by_seq(instance) and seq is not None:
            return seq > (self.seq or 0)
        return (at or "") > self.threshold()

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "instance": self.instance,
            "journal_seq": self.seq,
            "journal_at": self.journal_at,
        }

    @classmethod
    def from_json(cls, data: Any) -> Mark | None:
        if not isinstance(data, dict) or not isinstance(data.get("at"), str):
            return None
        seq = data.get("journal_seq")
        return cls(
            at=data["at"],
            instance=str(data.get("instance") or ""),
            seq=seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
            journal_at=str(data.get("journal_at") or ""),
        )


class Entry(NamedTuple):
    seq: int | None
    at: str
    author: str
    entity: str
    row_id: str
    commitment_id: str | None
    action: str
    field: str | None
    old: str | None
    new: str | None


def mark_now(conn, at: str, instance: str) -> Mark:
    """This publication's mark: the journal's last seq and latest time (two index reads:
    asked together, SQLite would scan the table)."""
    seq = conn.exec_driver_sql("SELECT max(seq) FROM journal").scalar()
    latest = conn.exec_driver_sql("SELECT max(at) FROM journal").scalar()
    return Mark(at=at, instance=instance, seq=int(seq or 0), journal_at=latest or "")


_COLUMNS = (
    "SELECT seq, at, author, entity, row_id, commitment_id, action, field, "
    # a create's values are the whole row: the row itself is read when its line needs it
    "CASE WHEN action = 'update' THEN old_value END, "
    "CASE WHEN action = 'update' THEN new_value END FROM journal"
)


def entries_after(conn, marks: Iterable[Mark], instance: str) -> list[Entry]:
    """The journal entries after the earliest of ``marks``, in the order they were written:
    one query through the seq index (or the time index, for a mark of another file), not
    one per row."""
    seq, at = _NO_SEQ, _NO_TIME
    for mark in marks:
        if mark.by_seq(instance):
            seq = min(seq, mark.seq or 0)
        else:
            at = min(at, mark.threshold())
    if seq == _NO_SEQ and at == _NO_TIME:
        return []
    if at == _NO_TIME:
        sql, params = f"{_COLUMNS} WHERE seq > ? ORDER BY seq", (seq,)
    elif seq == _NO_SEQ:
        sql, params = f"{_COLUMNS} WHERE at > ? ORDER BY seq, at", (at,)
    else:  # "seq > ? OR at > ?" would walk the whole seq index
        sql = f"{_COLUMNS} WHERE seq > ? UNION {_COLUMNS} WHERE at > ? ORDER BY 1, 2"
        params = (seq, at)
    return [Entry(*r) for r in conn.exec_driver_sql(sql, params).fetchall()]


def fetch_rows(conn, table: str, ids: set[str]) -> dict[str, Any]:
    """Rows of ``table`` by id, live or removed, as plain objects with the table's columns
    (a query per few hundred ids, or one read of the table for many)."""
    if table not in m.ENTITIES or not ids:
        return {}
    out: dict[str, Any] = {}

    def take(result) -> None:
        keys = list(result.keys())
        for values in result:
            row = types.SimpleNamespace(**dict(zip(keys, values, strict=True)))
            if row.id in ids:
                out[row.id] = row

    if len(ids) > _WHOLE_TABLE:
        take(conn.exec_driver_sql(f"SELECT * FROM {table}"))  # a table of the model, not input
        return out
    chunk = sorted(ids)
    for i in range(0, len(chunk), _CHUNK):
        part = tuple(chunk[i : i + _CHUNK])
        marks = ", ".join("?" * len(part))
        take(conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id IN ({marks})", part))
    return out


def previous_marks(
    record: Any, published: list[str], project_key: str
) -> tuple[Mark | None, Mark | None, str]:
    """From the manifest: (the last publication's mark, the mark its changes page compared
    with, when the changes it lists were published). An older manifest without a record
    stands at its latest file's date; one of another project is no previous publication.
    ``project_key``: the project's ``file_key``."""
    if isinstance(record, dict):
        other = str(record.get("project") or "")
        last = Mark.from_json(record)
        if last is None or (other and project_key and other != project_key):
            return None, None, ""
        changes = record.get("changes") if isinstance(record.get("changes"), dict) else {}
        base = Mark.from_json(changes.get("since"))
        return last, base, str(changes.get("published") or last.at)
    if published:
        latest = max(published)
        return Mark(at=latest, journal_at=utc(latest, end=True)), None, min(published)
    return None, None, ""


class Rows:
    """Rows by table and id: the published ones from the snapshot, any other (removed, or
    not published) read in a query per table and round."""

    def __init__(self, conn, index: dict[str, dict[str, Any]]):
        self.conn, self.index = conn, index
        self.other: dict[str, dict[str, Any]] = {}
        self.tried: set[tuple[str, str]] = set()

    def published(self, table: str, row_id: str | None) -> bool:
        return row_id is not None and row_id in self.index.get(table, {})

    def get(self, table: str, row_id: str | None) -> Any:
        if row_id is None:
            return None
        got = self.index.get(table, {}).get(row_id)
        return got if got is not None else self.other.get(table, {}).get(row_id)

    def need(self, wanted: list[tuple[str, str | None]]) -> bool:
        """Read the rows not known yet; False when there were none."""
        missing: dict[str, set[str]] = {}
        for table, row_id in wanted:
            key = (table, row_id or "")
            if row_id and key not in self.tried and self.get(table, row_id) is None:
                self.tried.add(key)
                missing.setdefault(table, set()).add(row_id)
        for table, ids in missing.items():
            self.other.setdefault(table, {}).update(fetch_rows(self.conn, table, ids))
        return bool(missing)

    def refs(self, table: str, row: Any) -> list[tuple[str, str | None]]:
        """The rows a row's line names or is grouped by."""
        if row is None:
            return []
        if table in ("target", "measurement"):
            return [("indicator", row.indicator_id)]
        if table == "target_revision":
            target = self.get("target", row.target_id)
            if target is None:
                return [("target", row.target_id)]
            return [("indicator", target.indicator_id)]
        if table == "commitment_institution":
            return [("institution", row.institution_id)]
        if table == "translation":
            return [(row.entity, row.row_id)]
        return []

    def extra(self, table: str, row: Any) -> Any:
        """The indicator or institution a row's line names."""
        refs = self.refs(table, row)
        return self.get(*refs[0]) if refs and table != "translation" else None
