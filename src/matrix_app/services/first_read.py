"""The first data a window shows, read with sqlite3 alone: no SQLAlchemy, SQLModel or models.

Importing those costs about 0.6 s of CPU, most of a cold start on the sample (issue 16). A
file ``storage.projectfile.check_project_file`` has passed (every check and refusal of an
ordinary open) is read here through a plain sqlite3 connection: the tree's outline and the
rows ``load_snapshot(s, plain=True, narrow=True)`` reads, the same columns in the same order
with the same values and types, into light read-only twins of the model classes. The figures
and findings are then computed by the same code (``CommitmentData``, ``domain.quality``);
``tests/unit/test_first_read.py`` wants them equal to the ORM's whole read.

The columns and their types come from the stored DDL (``storage/schema_stored.py``, kept equal
to what the models compile to); the twins' methods and class constants are copies of the
models' (the test compares their byte code and values).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3
from collections import namedtuple
from collections.abc import Callable
from typing import Any

from ..storage.light_read import Converter, read_objects, read_tuples
from ..storage.schema_stored import DDL
from .outline import PlanLine, read_outline
from .snapshot import Snapshot
from .snapshot_read import group_rows
from .translation_findings import TEXT_FIELDS, read_state
from .view_columns import view_columns


def theme_list(self) -> list[str]:
    return [t.strip() for t in self.themes.split(";") if t.strip()]


def sdg_list(self) -> list[str]:
    return [t.strip() for t in self.sdgs.split(";") if t.strip()]


def publishable(self) -> bool:
    """Whether the website may show it: files only once marked public."""
    if self.public is not None:
        return self.public
    return self.kind != "file"


#: table -> the models' methods its rows have (copies: the test compares their byte code).
METHODS: dict[str, dict[str, Callable[..., Any]]] = {
    "commitment": {"theme_list": theme_list, "sdg_list": sdg_list},
    "evidence": {"publishable": publishable},
}
#: table -> the models' class constants (``Row.sibling_keys``, ``Row.commitment_field``).
CONSTANTS: dict[str, dict[str, Any]] = {
    "commitment": {"sibling_keys": ("plan_id",), "commitment_field": "id"},
    "commitment_institution": {"sibling_keys": ("commitment_id",), "commitment_field": "commitment_id"},
    "result": {"sibling_keys": ("commitment_id", "parent_id", "level"), "commitment_field": "commitment_id"},
    "indicator": {"sibling_keys": ("result_id",), "commitment_field": "commitment_id"},
    "target": {"commitment_field": "commitment_id"},
    "target_revision": {"commitment_field": "commitment_id"},
    "measurement": {"commitment_field": "commitment_id"},
    "evidence": {"commitment_field": "commitment_id"},
    "narrative": {"commitment_field": "commitment_id"},
    "consultation_comment": {"sibling_keys": ("plan_id",)},
    "translation": {"sibling_keys": ("row_id",), "commitment_field": "commitment_id"},
}  # fmt: skip
_ROW_CONSTANTS = {"sibling_keys": (), "commitment_field": None}


@functools.cache
def table_columns() -> dict[str, tuple[tuple[str, str], ...]]:
    """table -> its (column, declared type) pairs in the stored DDL's order."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for statement in DDL:
        found = re.match(r'\s*CREATE TABLE "?(\w+)"? \((.*)\)\s*$', statement, re.S)
        if found is None:
            continue
        pairs = []
        for line in found.group(2).split("\n\t"):
            words = line.strip().rstrip(",").split()
            if not words or words[0] in ("PRIMARY", "FOREIGN"):
                continue
            pairs.append((words[0].strip('"'), words[1].split("(")[0]))
        out[found.group(1)] = tuple(pairs)
    return out


def _int_to_boolean(value: Any) -> bool | None:
    return None if value is None else bool(value)


#: declared type -> what SQLAlchemy's SQLite dialect makes of a stored value (None: as is);
#: dates memoized as ``live_rows._converter`` does.
_CONVERTERS: dict[str, Converter] = {
    "DATE": functools.lru_cache(maxsize=8192)(
        lambda v: None if v is None else dt.date.fromisoformat(v)
    ),
    "BOOLEAN": _int_to_boolean,
}


def _class_name(table: str) -> str:
    return "".join(word.capitalize() for word in table.split("_"))


@functools.cache
def plain_twin(table: str) -> type:
    """A light read-only row class of ``table``, as ``live_rows.plain_class`` makes."""
    ns: dict[str, Any] = {"__module__": __name__}
    ns.update(_ROW_CONSTANTS)
    ns.update(CONSTANTS.get(table, {}))
    ns.update(METHODS.get(table, {}))
    return type(_class_name(table), (), ns)


@functools.cache
def narrow_twin(table: str, keys: tuple[str, ...]) -> type:
    """A named tuple of some of ``table``'s columns, as ``live_rows.narrow_class`` makes."""
    base = namedtuple(_class_name(table), keys)  # type: ignore[misc]
    ns = {k: v for k, v in vars(plain_twin(table)).items() if not k.startswith("__")}
    ns.update(__slots__=(), __module__=__name__)
    return type(_class_name(table), (base,), ns)


def live(conn: sqlite3.Connection, table: str, order: str, wanted=None) -> list[Any]:
    """Live rows of ``table`` in SQL ``order`` (ties in storage order): what ``live_rows``
    with ``plain=True`` and ``columns=wanted`` reads."""
    shown = [(c, t) for c, t in table_columns()[table] if wanted is None or c in wanted]
    keys = [c for c, _ in shown]
    names = ", ".join(f'"{c}"' for c in keys)
    by = f"{order}, rowid" if order else "rowid"
    cursor = conn.execute(f'SELECT {names} FROM "{table}" WHERE deleted_at IS NULL ORDER BY {by}')
    try:
        converters = [_CONVERTERS.get(t) for _, t in shown]
        if wanted is not None:
            make = functools.partial(tuple.__new__, narrow_twin(table, tuple(keys)))
            return read_tuples(cursor, converters, make)
        return read_objects(cursor, keys, converters, plain_twin(table))
    finally:
        cursor.close()


def read_snapshot(
    conn: sqlite3.Connection, progress: Callable[[int, int], None] | None = None
) -> Snapshot:
    """What ``load_snapshot(s, plain=True, narrow=True)`` gives, read through ``conn``."""
    state = read_state(conn.execute)
    columns = view_columns(TEXT_FIELDS if state.wanted else None)

    def rows(table: str, order: str) -> list[Any]:
        return live(conn, table, order, columns.get(table))

    return group_rows(rows, state, progress)


def read_first(
    conn: sqlite3.Connection, progress: Callable[[int, int], None] | None = None
) -> tuple[list[PlanLine], Snapshot, dict[str, str]]:
    """The outline, the snapshot and the file's meta, in one read transaction (the same
    state of the file for all three, as a writer may commit between two statements)."""
    conn.execute("BEGIN")
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        return read_outline(conn.execute), read_snapshot(conn, progress), meta
    finally:
        conn.execute("ROLLBACK")
