"""``services.evidence_attach``: a batch of files read, hashed and stored in one transaction;
Cancel at any point before the commit, or an error while storing, leaves the file as it was."""

from __future__ import annotations

import hashlib

import pytest

from matrix_app.domain import models as m
from matrix_app.services import evidence_attach
from matrix_app.services.evidence_attach import Cancelled, attach_files, check_sizes
from matrix_app.storage.errors import ProjectFileError


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files(tmp_path, n: int, size: int = 3 * evidence_attach.CHUNK) -> list:
    out = []
    for i in range(n):
        f = tmp_path / f"f{i}.pdf"
        f.write_bytes(bytes([i]) * size)
        out.append(f)
    return out


def test_batch_is_one_transaction_with_progress(small_project, tmp_path):
    p, fs = small_project, files(tmp_path, 3)
    seen: list[tuple[int, int]] = []
    done = attach_files(p, p.ids["commitment"], fs, lambda d, t: seen.append((d, t)), public=True)
    assert done.problems == [] and done.names == [f.name for f in fs]
    rows = {e.id: e for e in p.rows(m.Evidence)}
    assert list(rows) == done.ids
    for f, row_id in zip(fs, done.ids, strict=True):
        assert rows[row_id].sha256 == sha(f) and rows[row_id].public is True
        assert p.blob(sha(f)) == f.read_bytes()
    assert len({j.batch for j in p.history() if j.entity == "evidence"}) == 1
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert all(isinstance(d, int) and isinstance(t, int) for d, t in seen)


@pytest.mark.parametrize("when", ["reading", "storing"])
def test_cancel_before_the_commit_changes_nothing(small_project, tmp_path, when):
    p, fs = small_project, files(tmp_path, 3)
    before = sha(p.path)
    total = []

    def progress(done, of):
        total.append(done)
        # reading is the first half of the count, storing the second
        if (when == "reading" and done > of // 4) or (when == "storing" and done > of * 3 // 4):
            flag.append(True)

    flag: list[bool] = []
    with pytest.raises(Cancelled):
        attach_files(p, p.ids["commitment"], fs, progress, lambda: bool(flag))
    assert sha(p.path) == before  # byte for byte, blobs written and rolled back included
    assert p.rows(m.Evidence) == []


def test_gone_unreadable_and_grown_files_are_named_the_others_land(small_project, tmp_path):
    p, fs = small_project, files(tmp_path, 4, size=1000)
    ok, problems = check_sizes(fs)
    assert problems == [] and len(ok) == 4
    fs[0].unlink()  # vanished after the size check
    fs[1].unlink()
    fs[1].mkdir()  # unreadable: a folder now
    fs[2].write_bytes(b"x" * (evidence_attach.MAX_EVIDENCE_BYTES + 1))  # grew past the limit
    done = attach_files(p, p.ids["commitment"], ok)
    assert [e.file_name for e in p.rows(m.Evidence)] == [fs[3].name]
    codes = [(x.code, x.params["name"]) for x in done.problems]
    assert codes == [("gone", "f0.pdf"), ("unreadable", "f1.pdf"), ("too_large", "f2.pdf")]
    assert "ya no está" in done.problems[0].message("es")
    assert "f0.pdf" in done.problems[0].message("en")


def test_size_checked_before_anything_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.bin"
    with open(big, "wb") as fh:
        fh.truncate(evidence_attach.MAX_EVIDENCE_BYTES + 1)
    ok, problems = check_sizes([big, tmp_path / "missing.pdf"])
    assert ok == [] and [x.code for x in problems] == ["too_large", "gone"]


def test_a_failed_write_stores_none_of_the_batch(small_project, tmp_path):
    p, fs = small_project, files(tmp_path, 2, size=1000)
    before = sha(p.path)
    with pytest.raises(ProjectFileError):
        attach_files(p, "no-such-commitment", fs)
    assert sha(p.path) == before and p.rows(m.Evidence) == []


def test_too_large_message_writes_the_size_in_each_language(tmp_path):
    big = tmp_path / "informe.pdf"
    with open(big, "wb") as fh:
        fh.truncate(evidence_attach.MAX_EVIDENCE_BYTES + 512 * 1024)
    [problem] = check_sizes([big])[1]
    assert "“informe.pdf” pesa 20,5 MB" in problem.message("es")
    assert "“informe.pdf” is 20.5 MB" in problem.message("en")


def test_one_file_at_a_time_is_in_memory(small_project, tmp_path):
    """A drop of many large files must not hold them all: each is stored once read."""
    import tracemalloc

    size = 4 * 1024 * 1024
    fs = files(tmp_path, 6, size)
    tracemalloc.start()
    try:
        done = attach_files(small_project, small_project.ids["commitment"], fs)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(done.ids) == 6
    assert peak < 3 * size, f"{peak / 1048576:.0f} MB held for 6 files of 4 MB"
