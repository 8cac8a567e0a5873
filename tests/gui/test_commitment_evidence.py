# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Evidence tab: files (dialog and drop), links, notes, open, save, size limit, undo/redo."""

from __future__ import annotations

import hashlib

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from matrix_app.domain import models as m
from matrix_app.services import evidence_attach as evidence_module  # the size rule


def test_file_link_note_open_save_and_reopen(env, tmp_path, monkeypatch, qtmodeltester):
    t = tab(env, "evidence")
    report = tmp_path / "control-gestion.csv"
    report.write_bytes(b"agency;connected\nCPLT;yes\n")
    monkeypatch.setattr(t, "choose_files", lambda: [str(report)])
    assert t.add_files() is not None  # read and stored off the GUI thread
    env.settle()
    [file_id] = [r.id for r in env.project.rows(m.Evidence)]
    assert env.doc.undo_stack.undoText() == "Add file control-gestion.csv"
    ev = env.project.get(m.Evidence, file_id)
    assert ev.sha256 == hashlib.sha256(report.read_bytes()).hexdigest()
    assert t.current.id == file_id
    assert t.sha_label.text() == ev.sha256
    assert "26 bytes" in t.file_label.text()

    opened = []
    monkeypatch.setattr(t, "open_url", lambda url: opened.append(url) or True)
    t.open_current()
    path = opened[0].toLocalFile()
    assert open(path, "rb").read() == report.read_bytes()
    out = tmp_path / "out" / "copy.csv"
    out.parent.mkdir()
    monkeypatch.setattr(t, "choose_save_path", lambda name: str(out))
    assert t.save_current() == out and out.read_bytes() == report.read_bytes()

    monkeypatch.setattr(t, "ask_link", lambda: ("Portal", "https://www.portaltransparencia.cl"))
    link_id = t.add_link()
    env.settle()
    t.open_current()
    assert opened[-1] == QUrl("https://www.portaltransparencia.cl")
    note_id = t.add_note()
    env.settle()
    t.fields["note"].setPlainText("Attack on PISEE")
    t.fields["note"].document().setModified(True)
    t.fields["note"].editingFinished.emit()
    env.settle()
    assert env.project.get(m.Evidence, note_id).note == "Attack on PISEE"
    qtmodeltester.check(t.model)

    env.reopen()
    t = tab(env, "evidence")
    kinds = sorted(r.kind for r in t.model.rows())
    assert kinds == ["file", "link", "note"]
    assert {r.id for r in t.model.rows()} == {file_id, link_id, note_id}
    assert env.project.blob(ev.sha256) == report.read_bytes()
    t.cleanup()


def test_undo_redo_evidence(env, tmp_path, monkeypatch):
    t = tab(env, "evidence")
    f = tmp_path / "a.txt"
    f.write_text("x")
    monkeypatch.setattr(t, "choose_files", lambda: [str(f)])
    monkeypatch.setattr(t, "ask_link", lambda: ("Site", "http://example.org/x"))
    t.add_files()
    t.add_link()
    t.add_note()
    env.settle()
    assert t.model.rowCount() == 3
    for expected in (2, 1, 0):
        env.undo()
        assert t.model.rowCount() == expected
    for expected in (1, 2, 3):
        env.redo()
        assert t.model.rowCount() == expected


def test_bad_link_and_too_large_file(env, tmp_path, monkeypatch):
    t = tab(env, "evidence")
    monkeypatch.setattr(t, "ask_link", lambda: ("Bad", "ftp://example.org"))
    assert t.add_link() is None
    assert "http://" in env.editor.message_bar.text()
    monkeypatch.setattr(evidence_module, "MAX_EVIDENCE_BYTES", 1024 * 1024)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"0" * (1024 * 1024 + 10))
    monkeypatch.setattr(t, "choose_files", lambda: [str(big)])
    assert t.add_files() is None  # refused before anything is read
    assert "big.pdf" in env.editor.message_bar.text()
    assert "at most 1 MB" in env.editor.message_bar.text()
    assert env.project.rows(m.Evidence) == []
    # a link's address edited to something that is not a web address is refused
    monkeypatch.setattr(t, "ask_link", lambda: ("Good", "https://ok.example"))
    link = t.add_link()
    env.settle()
    t.fields["url"].setText("not a url")
    t.fields["url"].editingFinished.emit()
    assert "not a web address" in env.editor.message_bar.text()
    assert env.project.get(m.Evidence, link).url == "https://ok.example"
    assert t.fields["url"].text() == "https://ok.example"


def test_drop_files_on_the_tab(env, tmp_path, qtbot):
    t = tab(env, "evidence")
    f = tmp_path / "minutes.pdf"
    f.write_bytes(b"%PDF-1.4 minutes")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    t.dropEvent(event)
    env.settle()
    [ev] = env.project.rows(m.Evidence)
    assert ev.file_name == "minutes.pdf" and ev.media_type == "application/pdf"
