"""The content check's stored copy of the models (storage/content_stored.py) is what the
models say, and checking a file's content imports neither SQLAlchemy nor the models.

If a model changes, these fail until ``PYTHONPATH=src python tools/schema_text.py`` has
written the copy again. Issue 16: a file never checked here is checked in the open worker
before anything is shown; importing the models there cost the first data 0.5 s.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from matrix_app.paths import sample_project
from matrix_app.storage import content_stored
from matrix_app.storage.content_facts import column_kind, model_facts

AGAIN = "write it again: PYTHONPATH=src python tools/schema_text.py"
SRC = Path(__file__).resolve().parents[2] / "src"


def test_stored_facts_are_what_the_models_say():
    facts = model_facts()
    assert content_stored.TABLES == facts["TABLES"], AGAIN
    assert list(content_stored.TABLES) == list(facts["TABLES"]), AGAIN  # order: messages
    assert content_stored.ENTITIES == facts["ENTITIES"], AGAIN
    assert list(content_stored.ENTITIES) == list(facts["ENTITIES"]), AGAIN
    assert content_stored.CONTENT_FIELDS == facts["CONTENT_FIELDS"], AGAIN
    assert content_stored.TRANSLATABLE == facts["TRANSLATABLE"], AGAIN
    assert content_stored.TRANSLATABLE_TABLES == facts["TRANSLATABLE_TABLES"], AGAIN


def test_every_model_column_has_a_kind_the_rules_know():
    from sqlmodel import SQLModel

    from matrix_app.domain import models  # noqa: F401

    kinds = {column_kind(c) for t in SQLModel.metadata.tables.values() for c in t.columns}
    assert "other" not in kinds
    assert kinds == {"boolean", "integer", "float", "date", "blob", "string"}


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    dest = tmp_path / "chile.nap"
    shutil.copyfile(sample_project(), dest)
    return dest


CHILD = r"""
import json, sys
from pathlib import Path
from matrix_app.storage.errors import ProjectFileError
from matrix_app.storage.projectfile import check_project_file
from matrix_app.storage import checked_files
out = {}
for name in sys.argv[1:]:
    try:
        checked = check_project_file(Path(name))
        checked.release()
        out[name] = ["ok", checked_files.unchanged_since_checked(Path(name))]
    except ProjectFileError as exc:
        out[name] = [exc.code, str(exc)]
out["sqlalchemy"] = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "sqlmodel")
                           or m == "matrix_app.domain.models")
print("OUT " + json.dumps(out))
"""


def _check_in_fresh_process(tmp_path: Path, *files: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(SRC), MATRIX_STATE_DIR=str(tmp_path / "state"))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("OUT ")), None)
    assert line is not None, out.stderr
    return json.loads(line.removeprefix("OUT "))


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE commitment SET start_date = '2015-02-31' WHERE rowid = 1",
        "UPDATE commitment SET completion = 'almost' WHERE rowid = 1",
        "UPDATE result SET commitment_id = (SELECT id FROM commitment ORDER BY rowid DESC LIMIT 1)"
        " WHERE parent_id IS NOT NULL AND rowid = (SELECT min(rowid) FROM result"
        " WHERE parent_id IS NOT NULL)",
    ],
)
def test_a_never_checked_file_is_checked_without_the_models(sample_copy, tmp_path, change):
    """The same refusal as before (the message names the row and the reason), and a good
    file passes and is remembered: with no SQLAlchemy, SQLModel or models imported."""
    bad = tmp_path / "bad.nap"
    shutil.copy(sample_copy, bad)
    conn = sqlite3.connect(bad)
    with conn:
        assert conn.execute(change).rowcount == 1
    conn.close()
    before = bad.read_bytes()
    out = _check_in_fresh_process(tmp_path, sample_copy, bad)
    assert out.pop("sqlalchemy") == []
    assert out[str(sample_copy)] == ["ok", True]
    code, message = out[str(bad)]
    assert code == "bad_content"
    assert bad.read_bytes() == before  # a refused file keeps its bytes
    # the message is the one the models' own rules gave (same rules, same order)
    from matrix_app.storage.errors import ProjectFileError
    from matrix_app.storage.projectfile import check_project_file

    os.environ["MATRIX_STATE_DIR"] = str(tmp_path / "state2")
    try:
        with pytest.raises(ProjectFileError) as exc:
            check_project_file(bad)
    finally:
        del os.environ["MATRIX_STATE_DIR"]
    assert str(exc.value) == message
