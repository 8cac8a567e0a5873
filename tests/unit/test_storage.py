import os
import shutil
import sqlite3

import pytest

from matrix_app.domain import models as m
from matrix_app.services.digest import content_digest
from matrix_app.services.project import Project
from matrix_app.storage import migrations
from matrix_app.storage.errors import ProjectFileError
from matrix_app.storage.projectfile import (
    create_project_file,
    open_project_file,
    read_header,
)


def test_new_file_is_marked_as_ours(tmp_path):
    pf = create_project_file(tmp_path / "a.nap")
    pf.close()
    h = read_header(tmp_path / "a.nap")
    assert h.application_id == migrations.APPLICATION_ID
    assert h.user_version == migrations.SCHEMA_VERSION


def test_pragmas(project):
    with project.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_every_edit_is_on_disk_at_once(project):
    project.create(m.ActionPlan, title="Saved now")
    raw = sqlite3.connect(project.path)
    assert raw.execute("select title from action_plan").fetchall() == [("Saved now",)]
    raw.close()
    assert not list(project.path.parent.glob("*-journal"))


def test_create_refuses_to_overwrite(tmp_path):
    (tmp_path / "x.nap").write_text("keep me")
    with pytest.raises(ProjectFileError) as err:
        create_project_file(tmp_path / "x.nap")
    assert err.value.code == "exists"
    assert (tmp_path / "x.nap").read_text() == "keep me"


def test_save_copy_and_compact_copy(small_project, tmp_path):
    with small_project.read() as s:
        before = content_digest(s)
    seen = []
    small_project.file.save_copy(tmp_path / "copy.nap", progress=lambda d, t: seen.append((d, t)))
    small_project.file.save_copy(tmp_path / "small.nap", compact=True)
    assert seen and seen[-1][0] == seen[-1][1]
    for name in ("copy.nap", "small.nap"):
        with Project.open(tmp_path / name, read_only=True) as p, p.read() as s:
            assert content_digest(s) == before
    assert not list(tmp_path.glob(".matrix-*"))


def test_save_copy_to_missing_folder_is_clear(small_project, tmp_path):
    with pytest.raises(ProjectFileError) as err:
        small_project.file.save_copy(tmp_path / "nope" / "copy.nap")
    assert err.value.code == "cannot_write"


def test_second_opener_gets_read_only(small_project):
    other = open_project_file(small_project.path)
    try:
        assert other.read_only_why == "locked"
    finally:
        other.close()
    small_project.close()
    again = open_project_file(small_project.path)
    assert again.read_only_why is None
    again.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_opens_read_only(small_project):
    path = small_project.path
    small_project.close()
    os.chmod(path, 0o444)
    try:
        with Project.open(path) as p:
            assert p.read_only_why == "file"
    finally:
        os.chmod(path, 0o644)


def test_read_only_when_not_writable(monkeypatch, small_project):
    """Root ignores chmod, so also check the decision itself with os.access patched."""
    path = small_project.path
    small_project.close()
    monkeypatch.setattr(os, "access", lambda p, mode: False)
    with Project.open(path) as p:
        assert p.read_only and p.read_only_why == "file"
        with pytest.raises(ProjectFileError):
            p.create(m.ActionPlan, title="no")


#: The version the synthetic "old" file has; the test build pretends to be one newer.
OLD = migrations.SCHEMA_VERSION


def _make_old_file(path, monkeypatch):
    """A file of today's schema for a pretended build whose schema is one version newer."""
    create_project_file(path).close()
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO action_plan(id, created_at, updated_at, title, government, "
        "coordinating_body, notes, position) VALUES ('p1', '2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00+00:00', 'Old', '', '', '', 1)"
    )
    raw.commit()
    raw.close()

    def step_1_to_2(conn):
        conn.execute("UPDATE action_plan SET notes = 'migrated ' || title")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", OLD + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, OLD, step_1_to_2)


def test_older_file_is_backed_up_then_migrated(tmp_path, monkeypatch):
    path = tmp_path / "old.nap"
    _make_old_file(path, monkeypatch)
    original = path.read_bytes()
    with Project.open(path) as p:
        assert p.get(m.ActionPlan, "p1").notes == "migrated Old"
    assert read_header(path).user_version == OLD + 1
    backup = tmp_path / f"old.v{OLD}-backup.nap"
    assert backup.read_bytes() == original


def test_failed_migration_leaves_original_untouched(tmp_path, monkeypatch):
    path = tmp_path / "old.nap"
    _make_old_file(path, monkeypatch)

    def broken(conn):
        conn.execute("UPDATE action_plan SET notes = 'half'")
        raise RuntimeError("step failed halfway")

    monkeypatch.setitem(migrations.MIGRATIONS, OLD, broken)
    original = path.read_bytes()
    with pytest.raises(ProjectFileError) as err:
        open_project_file(path)
    assert err.value.code == "migration_failed"
    assert path.read_bytes() == original
    assert (tmp_path / f"old.v{OLD}-backup.nap").read_bytes() == original


def test_copy_of_open_file_is_complete(small_project, tmp_path):
    small_project.create(m.ActionPlan, title="Before the copy")
    shutil.copyfile(small_project.path, tmp_path / "mailed.nap")
    with Project.open(tmp_path / "mailed.nap", read_only=True) as p:
        assert "Before the copy" in [x.title for x in p.rows(m.ActionPlan)]
