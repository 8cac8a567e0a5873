"""Schema version 2 (the conflict table): a version-1 file is upgraded when opened."""

from __future__ import annotations

import sqlite3

from exchange_helpers import build_base, copy
from matrix_app.services.exchange import merge
from matrix_app.services.project import Project
from matrix_app.storage import migrations


def _columns(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA table_info({table})").fetchall(), sorted(
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE tbl_name = ? AND type = 'index'", (table,)
            )
        )
    finally:
        conn.close()


def _make_v1(path):
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE conflict")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()


def test_version_1_file_gets_the_conflict_table(tmp_path):
    assert migrations.SCHEMA_VERSION == 2
    build_base(tmp_path / "new.nap")
    old = copy(tmp_path / "new.nap", tmp_path / "old.nap")
    _make_v1(old)
    with Project.open(old) as p:
        assert p.file.engine  # opened, upgraded
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    assert _columns(old, "conflict")[0] == _columns(tmp_path / "new.nap", "conflict")[0]
    assert _columns(old, "conflict")[1] == _columns(tmp_path / "new.nap", "conflict")[1]
    assert (tmp_path / "old.v1-backup.nap").exists()


def test_merge_into_an_upgraded_file_stores_conflicts(tmp_path):
    from matrix_app.domain import models as m

    ids = build_base(tmp_path / "base.nap")
    a = copy(tmp_path / "base.nap", tmp_path / "a.nap")
    b = copy(tmp_path / "base.nap", tmp_path / "b.nap")
    with Project.open(a) as p:
        p.update(m.Commitment, ids["c1"], title="A")
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c1"], title="B")
    _make_v1(a)
    with Project.open(a) as p:
        assert merge(p, b).open_conflicts == 1
