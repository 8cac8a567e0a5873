"""A write that fails leaves the file as it was and says so truthfully (issue 18).

On a real 2 MB filesystem, an Excel import that does not fit spills pages into the project
file before the disk fills up; the rollback journal holds the originals. The command must
make SQLite play the journal back before it exits, check the file and only then say "the
file is as it was": the ``.nap`` alone (what people e-mail) must pass ``integrity_check``
and hold exactly its old content, with no ``-journal`` left beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from matrix_app.domain import models as m
from matrix_app.services.digest import content_digest
from matrix_app.services.excel.export import export_workbook
from matrix_app.services.project import Project

SRC = Path(__file__).resolve().parents[2] / "src"


def _private_tmpfs_works(folder: Path) -> bool:
    """As in test_disk_full.py (not imported: test modules import ``conftest`` by name)."""
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {folder}"],
        capture_output=True,
    )
    return probe.returncode == 0


def _digest(path: Path) -> str:
    with Project.open(path, read_only=True) as p, p.read() as s:
        return content_digest(s)


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory) -> Path:
    """A workbook whose import (about 1.5 MB in the file) outgrows SQLite's page cache."""
    folder = tmp_path_factory.mktemp("workbook")
    with Project.new(folder / "source.nap", title="Source") as p:
        with p.write() as w:
            plan = w.create(m.ActionPlan, title="NAP 2014-2016")
            for c_no in range(8):
                c = w.create(m.Commitment, plan_id=plan.id, code=str(c_no + 1), title=f"C{c_no}")
                r = w.create(m.Result, commitment_id=c.id, level="purpose", narrative="p" * 50)
                ind = w.create(m.Indicator, result_id=r.id, name=f"indicator {c_no}")
                w.bulk_create(
                    m.Measurement,
                    [
                        {
                            "indicator_id": ind.id,
                            "commitment_id": c.id,
                            "value": float(i),
                            "measured_on": f"2015-{1 + i % 12:02d}-01",
                            "comment": f"measurement {i} " + "detail " * 20,
                        }
                        for i in range(400)
                    ],
                )
        export_workbook(p, folder / "big.xlsx", "en")
    return folder / "big.xlsx"


def _run_child(
    tmp_path: Path, workbook: Path, free_kib: int, lang: str, mode: str = "import"
) -> dict:
    folder = tmp_path / "tiny"
    folder.mkdir()
    if not _private_tmpfs_works(folder):
        pytest.skip("cannot mount a private tmpfs here (user namespaces disabled)")
    child = Path(__file__).with_name("fullfs_import_child.py")
    script = (
        f'mount -t tmpfs -o size=2m tmpfs "{folder}" && exec "{sys.executable}" "{child}" '
        f'"{folder}" "{tmp_path}" "{workbook}" {free_kib} {lang} {mode}'
    )
    run = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


@pytest.mark.parametrize(("free_kib", "lang"), [(300, "en"), (900, "es")])
def test_import_xlsx_on_a_full_disk_leaves_the_file_alone_whole(
    tmp_path, big_workbook, free_kib, lang
):
    out = _run_child(tmp_path, big_workbook, free_kib, lang)
    assert out["rc"] == 2, out
    assert "Traceback" not in out["stderr"]
    if lang == "es":
        assert "El disco está lleno" in out["stderr"] and "quedó como estaba" in out["stderr"]
    else:
        assert "The disk is full" in out["stderr"] and "as it was before" in out["stderr"]
    assert out["listing"] == ["project.nap"]  # no -journal, no temporary file
    assert out["size_after"] == out["size_before"]
    alone = tmp_path / "alone.nap"
    conn = sqlite3.connect(alone)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert _digest(alone) == out["digest_before"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_merge_on_a_full_disk_rolls_back_and_leaves_no_restore_point(tmp_path, big_workbook, lang):
    """Room for the restore point (the project is ~300 KB) but not for the merge."""
    out = _run_child(tmp_path, big_workbook, 400, lang, mode="merge")
    assert out["rc"] == 2, out
    assert "Traceback" not in out["stderr"]
    key = "quedó como estaba" if lang == "es" else "as it was before"
    assert key in out["stderr"], out["stderr"]
    assert out["listing"] == ["project.nap"]  # no -journal, and the unneeded copy removed
    assert out["size_after"] == out["size_before"]
    assert _digest(tmp_path / "alone.nap") == out["digest_before"]


def test_merge_without_room_for_the_restore_point_is_not_started(tmp_path, big_workbook):
    out = _run_child(tmp_path, big_workbook, 60, "en", mode="merge")
    assert out["rc"] == 2, out
    assert "The merge was not started" in out["stderr"] and "the disk is full" in out["stderr"]
    assert "Traceback" not in out["stderr"]
    assert out["listing"] == ["project.nap"]
    assert _digest(tmp_path / "alone.nap") == out["digest_before"]


# -- the states other than "as it was": each gets its own true sentence -------------------


@pytest.fixture
def half_written(tmp_path):
    """A file a writer left half-changed, with its hot journal (a killed process)."""
    from procs import child_env, make_project

    folder = tmp_path / "shared"
    folder.mkdir()
    path = make_project(folder / "half.nap")
    child = subprocess.Popen(  # as test_recovery.py does: killed with a spilled transaction
        [sys.executable, str(Path(__file__).with_name("hang_child.py")), str(path)],
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
    assert (folder / "half.nap-journal").stat().st_size > 0
    return path


def _disk_full(path: Path):
    from matrix_app.storage.errors import ProjectFileError

    return ProjectFileError("disk_full", path=path)


def test_journal_that_cannot_be_played_back_is_reported_pending(half_written, monkeypatch):
    from matrix_app.storage import write_check

    real = write_check._connect

    def no_writing(path, read_only):
        if not read_only:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(path, read_only)

    monkeypatch.setattr(write_check, "_connect", no_writing)
    after = write_check.settle_failed_write(half_written, None)
    assert after.state == write_check.PENDING
    error = write_check.truthful_error(_disk_full(half_written), after)
    assert error.code == "write_pending"
    en, es = error.message("en"), error.message("es")
    assert "the disk is full" in en and "half.nap-journal" in en and "alone" in en
    assert "as it was" not in en
    assert "el disco está lleno" in es and "half.nap-journal" in es and "solo" in es
    assert write_check.journal_of(half_written).stat().st_size > 0  # left for the next open
    monkeypatch.undo()
    after = write_check.settle_failed_write(half_written, None)  # the next try plays it back
    assert after.state == write_check.AS_BEFORE
    assert not write_check.journal_of(half_written).exists()


def test_damaged_file_is_reported_damaged(tmp_path):
    from procs import make_project

    from matrix_app.storage import write_check

    path = make_project(tmp_path / "torn.nap")
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 200] = b"\xff" * 200  # a page overwritten
    path.write_bytes(bytes(data))
    after = write_check.settle_failed_write(path, None)
    assert after.state == write_check.DAMAGED
    error = write_check.truthful_error(_disk_full(path), after)
    assert "damaged" in error.message("en") and "dañado" in error.message("es")
    assert "as it was" not in error.message("en")


def test_file_gone_is_reported_unreachable(tmp_path):
    from matrix_app.storage import write_check

    path = tmp_path / "usb" / "gone.nap"
    after = write_check.settle_failed_write(path, None)
    assert after.state == write_check.UNREACHABLE
    error = write_check.truthful_error(_disk_full(path), after)
    assert "USB" in error.message("en") and "USB" in error.message("es")


def test_verified_rollback_keeps_the_plain_message(tmp_path):
    from procs import make_project

    from matrix_app.storage import write_check

    path = make_project(tmp_path / "fine.nap")
    with Project.open(path) as p:
        before = p.write_state()
        error = p.after_failed_write(_disk_full(path), before)
    assert error.code == "disk_full" and "as it was before" in error.message("en")
    with Project.open(path) as p:
        p.create(m.ActionPlan, title="a commit since")
        assert write_check.settle_failed_write(path, before).state == write_check.CHANGED


def test_folder_that_turns_read_only_under_an_open_project(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    if not _private_tmpfs_works(folder):
        pytest.skip("no private mount namespace here")
    run = subprocess.run(
        [
            "unshare",
            "-rm",
            sys.executable,
            str(Path(__file__).with_name("readonly_child.py")),
            str(folder),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["edit"] == "read_only"
    assert "its folder is read-only" in out["en"] and "this change was not saved" in out["en"]
    assert "su carpeta es de solo lectura" in out["es"]
    assert out["unchanged"] is True and out["title"] == "plan"
    assert out["listing"] == ["p.nap"]
