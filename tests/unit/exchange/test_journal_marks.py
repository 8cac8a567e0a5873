"""Journal marks: a merge reads the other file's entries after the last mark both share."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from exchange_helpers import build_base, copy
from matrix_app.domain import models as m
from matrix_app.services.exchange import merge, package
from matrix_app.services.project import Project
from matrix_app.storage import journal_marks


def _marks(path: Path) -> list[tuple[str, int, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT chain, seq, own FROM journal_mark ORDER BY seq").fetchall()
    finally:
        conn.close()


def _shared(ours: Path, other: Path) -> int:
    conn = sqlite3.connect(ours)
    try:
        conn.execute("ATTACH DATABASE ? AS other", (str(other),))
        return journal_marks.shared_seq(conn.execute)
    finally:
        conn.close()


def test_every_write_marks_the_journal_up_to_its_last_entry(tmp_path):
    ids = build_base(tmp_path / "p.nap")
    before = _marks(tmp_path / "p.nap")
    with Project.open(tmp_path / "p.nap") as p:
        p.update(m.Commitment, ids["c1"], title="Edited")
        p.update(m.Commitment, ids["c1"], title="Edited")  # no change, no entry, no mark
    after = _marks(tmp_path / "p.nap")
    assert after[:-1] == before and len(after) == len(before) + 1
    conn = sqlite3.connect(tmp_path / "p.nap")
    new = [r[0] for r in conn.execute("SELECT id FROM journal WHERE seq > ?", (before[-1][1],))]
    top = conn.execute("SELECT max(seq) FROM journal").fetchone()[0]
    conn.close()
    assert len(new) == 1
    assert after[-1] == (journal_marks.chain_after(before[-1][0], new), top, 1)


def test_a_copy_shares_the_marks_it_was_made_with(tmp_path):
    ids = build_base(tmp_path / "a.nap")
    b = copy(tmp_path / "a.nap", tmp_path / "b.nap")
    fork = _marks(b)[-1][1]
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c1"], title="B")
    assert _shared(tmp_path / "a.nap", b) == fork
    assert _shared(b, tmp_path / "a.nap") == fork


def test_after_a_merge_the_other_files_entries_are_skipped(tmp_path):
    """Proof that the skip happens: an entry of B's that A (artificially) lost before B's
    merged mark is not read again; one after it is."""
    ids = build_base(tmp_path / "a.nap")
    a, b = tmp_path / "a.nap", copy(tmp_path / "a.nap", tmp_path / "b.nap")
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c1"], title="B1")
    with Project.open(a) as p:
        assert merge(p, b).incoming == 1
    assert _shared(a, b) == _marks(b)[-1][1]
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c2"], title="B2")
    conn = sqlite3.connect(a)
    conn.execute("DELETE FROM journal WHERE action = 'create' AND entity = 'narrative'")
    conn.commit()
    conn.close()
    with Project.open(a) as p:
        summary = merge(p, b)
        assert summary.incoming == 1  # only B2: the lost creates sit before the shared mark
        assert p.get(m.Commitment, ids["c2"]).title == "B2"


def test_a_package_chains_its_cut_journal_afresh(tmp_path):
    build_base(tmp_path / "a.nap")
    with Project.open(tmp_path / "a.nap") as p:
        package(p, tmp_path / "cplt.nap", "CPLT")
    conn = sqlite3.connect(tmp_path / "cplt.nap")
    ids = [r[0] for r in conn.execute("SELECT id FROM journal ORDER BY seq, id")]
    top = conn.execute("SELECT max(seq) FROM journal").fetchone()[0]
    conn.close()
    assert _marks(tmp_path / "cplt.nap") == [(journal_marks.chain_after("", ids), top, 1)]
    assert _shared(tmp_path / "a.nap", tmp_path / "cplt.nap") == 0  # read whole, once


def _check_own_marks(path: Path) -> int:  # returns the last marked seq
    """Every own mark's chain is what the journal, read back in seq order, gives."""
    conn = sqlite3.connect(path)
    try:
        chain, since = "", 0
        marks = conn.execute("SELECT chain, seq FROM journal_mark WHERE own = 1 ORDER BY seq")
        for mark, seq in marks.fetchall():
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM journal WHERE seq > ? AND seq <= ? ORDER BY seq", (since, seq)
                )
            ]
            chain, since = journal_marks.chain_after(chain, ids), seq
            assert mark == chain, seq
        assert conn.execute("SELECT max(seq) FROM journal").fetchone()[0] == since
        return since
    finally:
        conn.close()


def test_marks_written_from_memory_match_the_journal(tmp_path):
    """Writes, bulk inserts and merges seal from the ids they hold; reading back agrees."""
    ids = build_base(tmp_path / "a.nap")
    a, b = tmp_path / "a.nap", copy(tmp_path / "a.nap", tmp_path / "b.nap")
    rows = [
        {
            "indicator_id": ids["indicator1"],
            "commitment_id": ids["c1"],
            "measured_on": "2015-12-31",
            "value": v,
        }
        for v in (1, 2, 3)
    ]
    with Project.open(b) as p, p.write() as w:
        w.bulk_create(m.Measurement, rows)
        w.bulk_update(m.Commitment, [(ids["c1"], {"title": "Bulk"})])
    with Project.open(a) as p:
        p.update(m.Commitment, ids["c2"], title="A")
        merge(p, b)
    for path in (a, b):
        _check_own_marks(path)
