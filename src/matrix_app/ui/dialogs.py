"""Every modal question the shell asks, as module functions a test can patch.

Tests must never reach a real modal ``exec()``; they replace these functions (for example
``monkeypatch.setattr(dialogs, "confirm", lambda *a: True)``). Callers always go through the
module (``dialogs.confirm(...)``) so that a patch takes effect.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)


def nap_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Monitoring Matrix projects (*.nap)")


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A problem the user can act on (the text says what and what to do)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.exec()


def show_unexpected(parent: QWidget | None, title: str, text: str, details: str) -> None:
    """A bug: say so plainly and keep the technical details one click away."""
    log.error("%s: %s\n%s", title, text, details)
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(
        QCoreApplication.translate(
            "Dialogs",
            "Nothing already saved was lost. Please report this problem with the details below.",
        )
    )
    box.setDetailedText(details)
    box.setAccessibleName(title)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question whose default answer is the safe one (No)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_open_path(parent: QWidget | None, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Open project"),
        folder,
        nap_filter() + ";;" + QCoreApplication.translate("Dialogs", "All files (*)"),
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str = "") -> Path | None:
    """A file name to write; ``.nap`` is added when the user typed none."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, nap_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".nap")


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def run_dialog(dialog) -> bool:
    """Run a modal dialog; True when the user accepted it."""
    return bool(dialog.exec())
