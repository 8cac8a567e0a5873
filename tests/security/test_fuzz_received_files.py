"""Fuzz: mutants of a real package - a value, a schema statement, a page - sent to merge.

For every mutant, ``matrix-app merge`` either refuses it (exit 2, one sentence, both files
byte-for-byte unchanged) or accepts it and leaves a project that opens, passes ``check``'s
integrity part and still holds every row it had. Never an internal error or a traceback,
never longer than 10 s. Derandomized in CI (HYPOTHESIS_PROFILE=explore searches freely).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hostile import make_pair, sha
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matrix_app.cli import main
from matrix_app.domain import models as m
from matrix_app.services.project import Project

pytestmark = pytest.mark.filterwarnings("ignore")

FUZZ = settings(
    # CI replays a fixed set (as the merge properties do); HYPOTHESIS_PROFILE=explore hunts.
    derandomize=os.environ.get("HYPOTHESIS_PROFILE") != "explore",
    max_examples=25 if os.environ.get("HYPOTHESIS_PROFILE") != "explore" else 300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TABLES = [*m.ENTITIES, "blob", "journal", "journal_mark", "meta"]

VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=60),
    st.binary(max_size=40),
    st.sampled_from(
        ["2015-02-31", "31/02/2015", "0000-01-01", "9999-12-31", "", "x" * 70, "a'--", "NULL"]
    ),
)

SCHEMA = st.sampled_from(
    [
        "CREATE TRIGGER z AFTER INSERT ON journal BEGIN DELETE FROM target; END",
        "CREATE VIEW z AS SELECT * FROM commitment",
        "CREATE INDEX z ON commitment (title)",
        "CREATE INDEX z ON commitment (length(title)) WHERE title != ''",
        "DROP INDEX ix_journal_seq",
        "CREATE TABLE z (a)",
        "DROP TABLE narrative",
        "ALTER TABLE commitment ADD COLUMN z TEXT",
        "ALTER TABLE commitment RENAME COLUMN title TO titulo",
        "ALTER TABLE narrative RENAME TO story",
        "CREATE TEMP TABLE z (a)",
        "PRAGMA user_version = 99",
        "PRAGMA user_version = 0",
        "PRAGMA application_id = 1",
    ]
)


@pytest.fixture(scope="module")
def pair():
    folder = Path(tempfile.mkdtemp(prefix="fuzz-base-"))
    project, pkg, _ids = make_pair(folder)
    yield project.read_bytes(), pkg.read_bytes()
    shutil.rmtree(folder, ignore_errors=True)


def _alarm(*_a):
    raise AssertionError("a mutant took more than 10 s")


def _send(pair, mutate, capsys) -> None:
    """Mutate the package, merge it, and check the promise."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        project, pkg = folder / "project.nap", folder / "cplt.nap"
        project.write_bytes(pair[0])
        pkg.write_bytes(pair[1])
        mutate(pkg)
        before = {p: sha(p) for p in (project, pkg)}
        with Project.open(project, read_only=True) as p:
            rows_before = {t: len(p.rows(c, include_deleted=True)) for t, c in m.ENTITIES.items()}
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(10)
        try:
            code = main(["merge", str(project), str(pkg)])
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)
        err = capsys.readouterr().err
        assert code in (0, 1, 2), err
        assert "Traceback" not in err
        if code == 2:
            assert {p: sha(p) for p in (project, pkg)} == before, err
            return
        # Accepted: the project opens (every opening check passes) and lost nothing.
        with Project.open(project, read_only=True) as p:
            for table, cls in m.ENTITIES.items():
                assert len(p.rows(cls, include_deleted=True)) >= rows_before[table]
        assert main(["info", str(project)]) == 0
        capsys.readouterr()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@FUZZ
@given(
    table=st.sampled_from(TABLES), column=st.integers(0, 30), value=VALUES, row=st.integers(0, 9)
)
def test_a_changed_value(pair, capsys, table, column, value, row):
    def mutate(pkg: Path) -> None:
        conn = sqlite3.connect(pkg)
        try:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            name = cols[column % len(cols)]
            conn.execute("PRAGMA foreign_keys=OFF")
            conn.execute(
                f'UPDATE {table} SET "{name}" = ? WHERE rowid IN '
                f"(SELECT rowid FROM {table} LIMIT 1 OFFSET ?)",
                (value, row),
            )
            conn.commit()
        except sqlite3.Error:
            pass  # a constraint of the table refused the value: the file stays as it was
        finally:
            conn.close()

    _send(pair, mutate, capsys)


@FUZZ
@given(statements=st.lists(SCHEMA, min_size=1, max_size=3, unique=True))
def test_a_changed_schema(pair, capsys, statements):
    def mutate(pkg: Path) -> None:
        conn = sqlite3.connect(pkg)
        try:
            for statement in statements:
                try:
                    conn.execute(statement)
                except sqlite3.Error:
                    pass
            conn.commit()
        finally:
            conn.close()

    _send(pair, mutate, capsys)


@FUZZ
@given(offset=st.integers(0, 2**22), data=st.binary(min_size=1, max_size=64))
def test_a_damaged_page(pair, capsys, offset, data):
    def mutate(pkg: Path) -> None:
        raw = bytearray(pkg.read_bytes())
        at = offset % len(raw)
        raw[at : at + len(data)] = data[: len(raw) - at]
        pkg.write_bytes(bytes(raw))

    _send(pair, mutate, capsys)
