"""Copy while open: a project copied byte for byte (as a mail program attaching it does) while
another process has it open and keeps editing."""

from __future__ import annotations

import shutil
import sqlite3
import time

from figures import record
from procs import Writer, make_project

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.storage.errors import ProjectFileError
from matrix_app.storage.projectfile import open_project_file


def _ids(path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT id FROM measurement")}


def test_copy_between_edits_holds_every_committed_edit(tmp_path):
    """The app is open and editing; the user copies the file between two edits (a person
    edits every few seconds at most): every copy opens cleanly and is complete."""
    path = make_project(tmp_path / "open.nap")
    writer = Writer(path, "A", step=True)  # one edit at a time, as a person makes them
    copies = 0
    try:
        for i in range(40):
            writer.edit()  # committed; the next edit waits for us
            acked = set(writer.acks())
            copy = tmp_path / f"attached-{i}.nap"
            shutil.copyfile(path, copy)
            with open_project_file(copy) as f:  # opens for editing, no repair needed
                assert not f.read_only
            with sqlite3.connect(copy) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert _ids(copy) >= acked
            copies += 1
    finally:
        writer.stop()
    assert copies == 40
    record("copy-between-edits", {"copies": copies, "complete": copies}, tmp_path)


def test_save_a_copy_while_another_process_writes(tmp_path):
    """The app's own "Save a copy" (SQLite backup API) is consistent even mid-commit."""
    path = make_project(tmp_path / "open.nap")
    writer = Writer(path, "A")
    try:
        with Project.open(path) as viewer:  # read-only: the writer holds the edit lock
            for i in range(30):
                acked = set(writer.acks())
                copy = viewer.file.save_copy(tmp_path / f"copy-{i}.nap")
                with Project.open(copy) as c:
                    assert not c.read_only
                    assert {r.id for r in c.rows(m.Measurement)} >= acked
    finally:
        writer.stop()


def test_copy_in_the_middle_of_a_commit_is_refused_cleanly(tmp_path):
    """A byte copy taken while a commit is being written can be torn: no program can copy a
    file that is changing under it. Then opening the copy refuses it as damaged, without
    touching it, and the original is unharmed. Copies that do open hold every edit
    committed before they were taken."""
    path = make_project(tmp_path / "busy.nap")
    writer = Writer(path, "A")
    opened = refused = 0
    try:
        writer.wait_acks(3)
        deadline = time.monotonic() + 5
        i = 0
        while time.monotonic() < deadline:
            acked = set(writer.acks())
            copy = tmp_path / f"raw-{i}.nap"
            shutil.copyfile(path, copy)
            before = copy.read_bytes()
            try:
                with open_project_file(copy, read_only=True):
                    pass
            except ProjectFileError as exc:
                assert exc.code == "corrupt", exc
                assert copy.read_bytes() == before
                refused += 1
            else:
                assert _ids(copy) >= acked
                opened += 1
            copy.unlink()
            i += 1
    finally:
        writer.stop()
    record(
        "copy-while-writing",
        {"raw_copies": opened + refused, "opened": opened, "refused_as_damaged": refused},
        tmp_path,
    )
    with open_project_file(path) as f:
        assert not f.read_only
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert opened > refused
