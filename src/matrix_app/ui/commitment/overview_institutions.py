"""The institutions of a commitment on the overview tab: the table, add, new, remove, move.

A part of ``OverviewTab`` (a mixin, so the tab keeps one namespace for tests and shortcuts);
its texts keep the tab's translation context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from ...domain import vocabulary as v
from .. import headers
from ..plan.translations import save_translation, translated_header
from . import labels
from .table_model import Column, RowDelegate, RowTableModel
from .widgets import shortcut, vocab_combo


@dataclass
class InstitutionRow:
    """A commitment's institution as the table shows it (id = the link's id)."""

    id: str
    institution_id: str
    name: str
    acronym: str
    kind: str
    role: str


class NewInstitutionDialog(QDialog):
    """Name, acronym and kind of an institution not yet in the project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New institution"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Institution name"))
        self.acronym = QLineEdit()
        self.acronym.setAccessibleName(self.tr("Acronym"))
        self.kind = vocab_combo(v.InstitutionKind)
        self.kind.setAccessibleName(self.tr("Kind of institution"))
        self.role = vocab_combo(v.Role)
        self.role.setAccessibleName(self.tr("Role in the commitment"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Acronym:"), self.acronym)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any] | None:
        """The entered values, or None (with the reason shown) when the name is missing."""
        name = self.name.text().strip()
        if not name:
            self.problem.setText(self.tr("The institution needs a name."))
            return None
        return {
            "name": name,
            "acronym": self.acronym.text().strip(),
            "kind": self.kind.currentData(),
            "role": self.role.currentData(),
        }

    def accept(self) -> None:
        if self.values() is not None:
            super().accept()


class InstitutionsPart:
    """Builds and edits the "Institutions" group of the overview tab."""

    def _build_institutions(self) -> QGroupBox:
        inst = QGroupBox(QCoreApplication.translate("OverviewTab", "Institutions"))
        box = QVBoxLayout(inst)
        self.inst_model = RowTableModel(
            [
                Column("name", QCoreApplication.translate("OverviewTab", "Institution")),
                Column("acronym", QCoreApplication.translate("OverviewTab", "Acronym")),
                Column(
                    "role",
                    QCoreApplication.translate("OverviewTab", "Role"),
                    "vocab",
                    editable=True,
                    vocab=v.Role,
                ),
                Column(
                    "name_translation",
                    translated_header(
                        QCoreApplication.translate("OverviewTab", "Institution"),
                        self.editor.translation_lang,
                    ),
                    editable=True,
                    getter=lambda row: self.editor.translations.text(
                        "institution", row.institution_id, "name"
                    ),
                ),
            ],
            on_edit=self._edit_link,
            parent=self,
        )
        self.inst_model.inputError.connect(self.error)
        self.inst_view = QTableView()
        self.inst_view.setModel(self.inst_model)
        headers.install(self.inst_view)
        self.inst_view.setItemDelegate(RowDelegate(self.inst_view))
        self.inst_view.setAccessibleName(
            QCoreApplication.translate("OverviewTab", "Institutions of the commitment")
        )
        self.inst_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inst_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inst_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.inst_view.verticalHeader().hide()
        # long names wrap onto more lines rather than being cut (two name columns in the
        # translations mode share the width)
        self.inst_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.inst_view.setMinimumHeight(120)
        self._inst_translations(False)
        box.addWidget(self.inst_view)
        add_row = QHBoxLayout()
        self.inst_pick = QComboBox()
        self.inst_pick.setAccessibleName(
            QCoreApplication.translate("OverviewTab", "Existing institution to add")
        )
        self.inst_pick.setMinimumContentsLength(18)
        self.inst_pick.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.inst_role = vocab_combo(v.Role)
        self.inst_role.setAccessibleName(
            QCoreApplication.translate("OverviewTab", "Role of the institution to add")
        )
        self.inst_add = QPushButton(QCoreApplication.translate("OverviewTab", "&Add"))
        self.inst_add.setAccessibleName(
            QCoreApplication.translate("OverviewTab", "Add the chosen institution")
        )
        self.inst_add.clicked.connect(self.add_existing_institution)
        add_row.addWidget(self.inst_pick, 1)
        add_row.addWidget(self.inst_role)
        add_row.addWidget(self.inst_add)
        box.addLayout(add_row)
        buttons = QHBoxLayout()
        self.inst_new = QPushButton(QCoreApplication.translate("OverviewTab", "Ne&w institution…"))
        self.inst_new.clicked.connect(self.add_new_institution)
        self.inst_remove = QPushButton(QCoreApplication.translate("OverviewTab", "Remove"))
        self.inst_remove.setToolTip(
            QCoreApplication.translate("OverviewTab", "Remove the selected institution (Del)")
        )
        self.inst_remove.clicked.connect(self.remove_institution)
        self.inst_up = QPushButton(QCoreApplication.translate("OverviewTab", "Up"))
        self.inst_up.setToolTip(QCoreApplication.translate("OverviewTab", "Move up (Ctrl+Up)"))
        self.inst_up.setAccessibleName(
            QCoreApplication.translate("OverviewTab", "Move institution up")
        )
        self.inst_up.clicked.connect(lambda: self.move_institution(-1))
        self.inst_down = QPushButton(QCoreApplication.translate("OverviewTab", "Down"))
        self.inst_down.setToolTip(
            QCoreApplication.translate("OverviewTab", "Move down (Ctrl+Down)")
        )
        self.inst_down.setAccessibleName(
            QCoreApplication.translate("OverviewTab", "Move institution down")
        )
        self.inst_down.clicked.connect(lambda: self.move_institution(1))
        for b in (self.inst_new, self.inst_remove, self.inst_up, self.inst_down):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)
        shortcut(self.inst_view, "Del", self.remove_institution)
        shortcut(self.inst_view, "Ins", self.inst_pick.setFocus)
        shortcut(self.inst_view, "Ctrl+Up", lambda: self.move_institution(-1))
        shortcut(self.inst_view, "Ctrl+Down", lambda: self.move_institution(1))

        return inst

    def _load_institutions(self, data) -> None:
        self.inst_model.set_rows(
            [
                InstitutionRow(link.id, inst.id, inst.name, inst.acronym, inst.kind, link.role)
                for link, inst in data.institutions
            ]
        )
        self.inst_view.resizeColumnToContents(1)
        linked = {inst.id for _, inst in data.institutions}
        current = self.inst_pick.currentData()
        self.inst_pick.clear()
        for inst in self.document.institutions():
            if inst.id not in linked:
                text = f"{inst.name} ({inst.acronym})" if inst.acronym else inst.name
                self.inst_pick.addItem(text, inst.id)
        if current is not None and self.inst_pick.findData(current) >= 0:
            self.inst_pick.setCurrentIndex(self.inst_pick.findData(current))
        self.inst_add.setEnabled(not self.read_only and self.inst_pick.count() > 0)

    def _institutions_read_only(self, read_only: bool) -> None:
        self.inst_model.set_read_only(read_only)
        for b in (self.inst_pick, self.inst_role, self.inst_new, self.inst_remove):
            b.setEnabled(not read_only)
        self.inst_up.setEnabled(not read_only)
        self.inst_down.setEnabled(not read_only)
        self.inst_add.setEnabled(not read_only and self.inst_pick.count() > 0)

    def _edit_link(self, row: InstitutionRow, field: str, value: Any) -> bool:
        if field == "name_translation":  # shared by every commitment: no commitment id
            return save_translation(
                self.document,
                self.editor.translations,
                "institution",
                row.institution_id,
                "name",
                value,
            )
        return self.update_field(m.CommitmentInstitution, row.id, field, value)

    def _inst_translations(self, visible: bool) -> None:
        column = self.inst_model.column_of("name_translation")
        self.inst_view.setColumnHidden(column, not visible)
        if visible:
            self.inst_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )

    def _selected_link(self) -> InstitutionRow | None:
        return self.inst_model.row_at(self.current_row(self.inst_view))

    def add_existing_institution(self) -> None:
        inst_id = self.inst_pick.currentData()
        if self.read_only or inst_id is None:
            return
        self.document.create(
            m.CommitmentInstitution,
            labels.undo_text("add", "commitment_institution"),
            commitment_id=self.commitment_id,
            institution_id=inst_id,
            role=self.inst_role.currentData(),
        )

    def ask_new_institution(self) -> dict[str, Any] | None:
        """Ask for a new institution (tests patch this to avoid a modal dialog)."""
        dialog = NewInstitutionDialog(self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.values()
            return None
        finally:
            dialog.deleteLater()

    def add_new_institution(self) -> None:
        if self.read_only:
            return
        values = self.ask_new_institution()
        if not values:
            return
        if not values.get("name", "").strip():
            self.error(QCoreApplication.translate("OverviewTab", "The institution needs a name."))
            return
        stack = self.document.undo_stack
        stack.beginMacro(
            QCoreApplication.translate("OverviewTab", "Add new institution %1").replace(
                "%1", values["name"]
            )
        )
        try:
            inst_id = self.document.create(
                m.Institution,
                labels.undo_text("add", "institution"),
                name=values["name"].strip(),
                acronym=values.get("acronym", ""),
                kind=values.get("kind") or v.InstitutionKind.MINISTRY.value,
            )
            if inst_id:
                self.document.create(
                    m.CommitmentInstitution,
                    labels.undo_text("add", "commitment_institution"),
                    commitment_id=self.commitment_id,
                    institution_id=inst_id,
                    role=values.get("role") or v.Role.LEAD.value,
                )
        finally:
            stack.endMacro()

    def remove_institution(self) -> None:
        row = self._selected_link()
        if self.read_only or row is None:
            return
        self.document.delete(
            m.CommitmentInstitution, row.id, labels.undo_text("delete", "commitment_institution")
        )

    def move_institution(self, step: int) -> None:
        i = self.current_row(self.inst_view)
        row = self.inst_model.row_at(i)
        if self.read_only or row is None or not (0 <= i + step < self.inst_model.rowCount()):
            return
        if self.document.move(
            m.CommitmentInstitution, row.id, i + step, labels.undo_text("move", "institution")
        ):
            self.editor.refresh()
            self.select_row(self.inst_view, self.inst_model.row_of(row.id))
