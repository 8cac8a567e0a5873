"""Two instances on one file, as two real processes: the second gets it read-only (or waits),
concurrent writers either commit or get a clear "busy", and the file is never damaged."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest
from procs import Writer, cli, make_project

from conftest import file_sha
from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.storage.errors import ProjectFileError


def _integrity(path) -> list:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall()


def _comments(path) -> dict[str, str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return dict(conn.execute("SELECT id, comment FROM measurement").fetchall())


def test_second_instance_opens_read_only_while_first_writes(tmp_path):
    path = make_project(tmp_path / "shared.nap")
    first = Writer(path, "A")
    try:
        first.wait_acks(5)
        second = Project.open(path)
        try:
            assert second.read_only and second.read_only_why == "locked"
            with pytest.raises(ProjectFileError) as err:
                second.create(m.ActionPlan, title="from the second window")
            assert err.value.code == "read_only"
            assert "another window or program has it open for editing" in err.value.message("en")
            assert "otra ventana o programa" in err.value.message("es")
            first.wait_acks(len(first.acks()) + 5)
            # It still reads, while the first one writes.
            assert len(second.rows(m.Measurement)) >= 10
        finally:
            second.close()
        # A third process (the CLI) opening the file the first is writing also works.
        again = Writer(path, "C", count=1)
        assert again.state == "locked"
        assert again.stop() == 3
    finally:
        first.stop()
    acks = first.acks()
    assert len(acks) >= 10
    assert _comments(path).items() >= acks.items()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM action_plan")]
    assert titles == ["plan"]  # the read-only window's refused edit is not there
    assert _integrity(path) == [("ok",)]


def test_lock_is_released_when_first_instance_ends(tmp_path):
    path = make_project(tmp_path / "shared.nap")
    first = Writer(path, "A", count=3)
    first.stop()
    with Project.open(path) as p:
        assert not p.read_only


def test_cli_info_and_check_on_a_file_being_written(tmp_path):
    path = make_project(tmp_path / "busy.nap")
    writer = Writer(path, "A")
    try:
        for _ in range(3):
            writer.wait_acks(len(writer.acks()) + 3)
            info = cli("info", str(path), "--json")
            assert info.returncode == 0, info.stderr
            assert '"content_digest"' in info.stdout
            check = cli("check", str(path))
            # integrity ok; the commitment has no goal or output: findings of severity error
            assert check.returncode == 1, check.stderr
            assert "integrity: ok" in check.stdout
    finally:
        writer.stop()
    assert _integrity(path) == [("ok",)]


def test_concurrent_writers_without_the_edit_lock(tmp_path):
    """Two programs that both write (no edit lock, as on Windows or a tool that ignores it):
    SQLite's locks with BEGIN IMMEDIATE and the busy timeout serialise them; every
    acknowledged edit is in, every refused one is reported as busy and absent."""
    path = make_project(tmp_path / "race.nap")
    a = Writer(path, "A", count=150, no_lock=True)
    b = Writer(path, "B", count=150, no_lock=True)
    assert a.state == b.state == "editing"
    a.stop(120)
    b.stop(120)
    stored = _comments(path)
    for w in (a, b):
        acks = w.acks()
        assert stored.items() >= acks.items()
        busy = [ln.split()[1] for ln in w.lines if ln.startswith("BUSY")]
        assert len(acks) + len(busy) == 150
        assert not set(busy) & set(stored.values())
        assert all(ln.endswith(" busy") for ln in w.lines if ln.startswith("BUSY"))
    assert len(stored) == len(a.acks()) + len(b.acks())
    assert _integrity(path) == [("ok",)]
    with Project.open(path) as p:
        history = p.history()
        assert len([e for e in history if e.entity == "measurement"]) == len(stored)


def test_read_only_open_changes_no_byte(tmp_path):
    path = make_project(tmp_path / "calm.nap")
    before = file_sha(path)
    with Project.open(path) as editor:
        with Project.open(path) as viewer:
            assert viewer.read_only_why == "locked"
            viewer.rows(m.Commitment)
        assert file_sha(path) == before
        editor.rows(m.Commitment)
    assert file_sha(path) == before


def test_editor_reads_while_another_program_holds_a_read_lock(tmp_path):
    """Another program reading (``info``, a viewer, a backup tool) must not make the editing
    window's reads fail: they used to take the write lock and then could not commit."""
    path = make_project(tmp_path / "viewed.nap")
    code = (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN'); c.execute('SELECT count(*) FROM measurement').fetchall()\n"
        "print('READING', flush=True); sys.stdin.read()\n"
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "READING"
        with Project.open(path) as p:
            start = time.monotonic()
            for _ in range(20):
                assert p.rows(m.Commitment)
                assert p.get(m.Commitment, p.rows(m.Commitment)[0].id) is not None
            assert time.monotonic() - start < 2  # no waiting on the other program
    finally:
        assert reader.stdin is not None
        reader.stdin.close()
        reader.wait(10)
        reader.stdout.close() if reader.stdout else None
