"""The window that revises a target: new value and date, and the reason kept for the record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ...domain import models as m
from . import fmt
from .widgets import (
    DateEdit,
    NumberEdit,
    TextEdit,
)


class ReviseTargetDialog(QDialog):
    """New value and date of a target, and the reason (mandatory) for the revision."""

    def __init__(self, target: m.Target, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revise target"))
        form = QFormLayout(self)
        current = QLabel(
            self.tr("Current target: %1 by %2")
            .replace("%1", fmt.number_text(target.value) or "—")
            .replace("%2", fmt.date_text(target.due_date) or "—")
        )
        form.addRow(current)
        self.value = NumberEdit()
        self.value.set_value(target.value)
        self.value.setAccessibleName(self.tr("New target value"))
        self.date = DateEdit()
        self.date.set_value(target.due_date)
        self.date.setAccessibleName(self.tr("New due date"))
        self.reason = TextEdit(lines=3)
        self.reason.setAccessibleName(self.tr("Reason for the revision"))
        form.addRow(self.tr("New &value:"), self.value)
        form.addRow(self.tr("New &due date:"), self.date)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[float | None, dt.date | None, str] | None:
        """(value, due date, reason), or None with the problem shown."""
        try:
            value = self.value.value()
            date = self.date.value()
        except fmt.InputError as exc:
            self.problem.setText(str(exc))
            return None
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.problem.setText(self.tr("Say why the target changes: the reason is required."))
            return None
        return value, date, reason

    def accept(self) -> None:
        if self.values() is not None:
            super().accept()
