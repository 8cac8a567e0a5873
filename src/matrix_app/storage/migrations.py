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
SCHEMA_VERSION = 4
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


#: Columns version 4 added to existing tables, as ``ALTER TABLE ... ADD COLUMN`` appends
#: them (a NOT NULL column needs its DEFAULT there; rows made by older versions take it).
V4_COLUMNS: dict[str, list[str]] = {
    "commitment": [
        "relevance_access_to_information VARCHAR NOT NULL DEFAULT ''",
        "relevance_civic_participation VARCHAR NOT NULL DEFAULT ''",
        "relevance_public_accountability VARCHAR NOT NULL DEFAULT ''",
        "relevance_technology_innovation VARCHAR NOT NULL DEFAULT ''",
        "budget VARCHAR NOT NULL DEFAULT ''",
        "national_plan_links VARCHAR NOT NULL DEFAULT ''",
        "sdgs VARCHAR NOT NULL DEFAULT ''",
        "partners VARCHAR NOT NULL DEFAULT ''",
    ],
    "evidence": ["public BOOLEAN"],
}


def _v3_to_v4(conn: Connection) -> None:
    """Version 4 adds translations, consultation comments and report profiles, the
    commitment's relevance/budget/SDG/partner texts and whether evidence may be published."""
    for table, columns in V4_COLUMNS.items():
        for column in columns:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    conn.execute(
        """
        CREATE TABLE consultation_comment (
            id VARCHAR(32) NOT NULL,
            created_at VARCHAR NOT NULL,
            updated_at VARCHAR NOT NULL,
            deleted_at VARCHAR,
            plan_id VARCHAR NOT NULL,
            period VARCHAR NOT NULL,
            author VARCHAR NOT NULL,
            organisation VARCHAR NOT NULL,
            received_on DATE,
            comment VARCHAR NOT NULL,
            response VARCHAR NOT NULL,
            position FLOAT NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(plan_id) REFERENCES action_plan (id)
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE report_profile (
            id VARCHAR(32) NOT NULL,
            created_at VARCHAR NOT NULL,
            updated_at VARCHAR NOT NULL,
            deleted_at VARCHAR,
            plan_id VARCHAR NOT NULL,
            issuing_body VARCHAR NOT NULL,
            cover_text VARCHAR NOT NULL,
            logo_sha256 VARCHAR,
            sections VARCHAR NOT NULL,
            consultation_start DATE,
            consultation_end DATE,
            PRIMARY KEY (id),
            FOREIGN KEY(plan_id) REFERENCES action_plan (id),
            FOREIGN KEY(logo_sha256) REFERENCES blob (sha256)
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE translation (
            id VARCHAR(32) NOT NULL,
            created_at VARCHAR NOT NULL,
            updated_at VARCHAR NOT NULL,
            deleted_at VARCHAR,
            entity VARCHAR NOT NULL,
            row_id VARCHAR(32) NOT NULL,
            field VARCHAR NOT NULL,
            lang VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            commitment_id VARCHAR,
            position FLOAT NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(commitment_id) REFERENCES commitment (id)
        )
        """
    )
    for table, column in (
        ("consultation_comment", "plan_id"),
        ("consultation_comment", "deleted_at"),
        ("report_profile", "plan_id"),
        ("report_profile", "deleted_at"),
        ("translation", "deleted_at"),
        ("translation", "row_id"),
        ("translation", "commitment_id"),
    ):
        conn.execute(f"CREATE INDEX ix_{table}_{column} ON {table} ({column})")


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
}
