"""Schema versions and the steps between them.

``MIGRATIONS[n]`` upgrades a file from version n to n + 1. The steps run in order inside one
transaction, after a backup copy of the file has been written beside it. A step's SQL is
written out here, not derived from the current models, so that it keeps meaning what it
meant when later versions change the models again.
"""

from __future__ import annotations

from collections.abc import Callable
from sqlite3 import Connection

from . import journal_marks

#: "MMNP" - written to the SQLite header so any tool can tell our files from others.
APPLICATION_ID = 0x4D4D4E50
SCHEMA_VERSION = 3
OLDEST_SUPPORTED = 1


def _v1_to_v2(conn: Connection) -> None:
    """Version 2 adds the ``conflict`` table in which a merge keeps both sides of a conflict."""
    conn.execute(
        """
        CREATE TABLE conflict (
            id VARCHAR(32) NOT NULL,
            merge_batch VARCHAR NOT NULL,
            merged_at VARCHAR NOT NULL,
            source_instance VARCHAR NOT NULL,
            source_name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            entity VARCHAR NOT NULL,
            row_id VARCHAR NOT NULL,
            commitment_id VARCHAR,
            field VARCHAR,
            ours_value VARCHAR,
            ours_author VARCHAR NOT NULL,
            ours_at VARCHAR NOT NULL,
            theirs_value VARCHAR,
            theirs_author VARCHAR NOT NULL,
            theirs_at VARCHAR NOT NULL,
            deleted_by VARCHAR,
            batch_rows VARCHAR,
            applied VARCHAR NOT NULL,
            resolution VARCHAR,
            settled_by VARCHAR NOT NULL,
            settled_at VARCHAR NOT NULL,
            PRIMARY KEY (id)
        )
        """
    )
    for column in ("merge_batch", "source_instance", "row_id"):
        conn.execute(f"CREATE INDEX ix_conflict_{column} ON conflict ({column})")


def _v2_to_v3(conn: Connection) -> None:
    """Version 3 adds journal marks (a merge reads only what changed) and marks the journal."""
    conn.execute(
        """
        CREATE TABLE journal_mark (
            chain VARCHAR(32) NOT NULL,
            seq INTEGER NOT NULL,
            own BOOLEAN NOT NULL,
            PRIMARY KEY (chain)
        )
        """
    )
    conn.execute("CREATE INDEX ix_journal_mark_own_seq ON journal_mark (own, seq)")
    journal_marks.seal(conn.execute)


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}
