"""Issue 16: a file never checked here is shown once what the window shows has passed the
content check; SQLite's integrity check and the history's content check run before it can be
edited (``CheckedFile.check_rest``, run by ``open_checked``). Each refusal still comes, the
file keeps its bytes, and it is remembered as checked only once every check has passed."""

from __future__ import annotations

import hashlib
import sqlite3
import threading

import pytest

from file_edits import edit, swap_journal_indexes
from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.storage import checked_files, migrations
from matrix_app.storage.errors import ProjectFileError
from matrix_app.storage.projectfile import check_project_file, open_checked
from matrix_app.ui.first_data import beside_check, open_preview


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def nap(tmp_path, monkeypatch):
    monkeypatch.setenv("MATRIX_STATE_DIR", str(tmp_path / "state"))
    path = tmp_path / "received.nap"
    with Project.new(path, title="T") as p, p.write() as w:
        plan = w.create(m.ActionPlan, title="Plan")
        w.create(m.Commitment, plan_id=plan.id, code="1", title="Commitment")
    received = tmp_path / "copy.nap"
    received.write_bytes(path.read_bytes())  # a new file: never checked here
    return received


def _unknown_journal_action(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE journal SET action = 'explode' WHERE rowid = (SELECT max(rowid) FROM journal)"
    )


def _unknown_status(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE commitment SET completion = 'explode'")


@pytest.mark.parametrize(
    "change, code",
    [(swap_journal_indexes, "corrupt"), (_unknown_journal_action, "bad_content")],
    ids=["torn indexes", "hostile history"],
)
def test_what_no_view_reads_is_checked_before_the_file_can_be_edited(nap, change, code):
    edit(nap, change)
    before = _sha(nap)
    preview = open_preview(nap)  # shown: nothing the window shows is wrong
    assert preview.checked.later is not None and preview.data.codes
    with pytest.raises(ProjectFileError) as refused:
        open_checked(preview.checked)  # the Document's worker: the rest, then refused
    assert refused.value.code == code
    assert preview.checked.lock is None  # the edit lock given up with the refusal
    assert not checked_files.unchanged_since_checked(nap)  # never remembered as checked
    assert _sha(nap) == before
    with pytest.raises(ProjectFileError) as again:  # and the next open refuses it again
        open_checked(open_preview(nap).checked)
    assert again.value.code == code


def test_values_the_window_shows_are_refused_before_they_are_shown(nap):
    edit(nap, _unknown_status)
    before = _sha(nap)
    with pytest.raises(ProjectFileError) as refused:
        open_preview(nap)
    assert refused.value.code == "bad_content" and "commitment" in refused.value.message()
    assert _sha(nap) == before
    checked = check_project_file(nap, show_first=True, check_values=False)
    assert checked.lock is not None  # the refusal gave the edit lock up
    checked.release()


def test_a_file_shown_first_is_remembered_only_once_every_check_passed(nap):
    preview = open_preview(nap)
    assert preview.checked.later is not None
    preview.checked.release()  # closed while the Document was on its way
    assert not checked_files.unchanged_since_checked(nap)
    preview = open_preview(nap)
    project = open_checked(preview.checked)
    project.close()
    assert checked_files.unchanged_since_checked(nap)
    checked = check_project_file(nap, show_first=True)  # as this installation left it
    assert checked.later is None
    checked.release()


def test_the_other_opens_still_run_every_check_first(nap):
    edit(nap, swap_journal_indexes)
    with pytest.raises(ProjectFileError) as refused:
        check_project_file(nap)  # the command line, a merge, a report
    assert refused.value.code == "corrupt"


def test_a_file_to_upgrade_is_checked_whole_before_it_is_shown(nap, monkeypatch):
    # an upgrade writes to the file: every check must have passed before it
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    seen = []
    monkeypatch.setattr("matrix_app.storage.file_check.migrate", lambda p, v: seen.append(v))
    checked = check_project_file(nap, show_first=True)
    assert checked.later is None and seen
    checked.release()


def test_the_reader_runs_beside_the_check_and_the_check_decides():
    started = threading.Event()

    def check() -> None:
        started.set()

    def read() -> str:
        assert started.wait(10)  # one after the other, this would wait in vain
        return "rows"

    assert beside_check(check, read) == "rows"

    def refuse() -> None:
        raise ProjectFileError("bad_content", path="x.nap", problems=[])

    def break_on_bad_rows() -> str:
        raise ValueError("the rows the check refuses")

    with pytest.raises(ProjectFileError):  # the check's refusal, not the reader's error
        beside_check(refuse, break_on_bad_rows)
    with pytest.raises(ProjectFileError):
        beside_check(refuse, read)
    with pytest.raises(ValueError):
        beside_check(lambda: None, break_on_bad_rows)
    assert not [t for t in threading.enumerate() if t.name == "content-check"]
