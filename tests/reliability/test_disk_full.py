"""Disk full or a write error during an edit, an import-sized batch and a save-a-copy: a clear
message, the file exactly as before, and the same open project keeps working."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import file_sha
from matrix_app.domain import models as m
from matrix_app.services.digest import content_digest
from matrix_app.storage import projectfile
from matrix_app.storage.errors import ProjectFileError


def _digest(project) -> str:
    with project.read() as s:
        return content_digest(s)


def _measure(project, **fields):
    return project.create(
        m.Measurement, indicator_id=project.ids["indicator"], measured_on="2016-01-31", **fields
    )


def test_edit_on_full_disk_is_refused_and_file_unchanged(small_project, page_limit):
    p = small_project
    before_sha, before_digest = file_sha(p.path), _digest(p)
    page_limit.set(extra_pages=0)
    with pytest.raises(ProjectFileError) as err:
        _measure(p, value=1.0, comment="x" * 20000)
    assert err.value.code == "disk_full"
    assert "disk is full" in err.value.message("en")
    assert "disco está lleno" in err.value.message("es")
    assert file_sha(p.path) == before_sha
    page_limit.lift()
    assert _digest(p) == before_digest
    row = _measure(p, value=2.0, comment="y" * 20000)  # the same Project keeps working
    assert p.get(m.Measurement, row.id).value == 2.0


def test_update_on_full_disk_keeps_old_value(small_project, page_limit):
    p = small_project
    c = p.ids["commitment"]
    before_sha = file_sha(p.path)
    page_limit.set(extra_pages=0)
    with pytest.raises(ProjectFileError) as err:
        p.update(m.Commitment, c, description="long " * 20000)
    assert err.value.code == "disk_full"
    assert file_sha(p.path) == before_sha
    page_limit.lift()
    assert p.get(m.Commitment, c).description == ""
    p.update(m.Commitment, c, description="after")
    assert p.get(m.Commitment, c).description == "after"


def test_import_sized_batch_on_full_disk_leaves_no_trace(small_project, page_limit):
    p = small_project
    before_sha, before_digest = file_sha(p.path), _digest(p)
    journal_before = len(p.history())
    page_limit.set(extra_pages=20)
    with pytest.raises(ProjectFileError) as err, p.write() as w:
        w.create(
            m.Result,
            commitment_id=p.ids["commitment"],
            level="output",
            parent_id=p.ids["purpose"],
            narrative="imported",
        )
        w.bulk_create(
            m.Measurement,
            [
                {
                    "indicator_id": p.ids["indicator"],
                    "commitment_id": p.ids["commitment"],
                    "value": float(i),
                    "comment": "imported row",
                }
                for i in range(5000)
            ],
        )
    assert err.value.code == "disk_full"
    assert file_sha(p.path) == before_sha
    page_limit.lift()
    assert _digest(p) == before_digest
    assert len(p.history()) == journal_before
    assert not p.rows(m.Result, narrative="imported")
    _measure(p, value=3.0)
    assert len(p.rows(m.Measurement)) == 2


def test_file_evidence_on_full_disk(small_project, page_limit, tmp_path):
    p = small_project
    doc = tmp_path / "acta.pdf"
    doc.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 2000)
    before_sha = file_sha(p.path)
    page_limit.set(extra_pages=10)
    with pytest.raises(ProjectFileError) as err:
        p.add_file_evidence(p.ids["commitment"], doc)
    assert err.value.code == "disk_full"
    assert file_sha(p.path) == before_sha
    page_limit.lift()
    ev = p.add_file_evidence(p.ids["commitment"], doc)
    assert p.blob(ev.sha256) == doc.read_bytes()


def test_save_copy_to_full_device(small_project, tmp_path, monkeypatch):
    """The copy's destination fills up: no copy, an older copy there stays, no temp file."""
    p = small_project
    dest_dir = tmp_path / "usb"
    dest_dir.mkdir()
    dest = dest_dir / "copy.nap"
    dest.write_bytes(b"an older copy")
    real_connect = sqlite3.connect

    def tiny_device(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if ".matrix-copy-" in str(target):
            conn.execute("PRAGMA max_page_count=3")
        return conn

    monkeypatch.setattr(projectfile.sqlite3, "connect", tiny_device)
    before_sha = file_sha(p.path)
    with pytest.raises(ProjectFileError) as err:
        p.file.save_copy(dest)
    assert err.value.code == "disk_full_copy"
    assert "nothing was left behind" in err.value.message("en")
    assert dest.read_bytes() == b"an older copy"
    assert [f.name for f in dest_dir.iterdir()] == ["copy.nap"]
    assert file_sha(p.path) == before_sha
    monkeypatch.undo()
    p.file.save_copy(dest)
    _measure(p, value=4.0)  # the project is still open for editing
    with projectfile.open_project_file(dest, read_only=True) as copy:
        assert copy.project_id == p.project_id


def test_save_copy_into_missing_folder(small_project, tmp_path):
    with pytest.raises(ProjectFileError) as err:
        small_project.file.save_copy(tmp_path / "no-such-folder" / "copy.nap")
    assert err.value.code == "cannot_write"
    assert "Cannot write" in err.value.message("en")


def _private_tmpfs_works(folder) -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {folder}"],
        capture_output=True,
    )
    return probe.returncode == 0


def test_full_filesystem_for_real(tmp_path):
    """A real 1 MB filesystem (tmpfs in a private mount namespace, no root needed where user
    namespaces are allowed) filled to the last byte: every write gets "disk full", an edit,
    an import batch and a batch of evidence files alike."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if not _private_tmpfs_works(folder):
        pytest.skip("cannot mount a private tmpfs here (user namespaces disabled)")
    child = Path(__file__).with_name("fullfs_child.py")
    src = Path(__file__).resolve().parents[2] / "src"
    run = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            f'mount -t tmpfs -o size=1m tmpfs "{folder}" && exec "{sys.executable}" "{child}" "{folder}"',
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(src)},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["edit"] == out["update"] == out["import"] == out["evidence"] == "disk_full"
    assert out["copy"] == "disk_full_copy"
    assert out["unchanged"] is True
    assert out["leftovers"] == []  # no temporary copy, no journal left behind
    assert out["after_free"] == "ok" and out["title"] == "after"
    assert out["measurements"] == 0
    assert out["evidence_rows"] == 0  # the batch of evidence files landed all or nothing
