"""Upgrading an older file: a failure or a crash halfway leaves the original as it was and a
backup beside it; a migration that works upgrades the file and keeps the backup."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from procs import child_env

from conftest import file_sha
from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.storage import migrations, upgrade
from matrix_app.storage.errors import ProjectFileError
from matrix_app.storage.projectfile import open_project_file

CHILD = Path(__file__).with_name("migration_child.py")
CURRENT = migrations.SCHEMA_VERSION  # files made now are "old" once the app is at CURRENT + 1


def _upgrade_with(monkeypatch, step) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {**migrations.MIGRATIONS, CURRENT: step})
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", CURRENT + 1)


@pytest.fixture
def old_file(tmp_path):
    """A project written at today's format; the tests then pretend the app is one newer."""
    path = tmp_path / "plan.nap"
    with Project.new(path, title="Old") as p:
        plan = p.create(m.ActionPlan, title="NAP 2014-2016")
        p.create(m.Commitment, plan_id=plan.id, code="1", title="Municipal transparency")
    return path


def _version(path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.v{CURRENT}-backup*{path.suffix}"))


def test_failed_migration_leaves_original_and_backup(old_file):
    before = file_sha(old_file)
    run = subprocess.run(
        [sys.executable, str(CHILD), str(old_file), "fail"],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
    )
    assert run.returncode == 2, run.stderr
    out = json.loads(run.stdout)
    assert out["code"] == "migration_failed"
    assert "stopped halfway" in out["en"] and "left as it was" in out["en"]
    assert "quedó como estaba" in out["es"]
    assert file_sha(old_file) == before
    [backup] = _backups(old_file)
    assert str(backup) in out["en"]
    assert file_sha(backup) == before
    with open_project_file(old_file) as f:  # the current version still opens it
        assert not f.read_only


def test_crash_in_the_middle_of_a_migration(old_file, monkeypatch):
    before = file_sha(old_file)
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(old_file), "hang"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "HALFWAY"
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    child.stdout.close()
    child.stderr.close() if child.stderr else None
    [backup] = _backups(old_file)
    assert file_sha(backup) == before
    # The next start rolls the half migration back, and then migrates for real.
    _upgrade_with(
        monkeypatch,
        lambda conn: conn.execute("ALTER TABLE commitment ADD COLUMN scratch_budget REAL"),
    )
    with open_project_file(old_file) as f:
        assert not f.read_only
    assert _version(old_file) == CURRENT + 1
    with sqlite3.connect(old_file) as conn:
        assert conn.execute("SELECT title, scratch_budget FROM commitment").fetchall() == [
            ("Municipal transparency", None)
        ]
        assert "scratch" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert len(_backups(old_file)) == 2  # the first backup is never overwritten
    assert all(file_sha(b) == before for b in _backups(old_file))


def test_successful_migration_upgrades_and_keeps_backup(old_file, monkeypatch):
    before = file_sha(old_file)
    _upgrade_with(
        monkeypatch,
        lambda conn: conn.execute("UPDATE meta SET value = value || ' (v2)' WHERE key='title'"),
    )
    with Project.open(old_file) as p:
        assert not p.read_only
        assert p.meta("title") == "Old (v2)"
        assert [c.title for c in p.rows(m.Commitment)] == ["Municipal transparency"]
    assert _version(old_file) == CURRENT + 1
    [backup] = _backups(old_file)
    assert file_sha(backup) == before and _version(backup) == CURRENT


def test_no_room_for_the_backup_means_no_migration(old_file, monkeypatch):
    before = file_sha(old_file)
    ran = []
    _upgrade_with(monkeypatch, lambda conn: ran.append(1))

    def full_disk(src, dst):
        Path(dst).write_bytes(b"")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(upgrade.shutil, "copy2", full_disk)
    with pytest.raises(ProjectFileError) as err:
        open_project_file(old_file)
    assert err.value.code == "cannot_write"
    assert "No space left" in err.value.message("en")
    assert ran == []
    assert _backups(old_file) == []  # no half-written backup left to mislead anyone
    assert file_sha(old_file) == before
    assert _version(old_file) == CURRENT
