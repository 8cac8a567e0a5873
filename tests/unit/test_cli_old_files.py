"""Read-only commands read an older-format file through an upgraded temporary copy."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from exchange_helpers import make_old
from matrix_app.cli import main
from matrix_app.services.project import Project


def _make_v2(path):
    make_old(path, 2)


def test_info_and_check_read_an_old_file_without_changing_it(tmp_path, capsys):
    path = tmp_path / "old.nap"
    Project.new(path, title="Old").close()
    _make_v2(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["info", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    info = json.loads(out)
    assert info["path"] == str(path) and info["schema_version"] == 2
    assert "older file format (version 2)" in err and "unchanged" in err
    assert main(["check", str(path)]) == 0
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.nap"]  # no backup, no copy


def test_a_closed_pipe_ends_the_command_quietly(tmp_path):
    """``matrix-app info f | head -1``: the reader is gone before the output is written."""
    path = tmp_path / "p.nap"
    Project.new(path, title="P").close()
    code = f"import sys; from matrix_app.cli import main; sys.exit(main(['info', {str(path)!r}]))"
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    child.stdout.close()  # long before the child has imported anything
    _, err = child.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err
    assert child.returncode == 0
