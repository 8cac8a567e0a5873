"""Is a file's schema exactly ours? A received file is untrusted, and SQLite runs its schema.

A project file carries its own schema, and SQLite executes what that schema says: a trigger
fires on our next write, a view runs whatever query it holds when read (recursive ones never
end), a CHECK or generated column or expression index evaluates SQL on every insert. So
before any row is read or written, the file's schema objects are compared, one by one, with
the ones our own code creates for the file's version - from scratch (``schema_ddl``) or by
the upgrade steps from any older version - and anything else is refused. The comparison is
of the stored SQL text with whitespace and identifier quotes normalized, so any added
clause (a CHECK, a DEFAULT expression, COLLATE, a WHERE on an index) is a difference.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from . import migrations
from .errors import ProjectFileError

#: Tables each schema version added (absent from files made before it).
TABLE_SINCE: dict[str, int] = {
    "conflict": 2,
    "journal_mark": 3,
    "consultation_comment": 4,
    "report_profile": 4,
    "translation": 4,
}
#: Columns each schema version added to tables older than it.
COLUMN_SINCE: dict[tuple[str, str], int] = {
    (table, column.split()[0]): 4
    for table, columns in migrations.V4_COLUMNS.items()
    for column in columns
}

#: Objects SQLite itself may add; ANALYZE (e.g. run by hand in the sqlite3 shell) only
#: steers the query planner.
SQLITE_OWN = {("table", "sqlite_stat1"): {"CREATE TABLE sqlite_stat1(tbl,idx,stat)"}}

Objects = dict[tuple[str, str, str], set[str | None]]

_cache: dict[tuple, Objects] = {}
#: The upgrade steps as shipped (a test may replace one): the stored answer assumes them.
_SHIPPED_STEPS = dict(migrations.MIGRATIONS)


def normalize(sql: str | None) -> str | None:
    """SQL text with runs of whitespace closed up and identifier quotes dropped."""
    if sql is None:
        return None
    text = re.sub(r"\s+", " ", sql.replace('"', "").replace("`", "")).strip()
    return re.sub(r"\s*([(),])\s*", r"\1", text)


def expected_objects(version: int) -> Objects:
    """(type, name, table) -> the normalized SQL texts our code may have left for ``version``:
    the stored answer (``schema_stored.EXPECTED``) for the current version reached by the
    shipped upgrade steps, else the replay (``replayed_objects``)."""
    from . import schema_stored

    if version == schema_stored.VERSION and all(
        migrations.MIGRATIONS.get(v) is _SHIPPED_STEPS.get(v) for v in range(1, version)
    ):
        return _stored_objects()
    key = (version, tuple(id(migrations.MIGRATIONS.get(v)) for v in range(1, version)))
    if key not in _cache:
        _cache[key] = replayed_objects(version)
    return _cache[key]


def replayed_objects(version: int) -> Objects:
    """What ``expected_objects`` answers, computed: a file of ``version`` was created by some
    version ``start <= version`` and upgraded step by step, so each such path is replayed
    in memory and every object it leaves is allowed."""
    from .projectfile import schema_ddl  # the current models' DDL

    allowed: Objects = {}
    for start in range(migrations.OLDEST_SUPPORTED, version + 1):
        conn = sqlite3.connect(":memory:")
        try:
            for statement in schema_ddl():
                conn.execute(statement)
            for table, since in TABLE_SINCE.items():
                if since > start:
                    conn.execute(f"DROP TABLE {table}")
            # What the file's creating version wrote: SQLite cuts a dropped column's
            # text out of the stored CREATE TABLE, leaving the older version's text.
            for (table, column), since in COLUMN_SINCE.items():
                if since > start:
                    conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            for step in range(start, version):
                migrations.MIGRATIONS[step](conn)
            for kind, name, table, sql in conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
            ):
                allowed.setdefault((kind, name, table), set()).add(normalize(sql))
        finally:
            conn.close()
    return allowed


@functools.cache
def _stored_objects() -> Objects:
    from . import schema_stored

    return {key: set(texts) for key, texts in schema_stored.EXPECTED.items()}


def schema_problem(execute: Callable, version: int, db: str = "main") -> str | None:
    """The first way ``db``'s schema differs from ours for ``version``, or None."""
    found: Objects = {}
    for kind, name, table, sql in execute(
        f"SELECT type, name, tbl_name, sql FROM {db}.sqlite_master"
    ).fetchall():
        found.setdefault((kind, name, table), set()).add(normalize(sql))
    expected = expected_objects(version)
    for kind, name, _table in sorted(found):
        if kind in ("trigger", "view"):  # what would run: named first
            return f"{kind} {name!r}"
    for (kind, name, table), texts in sorted(found.items(), key=str):
        allowed = expected.get((kind, name, table)) or {
            normalize(s) for s in SQLITE_OWN.get((kind, name), set())
        }
        if not allowed:
            return f"unknown {kind} {name!r}"
        if not texts <= allowed:
            return f"{kind} {name!r} is not defined as ours"
    for kind, name, _table in expected:
        if kind == "table" and (kind, name, name) not in found:
            return f"table {name!r} is missing"
    return None


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse (ProjectFileError 'foreign_schema') a file whose schema is not exactly ours."""
    try:
        problem = schema_problem(conn.execute, version)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise ProjectFileError("corrupt", path=path, detail=str(exc)[:120]) from exc
    if problem is not None:
        raise ProjectFileError("foreign_schema", path=path, detail=problem)
