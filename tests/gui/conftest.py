"""Every GUI test: a real modal dialog fails the test instead of hanging it.

Code asks through ``ui.dialogs`` or a hook method a test patches; a static ``QMessageBox``
or ``QFileDialog`` call, or an ``exec()`` that nobody patched, raises here.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox


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
