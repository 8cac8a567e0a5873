# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""The evidence "public" flag: asked when files are attached (button or drop), a column and a
field to change it, links public from the start."""

from __future__ import annotations

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox
from v4_helpers import click, click_index, focused, on_disk

from matrix_app.domain import models as m
from matrix_app.ui.commitment.evidence import EvidenceTab


def answering(monkeypatch, answer):
    asked = []

    def ask(self, names):
        asked.append(names)
        return answer

    monkeypatch.setattr(EvidenceTab, "ask_public", ask)
    return asked


def test_add_file_asks_once_and_stores_the_answer(env, qtbot, tmp_path, monkeypatch):
    files = [tmp_path / "acta.pdf", tmp_path / "fotos.zip"]
    for f in files:
        f.write_bytes(b"%PDF-1.4 x")
    asked = answering(monkeypatch, True)
    t = tab(env, "evidence")
    monkeypatch.setattr(EvidenceTab, "choose_files", lambda self: [str(f) for f in files])
    click(qtbot, t.add_file_button)
    env.settle()
    assert asked == [["acta.pdf", "fotos.zip"]]
    assert sorted((e.file_name, e.public) for e in on_disk(env.path, m.Evidence)) == [
        ("acta.pdf", True),
        ("fotos.zip", True),
    ]


def test_dropped_file_kept_internal(env, qtbot, tmp_path, monkeypatch):
    f = tmp_path / "interno.docx"
    f.write_bytes(b"PK draft")
    asked = answering(monkeypatch, False)
    t = tab(env, "evidence")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(t, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(20, 20).toPointF(), Qt.DropAction.CopyAction, mime, buttons, keys)
    t.dropEvent(drop)  # what Qt calls on the release over an accepting widget
    assert drop.isAccepted()
    env.settle()
    assert asked == [["interno.docx"]]
    [ev] = on_disk(env.path, m.Evidence)
    assert (ev.file_name, ev.public) == ("interno.docx", False)


def test_decide_later_leaves_it_undecided_then_the_column_decides(
    env, qtbot, tmp_path, monkeypatch
):
    f = tmp_path / "acta.pdf"
    f.write_bytes(b"%PDF-1.4 x")
    answering(monkeypatch, None)
    t = tab(env, "evidence")
    monkeypatch.setattr(EvidenceTab, "choose_files", lambda self: [str(f)])
    click(qtbot, t.add_file_button)
    env.settle()
    [ev] = on_disk(env.path, m.Evidence)
    assert ev.public is None
    col = t.model.column_of("public")
    index = t.model.index(0, col)
    click_index(qtbot, t.view, index)
    qtbot.keyClick(t.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(focused(), QComboBox))
    box = focused()
    box.setCurrentIndex(box.findData(True))
    box.activated.emit(box.currentIndex())  # a pick is saved at once
    env.settle()
    assert on_disk(env.path, m.Evidence)[0].public is True
    assert t.model.data(t.model.index(0, col)) == "Public"
    env.undo()
    assert on_disk(env.path, m.Evidence)[0].public is None


def test_link_starts_public_and_the_field_makes_it_internal(env, qtbot, monkeypatch):
    t = tab(env, "evidence")
    monkeypatch.setattr(
        EvidenceTab, "ask_link", lambda self: ("Portal", "https://www.portaltransparencia.cl")
    )
    click(qtbot, t.add_link_button)
    env.settle()
    [ev] = on_disk(env.path, m.Evidence)
    assert (ev.kind, ev.public) == ("link", True)
    box = t.fields["public"]
    click(qtbot, box)
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)  # popup open: Public -> Internal
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    env.settle()
    assert on_disk(env.path, m.Evidence)[0].public is False
