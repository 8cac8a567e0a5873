# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Attaching files runs off the GUI thread (issue 16): the window keeps answering while they
are read, hashed and stored; Cancel leaves the project file byte for byte as it was; a file
that vanished is named and the others land, all in one transaction and one undo step."""

from __future__ import annotations

import hashlib
import pathlib
import threading

import pytest
from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from v4_helpers import click, on_disk

from matrix_app.domain import models as m
from matrix_app.messages import set_language
from matrix_app.ui.commitment.evidence import EvidenceTab


def make_files(tmp_path, n: int, size: int = 300_000) -> list:
    files = []
    for i in range(n):
        f = tmp_path / f"acta-{i}.pdf"
        f.write_bytes(b"%PDF-1.4 " + bytes([i]) * size)
        files.append(f)
    return files


class Gate:
    """Hold whoever opens the file called ``at`` (the old code and the new both read through
    ``Path.open``) until ``open()``; record the threads that opened the files."""

    def __init__(self, monkeypatch, at: str) -> None:
        self.reached, self.release = threading.Event(), threading.Event()
        self.threads: set[int] = set()
        real = pathlib.Path.open

        def opened(path, *args, **kwargs):
            if path.name.startswith("acta-"):
                self.threads.add(threading.get_ident())
            if path.name == at:
                self.reached.set()
                assert self.release.wait(5), "the file was opened on the GUI thread"
            return real(path, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "open", opened)

    def open(self) -> None:
        self.release.set()


def file_sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_nothing_left(t) -> None:
    """No worker still running, no progress window left on screen."""
    runner = t._own_runner
    assert runner is not None and runner.wait(5000)
    assert runner.pool.activeThreadCount() == 0 and not runner.active
    assert t.attaching is None
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    assert not [w for w in shown if w.isVisible()]


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language(None)


def test_button_attaches_off_the_gui_thread_in_one_step(
    env, qtbot, tmp_path, monkeypatch, publication_question, english
):
    files = make_files(tmp_path, 3)
    t = tab(env, "evidence")
    monkeypatch.setattr(EvidenceTab, "choose_files", lambda self: [str(f) for f in files])
    gate = Gate(monkeypatch, at=files[1].name)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    click(qtbot, t.add_file_button)
    # the click has returned while the worker is still reading: the event loop runs
    assert gate.reached.wait(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3000)
    assert on_disk(env.path, m.Evidence) == []  # nothing stored while files are read
    assert threading.get_ident() not in gate.threads
    gate.open()
    env.settle()
    timer.stop()
    assert publication_question == [[f.name for f in files]]  # asked once, before reading
    rows = on_disk(env.path, m.Evidence)
    assert sorted(e.file_name for e in rows) == [f.name for f in files]
    journal = [j for j in env.project.history() if j.entity == "evidence"]
    assert len({j.batch for j in journal}) == 1  # one transaction
    for f in files:
        [ev] = [e for e in rows if e.file_name == f.name]
        assert env.project.blob(ev.sha256) == f.read_bytes()
        assert ev.sha256 == hashlib.sha256(f.read_bytes()).hexdigest()
    assert t.current.file_name == files[-1].name  # the last one added is selected
    assert env.doc.undo_stack.count() == 1
    assert env.doc.undo_stack.undoText() == "Add 3 files"
    env.undo()  # one step takes all three away, redo brings the same rows back
    assert on_disk(env.path, m.Evidence) == [] and t.model.rowCount() == 0
    env.redo()
    assert sorted(e.id for e in on_disk(env.path, m.Evidence)) == sorted(e.id for e in rows)
    assert_nothing_left(t)


def test_cancel_leaves_the_project_file_as_it_was(env, qtbot, tmp_path, monkeypatch, english):
    files = make_files(tmp_path, 3)
    t = tab(env, "evidence")
    before = file_sha(env.path)
    monkeypatch.setattr(EvidenceTab, "choose_files", lambda self: [str(f) for f in files])
    gate = Gate(monkeypatch, at=files[2].name)
    click(qtbot, t.add_file_button)
    assert gate.reached.wait(5)
    dialog = t.attaching.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)  # shown after a moment of work
    [cancel] = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.open()
    env.settle()
    assert "nothing was added" in env.editor.message_bar.text()
    assert file_sha(env.path) == before  # byte for byte
    assert on_disk(env.path, m.Evidence) == []
    assert env.doc.undo_stack.count() == 0
    assert_nothing_left(t)


def test_vanished_file_is_named_in_spanish_and_the_others_land(env, qtbot, tmp_path, monkeypatch):
    files = make_files(tmp_path, 3)
    t = tab(env, "evidence")
    monkeypatch.setattr(EvidenceTab, "choose_files", lambda self: [str(f) for f in files])

    def ask_then_lose_one(self, names):
        files[1].unlink()  # gone between the size check and the read
        return True

    monkeypatch.setattr(EvidenceTab, "ask_public", ask_then_lose_one)
    set_language("es")
    try:
        click(qtbot, t.add_file_button)
        env.settle()
    finally:
        set_language(None)
    text = env.editor.message_bar.text()
    assert f"“{files[1].name}” ya no está" in text
    rows = on_disk(env.path, m.Evidence)
    assert sorted((e.file_name, e.public) for e in rows) == [
        (files[0].name, True),
        (files[2].name, True),
    ]
    assert env.doc.undo_stack.count() == 1
    assert_nothing_left(t)


def test_dropped_files_land_together(env, qtbot, tmp_path, publication_question):
    files = make_files(tmp_path, 2)
    t = tab(env, "evidence")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(20, 20), action, mime, buttons, keys)
    QApplication.sendEvent(t, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(t, QDragMoveEvent(QPoint(30, 30), action, mime, buttons, keys))
    drop = QDropEvent(QPoint(30, 30).toPointF(), action, mime, buttons, keys)
    QApplication.sendEvent(t, drop)
    assert drop.isAccepted()
    env.settle()
    assert publication_question == [[f.name for f in files]]
    rows = on_disk(env.path, m.Evidence)
    assert sorted(e.file_name for e in rows) == [f.name for f in files]
    assert len({j.batch for j in env.project.history() if j.entity == "evidence"}) == 1
    assert_nothing_left(t)


def test_read_only_project_refuses_before_asking(env, tmp_path, monkeypatch):
    files = make_files(tmp_path, 1)
    t = tab(env, "evidence")
    asked = []
    monkeypatch.setattr(EvidenceTab, "choose_files", lambda self: asked.append(1) or [])
    env.editor.set_read_only(True)
    assert not t.add_file_button.isEnabled()
    assert t.add_files() is None and t.add_files([str(files[0])]) is None
    assert asked == [] and t.attaching is None
    assert on_disk(env.path, m.Evidence) == []
