"""Journal marks: what lets a merge read only the changes, not the other file's whole journal.

The chain at a mark is ``sha256(previous chain + the ids of the entries after the previous
mark, in seq order)``, so two files with equal chains hold the same entries up to their
marks. Every write transaction ends with ``seal``, which appends this file's mark; a merge
also records the other file's last mark, since afterwards this file holds all its entries.

The journal is append-only, except in a package, where the journal is cut down to the rows
the package holds: ``reseal`` then forgets every mark and chains the journal afresh.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any

#: Runs one SQL statement with qmark parameters and returns a cursor-like result
#: (``sqlite3.Connection.execute`` or SQLAlchemy's ``Connection.exec_driver_sql``).
Execute = Callable[[str, tuple], Any]


def chain_after(previous: str, ids: Iterable[str]) -> str:
    h = hashlib.sha256(previous.encode("ascii"))
    h.update("".join(ids).encode("ascii"))
    return h.hexdigest()[:32]


def last_own_mark(execute: Execute, db: str = "main") -> tuple[str, int] | None:
    row = execute(
        f"SELECT chain, seq FROM {db}.journal_mark WHERE own = 1 ORDER BY seq DESC LIMIT 1", ()
    ).fetchone()
    return (row[0], row[1]) if row else None


def seal(execute: Execute, written: tuple[int, list[str]] | None = None) -> None:
    """Append this file's mark for the entries written since its last one (if any).

    ``written`` = (the journal's last seq when the transaction began, the ids it wrote in
    seq order): used instead of reading them back when they are exactly what follows the
    last mark (a 166,000-entry import would otherwise read its journal again, ~0.4 s).
    """
    last = last_own_mark(execute)
    chain, since = last if last else ("", 0)
    ids, top = _entries_since(execute, since, written)
    if ids:
        execute(
            "INSERT OR IGNORE INTO main.journal_mark (chain, seq, own) VALUES (?, ?, 1)",
            (chain_after(chain, ids), top),
        )


def _entries_since(
    execute: Execute, since: int, written: tuple[int, list[str]] | None
) -> tuple[list[str], int]:
    """The ids of the entries after ``since`` in seq order, and the last seq: the ``written``
    ones when they are exactly those, else read back from the journal."""
    if written is not None and written[0] == since:
        top = execute("SELECT max(seq) FROM main.journal", ()).fetchone()[0] or 0
        if top == since + len(written[1]):
            return written[1], top
    rows = execute(
        "SELECT id, seq FROM main.journal WHERE seq > ? ORDER BY seq, id", (since,)
    ).fetchall()
    return [r[0] for r in rows], (rows[-1][1] if rows else since)


def reseal(execute: Execute) -> None:
    """Forget every mark and chain the journal as it now is (after entries were removed)."""
    execute("DELETE FROM main.journal_mark", ())
    seal(execute)


def verified_marks(execute: Execute, db: str = "other") -> list[tuple[str, int]]:
    """``db``'s own marks that its journal really hashes to, in seq order.

    A received file's marks are claims, and a forged one ("I hold what you hold up to here")
    would make a merge skip entries, so each is recomputed from the file's journal ids before
    it is believed. The first mark that does not match ends the list: the ones after it
    chain from it. Reads only ids (about 0.1 s per 100,000 entries), not the entries.
    """
    marks = execute(
        f"SELECT chain, seq FROM {db}.journal_mark WHERE own = 1 ORDER BY seq", ()
    ).fetchall()
    if not marks:
        return []
    rows = execute(f"SELECT seq, id FROM {db}.journal WHERE seq <= ?", (marks[-1][1],)).fetchall()
    try:  # a received file's seqs and ids may be of any type: such marks prove nothing
        rows.sort()
        "".join(r[1] for r in rows).encode("ascii")
    except (TypeError, UnicodeEncodeError):
        return []
    verified: list[tuple[str, int]] = []
    chain, i = "", 0
    for mark_chain, mark_seq in marks:
        if not isinstance(mark_seq, int) or not isinstance(mark_chain, str):
            break
        start = i
        while i < len(rows) and rows[i][0] <= mark_seq:
            i += 1
        if i == start and verified:
            break  # two marks at one seq: not something seal writes
        chain = chain_after(chain, (r[1] for r in rows[start:i]))
        if chain != mark_chain:
            break
        verified.append((mark_chain, int(mark_seq)))
    return verified


def shared_seq(execute: Execute, verified: list[tuple[str, int]] | None = None) -> int:
    """The other file's last seq up to which this file holds every one of its entries (0 if
    none is known): its latest verified own mark whose chain we also hold."""
    marks = verified_marks(execute) if verified is None else verified
    for chain, seq in reversed(marks):
        held = execute("SELECT 1 FROM main.journal_mark WHERE chain = ?", (chain,)).fetchone()
        if held:
            return seq
    return 0


def record_other(execute: Execute, verified: list[tuple[str, int]] | None = None) -> None:
    """After a merge: we now hold every entry of the other file, so keep its last mark -
    unless it did not verify, or entries follow it (a file not written by us)."""
    marks = verified_marks(execute) if verified is None else verified
    last = last_own_mark(execute, "other")
    if last is None or not marks or marks[-1] != (last[0], last[1]):
        return
    top = execute("SELECT max(seq) FROM other.journal", ()).fetchone()[0]
    if top == last[1]:
        execute("INSERT OR IGNORE INTO main.journal_mark (chain, seq, own) VALUES (?, ?, 0)", last)
