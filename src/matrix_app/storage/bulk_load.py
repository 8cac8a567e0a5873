"""Settings for one large write transaction (imports): a bigger page cache, and a table's
secondary indexes dropped while its rows are loaded and rebuilt right after.

Random 32-hex ids put every new row (and journal entry) on a random page of its indexes;
building an index once from the loaded table (sorted) costs far less than growing it one entry
at a time once the new entries outnumber the old. SQLite DDL is transactional: a failure or a Cancel
rolls the drop back with everything else, so the file keeps every index.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

#: Page cache during a bulk load (negative: KiB), restored afterwards: the connection is
#: pooled and an interactive edit does not need 64 MiB.
BULK_CACHE_KIB = -65536


@contextlib.contextmanager
def bigger_cache(raw: sqlite3.Connection) -> Iterator[None]:
    """``PRAGMA cache_size`` raised for the block, restored even when it fails."""
    cache = raw.execute("PRAGMA main.cache_size").fetchone()[0]
    raw.execute(f"PRAGMA main.cache_size={BULK_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA main.cache_size={int(cache)}")


def secondary_indexes(raw: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, CREATE INDEX text) of ``table``'s plain indexes, as the file stores them; the
    primary key and UNIQUE constraints (no SQL text, or UNIQUE) stay: they check rows."""
    rows = raw.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL ORDER BY name",
        (table,),
    ).fetchall()
    return [(name, sql) for name, sql in rows if not sql.upper().startswith("CREATE UNIQUE")]


def _droppable(raw: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """The secondary indexes that loading ``table`` can do without. Not one on a column that
    refers to ``table`` itself (a result's parent): with foreign keys deferred, each row added
    while a reference is still unresolved looks its children up through that index."""
    own_refs = {
        ref[3] for ref in raw.execute(f'PRAGMA main.foreign_key_list("{table}")') if ref[2] == table
    }
    return [
        (name, sql)
        for name, sql in secondary_indexes(raw, table)
        if not own_refs & {col[2] for col in raw.execute(f'PRAGMA main.index_info("{name}")')}
    ]


@contextlib.contextmanager
def indexes_rebuilt(raw: sqlite3.Connection, table: str, adding: int) -> Iterator[None]:
    """Drop ``table``'s secondary indexes for the block when ``adding`` rows outnumber the
    rows it has, and create them again, from their own stored text, when the block ends
    normally. Must run inside the write transaction (on error the rollback restores them)."""
    if not raw.in_transaction:
        raise RuntimeError("indexes_rebuilt needs an open transaction")
    # max(rowid): found in the index in one step, where count(*) reads the whole table.
    have = raw.execute(f"SELECT coalesce(max(rowid), 0) FROM main.{table}").fetchone()[0]
    dropped = _droppable(raw, table) if adding > have else []
    for name, _sql in dropped:
        raw.execute(f'DROP INDEX main."{name}"')
    yield
    for _name, sql in dropped:
        raw.execute(sql)
