"""Read many rows straight from the sqlite3 cursor into light objects.

SQLAlchemy's result machinery costs about 4 microseconds a row on top of SQLite's own
fetch; a 2,000-commitment project has 166,000 live rows, so opening it spent 0.7 s of CPU
there alone (bench/gui_open.py). Here SQLAlchemy executes the statement and the rows are
read from its DBAPI cursor; the only per-value work is SQLAlchemy's own result processors
for the column types that have one (dates, booleans): the rows hold exactly the values
SQLAlchemy would have returned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

#: Rows fetched per call into SQLite: one ``fetchall`` of 100,000 rows holds Python's GIL
#: (the GUI thread's too) for 80 ms or more; batches of this size hold it a few ms each.
BATCH = 2000

Converter = Callable[[Any], Any] | None


def _batches(cursor: Any, converters: Sequence[Converter]):
    """The cursor's rows in batches, each value passed through its column's converter
    (column by column: ``map`` over a column runs in C, a loop per row would not)."""
    convert = [(i, f) for i, f in enumerate(converters) if f is not None]
    while True:
        batch = cursor.fetchmany(BATCH)
        if not batch:
            return
        if convert:
            columns: list[Any] = list(zip(*batch, strict=True))
            for i, f in convert:
                columns[i] = map(f, columns[i])
            batch = zip(*columns, strict=True)
        yield batch


def read_objects(
    cursor: Any,
    keys: Sequence[str],
    converters: Sequence[Converter],
    cls: type,
) -> list[Any]:
    """Instances of plain class ``cls`` (made without ``__init__``), one per row left in the
    executed ``cursor``, attribute ``keys[i]`` set to column ``i`` through ``converters[i]``."""
    keys = tuple(keys)
    new = object.__new__
    out: list[Any] = []
    append = out.append
    for batch in _batches(cursor, converters):
        for row in batch:
            obj = new(cls)
            obj.__dict__.update(zip(keys, row, strict=True))
            append(obj)
    return out


def read_tuples(
    cursor: Any,
    converters: Sequence[Converter],
    make: Callable[[Any], Any],
) -> list[Any]:
    """``make(row)`` for each row left in the executed ``cursor`` (e.g. a named tuple's
    constructor), values passed through ``converters``: no Python code runs per row."""
    out: list[Any] = []
    for batch in _batches(cursor, converters):
        out.extend(map(make, batch))
    return out
