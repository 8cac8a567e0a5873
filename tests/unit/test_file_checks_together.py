"""A file's first open runs the integrity check beside the content check (two cores: the
open waits for the longer, not for both: 3.2 -> 2.2 s on 2,000 commitments), and a file
both checks refuse is called damaged, as when they ran one after the other."""

from __future__ import annotations

import threading

import pytest

from matrix_app.services.project import Project
from matrix_app.storage import file_check
from matrix_app.storage.errors import ProjectFileError


@pytest.fixture
def nap(tmp_path):
    path = tmp_path / "p.nap"
    Project.new(path, title="T").close()
    return path


def test_the_two_checks_run_at_the_same_time(nap, monkeypatch):
    content_started = threading.Event()
    seen = {}

    def integrity(conn, path):
        # waits for the content check: one after the other, this would wait in vain
        seen["overlapped"] = content_started.wait(10)
        seen["thread"] = threading.current_thread().name

    def content(conn, path, tables, structure=True):
        content_started.set()

    monkeypatch.setattr(file_check, "health_check", integrity)
    monkeypatch.setattr(file_check, "check_content", content)
    file_check.check_project_file(nap, read_only=True, trust_checked=False)
    assert seen == {"overlapped": True, "thread": "integrity-check"}
    assert not [t for t in threading.enumerate() if t.name == "integrity-check"]


@pytest.mark.parametrize(
    "integrity_fails, content_fails, expected",
    [(True, True, "corrupt"), (True, False, "corrupt"), (False, True, "foreign"),
     (False, False, None)],
)  # fmt: skip
def test_a_damaged_file_is_refused_as_damaged(
    nap, monkeypatch, integrity_fails, content_fails, expected
):
    def integrity(conn, path):
        if integrity_fails:
            raise ProjectFileError("corrupt", path=path, detail="page 3")

    def content(conn, path, tables, structure=True):
        if content_fails:
            raise ProjectFileError("foreign", path=path)

    monkeypatch.setattr(file_check, "health_check", integrity)
    monkeypatch.setattr(file_check, "check_content", content)
    if expected is None:
        file_check.check_project_file(nap, read_only=True, trust_checked=False)
        return
    with pytest.raises(ProjectFileError) as got:
        file_check.check_project_file(nap, read_only=True, trust_checked=False)
    assert got.value.code == expected


def test_an_interrupted_content_check_still_waits_for_the_integrity_thread(nap, monkeypatch):
    done = threading.Event()

    def integrity(conn, path):
        done.wait(0.2)
        done.set()

    def content(conn, path, tables, structure=True):
        raise KeyboardInterrupt

    monkeypatch.setattr(file_check, "health_check", integrity)
    monkeypatch.setattr(file_check, "check_content", content)
    with pytest.raises(KeyboardInterrupt):
        file_check.check_project_file(nap, read_only=True, trust_checked=False)
    assert done.is_set()  # joined before the interruption went on
