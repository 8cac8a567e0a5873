"""Generators of hostile project files: what a reviewer who has read our code sends back.

Each attack starts from a real package of a real project (what a coordinator e-mails out)
and changes it with plain sqlite3, as any program could. The tests then check that the file
is refused with one sentence (exit 2) and that neither the project nor the file changes.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exchange_helpers import build_base
from file_edits import edit  # noqa: F401 - the attacks' tests use it from here
from matrix_app.domain.models import new_id, utc_now
from matrix_app.services.exchange.package import package
from matrix_app.services.project import Project


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def make_pair(folder: Path) -> tuple[Path, Path, dict[str, str]]:
    """(the coordinator's project, a package of it for CPLT, the ids of the base rows)."""
    project = folder / "project.nap"
    ids = build_base(project)
    pkg = folder / "cplt.nap"
    with Project.open(project, author="Coordinator") as p:
        package(p, pkg, "CPLT")
    return project, pkg, ids


def journal_entry(
    conn: sqlite3.Connection,
    entity: str,
    row_id: str,
    action: str = "create",
    field: str | None = None,
    new: str | None = "{}",
) -> None:
    """One more journal entry, as our writer would add it (so the merge reads the row)."""
    seq = (conn.execute("SELECT max(seq) FROM journal").fetchone()[0] or 0) + 1
    conn.execute(
        "INSERT INTO journal (id, seq, at, author, origin, entity, row_id, commitment_id, "
        "action, field, old_value, new_value, batch) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (new_id(), seq, utc_now(), "Mallory", "x" * 32, entity, row_id, None, action, field,
         None if action != "update" else '""', new, new_id()),
    )  # fmt: skip


def journal_updates(conn: sqlite3.Connection, table: str, field: str, where: str = "1") -> None:
    """Journal an update of ``field`` on the rows changed, so that a merge takes them (an
    unjournaled change is not one a merge would bring in; opening still refuses it)."""
    for (row_id,) in conn.execute(f"SELECT id FROM {table} WHERE {where}").fetchall():
        journal_entry(conn, table, row_id, action="update", field=field, new='""')


def _commitment_columns(conn: sqlite3.Connection) -> list[str]:
    return [r[1] for r in conn.execute("PRAGMA table_info(commitment)")]


def view_injection(conn: sqlite3.Connection) -> None:
    """The issue's example: ``commitment`` becomes a view whose last column's *name* is SQL
    that, pasted into an INSERT, deletes every commitment of the project merging it."""
    cols = _commitment_columns(conn)
    evil = (
        "position) SELECT * FROM main.commitment WHERE ? IS NOT NULL "
        "ON CONFLICT(id) DO UPDATE SET deleted_at='2030-01-01' --"
    )
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("ALTER TABLE commitment RENAME TO commitment_real")
    select = ", ".join(cols[:-1]) + f', position AS "{evil}"'
    conn.execute(f"CREATE VIEW commitment AS SELECT {select} FROM commitment_real")
    row_id = new_id()
    values = dict.fromkeys(cols, "")
    plan = conn.execute("SELECT id FROM action_plan LIMIT 1").fetchone()[0]
    values.update(id=row_id, created_at=utc_now(), updated_at=utc_now(), deleted_at=None)
    values.update(plan_id=plan, position=9.0, continues_id=None, start_date=None, end_date=None)
    for flag in ("ogp_access_to_information", "ogp_civic_participation"):
        values[flag] = 0
    conn.execute(
        f"INSERT INTO commitment_real ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [values[c] for c in cols],
    )
    journal_entry(conn, "commitment", row_id)


def trigger(conn: sqlite3.Connection) -> None:
    """Fires on the first edit made in the file: measurements deleted, targets zeroed."""
    conn.execute(
        "CREATE TRIGGER t AFTER UPDATE ON commitment BEGIN "
        "DELETE FROM measurement; UPDATE target SET value = 0; END"
    )


def recursive_view(conn: sqlite3.Connection) -> None:
    """Never ends when read."""
    conn.execute(
        "CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i FROM n"
    )


def check_constraint(conn: sqlite3.Connection) -> None:
    """A table redefined with a CHECK that runs SQL on every write (names and columns ours)."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'narrative'").fetchone()[0]
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'narrative'",
        (sql.rstrip().rstrip(")") + ", CHECK (length(text) >= 0))",),
    )


def missing_tables(conn: sqlite3.Connection) -> None:
    """Our application id, but only some of our tables."""
    conn.execute("PRAGMA foreign_keys=OFF")
    for table in ("measurement", "target_revision", "target"):
        conn.execute(f"DROP TABLE {table}")


def extra_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE notes (x)")


def bad_date(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE commitment SET end_date = '31/02/2015'")
    journal_updates(conn, "commitment", "end_date")


def impossible_date(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE measurement SET measured_on = '2015-02-31'")
    journal_updates(conn, "measurement", "measured_on")


def text_in_number(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE target SET value = 'ninety'")
    journal_updates(conn, "target", "value")


def unknown_vocabulary(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE commitment SET completion = 'done-ish'")
    journal_updates(conn, "commitment", "completion")


def huge_title(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE commitment SET title = ?", ("T" * 10_000_000,))
    journal_updates(conn, "commitment", "title")


def continues_cycle(conn: sqlite3.Connection) -> None:
    ids = [r[0] for r in conn.execute("SELECT id FROM commitment")]
    conn.execute("UPDATE commitment SET continues_id = id WHERE id = ?", (ids[0],))
    journal_updates(conn, "commitment", "continues_id", f"id = '{ids[0]}'")


def deep_parent_chain(conn: sqlite3.Connection) -> None:
    """20,000 activities, each under the previous one (the editor used to recurse)."""
    c, parent = conn.execute("SELECT commitment_id, id FROM result LIMIT 1").fetchone()
    now = utc_now()
    rows = []
    for _ in range(20_000):
        row_id = new_id()
        rows.append((row_id, now, now, c, parent, "activity", "", "", 0.0))
        parent = row_id
    conn.executemany(
        "INSERT INTO result (id, created_at, updated_at, commitment_id, parent_id, level, "
        "narrative, assumptions, position) VALUES (?,?,?,?,?,?,?,?,?)",
        rows,
    )
    for row in rows:
        journal_entry(conn, "result", row[0])


def parent_cycle(conn: sqlite3.Connection) -> None:
    """An output under itself (the editor and the report used to recurse forever)."""
    row = conn.execute("SELECT id FROM result WHERE level = 'output' LIMIT 1").fetchone()[0]
    conn.execute("UPDATE result SET parent_id = id WHERE id = ?", (row,))
    journal_updates(conn, "result", "parent_id", f"id = '{row}'")


def reused_id(conn: sqlite3.Connection) -> None:
    """A new indicator whose id is that of an existing commitment."""
    c = conn.execute("SELECT id FROM commitment LIMIT 1").fetchone()[0]
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "UPDATE indicator SET id = ? WHERE rowid = (SELECT min(rowid) FROM indicator)", (c,)
    )
    journal_entry(conn, "indicator", c)


def odd_id(conn: sqlite3.Connection) -> None:
    """An indicator renamed, with every row and entry naming it, to an id holding markup,
    a path and a non-ASCII letter: the parents and links all agree, so only the rule on
    an id's characters can refuse it (ids reach file names, URLs and HTML)."""
    conn.execute("PRAGMA foreign_keys=OFF")
    old = conn.execute("SELECT id FROM indicator LIMIT 1").fetchone()[0]
    new = "../é<b>x"
    conn.execute("UPDATE indicator SET id = ? WHERE id = ?", (new, old))
    for table in ("target", "measurement", "evidence"):
        conn.execute(f"UPDATE {table} SET indicator_id = ? WHERE indicator_id = ?", (new, old))
    conn.execute("UPDATE journal SET row_id = ? WHERE row_id = ?", (new, old))
    journal_entry(conn, "indicator", new)


def broken_foreign_key(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys=OFF")
    row = conn.execute("SELECT id FROM measurement LIMIT 1").fetchone()[0]
    conn.execute("UPDATE measurement SET indicator_id = ? WHERE id = ?", ("f" * 32, row))
    journal_updates(conn, "measurement", "indicator_id", f"id = '{row}'")


def oversized_blob(conn: sqlite3.Connection) -> None:
    """A 21 MB evidence file (the limit is 20 MB), with a matching SHA-256 and size."""
    data = b"\0" * (21 * 1024 * 1024)
    digest = hashlib.sha256(data).hexdigest()
    conn.execute(
        "INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?)", (digest, len(data), data)
    )
    conn.execute(
        "UPDATE evidence SET sha256 = ?, size = ? WHERE kind = 'file'", (digest, len(data))
    )
    journal_updates(conn, "evidence", "sha256", "kind = 'file'")


def forged_blob(conn: sqlite3.Connection) -> None:
    """An evidence file whose bytes are not those its SHA-256 names (same size)."""
    digest, data = conn.execute(
        "SELECT b.sha256, b.data FROM blob b JOIN evidence e ON e.sha256 = b.sha256 "
        "ORDER BY e.created_at DESC LIMIT 1"
    ).fetchone()
    forged = bytes(len(data))
    conn.execute("UPDATE blob SET data = ? WHERE sha256 = ?", (forged, digest))


def unknown_entity(conn: sqlite3.Connection) -> None:
    journal_entry(conn, "sqlite_master", new_id())


def unknown_field(conn: sqlite3.Connection) -> None:
    c = conn.execute("SELECT id FROM commitment LIMIT 1").fetchone()[0]
    journal_entry(conn, "commitment", c, action="update", field="deleted_at", new='"2030"')


#: name -> change; every one must be refused on open and on merge.
ATTACKS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "view_injection": view_injection,
    "trigger": trigger,
    "recursive_view": recursive_view,
    "check_constraint": check_constraint,
    "missing_tables": missing_tables,
    "extra_table": extra_table,
    "bad_date": bad_date,
    "impossible_date": impossible_date,
    "text_in_number": text_in_number,
    "unknown_vocabulary": unknown_vocabulary,
    "huge_title": huge_title,
    "continues_cycle": continues_cycle,
    "deep_parent_chain": deep_parent_chain,
    "parent_cycle": parent_cycle,
    "reused_id": reused_id,
    "broken_foreign_key": broken_foreign_key,
    "odd_id": odd_id,
    "oversized_blob": oversized_blob,
    "unknown_entity": unknown_entity,
    "unknown_field": unknown_field,
}
