"""The indicator's targets and their revisions (a revision keeps the old value and why)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
)

from ...domain import models as m
from ..plan.translations import TRANSLATED, save_translation, translated_header
from . import fmt, labels
from .indicators_revise import ReviseTargetDialog
from .table_model import Column, RowTableModel
from .widgets import (
    shortcut,
)


class TargetsPane:
    """The targets table, the revisions table and their buttons, part of IndicatorsTab."""

    def _build_targets(self) -> tuple[QGroupBox, QGroupBox]:
        targets = QGroupBox(self.tr("Targets"))
        box = QVBoxLayout(targets)
        self.target_model = RowTableModel(
            [
                Column("due_date", self.tr("Due date"), "date", editable=True),
                Column("value", self.tr("Value"), "number", editable=True),
                Column("note", self.tr("Note"), editable=True),
            ],
            on_edit=lambda row, f, value: self.edit_row(m.Target, row, f, value),
            parent=self,
        )
        self.target_view = self._table(self.target_model, self.tr("Targets of the indicator"))
        box.addWidget(self.target_view)
        row = QHBoxLayout()
        self.add_target_button = QPushButton(self.tr("Add tar&get"))
        self.add_target_button.clicked.connect(self.add_target)
        self.revise_button = QPushButton(self.tr("Rev&ise target…"))
        self.revise_button.setToolTip(
            self.tr("Change the selected target and record why; the old value stays in history")
        )
        self.revise_button.clicked.connect(self.revise_target)
        self.remove_target_button = QPushButton(self.tr("Remove target"))
        self.remove_target_button.setToolTip(self.tr("Remove the selected target (Del)"))
        self.remove_target_button.clicked.connect(self.remove_target)
        for b in (self.add_target_button, self.revise_button, self.remove_target_button):
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)
        shortcut(self.target_view, "Ins", self.add_target)
        shortcut(self.target_view, "Del", self.remove_target)
        revisions = QGroupBox(self.tr("Target revisions (kept for the record)"))
        rev_box = QVBoxLayout(revisions)
        self.revision_model = RowTableModel(
            [
                Column("target", self.tr("Target"), getter=self._revision_target),
                Column("old_value", self.tr("Old value"), "number"),
                Column("old_due_date", self.tr("Old date"), "date"),
                Column("new_value", self.tr("New value"), "number"),
                Column("new_due_date", self.tr("New date"), "date"),
                Column("revised_on", self.tr("Revised on"), "date"),
                Column("reason", self.tr("Reason")),
                Column(
                    f"reason{TRANSLATED}",
                    translated_header(self.tr("Reason"), self.editor.translation_lang),
                    editable=True,
                    getter=lambda rev: self.editor.translations.text(
                        "target_revision", rev.id, "reason"
                    ),
                ),
            ],
            on_edit=self._edit_revision,
            parent=self,
        )
        self.revision_view = self._table(self.revision_model, self.tr("Target revisions"))
        self.revision_view.horizontalHeader().setSectionResizeMode(
            6, QHeaderView.ResizeMode.Stretch
        )
        self.revision_view.setWordWrap(True)
        rev_box.addWidget(self.revision_view)
        return targets, revisions

    def _revision_target(self, rev: m.TargetRevision) -> str:
        target = self.document.project.get(m.Target, rev.target_id)
        return fmt.date_text(target.due_date) if target else ""

    def _edit_revision(self, rev: m.TargetRevision, field: str, value: Any) -> bool:
        """Only a revision's translated reason is edited: the revision is the record."""
        return save_translation(
            self.document,
            self.editor.translations,
            "target_revision",
            rev.id,
            "reason",
            value,
            self.commitment_id,
        )

    def add_target(self) -> str | None:
        if self.read_only or self.current is None or self.data is None:
            return None
        new_id = self.document.create(
            m.Target,
            labels.undo_text("add", "target"),
            indicator_id=self.current.id,
            due_date=self.data.commitment.end_date,
        )
        if new_id:
            self._after_add(self.target_view, self.target_model, new_id, "value")
        return new_id

    def remove_target(self) -> None:
        target = self.target_model.row_at(self.current_row(self.target_view))
        if self.read_only or target is None:
            return
        self.document.delete(m.Target, target.id, labels.undo_text("delete", "target"))

    def ask_revision(self, target: m.Target) -> tuple[float | None, dt.date | None, str] | None:
        """Ask for the new value, date and reason (tests patch this to avoid a modal dialog)."""
        dialog = ReviseTargetDialog(target, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.values()
            return None
        finally:
            dialog.deleteLater()

    def revise_target(self) -> bool:
        target = self.target_model.row_at(self.current_row(self.target_view))
        if target is None and self.target_model.rowCount() == 1:
            target = self.target_model.row_at(0)
        if self.read_only or target is None:
            if not self.read_only:
                self.error(self.tr("Select the target to revise."))
            return False
        answer = self.ask_revision(target)
        if answer is None:
            return False
        value, due, reason = answer
        if not reason.strip():
            self.error(self.tr("Say why the target changes: the reason is required."))
            return False
        text = self.tr("Revise target")
        if self.document.revise_target(target.id, value, due, reason, text):
            self.editor.refresh()
            self.select("target", target.id)
            return True
        return False
