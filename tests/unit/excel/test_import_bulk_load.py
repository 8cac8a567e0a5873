"""An import loads the journal without its secondary indexes and rebuilds them before the commit
(storage/bulk_load.py): the file ends with exactly the schema it had, the same rows and journal
as a plain load, and a failed or cancelled import leaves it byte for byte as it was."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from matrix_app.domain import models as m
from matrix_app.services.excel import staging
from matrix_app.services.excel.errors import Cancelled
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project, Writer
from matrix_app.storage import bulk_load

STAMPS = {"created_at", "updated_at", "deleted_at"}


def _schema(path) -> set[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as c:
        return set(c.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def _check(path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as c:
        return c.execute("PRAGMA integrity_check").fetchone()[0]


def _journal_indexes(raw: sqlite3.Connection) -> set[str]:
    return {name for name, _sql in bulk_load.secondary_indexes(raw, "journal")}


MODEL_JOURNAL_INDEXES = {ix.name for ix in m.JournalEntry.__table__.indexes}


def test_import_keeps_the_schema_exactly(exported, tmp_path, monkeypatch):
    _, path = exported
    with Project.new(tmp_path / "new.nap") as fresh:
        before = _schema(fresh.path)
        _seen, tables = _spy_writes(monkeypatch)
        import_workbook(fresh, path)
        assert tables["indicator"] == set() and tables["result"] == {"ix_result_parent_id"}
        assert fresh.rows(m.Indicator)
        assert _schema(fresh.path) == before
        with contextlib.closing(sqlite3.connect(fresh.path)) as c:
            assert _journal_indexes(c) == MODEL_JOURNAL_INDEXES  # what the models declare
        assert _check(fresh.path) == "ok"


def _spy_writes(monkeypatch, then=None):
    """Wrap bulk_create: record the journal's indexes seen mid-write, then run ``then``."""
    seen: list[set[str]] = []
    original = Writer.bulk_create

    def spying(self, cls, rows, check=True):
        raw = self.raw_connection()
        table = cls.__tablename__
        seen.append(_journal_indexes(raw))
        tables[table] = {name for name, _sql in bulk_load.secondary_indexes(raw, table)}
        out = original(self, cls, rows, check)
        if then and table == "indicator":  # well into the load: some tables done
            then()
        return out

    tables: dict[str, set[str]] = {}
    monkeypatch.setattr(Writer, "bulk_create", spying)
    return seen, tables


def _boom():
    raise RuntimeError("disk gone")


@pytest.mark.parametrize("how", ["fails", "cancelled"])
def test_failed_or_cancelled_import_leaves_the_file_as_it_was(exported, tmp_path, monkeypatch, how):
    _, path = exported
    with Project.new(tmp_path / "new.nap") as fresh:
        with fresh.read() as s:
            cache = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        before_bytes, before_schema = fresh.path.read_bytes(), _schema(fresh.path)
        flag = {"stop": False}
        seen, tables = _spy_writes(
            monkeypatch, then=_boom if how == "fails" else lambda: flag.update(stop=True)
        )
        with pytest.raises(RuntimeError if how == "fails" else Cancelled):
            import_workbook(fresh, path, cancelled=lambda: flag["stop"])
        assert seen and seen[0] == set()  # the indexes really were dropped while loading
        assert tables["result"] == {"ix_result_parent_id"}  # its own reference stays indexed
        assert fresh.path.read_bytes() == before_bytes
        assert _schema(fresh.path) == before_schema
        assert _check(fresh.path) == "ok"
        assert fresh.rows(m.ActionPlan) == [] and fresh.history() == []
        with fresh.read() as s:  # the pooled connection got its page cache back
            assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == cache


def test_indexes_stay_when_the_journal_already_outnumbers_the_rows_added(small_project):
    path = small_project.path
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as c:
        have = c.execute("SELECT max(rowid) FROM journal").fetchone()[0]
        assert have > 0
        c.execute("BEGIN IMMEDIATE")
        with bulk_load.indexes_rebuilt(c, "journal", have):
            assert _journal_indexes(c) == MODEL_JOURNAL_INDEXES
        with bulk_load.indexes_rebuilt(c, "journal", have + 1):
            assert _journal_indexes(c) == set()
        assert _journal_indexes(c) == MODEL_JOURNAL_INDEXES
        c.execute("ROLLBACK")
        with pytest.raises(RuntimeError), bulk_load.indexes_rebuilt(c, "journal", 10**6):
            pass  # outside a transaction the drop would be committed on its own


def _content(project: Project) -> tuple[dict, list]:
    with project.read() as s:
        run = s.connection().exec_driver_sql
        tables = {
            t: sorted(
                tuple(v for k, v in r._mapping.items() if k not in STAMPS)
                for r in run(f"SELECT * FROM {t}")
            )
            for t in m.ENTITIES
        }
        journal = [
            tuple(r)
            for r in run(
                "SELECT seq, author, entity, row_id, commitment_id, action, field,"
                " old_value, new_value FROM journal ORDER BY seq"
            )
        ]
    return tables, journal


def test_rows_and_journal_are_those_of_a_plain_load(exported, tmp_path, monkeypatch):
    _, path = exported
    with Project.new(tmp_path / "fast.nap") as fast:
        import_workbook(fast, path)
        got = _content(fast)
    plain = contextlib.nullcontext
    monkeypatch.setattr(staging, "indexes_rebuilt", lambda raw, table, adding: plain())
    monkeypatch.setattr(staging, "bigger_cache", lambda raw: plain())
    with Project.new(tmp_path / "plain.nap") as slow:
        import_workbook(slow, path)
        want = _content(slow)
    assert got[1] and got == want


def test_batch_ids_are_version_4_uuids_ascending_and_distinct():
    import uuid

    ids = m.new_ids(2000)
    assert ids == sorted(ids) and len(set(ids)) == 2000 and m.new_ids(0) == []
    for text in ids:
        u = uuid.UUID(text)
        assert (len(text), u.version, u.variant) == (32, 4, uuid.RFC_4122)


def test_journal_json_is_what_the_standard_encoder_writes():
    from matrix_app.services import project as p

    row = {"title": 'Año "1"\n\u2028', "value": 88.1, "n": 3, "ok": True, "none": None,
           "big": 1e300, "nan": float("nan"), "tiny": -0.0}  # fmt: skip
    assert p._encode_object(row) == p._JSON.encode(row) == p.to_json(row)


@pytest.mark.parametrize(
    "constant",
    ["2026-12-04T18:32:52.759432+00:00", "O'Brien ''x'' --", "Año \u2028 ☃ \U0001f600", "", None,
     "nul\x00inside", 7, 2.5, b"\x00bytes"],
)  # fmt: skip
def test_constants_written_into_the_statement_store_what_binding_does(constant):
    """``bulk_writes._insert_rows`` writes a batch's constants (time, author, batch) into the
    INSERT once: the file must hold the same value and type as binding it on every row; a
    constant that cannot be a literal (not text, or a NUL in it) is bound as before."""
    from matrix_app.services.bulk_writes import _insert_rows

    with contextlib.closing(sqlite3.connect(":memory:")) as c:
        c.execute("CREATE TABLE t (a, k, b)")
        c.execute("CREATE TABLE u (a, k, b)")
        rows = [(1, "x"), (2, None), (3, "y'z")]
        _insert_rows(c.cursor(), "t", ["a", "k", "b"], {"k": constant}, rows)
        c.executemany("INSERT INTO u VALUES (?, ?, ?)", [(a, constant, b) for a, b in rows])
        got, want = (
            c.execute(f"SELECT a, k, typeof(k), b FROM {t} ORDER BY rowid").fetchall() for t in "tu"
        )
    assert got == want and got[0][1] == constant


def test_a_bulk_write_journals_an_author_with_quotes_as_given(project):
    author = "Ana O'Neil; DROP TABLE journal; --'"
    project.author = author
    with project.write() as w:
        ids = w.bulk_create(m.Institution, [{"name": "A'B", "acronym": "", "kind": "ministry"}])
    with project.read() as s:
        run = s.connection().exec_driver_sql
        got = run("SELECT author, entity, action, field, old_value, batch IS NOT NULL"
                  " FROM journal WHERE row_id = ?", (ids[0],)).fetchall()  # fmt: skip
        name = run("SELECT name, deleted_at FROM institution WHERE id = ?", (ids[0],)).fetchall()
    assert got == [(author, "institution", "create", None, None, 1)]
    assert name == [("A'B", None)]
