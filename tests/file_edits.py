"""Project files changed with plain sqlite3, as any program could: ``edit``, and a file whose
rows are whole but whose indexes lie (what a copy torn by a commit leaves), which only
SQLite's integrity check sees (no query the views run reads those indexes)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


def edit(path: Path, fn: Callable[[sqlite3.Connection], None]) -> Path:
    """``fn(conn)`` on ``path``, committed."""
    conn = sqlite3.connect(path)
    try:
        fn(conn)
        conn.commit()
    finally:
        conn.close()
    return path


def swap_journal_indexes(conn: sqlite3.Connection) -> None:
    """Two of the history's indexes trade root pages (the schema's text stays ours)."""
    roots = dict(
        conn.execute(
            "SELECT name, rootpage FROM sqlite_master "
            "WHERE name IN ('ix_journal_at', 'ix_journal_batch')"
        ).fetchall()
    )
    conn.execute("PRAGMA writable_schema=ON")
    for name, other in (
        ("ix_journal_at", "ix_journal_batch"),
        ("ix_journal_batch", "ix_journal_at"),
    ):
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[other], name))


def torn_copy(source: Path, target: Path) -> Path:
    """``target``: a copy of ``source`` with ``swap_journal_indexes`` done to it."""
    target.write_bytes(Path(source).read_bytes())
    return edit(target, swap_journal_indexes)
