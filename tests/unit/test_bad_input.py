"""Every bad file gets one clear sentence, exit code 2, and keeps its bytes."""

import sqlite3
import struct

import pytest

from matrix_app.cli import main
from matrix_app.storage import migrations


def _sample_like(path):
    main(["new", str(path), "--title", "Plan"])
    return path


def make_missing(tmp_path):
    return tmp_path / "missing.nap"


def make_directory(tmp_path):
    d = tmp_path / "folder.nap"
    d.mkdir()
    return d


def make_empty(tmp_path):
    p = tmp_path / "empty.nap"
    p.write_bytes(b"")
    return p


def make_text(tmp_path):
    p = tmp_path / "notes.nap"
    p.write_text("Minutes of the working group meeting\n" * 20)
    return p


def make_foreign(tmp_path):
    p = tmp_path / "other.nap"
    conn = sqlite3.connect(p)
    conn.execute("create table songs(id integer primary key, title text)")
    conn.execute("insert into songs(title) values ('x')")
    conn.commit()
    conn.close()
    return p


def make_truncated(tmp_path):
    p = _sample_like(tmp_path / "cut.nap")
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def make_newer(tmp_path):
    p = _sample_like(tmp_path / "newer.nap")
    data = bytearray(p.read_bytes())
    data[60:64] = struct.pack(">i", migrations.SCHEMA_VERSION + 1)
    p.write_bytes(bytes(data))
    return p


def make_ours_without_tables(tmp_path):
    p = tmp_path / "fake.nap"
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA application_id={migrations.APPLICATION_ID}")
    conn.execute("create table x(a)")
    conn.commit()
    conn.close()
    return p


CASES = {
    "missing": (make_missing, "no such file"),
    "directory": (make_directory, "is a folder"),
    "empty": (make_empty, "is empty"),
    "text": (make_text, "not a Monitoring Matrix project file"),
    "foreign": (make_foreign, "another application"),
    "truncated": (make_truncated, "damaged"),
    "newer": (make_newer, "newer version"),
    "no-tables": (make_ours_without_tables, "another application"),
}


def _bytes(path):
    return path.read_bytes() if path.is_file() else None


@pytest.mark.parametrize("command", ["info", "check"])
@pytest.mark.parametrize("case", list(CASES))
def test_bad_file(tmp_path, capsys, case, command):
    make, phrase = CASES[case]
    path = make(tmp_path)
    before = _bytes(path)
    code = main([command, str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert phrase in err
    assert str(path) in err
    assert err.count("\n") == 1  # one sentence, no traceback
    assert _bytes(path) == before
    assert not list(tmp_path.glob("*backup*"))


def test_messages_in_spanish(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MATRIX_LANG", "es")
    main(["info", str(make_empty(tmp_path))])
    assert "está vacío" in capsys.readouterr().err


def test_read_only_file_is_read(tmp_path, capsys, monkeypatch):
    import os

    path = _sample_like(tmp_path / "ro.nap")
    before = path.read_bytes()
    os.chmod(path, 0o444)
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    try:
        assert main(["info", "--json", str(path)]) == 0
        assert main(["check", str(path)]) == 0  # an empty project: nothing to find
    finally:
        os.chmod(path, 0o644)
    assert path.read_bytes() == before


def test_usage_errors_exit_2(capsys):
    assert main(["info"]) == 2
    assert main(["check", "--json"]) == 2
    assert "usage" in capsys.readouterr().err
