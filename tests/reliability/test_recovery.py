"""A program killed in the middle of a transaction leaves a hot journal; the next open - by
the app or by ``info`` - finishes SQLite's rollback and finds the last committed state."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from procs import child_env, make_project, run_on_read_only_folder

from conftest import file_sha
from matrix_app.cli import main
from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.storage.projectfile import journal_path

CHILD = Path(__file__).with_name("hang_child.py")


def _crash_mid_transaction(path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.readline().strip() == "HALFWAY", child.stderr.read()
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    child.stdout.close()
    child.stderr.close()
    assert journal_path(path).stat().st_size > 0, "the kill should leave a hot journal"


@pytest.fixture
def crashed(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = make_project(folder / "crashed.nap")
    _crash_mid_transaction(path)
    return path


@pytest.mark.parametrize("command", ["info", "check"])
def test_cli_on_a_crashed_file(crashed, capsys, command):
    path = crashed
    # info succeeds; check finds the commitment's missing goal and outputs (errors): 1
    assert main([command, str(path)]) == {"info": 0, "check": 1}[command]
    out, err = capsys.readouterr()
    assert err == ""
    assert not journal_path(path).exists()
    if command == "info":
        assert "measurement: 0" in out


def test_app_opens_a_crashed_file_at_its_last_committed_state(crashed):
    path = crashed
    with Project.open(path) as p:
        assert not p.read_only

        assert p.rows(m.Measurement) == []
        p.create(m.Measurement, indicator_id=p.rows(m.Indicator)[0].id, value=1)
    with Project.open(path, read_only=True) as p:
        assert len(p.rows(m.Measurement)) == 1


def test_crashed_file_in_a_read_only_folder_is_explained(crashed):
    path = crashed
    before = file_sha(path), file_sha(journal_path(path))
    code = f"import sys; from matrix_app.cli import main; sys.exit(main(['info', {str(path)!r}]))"
    run = run_on_read_only_folder(path.parent, code)
    if run is None:
        pytest.skip("cannot make a read-only folder here")
    assert run.returncode == 2, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "left half-changed" in lines[0], run.stderr
    assert journal_path(path).name in lines[0]
    assert (file_sha(path), file_sha(journal_path(path))) == before
