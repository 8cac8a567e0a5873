"""Every GUI test: a real modal dialog fails the test instead of hanging it.

Code asks through ``ui.dialogs`` or a hook method a test patches; a static ``QMessageBox``
or ``QFileDialog`` call, or an ``exec()`` that nobody patched, raises here.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def english_plural_forms(qapp):
    """The English catalogues the app loads in English: the singular and plural forms of
    messages with a count ("%n commitment(s)" -> "1 commitment", "2 commitments")."""
    from PySide6.QtCore import QTranslator

    from matrix_app.ui.i18n import i18n_dir

    installed = []
    for qm in sorted(i18n_dir().glob("matrix_*_en.qm")):
        translator = QTranslator(qapp)
        if translator.load(qm.stem, str(qm.parent)):
            qapp.installTranslator(translator)
            installed.append(translator)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def no_real_modal_dialog(monkeypatch):
    def refuse(what):
        def fn(*args, **kwargs):
            raise AssertionError(f"a test reached a real modal dialog: {what}")

        return fn

    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec"))
    monkeypatch.setattr(QMessageBox, "exec", refuse("QMessageBox.exec"))
    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse(f"QMessageBox.{name}")))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse(f"QFileDialog.{name}")))
    yield


@pytest.fixture(autouse=True)
def publication_question(monkeypatch):
    """Attaching files asks whether they may be published: "Decide later" unless a test
    answers otherwise (the answers asked are in the list this yields)."""
    from matrix_app.ui.commitment.evidence import EvidenceTab

    asked: list[list[str]] = []

    def answer(self, names):
        asked.append(list(names))
        return None

    monkeypatch.setattr(EvidenceTab, "ask_public", answer)
    yield asked
