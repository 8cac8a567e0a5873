"""Rows read from a workbook, checked against each other and the project, then written at once.

Every importer (our own workbook, classic logframes, mapped sheets) produces ``Staged`` rows.
``plan_changes`` checks references, logframe levels and dates, compares with what the project
holds and sorts each row into added / updated / unchanged - collecting every problem. Only a
plan with no errors can be applied; ``apply_changes`` writes it in ONE transaction (bulk
inserts and updates, journaled), checking for cancel between chunks, so a cancel or an error
leaves the project exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select as sa_select

from ...domain import models as m
from ...domain.vocabulary import PARENT_LEVEL, Level
from ...storage.bulk_load import bigger_cache, indexes_rebuilt
from ..project import DERIVE_COMMITMENT, Project, Writer
from .errors import Cancelled, ProblemList
from .layout import REFERENCES, SHEETS

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass
class Staged:
    """One row to import: its values (always with ``id``) and where each came from."""

    table: str
    values: dict[str, Any]
    sheet: str
    row: int | None
    columns: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.values["id"]

    def where(self, fieldname: str) -> str | None:
        return self.columns.get(fieldname)


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}


@dataclass
class Changes:
    """What an import would do: per table, rows to add and field changes to make."""

    adds: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, list[tuple[str, dict[str, Any]]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.adds.values()) + sum(len(v) for v in self.updates.values())


def same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a) == bool(b) and isinstance(a, bool | int) and isinstance(b, bool | int)
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    if isinstance(a, dt.date) and isinstance(b, dt.date):
        return a == b
    return a == b


def _existing(project: Project, tables: set[str], ids: dict[str, set[str]]) -> dict[str, dict]:
    """Current rows (all content fields, tombstoned ones too) of ``tables`` by id.

    Tables holding rows the import touches are loaded whole when the workbook names many of
    their rows (one scan beats thousands of lookups), otherwise by id in chunks."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with project.read() as s:
        conn = s.connection()
        for table in tables:
            t = m.ENTITIES[table].__table__  # type: ignore[attr-defined]
            wanted = ids.get(table)
            rows: dict[str, dict[str, Any]] = {}
            if wanted is not None and len(wanted) < 2000:
                listed = list(wanted)
                for i in range(0, len(listed), 900):
                    q = sa_select(t).where(t.c.id.in_(listed[i : i + 900]))
                    for r in conn.execute(q).mappings():
                        rows[r["id"]] = dict(r)
            else:
                for r in conn.execute(sa_select(t)).mappings():
                    rows[r["id"]] = dict(r)
            out[table] = rows
    return out


def _blobs(project: Project, hashes: set[str]) -> set[str]:
    if not hashes:
        return set()
    with project.read() as s:
        t = m.Blob.__table__  # type: ignore[attr-defined]
        listed = list(hashes)
        found: set[str] = set()
        for i in range(0, len(listed), 900):
            q = sa_select(t.c.sha256).where(t.c.sha256.in_(listed[i : i + 900]))
            found.update(r[0] for r in s.connection().execute(q))
        return found


def plan_changes(
    project: Project,
    staged: dict[str, list[Staged]],
    problems: ProblemList,
    cancelled: CancelCheck | None = None,
) -> Changes:
    """Check ``staged`` rows and work out the changes; problems are added to ``problems``."""
    cancelled = cancelled or (lambda: False)
    changes = Changes()
    from . import translation_rows  # it builds on this module's Staged

    translation_rows.key_ids(staged)
    # 1. duplicates within the workbook
    by_table: dict[str, dict[str, Staged]] = {}
    for table in SHEETS:
        seen: dict[str, Staged] = {}
        for st in staged.get(table, []):
            first = seen.get(st.id)
            if first is not None:
                problems.add(
                    st.sheet, st.row, st.where("id"), st.values.get("_key", st.id),
                    "duplicate_id", other=first.row,
                )  # fmt: skip
                continue
            seen[st.id] = st
        by_table[table] = seen
    # 2. what the project holds: rows the workbook names, and every row it may refer to
    wanted: dict[str, set[str]] = {t: set(rows) for t, rows in by_table.items() if rows}
    ref_tables = {
        REFERENCES[f]
        for t, rows in by_table.items()
        if rows
        for f in m.content_fields(m.ENTITIES[t])
        if f in REFERENCES
    }
    for table in ref_tables:
        wanted.pop(table, None)  # referenced tables are loaded whole
    existing = _existing(project, set(wanted) | ref_tables, wanted)
    if cancelled():
        raise Cancelled()

    # The project's live rows indexed by id once: every check below is a dict lookup.
    alive = {
        t: {k: r for k, r in rows.items() if r["deleted_at"] is None}
        for t, rows in existing.items()
    }
    nothing: dict[str, dict[str, Any]] = {}

    def live(table: str, row_id: str) -> dict[str, Any] | None:
        return alive.get(table, nothing).get(row_id)

    skipped: dict[str, set[str]] = defaultdict(set)
    # 3. rows deleted in the project stay deleted; file evidence without its file is skipped
    for table, rows in by_table.items():
        for row_id, st in list(rows.items()):
            old = existing.get(table, {}).get(row_id)
            if old is not None and old["deleted_at"] is not None:
                problems.add(st.sheet, st.row, st.where("id"), None, "deleted_here", warning=True)
                skipped[table].add(row_id)
                del rows[row_id]
    files = {
        st.values.get("sha256")
        for st in by_table.get("evidence", {}).values()
        if st.values.get("kind") == "file"
    }
    have = _blobs(project, {h for h in files if h})
    for row_id, st in list(by_table.get("evidence", {}).items()):
        if st.values.get("kind") == "file" and st.values.get("sha256") not in have:
            problems.add(
                st.sheet, st.row, st.where("file_name"), None, "file_not_here",
                warning=True, name=st.values.get("file_name") or st.values.get("title"),
            )  # fmt: skip
            skipped["evidence"].add(row_id)
            del by_table["evidence"][row_id]

    def exists(table: str, row_id: str) -> bool:
        return row_id in by_table.get(table, nothing) or row_id in alive.get(table, nothing)

    def value_of(table: str, row_id: str, name: str) -> Any:
        """``lookup(table, row_id)[name]`` without merging whole rows (called per row)."""
        st = by_table.get(table, {}).get(row_id)
        if st is not None and name in st.values:
            return st.values[name]
        row = live(table, row_id)
        return None if row is None else row.get(name)

    translation_rows.check(project, by_table, problems)
    # 4. references, derived commitment ids, logframe levels, date order
    for table, rows in by_table.items():
        cls = m.ENTITIES[table]
        fields = m.content_fields(cls)
        # Each reference's two places to look, found once per table (hundreds of thousands
        # of rows refer to a few tables).
        refs = [
            (
                f,
                REFERENCES[f],
                by_table.get(REFERENCES[f], nothing),
                alive.get(REFERENCES[f], nothing),
            )
            for f in fields
            if f in REFERENCES
        ]
        pairs = [(a, b) for a, b in _DATE_PAIRS if a in fields and b in fields]
        derive = DERIVE_COMMITMENT.get(table)
        alive_here = alive.get(table, nothing)
        for st in rows.values():
            vals = st.values
            for f, target_table, in_book, in_project in refs:
                target_id = vals.get(f)
                if target_id is None:
                    continue
                if target_id not in in_book and target_id not in in_project:
                    if f == "evidence_id" and target_id in skipped["evidence"]:
                        vals[f] = None
                        continue
                    problems.add(
                        st.sheet, st.row, st.where(f), vals.get(f"_key_{f}", target_id),
                        "dangling", entity=SHEETS[target_table][0].lower(),
                    )  # fmt: skip
            if derive is not None:
                parent_table, fk = derive
                parent_id = vals.get(fk)
                if parent_id and exists(parent_table, parent_id):
                    derived = value_of(parent_table, parent_id, "commitment_id")
                    if vals.get("commitment_id") in (None, ""):
                        vals["commitment_id"] = derived
                    elif vals["commitment_id"] != derived:
                        problems.add(
                            st.sheet, st.row, st.where("commitment_id"),
                            vals.get("_key_commitment_id", vals["commitment_id"]),
                            "other_commitment",
                        )  # fmt: skip
            if table == "result":
                _check_result(st, exists, value_of, problems)
            if not pairs:
                continue
            current = alive_here.get(st.id)
            merged = vals if current is None else {**current, **vals}
            for a, b in pairs:
                start, end = merged.get(a), merged.get(b)
                if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
                    problems.add(
                        st.sheet, st.row, st.where(b), end.isoformat(), "dates_order",
                        start=start.isoformat(), end=end.isoformat(),
                    )  # fmt: skip
    if cancelled():
        raise Cancelled()
    # 5. added / updated / unchanged, positions for new rows without one
    for table, rows in by_table.items():
        cls = m.ENTITIES[table]
        counts = changes.counts[table]
        has_position = "position" in cls.model_fields
        next_pos = (
            _position_counter(table, existing.get(table), by_table[table]) if has_position else None
        )
        alive_here = alive.get(table, nothing)
        for st in rows.values():
            current = alive_here.get(st.id)
            values = st.values
            # Without its "_key..." notes (with its id). The smallest key sorting after "_"
            # means there is none (usual for our own exports): a copy in C, no loop per key.
            if min(values, default="`")[:1] > "_":
                given = values.copy()
            else:
                given = {k: v for k, v in values.items() if k[:1] != "_"}
            if current is None:
                if has_position and given.get("position") is None:
                    given["position"] = next_pos(given)  # type: ignore[misc]
                changes.adds[table].append(given)
                counts.added += 1
                continue
            del given["id"]
            if has_position and "position" in given and given["position"] is None:
                del given["position"]
            if table == "measurement" and "evidence_id" in given and given["evidence_id"] is None:
                cited = current.get("evidence_id")
                if cited is not None and live("evidence", cited) is None:
                    del given["evidence_id"]  # the export left out a deleted evidence: keep it
            diff = {k: v for k, v in given.items() if not same(current.get(k), v)}
            if diff:
                changes.updates[table].append((st.id, diff))
                counts.updated += 1
            else:
                counts.unchanged += 1
    return changes


def _position_counter(table: str, existing: dict | None, staged: dict[str, Staged]):
    """New rows without an order go after their siblings, in workbook order."""
    keys = m.ENTITIES[table].sibling_keys
    top: dict[tuple, float] = defaultdict(float)
    for row in (existing or {}).values():
        if row["deleted_at"] is None and row.get("position") is not None:
            k = tuple(row.get(f) for f in keys)
            top[k] = max(top[k], row["position"])
    for st in staged.values():
        pos = st.values.get("position")
        if pos is not None:
            k = tuple(st.values.get(f) for f in keys)
            top[k] = max(top[k], pos)

    def next_position(values: dict[str, Any]) -> float:
        k = tuple(values.get(f) for f in keys)
        top[k] += 1.0
        return top[k]

    return next_position


def _check_result(st: Staged, exists, value_of, problems: ProblemList) -> None:
    vals = st.values
    level, parent_id = vals.get("level"), vals.get("parent_id")
    if level is None or parent_id is None:
        return
    if not exists("result", parent_id):
        return  # reported as dangling
    parent_level = value_of("result", parent_id, "level")
    wanted = PARENT_LEVEL.get(Level(level)) if level in _LEVELS else None
    if wanted is None or parent_level != wanted:
        problems.add(
            st.sheet, st.row, st.where("parent_id"), vals.get("_key_parent_id", parent_id),
            "bad_parent", level=level, parent=parent_level,
        )  # fmt: skip
    elif value_of("result", parent_id, "commitment_id") != vals.get("commitment_id"):
        problems.add(
            st.sheet, st.row, st.where("parent_id"), vals.get("_key_parent_id", parent_id),
            "other_commitment",
        )  # fmt: skip


_LEVELS = {lv.value for lv in Level}
_DATE_PAIRS = (("start_date", "end_date"), ("period_start", "period_end"))


CHUNK = 5000


def apply_changes(
    project: Project,
    changes: Changes,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Write ``changes`` in one transaction; Cancelled or any error rolls everything back."""
    cancelled = cancelled or (lambda: False)
    with project.write() as w:
        # The importer has checked every reference; let SQLite check them at commit, so rows
        # may arrive in any order (a logframe row before its parent, a commitment it continues).
        w.s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        raw = w.raw_connection()
        with bigger_cache(raw):
            with indexes_rebuilt(raw, "journal", changes.size if w.journal_enabled else 0):
                _write_rows(w, changes, progress, cancelled)
        if cancelled():
            raise Cancelled()


def _write_rows(
    w: Writer, changes: Changes, progress: Progress | None, cancelled: CancelCheck
) -> None:
    total, done = max(changes.size, 1), 0
    for table, cls in m.ENTITIES.items():
        adds = changes.adds.get(table, [])
        with indexes_rebuilt(w.raw_connection(), table, len(adds)):
            for i in range(0, len(adds), CHUNK):
                if cancelled():
                    raise Cancelled()
                w.bulk_create(cls, adds[i : i + CHUNK], check=False)
                done += len(adds[i : i + CHUNK])
                if progress:
                    progress(done, total)
        updates = changes.updates.get(table, [])
        for i in range(0, len(updates), CHUNK):
            if cancelled():
                raise Cancelled()
            w.bulk_update(cls, updates[i : i + CHUNK], check=False)
            done += len(updates[i : i + CHUNK])
            if progress:
                progress(done, total)
