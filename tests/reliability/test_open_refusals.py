"""Files that are not healthy projects of ours, at the storage layer: ``open_project_file``
refuses each (also when asked for read-only) in both languages, writes nothing and leaves
no side file. The CLI's own exit-2 sentences are tested in tests/unit/test_bad_input.py;
here only the cases that file does not have (an impostor, overwritten pages, a really
read-only file)."""

from __future__ import annotations

import sqlite3

import pytest
from procs import run_on_read_only_folder

from conftest import file_sha
from matrix_app.cli import main
from matrix_app.services.project import Project
from matrix_app.storage import migrations
from matrix_app.storage.errors import ProjectFileError
from matrix_app.storage.projectfile import open_project_file


def _project(path):
    with Project.new(path, title="Sample") as p:
        from matrix_app.domain import models as m

        plan = p.create(m.ActionPlan, title="NAP")
        for i in range(60):
            p.create(m.Commitment, plan_id=plan.id, code=str(i), description="text " * 200)
    return path


def _missing(tmp_path):
    return tmp_path / "nowhere.nap", "no such file"


def _directory(tmp_path):
    d = tmp_path / "folder.nap"
    d.mkdir()
    return d, "is a folder"


def _empty(tmp_path):
    f = tmp_path / "empty.nap"
    f.write_bytes(b"")
    return f, "is empty"


def _text(tmp_path):
    f = tmp_path / "notes.nap"
    f.write_text("Commitment 1: municipal transparency\n")
    return f, "not a database"


def _foreign(tmp_path):
    f = tmp_path / "other-app.nap"
    with sqlite3.connect(f) as conn:
        conn.execute("CREATE TABLE songs(title TEXT)")
        conn.execute("INSERT INTO songs VALUES ('x')")
    return f, "another application"


def _foreign_with_our_id(tmp_path):
    f = tmp_path / "impostor.nap"
    with sqlite3.connect(f) as conn:
        conn.execute(f"PRAGMA application_id={migrations.APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION}")
        conn.execute("CREATE TABLE songs(title TEXT)")
    return f, "another application"


def _cut_in_half(tmp_path):
    f = _project(tmp_path / "cut.nap")
    data = f.read_bytes()
    f.write_bytes(data[: len(data) // 2])
    return f, "damaged"


def _newer(tmp_path):
    f = _project(tmp_path / "future.nap")
    with sqlite3.connect(f) as conn:
        conn.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION + 1}")
    return f, "newer version"


def _garbled(tmp_path):
    f = _project(tmp_path / "garbled.nap")
    data = bytearray(f.read_bytes())
    page = 4096
    for i in range(3 * page + 8, 6 * page):  # overwrite table pages, keep the header
        data[i] = 0x5A
    f.write_bytes(bytes(data))
    return f, "damaged"


CASES = [
    _missing,
    _directory,
    _empty,
    _text,
    _foreign,
    _foreign_with_our_id,
    _cut_in_half,
    _newer,
    _garbled,
]


@pytest.mark.parametrize("command", ["info", "check"])
@pytest.mark.parametrize("make", [_foreign_with_our_id, _garbled], ids=["impostor", "garbled"])
def test_cli_refuses_with_one_sentence(tmp_path, capsys, make, command):
    path, words = make(tmp_path)
    before = file_sha(path)
    assert main([command, str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("matrix-app: ") and words in lines[0], lines[0]
    assert str(path) in lines[0]
    assert file_sha(path) == before


@pytest.mark.parametrize("make", CASES, ids=lambda f: f.__name__.strip("_"))
def test_open_refuses_and_changes_nothing(tmp_path, make):
    path, _ = make(tmp_path)
    before = file_sha(path) if path.is_file() else None
    for read_only in (False, True):
        with pytest.raises(ProjectFileError) as err:
            open_project_file(path, read_only=read_only)
        assert err.value.message("es") != err.value.message("en")
    if before is not None:
        assert file_sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name] * path.exists()


def test_read_only_file_opens_read_only(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    path = _project(folder / "readonly.nap")
    before = file_sha(path)
    code = (
        "from matrix_app.storage.projectfile import open_project_file\n"
        "from matrix_app.cli import main\n"
        f"f = open_project_file({str(path)!r})\n"
        "print(f.read_only_why)\n"
        "f.close()\n"
        f"print('info', main(['info', {str(path)!r}]))\n"
        f"print('check', main(['check', {str(path)!r}]))\n"
    )
    run = run_on_read_only_folder(folder, code)
    if run is None:
        pytest.skip("cannot make a read-only folder here")
    assert run.returncode == 0, run.stderr
    out = run.stdout.splitlines()
    assert out[0] == "file"
    assert "info 0" in out
    # integrity ok, but the 60 commitments have no logframe: findings of severity error -> 1
    assert "check 1" in out
    assert file_sha(path) == before
    assert [p.name for p in folder.iterdir()] == ["readonly.nap"]
