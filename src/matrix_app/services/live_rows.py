"""Live rows of one table, in SQL order, as ORM objects or as light read-only twins.

``load_snapshot`` reads every table through ``live_rows``. The light twins (``plain_class``,
``narrow_class``) carry the model's column values, constants and methods without the ORM's
instrumentation, read straight from the sqlite3 cursor (``storage/light_read.py``).
"""

from __future__ import annotations

import functools
from collections import namedtuple

from sqlalchemy import text
from sqlmodel import Session, col, select

from ..domain import models as m
from ..domain import tables
from ..storage.light_read import read_objects, read_tuples

#: Rows fetched per call into SQLite: one ``fetchall`` of 100,000 rows holds Python's GIL
#: (the GUI thread's too) for 80 ms or more; batches of this size hold it a few ms each.
LIVE_BATCH = 2000


_PLAIN: dict[type, type] = {}


def plain_class(cls: type) -> type:
    """A light twin of model class ``cls`` for reading: the same column attributes, class
    constants and methods (``theme_list``...), its values in a plain ``__dict__`` instead of
    the ORM's instrumented attributes, which cost more to build and to read than the rows'
    use in a publication or a report. Not attached to any session: never written back."""
    got = _PLAIN.get(cls)
    if got is None:
        columns = set(cls.__table__.columns.keys())  # type: ignore[attr-defined]
        ns: dict[str, object] = {"__module__": __name__, "__doc__": cls.__doc__}
        ns["__tablename__"] = cls.__tablename__  # type: ignore[attr-defined] - its table's name
        for klass in reversed(cls.__mro__):
            if not klass.__module__.startswith(tables.__name__ + "."):  # not SQLModel's
                continue
            for name, value in vars(klass).items():
                if name.startswith(("__", "model_", "_sa_")) or name in columns:
                    continue
                ns[name] = value
        got = _PLAIN[cls] = type(cls.__name__, (), ns)
    return got


_NARROW: dict[tuple[type, tuple[str, ...]], type] = {}


def narrow_class(cls: type, keys: tuple[str, ...]) -> type:
    """A named tuple of some of model class ``cls``'s columns, with its constants and
    methods (see ``plain_class``): what a narrow read makes (``view_columns``), read-only."""
    got = _NARROW.get((cls, keys))
    if got is None:
        base = namedtuple(cls.__name__, keys)  # type: ignore[misc]
        ns = {k: v for k, v in vars(plain_class(cls)).items() if not k.startswith("__")}
        ns.update(__slots__=(), __module__=__name__, __doc__=cls.__doc__)
        got = _NARROW[(cls, keys)] = type(cls.__name__, (base,), ns)
    return got


def _converter(type_, dialect):
    """SQLAlchemy's own result processor for a column type (None: values pass as they are),
    memoized: SQLite's dates are parsed by a regular expression, 2 microseconds a value,
    and 100,000 measurements share a few hundred dates (a date is immutable: shared safely)."""
    process = type_.dialect_impl(dialect).result_processor(dialect, None)
    return None if process is None else functools.lru_cache(maxsize=8192)(process)


def live_rows(s: Session, cls, order: str, plain: bool = False, few=None, columns=None):
    """Live rows of ``cls`` in SQL ``order`` (column names, "": none; ties in storage order). SQLite
    sorts without holding Python's GIL; sorting 100,000 rows in Python would hold it for a
    second. ``plain``: rows of ``plain_class(cls)`` read by the driver's SQL (same values,
    same types): no statement to compile, 50 ms of CPU on a project's first load.
    ``few``: only the rows of these commitment ids (a few commitments, through their index;
    a narrative of no commitment too). ``columns``: with ``plain``, only these columns (the
    rows lack the other attributes)."""
    table = cls.__table__
    where, params = _where(cls, few)
    by = f"{order}, rowid" if order else "rowid"
    if plain:
        shown = [c for c in table.columns if columns is None or c.key in columns]
        keys = [c.key for c in shown]
        names = ", ".join(f'"{c.name}"' for c in shown)
        sql = f'SELECT {names} FROM "{table.name}" WHERE deleted_at IS NULL{where} ORDER BY {by}'
        conn = s.connection()
        converters = [_converter(c.type, conn.dialect) for c in shown]
        # the rows are read from the DBAPI cursor, past SQLAlchemy's per-row machinery
        result = conn.exec_driver_sql(sql, params)
        try:
            if columns is not None:
                make = functools.partial(tuple.__new__, narrow_class(cls, tuple(keys)))
                return read_tuples(result.cursor, converters, make)
            return read_objects(result.cursor, keys, converters, plain_class(cls))
        finally:
            result.close()
    q = select(cls).where(col(cls.deleted_at).is_(None))
    if few is not None and "commitment_id" in table.columns:
        column = table.c.commitment_id
        q = q.where(column.in_(few) | column.is_(None) if cls is m.Narrative else column.in_(few))
    elif few is not None and cls is m.Commitment:
        q = q.where(table.c.id.in_(few))
    q = q.order_by(text(by))
    return list(s.exec(q.execution_options(yield_per=LIVE_BATCH)).all())


def _where(cls, few) -> tuple[str, tuple]:
    """The SQL condition (after ``AND``) and parameters selecting ``few`` commitments' rows.
    One placeholder per id, as SQLAlchemy's ``in_`` does: with ``IN (SELECT value FROM
    json_each(?))`` SQLite chose the deleted_at index over the commitment index (an edit's
    refresh 27 -> 61 ms of CPU, bench/gui_edit.py)."""
    if few is None:
        return "", ()
    ids = tuple(sorted(few))
    marks = ", ".join("?" * len(ids)) or "NULL"
    columns = cls.__table__.columns
    if "commitment_id" in columns:
        cond = f"commitment_id IN ({marks})"
        if cls is m.Narrative:  # the plan's own narratives too
            cond = f"({cond} OR commitment_id IS NULL)"
    elif cls is m.Commitment:
        cond = f"id IN ({marks})"
    else:
        return "", ()
    return f" AND {cond}", ids
