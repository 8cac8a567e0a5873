"""Overview tab: every field of the commitment, its institutions and the computed verdicts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from ...domain import rules
from ...domain import vocabulary as v
from ...services.snapshot import CommitmentData
from .. import headers
from . import fmt, labels
from .base import EditorTab
from .table_model import Column, RowDelegate, RowTableModel
from .widgets import DateEdit, TextEdit, bind, set_editable, set_value, shortcut, vocab_combo

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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


class OverviewTab(EditorTab):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.fields: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.grid = QGridLayout(body)
        self.one_column = False

        # -- the commitment ------------------------------------------------------------
        about = QGroupBox(self.tr("Commitment"))
        form = QFormLayout(about)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, "code", self.tr("C&ode:"), QLineEdit())
        self.fields["code"].setMaximumWidth(120)
        self._row(form, "title", self.tr("&Title:"), QLineEdit())
        self._row(form, "status_quo", self.tr("Status &quo / problem:"), TextEdit(lines=3))
        self._row(form, "objective", self.tr("Main o&bjective:"), TextEdit(lines=2))
        self._row(form, "description", self.tr("&Description:"), TextEdit(lines=3))
        themes = QLineEdit()
        themes.setPlaceholderText(self.tr("Separate themes with “;”"))
        self._row(form, "themes", self.tr("T&hemes:"), themes)
        values = QWidget()
        values_box = QGridLayout(values)
        values_box.setContentsMargins(0, 0, 0, 0)
        value_labels = [
            ("ogp_access_to_information", self.tr("Access to information")),
            ("ogp_civic_participation", self.tr("Civic participation")),
            ("ogp_public_accountability", self.tr("Public accountability")),
            ("ogp_technology_innovation", self.tr("Technology and innovation")),
        ]
        for i, (field, text) in enumerate(value_labels):
            box = QCheckBox(text)
            self._bind(field, box, text)
            values_box.addWidget(box, i // 2, i % 2)
        values.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        values_label = QLabel(self.tr("OGP values:"))
        form.addRow(values_label, values)

        # -- dates, focal point, completion ----------------------------------------------
        plan = QGroupBox(self.tr("Implementation"))
        form = QFormLayout(plan)
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        start, end = DateEdit(), DateEdit()
        self._bind("start_date", start, self.tr("Start date"))
        self._bind("end_date", end, self.tr("End date"))
        start_label = QLabel(self.tr("&Start:"))
        start_label.setBuddy(start)
        end_label = QLabel(self.tr("&End:"))
        end_label.setBuddy(end)
        for w in (start_label, start, end_label, end):
            dates_row.addWidget(w)
        dates_row.addStretch(1)
        form.addRow(self.tr("Dates:"), dates)
        self._row(form, "focal_point_name", self.tr("Focal point &name:"), QLineEdit())
        self._row(form, "focal_point_email", self.tr("Focal &point e-mail:"), QLineEdit())
        self._row(
            form, "completion", self.tr("Self-assessed &completion:"), vocab_combo(v.Completion)
        )
        self._row(form, "continues_id", self.tr("Contin&ues:"), QComboBox())

        # -- institutions ---------------------------------------------------------------
        inst = QGroupBox(self.tr("Institutions"))
        box = QVBoxLayout(inst)
        self.inst_model = RowTableModel(
            [
                Column("name", self.tr("Institution")),
                Column("acronym", self.tr("Acronym")),
                Column("role", self.tr("Role"), "vocab", editable=True, vocab=v.Role),
            ],
            on_edit=self._edit_link,
            parent=self,
        )
        self.inst_model.inputError.connect(self.error)
        self.inst_view = QTableView()
        self.inst_view.setModel(self.inst_model)
        headers.install(self.inst_view)
        self.inst_view.setItemDelegate(RowDelegate(self.inst_view))
        self.inst_view.setAccessibleName(self.tr("Institutions of the commitment"))
        self.inst_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inst_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inst_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.inst_view.verticalHeader().hide()
        self.inst_view.setMinimumHeight(120)
        box.addWidget(self.inst_view)
        add_row = QHBoxLayout()
        self.inst_pick = QComboBox()
        self.inst_pick.setAccessibleName(self.tr("Existing institution to add"))
        self.inst_pick.setMinimumContentsLength(18)
        self.inst_pick.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.inst_role = vocab_combo(v.Role)
        self.inst_role.setAccessibleName(self.tr("Role of the institution to add"))
        self.inst_add = QPushButton(self.tr("&Add"))
        self.inst_add.setAccessibleName(self.tr("Add the chosen institution"))
        self.inst_add.clicked.connect(self.add_existing_institution)
        add_row.addWidget(self.inst_pick, 1)
        add_row.addWidget(self.inst_role)
        add_row.addWidget(self.inst_add)
        box.addLayout(add_row)
        buttons = QHBoxLayout()
        self.inst_new = QPushButton(self.tr("Ne&w institution…"))
        self.inst_new.clicked.connect(self.add_new_institution)
        self.inst_remove = QPushButton(self.tr("Remove"))
        self.inst_remove.setToolTip(self.tr("Remove the selected institution (Del)"))
        self.inst_remove.clicked.connect(self.remove_institution)
        self.inst_up = QPushButton(self.tr("Up"))
        self.inst_up.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.inst_up.setAccessibleName(self.tr("Move institution up"))
        self.inst_up.clicked.connect(lambda: self.move_institution(-1))
        self.inst_down = QPushButton(self.tr("Down"))
        self.inst_down.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.inst_down.setAccessibleName(self.tr("Move institution down"))
        self.inst_down.clicked.connect(lambda: self.move_institution(1))
        for b in (self.inst_new, self.inst_remove, self.inst_up, self.inst_down):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)
        shortcut(self.inst_view, "Del", self.remove_institution)
        shortcut(self.inst_view, "Ins", self.inst_pick.setFocus)
        shortcut(self.inst_view, "Ctrl+Up", lambda: self.move_institution(-1))
        shortcut(self.inst_view, "Ctrl+Down", lambda: self.move_institution(1))

        # -- IRM assessment ------------------------------------------------------------
        irm = QGroupBox(self.tr("IRM assessment"))
        form = QFormLayout(irm)
        not_set = self.tr("Not assessed")
        self._row(
            form, "irm_specificity", self.tr("Specificit&y:"), vocab_combo(v.Specificity, not_set)
        )
        self._row(
            form,
            "irm_potential_impact",
            self.tr("Potential &impact:"),
            vocab_combo(v.PotentialImpact, not_set),
        )
        self._row(
            form,
            "irm_completion_mid_term",
            self.tr("Comp&letion (mid-term):"),
            vocab_combo(v.Completion, not_set),
        )
        self._row(
            form,
            "irm_completion_end_of_term",
            self.tr("Completion (end o&f term):"),
            vocab_combo(v.Completion, not_set),
        )
        on_time = QComboBox()
        on_time.addItem(not_set, None)
        on_time.addItem(self.tr("Yes"), True)
        on_time.addItem(self.tr("No"), False)
        self._row(form, "irm_on_time", self.tr("On ti&me:"), on_time)
        self._row(
            form,
            "irm_opened_government",
            self.tr("Did it open &government?"),
            vocab_combo(v.OpenedGovernment, not_set),
        )
        starred = QComboBox()
        starred.addItem(self.tr("No published verdict"), None)
        starred.addItem(self.tr("Starred"), True)
        starred.addItem(self.tr("Not starred"), False)
        self._row(form, "irm_starred", self.tr("IRM starred &verdict:"), starred)
        self._row(form, "irm_notes", self.tr("I&RM notes:"), TextEdit(lines=2))

        # -- computed ------------------------------------------------------------------
        computed = QGroupBox(self.tr("Computed"))
        form = QFormLayout(computed)
        self.starred_rule = QLabel()
        self.starred_rule.setWordWrap(True)
        self.starred_rule.setAccessibleName(self.tr("Starred by the IRM rule"))
        self.schedule = QLabel()
        self.schedule.setWordWrap(True)
        self.schedule.setAccessibleName(self.tr("Schedule status"))
        form.addRow(self.tr("Starred by the rule:"), self.starred_rule)
        form.addRow(self.tr("Schedule:"), self.schedule)
        self.groups = {"about": about, "plan": plan, "inst": inst, "irm": irm, "computed": computed}
        self._arrange(False)

    # -- layout --------------------------------------------------------------------------
    def _two_column_width(self) -> int:
        """The width two columns need: the commitment as narrow as it goes, the
        institutions and the IRM assessment as wide as they ask (else they are cut)."""
        g = self.groups
        left = max(g[k].minimumSizeHint().width() for k in ("about", "plan"))
        right = max(g[k].sizeHint().width() for k in ("inst", "irm", "computed"))
        margins = self.grid.contentsMargins()
        spacing = max(0, self.grid.horizontalSpacing())
        return left + right + spacing + margins.left() + margins.right()

    def _arrange(self, one_column: bool) -> None:
        """Two columns (commitment | institutions, IRM), or all in one when narrow."""
        grid = self.grid
        for group in self.groups.values():
            grid.removeWidget(group)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        g = self.groups
        if one_column:
            for row, key in enumerate(("about", "plan", "inst", "irm", "computed")):
                grid.addWidget(g[key], row, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)
            grid.setRowStretch(5, 1)
        else:
            grid.addWidget(g["about"], 0, 0, 2, 1)
            grid.addWidget(g["plan"], 2, 0)
            grid.addWidget(g["inst"], 0, 1)
            grid.addWidget(g["irm"], 1, 1)
            grid.addWidget(g["computed"], 2, 1)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
            grid.setRowStretch(3, 1)
        self.one_column = one_column

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = self.scroll.viewport().width()
        if self.scroll.verticalScrollBar().isVisible() is False:
            room -= self.scroll.verticalScrollBar().sizeHint().width()
        narrow = room < self._two_column_width()
        if narrow != self.one_column:
            self._arrange(narrow)

    # -- building ------------------------------------------------------------------------
    def _row(self, form: QFormLayout, field: str, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        self._bind(field, widget, text.replace("&", "").rstrip(":?"))
        form.addRow(label, widget)

    def _bind(self, field: str, widget: QWidget, name: str) -> None:
        widget.setAccessibleName(name)
        self.fields[field] = widget
        bind(
            widget,
            lambda value, f=field: self.commit(f, value),
            self.field_error(field),
            lambda f=field: self._show(f),
        )

    # -- data ----------------------------------------------------------------------------
    def load(self, data: CommitmentData) -> None:
        self.data = data
        self._fill_continues()
        for field in self.fields:
            self._show(field)
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
        for inst in sorted(self.document.project.rows(m.Institution), key=lambda i: i.name):
            if inst.id not in linked:
                text = f"{inst.name} ({inst.acronym})" if inst.acronym else inst.name
                self.inst_pick.addItem(text, inst.id)
        if current is not None and self.inst_pick.findData(current) >= 0:
            self.inst_pick.setCurrentIndex(self.inst_pick.findData(current))
        self.inst_add.setEnabled(not self.read_only and self.inst_pick.count() > 0)
        self._show_computed(data)

    def _fill_continues(self) -> None:
        """The commitments this one may continue, from the document's outline (no ORM
        rows), read again only after a change that can alter the list: an edit of this
        commitment (most edits) cannot."""
        if not hasattr(self, "_continues"):
            self._continues: list[tuple[str, str]] | None = None
            self.document.changed.connect(self._continues_changed)
        elif self._continues is not None:
            return
        choices = [
            (f"{p.title} · {c.code} {c.title}".strip(), c.id)
            for p in self.document.outline()
            for c in p.commitments
            if c.id != self.commitment_id
        ]
        self._continues = choices
        box: QComboBox = self.fields["continues_id"]  # type: ignore[assignment]
        blocked = box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("(none)"), None)
        for text, cid in choices:
            box.addItem(text, cid)
        box.blockSignals(blocked)

    def _continues_changed(self, table: str, ids: object) -> None:
        others = table == "commitment" and (not ids or set(ids) - {self.commitment_id})  # type: ignore[call-overload]
        if table in ("*", "action_plan") or others:
            self._continues = None

    def _show(self, field: str) -> None:
        if self.data is None:
            return
        value = getattr(self.data.commitment, field)
        set_value(self.fields[field], value)

    def _show_computed(self, data: CommitmentData) -> None:
        c = data.commitment
        relevant = any(
            getattr(c, f)
            for f in (
                "ogp_access_to_information",
                "ogp_civic_participation",
                "ogp_public_accountability",
                "ogp_technology_innovation",
            )
        )
        checks = [
            (
                c.irm_specificity in (v.Specificity.MEDIUM, v.Specificity.HIGH),
                self.tr("medium or high specificity"),
            ),
            (relevant, self.tr("relevant to an OGP value")),
            (
                c.irm_potential_impact
                in (v.PotentialImpact.MODERATE, v.PotentialImpact.TRANSFORMATIVE),
                self.tr("moderate or transformative potential impact"),
            ),
            (
                data.assessed_completion() in (v.Completion.SUBSTANTIAL, v.Completion.COMPLETE),
                self.tr("substantial or complete implementation"),
            ),
        ]
        verdict = self.tr("Yes") if data.starred_by_rule() else self.tr("No")
        lines = [f"<b>{verdict}</b>"]
        lines += [("✔ " if ok else "✘ ") + text for ok, text in checks]
        if c.irm_starred is not None and c.irm_starred != data.starred_by_rule():
            lines.append(self.tr("The IRM's published verdict differs and prevails."))
        self.starred_rule.setText("<br>".join(lines))
        today = dt.date.today()
        status = data.schedule(today)
        elapsed = rules.time_elapsed(c.start_date, c.end_date, today)
        done = data.work_done()
        detail = []
        if elapsed is not None:
            detail.append(self.tr("time elapsed %1").replace("%1", fmt.percent_text(elapsed, 0)))
        if done is not None:
            detail.append(self.tr("work done %1").replace("%1", fmt.percent_text(done, 0)))
        text = f"<b>{fmt.vocab(status)}</b>"
        if detail:
            text += " (" + ", ".join(detail) + ")"
        self.schedule.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in self.fields.values():
            set_editable(widget, not read_only)
        self.inst_model.set_read_only(read_only)
        for b in (self.inst_pick, self.inst_role, self.inst_new, self.inst_remove):
            b.setEnabled(not read_only)
        self.inst_up.setEnabled(not read_only)
        self.inst_down.setEnabled(not read_only)
        self.inst_add.setEnabled(not read_only and self.inst_pick.count() > 0)

    def select(self, entity: str, row_id: str) -> bool:
        if entity == "commitment":
            self.fields["title"].setFocus()
            return True
        if entity == "commitment_institution":
            self.select_row(self.inst_view, self.inst_model.row_of(row_id))
            self.inst_view.setFocus()
            return True
        return False

    # -- edits ---------------------------------------------------------------------------
    def commit(self, field: str, value: Any) -> None:
        if self.read_only or self.data is None:
            return
        c = self.data.commitment
        if field == "themes":
            value = "; ".join(t.strip() for t in str(value).split(";") if t.strip())
        if field == "focal_point_email" and value and not EMAIL.match(value):
            self.error(self.tr("“%1” is not an e-mail address.").replace("%1", value), field)
            self._show(field)
            return
        if field in ("start_date", "end_date"):
            start = value if field == "start_date" else c.start_date
            end = value if field == "end_date" else c.end_date
            if start and end and end < start:
                self.error(
                    self.tr("The end date (%1) is before the start date (%2).")
                    .replace("%1", fmt.date_text(end))
                    .replace("%2", fmt.date_text(start)),
                    field,
                )
                self._show(field)
                return
        if not self.update_field(m.Commitment, self.commitment_id, field, value):
            self._show(field)

    def _edit_link(self, row: InstitutionRow, field: str, value: Any) -> bool:
        return self.update_field(m.CommitmentInstitution, row.id, field, value)

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
            self.error(self.tr("The institution needs a name."))
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Add new institution %1").replace("%1", values["name"]))
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
