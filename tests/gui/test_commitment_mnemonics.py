"""Keyboard mnemonics (Alt+letter) of the commitment editor are unique on each tab, in English
and in Spanish: Qt cycles through widgets that share one, so a repeated letter sends Alt+N to
a different field on each press."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from matrix_app.domain import models as m
from matrix_app.messages import set_language
from matrix_app.services.project import Project
from matrix_app.ui.commitment import install_translator
from matrix_app.ui.commitment.editor import CommitmentEditor
from matrix_app.ui.document import Document


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case."""
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else None


def mnemonics(tab: QWidget) -> dict[str, list[str]]:
    """Letter -> texts of the labels, buttons and group boxes on ``tab`` that use it."""
    found: dict[str, list[str]] = defaultdict(list)
    widgets = [*tab.findChildren(QLabel), *tab.findChildren(QAbstractButton)]
    widgets += tab.findChildren(QGroupBox)
    for w in widgets:
        text = w.title() if isinstance(w, QGroupBox) else w.text()
        letter = mnemonic(text)
        if letter:
            found[letter].append(text)
    return found


@pytest.fixture(params=["en", "es"])
def editor(request, qtbot, tmp_path):
    translator = install_translator("es") if request.param == "es" else None
    if request.param == "es":
        assert translator is not None
    set_language(request.param)
    project = Project.new(tmp_path / "m.nap")
    plan = project.create(m.ActionPlan, title="Plan")
    c = project.create(m.Commitment, plan_id=plan.id, code="1", title="Municipal")
    doc = Document(project)
    ed = CommitmentEditor(doc, c.id)
    qtbot.addWidget(ed)
    yield request.param, ed
    ed.close()
    doc.close()
    set_language(None)
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def test_mnemonics_are_unique_on_every_tab(editor):
    lang, ed = editor
    repeated = {}
    for key, tab in ed.tabs.items():
        for letter, texts in mnemonics(tab).items():
            if len(texts) > 1:
                repeated[f"{lang}/{key}/{letter}"] = texts
    assert repeated == {}
    # the check looks at the real widgets: the overview has its labels in both languages
    overview = mnemonics(ed.tabs["overview"])
    assert len(overview) >= 20
    assert ("Ob&jetivo principal:" if lang == "es" else "Main o&bjective:") in overview[
        "j" if lang == "es" else "b"
    ]


def test_every_label_mnemonic_has_a_buddy(editor):
    """A label's Alt+letter moves the focus to its buddy; without one it does nothing."""
    _lang, ed = editor
    dead = [
        label.text()
        for tab in ed.tabs.values()
        for label in tab.findChildren(QLabel)
        if mnemonic(label.text()) and label.buddy() is None
    ]
    assert dead == []
