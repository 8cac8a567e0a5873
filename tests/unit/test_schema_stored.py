"""The stored schema text (storage/schema_stored.py) is what the models and migrations make.

Opening and creating files use the stored text; if a model or a migration changes, these
fail until ``PYTHONPATH=src python tools/schema_text.py`` has written it again.
"""

from __future__ import annotations

import sqlite3

from matrix_app.storage import migrations, schema_check, schema_stored
from matrix_app.storage.projectfile import create_project_file, models_ddl, schema_ddl

AGAIN = "write it again: PYTHONPATH=src python tools/schema_text.py"


def test_stored_ddl_is_what_the_models_compile_to():
    assert schema_stored.DDL == tuple(models_ddl()), AGAIN
    assert schema_ddl() == models_ddl()


def test_stored_schema_is_for_the_current_version():
    assert schema_stored.VERSION == migrations.SCHEMA_VERSION, AGAIN


def test_stored_expected_objects_are_the_replayed_upgrade_paths():
    replayed = schema_check.replayed_objects(migrations.SCHEMA_VERSION)
    assert {k: set(v) for k, v in schema_stored.EXPECTED.items()} == replayed, AGAIN
    assert schema_check.expected_objects(migrations.SCHEMA_VERSION) == replayed


def test_a_replaced_upgrade_step_is_replayed_not_looked_up(monkeypatch):
    last = migrations.SCHEMA_VERSION - 1
    shipped = migrations.MIGRATIONS[last]

    def step(conn: sqlite3.Connection) -> None:
        shipped(conn)
        conn.execute("CREATE TABLE extra (x)")

    monkeypatch.setitem(migrations.MIGRATIONS, last, step)
    expected = schema_check.expected_objects(migrations.SCHEMA_VERSION)
    assert ("table", "extra", "extra") in expected
    assert ("table", "extra", "extra") not in schema_stored.EXPECTED


def test_a_new_file_has_exactly_the_stored_schema(tmp_path):
    path = tmp_path / "new.nap"
    create_project_file(path, title="t").close()
    conn = sqlite3.connect(path)
    try:
        assert schema_check.schema_problem(conn.execute, migrations.SCHEMA_VERSION) is None
        stored = {
            schema_check.normalize(sql)
            for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
        }
    finally:
        conn.close()
    assert stored == {schema_check.normalize(s) for s in schema_stored.DDL}
