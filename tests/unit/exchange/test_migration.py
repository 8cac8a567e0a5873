"""Schema upgrades: version 2 added the conflict table, version 3 journal marks, version 4
translations, consultation comments, report profiles and new commitment/evidence columns."""

from __future__ import annotations

import sqlite3

import pytest

from exchange_helpers import build_base, copy, make_old
from matrix_app.domain import models as m
from matrix_app.services.exchange import merge
from matrix_app.services.project import Project
from matrix_app.storage import journal_marks, migrations


def _schema(path, table):
    conn = sqlite3.connect(path)
    try:
        columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
        indexes = sorted(
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE tbl_name = ? AND type = 'index'", (table,)
            )
        )
        return columns, indexes
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_file_gets_the_current_tables(tmp_path, version):
    assert migrations.SCHEMA_VERSION == 4
    build_base(tmp_path / "new.nap")
    old = make_old(copy(tmp_path / "new.nap", tmp_path / "old.nap"), version)
    with Project.open(old) as p:
        assert p.file.engine  # opened, upgraded
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()
    for table in ("conflict", "journal_mark", "translation", "consultation_comment"):
        assert _schema(old, table) == _schema(tmp_path / "new.nap", table)
    for table in ("report_profile", "commitment", "evidence"):  # same columns, same order
        (old_cols, old_ix), (new_cols, new_ix) = (
            _schema(old, table),
            _schema(tmp_path / "new.nap", table),
        )
        assert [c[1:3] for c in old_cols] == [c[1:3] for c in new_cols] and old_ix == new_ix
    assert (tmp_path / f"old.v{version}-backup.nap").exists()


def test_upgrading_marks_the_whole_journal(tmp_path):
    build_base(tmp_path / "base.nap")
    old = make_old(copy(tmp_path / "base.nap", tmp_path / "old.nap"), 2)
    with Project.open(old) as p, p.read() as s:
        run = s.connection().exec_driver_sql
        ids = [r[0] for r in run("SELECT id FROM journal ORDER BY seq, id")]
        top = run("SELECT max(seq) FROM journal").scalar()
        assert journal_marks.last_own_mark(run) == (journal_marks.chain_after("", ids), top)


def test_merge_into_an_upgraded_file_stores_conflicts(tmp_path):
    ids = build_base(tmp_path / "base.nap")
    a = copy(tmp_path / "base.nap", tmp_path / "a.nap")
    b = copy(tmp_path / "base.nap", tmp_path / "b.nap")
    with Project.open(a) as p:
        p.update(m.Commitment, ids["c1"], title="A")
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c1"], title="B")
    make_old(a, 1)
    with Project.open(a) as p:
        assert merge(p, b).open_conflicts == 1
