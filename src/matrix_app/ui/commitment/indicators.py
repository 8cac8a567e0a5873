"""Indicators and progress tab: each indicator's sheet, targets (with revisions), measurements,
progress and status by the domain rules, and a chart of actual values against the target path.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
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
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from ...domain import rules
from ...domain import vocabulary as v
from ...domain.rules import Point
from ...services.evidence_files import visible_name
from ...services.snapshot import CommitmentData, evidence_name
from .. import headers
from ..plan.translations import TRANSLATED, TwinFields, save_translation, translated_header
from . import fmt, labels
from .base import EditorTab
from .chart import ProgressChart
from .table_model import Column, RowDelegate, RowTableModel
from .widgets import (
    DateEdit,
    FitWidthScroll,
    FlowLayout,
    NumberEdit,
    TextEdit,
    bind,
    set_editable,
    set_value,
    shortcut,
    vocab_combo,
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


def _status_text(data: CommitmentData, ind: m.Indicator) -> str:
    return fmt.vocab(data.indicator_status(ind, dt.date.today()))


#: The fields of the indicator sheet that reports print, so that have a translation.
TRANSLATABLE = ("name", "formula", "unit", "means_of_verification")


class IndicatorsTab(EditorTab):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.current: m.Indicator | None = None
        self.sheet: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        layout.addWidget(splitter)

        # -- list of indicators ----------------------------------------------------------
        left = QWidget()
        left_box = QVBoxLayout(left)
        self.list_model = RowTableModel(
            [
                Column("code", self.tr("Row"), getter=self._row_label),
                Column("name", self.tr("Indicator")),
                Column("progress", self.tr("Progress"), "percent", getter=self._progress),
                Column("status", self.tr("Status"), getter=self._status),
            ],
            parent=self,
        )
        self.list_view = QTableView()
        self.list_view.setModel(self.list_model)
        headers.install(self.list_view)
        self.list_view.setAccessibleName(self.tr("Indicators of the commitment"))
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.verticalHeader().hide()
        self.list_view.setWordWrap(True)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.follow_selection(self.list_view, self._show_current)
        left_box.addWidget(self.list_view, 1)
        row = FlowLayout()  # wraps at 1280 px, so the sheet beside it is not cut
        self.add_button = QPushButton(self.tr("Add in&dicator"))
        self.add_button.clicked.connect(self.add_indicator)
        self.remove_button = QPushButton(self.tr("Rem&ove"))
        self.remove_button.setToolTip(self.tr("Remove the selected indicator (Del)"))
        self.remove_button.clicked.connect(self.remove_indicator)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.up_button.setAccessibleName(self.tr("Move indicator up"))
        self.up_button.clicked.connect(lambda: self.move_indicator(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.down_button.setAccessibleName(self.tr("Move indicator down"))
        self.down_button.clicked.connect(lambda: self.move_indicator(1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        left_box.addLayout(row)
        shortcut(self.list_view, "Ins", self.add_indicator)
        shortcut(self.list_view, "Del", self.remove_indicator)
        shortcut(self.list_view, "Ctrl+Up", lambda: self.move_indicator(-1))
        shortcut(self.list_view, "Ctrl+Down", lambda: self.move_indicator(1))
        splitter.addWidget(left)

        # -- the selected indicator -----------------------------------------------------
        scroll = FitWidthScroll(self._narrow_width)
        self.detail_scroll = scroll
        self.detail = QWidget()
        scroll.setWidget(self.detail)
        detail = QGridLayout(self.detail)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([360, 640])

        sheet = QGroupBox(self.tr("Indicator sheet"))
        form = QGridLayout(sheet)
        self.result_box = QComboBox()
        self.result_box.setMinimumContentsLength(16)
        self.result_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        entries = [
            ("result_id", self.tr("Logframe ro&w:"), self.result_box, 0, 0, 3),
            ("name", self.tr("&Name:"), QLineEdit(), 1, 0, 3),
            ("formula", self.tr("&Formula:"), QLineEdit(), 2, 0, 3),
            ("unit", self.tr("&Unit:"), QLineEdit(), 3, 0, 1),
            ("direction", self.tr("Dir&ection:"), vocab_combo(v.Direction), 3, 2, 1),
            (
                "dimension",
                self.tr("Di&mension:"),
                vocab_combo(v.Dimension, self.tr("Not set")),
                4,
                0,
                1,
            ),
            ("frequency", self.tr("Fre&quency:"), QLineEdit(), 4, 2, 1),
            ("baseline_value", self.tr("&Baseline:"), NumberEdit(), 5, 0, 1),
            ("baseline_date", self.tr("Baseline da&te:"), DateEdit(), 5, 2, 1),
            ("means_of_verification", self.tr("Means of &verification:"), QLineEdit(), 6, 0, 3),
            ("data_source", self.tr("Data &source:"), QLineEdit(), 7, 0, 3),
            ("responsible", self.tr("Res&ponsible:"), QLineEdit(), 8, 0, 3),
        ]
        self.twins = TwinFields(lambda: self.document)
        for field, text, widget, r, c, span in entries:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addWidget(label, r, c, Qt.AlignmentFlag.AlignTop)
            if field in TRANSLATABLE:
                form.addWidget(self.twins.add("indicator", field, widget), r, c + 1, 1, span)
            else:
                form.addWidget(widget, r, c + 1, 1, span)
            self.sheet[field] = widget
            bind(
                widget,
                lambda value, f=field: self.commit(f, value),
                self.field_error(field),
                lambda f=field: self._show_field(f),
                self.field_corrected(field),
            )
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        detail.addWidget(sheet, 0, 0)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Progress and status"))
        self.summary.setWordWrap(True)
        detail.addWidget(self.summary, 1, 0, 1, 2)

        # -- targets and their revisions -----------------------------------------------
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
        detail.addWidget(revisions, 4, 0, 1, 2)

        # -- measurements --------------------------------------------------------------
        measures = QGroupBox(self.tr("Measurements"))
        box = QVBoxLayout(measures)
        self.measure_model = RowTableModel(
            [
                Column("measured_on", self.tr("Date"), "date", editable=True),
                Column("value", self.tr("Value"), "number", editable=True),
                Column("comment", self.tr("Comment"), editable=True),
                Column("reported_by", self.tr("Reported by"), editable=True),
                Column(
                    "evidence_id",
                    self.tr("Evidence"),
                    "choice",
                    editable=True,
                    getter=self._cited_evidence,
                    blank=self.tr("(none)"),
                    choices=self._evidence_choices,
                ),
            ],
            on_edit=lambda row, f, value: self.edit_row(m.Measurement, row, f, value),
            parent=self,
        )
        self.measure_view = self._table(self.measure_model, self.tr("Measurements"))
        # five columns in little width: date, value and reporter fit their text, the comment
        # starts at a fixed width (the user may drag it) and the cited evidence takes the rest
        header = self.measure_view.horizontalHeader()
        header.setStretchLastSection(True)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for col in (0, 1, 3):
            header.setSectionResizeMode(col, fit)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 110)
        self.measure_view.setWordWrap(True)
        self.measure_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        box.addWidget(self.measure_view)
        row = QHBoxLayout()
        self.add_measure_button = QPushButton(self.tr("Add measu&rement"))
        self.add_measure_button.clicked.connect(self.add_measurement)
        self.remove_measure_button = QPushButton(self.tr("Remove measurement"))
        self.remove_measure_button.setToolTip(self.tr("Remove the selected measurement (Del)"))
        self.remove_measure_button.clicked.connect(self.remove_measurement)
        row.addWidget(self.add_measure_button)
        row.addWidget(self.remove_measure_button)
        row.addStretch(1)
        box.addLayout(row)
        shortcut(self.measure_view, "Ins", self.add_measurement)
        shortcut(self.measure_view, "Del", self.remove_measurement)
        # targets (three columns) and measurements (five) side by side, the measurements
        # with the larger share so that their comment and evidence stay readable
        # (in a narrow pane the chart goes under the sheet and the tables one above the
        # other: the pane never scrolls sideways, so nothing may stick out on the right)
        self.tables = tables = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        tables.setContentsMargins(0, 0, 0, 0)
        tables.addWidget(targets, 1)
        tables.addWidget(measures, 2)
        self.detail_grid, self.sheet_box, self.narrow = detail, sheet, None
        self.chart = ProgressChart()
        detail.setColumnStretch(0, 1)
        detail.setColumnStretch(1, 1)
        detail.setRowStretch(5, 1)
        self.detail_scroll = scroll
        scroll.viewport().installEventFilter(self)
        self._arrange_detail(False)
        self.show_translations(False)

        self.edit_widgets = [
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.add_target_button,
            self.revise_button,
            self.remove_target_button,
            self.add_measure_button,
            self.remove_measure_button,
        ]

    def _table(self, model: RowTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        headers.install(view)
        view.setItemDelegate(RowDelegate(view))
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setMinimumHeight(110)
        view.setMaximumHeight(180)
        model.inputError.connect(self.error)
        return view

    # -- computed columns ----------------------------------------------------------------
    def _row_label(self, ind: m.Indicator) -> str:
        if self.data is None:
            return ""
        result = next((r for r in self.data.results if r.id == ind.result_id), None)
        if result is None:
            return ""
        code = self.data.codes().get(result.id, "")
        return f"{fmt.vocab(result.level)} {code}".strip()

    def _progress(self, ind: m.Indicator) -> float | None:
        return self.data.indicator_progress(ind) if self.data else None

    def _status(self, ind: m.Indicator) -> str:
        return _status_text(self.data, ind) if self.data else ""

    def _evidence_choices(self) -> list[tuple[str, str]]:
        """The commitment's live evidence, as (id, what a reader recognises it by)."""
        if self.data is None:
            return []
        return [  # hidden direction characters shown, so a name cannot pass for another
            (e.id, visible_name(evidence_name(e.title, e.file_name, e.url, e.note), True))
            for e in self.data.evidence
        ]

    def _cited_evidence(self, x: m.Measurement) -> str | None:
        """The cited evidence while it is live. A deleted evidence keeps its id in the
        measurement (undoing the deletion brings the citation back) but shows as none."""
        cited = self.data.cited_evidence(x) if self.data is not None else None
        return cited.id if cited is not None else None

    def _revision_target(self, rev: m.TargetRevision) -> str:
        target = self.document.project.get(m.Target, rev.target_id)
        return fmt.date_text(target.due_date) if target else ""

    # -- data ----------------------------------------------------------------------------
    def load(self, data: CommitmentData) -> None:
        self.data = data
        selected = self.current.id if self.current else None
        self.list_model.set_rows(data.indicators)
        codes = data.codes()
        blocked = self.result_box.blockSignals(True)
        self.result_box.clear()
        for r in data.ordered_results():
            text = f"{fmt.vocab(r.level)} {codes.get(r.id, '')}".strip()
            narrative = r.narrative.splitlines()[0] if r.narrative else ""
            if len(narrative) > 60:
                narrative = narrative[:57] + "…"
            self.result_box.addItem(f"{text} — {narrative}" if narrative else text, r.id)
        self.result_box.blockSignals(blocked)
        row = self.list_model.row_of(selected) if selected else -1
        if row < 0 and data.indicators:
            row = 0
        if row != self.current_row(self.list_view) or row < 0:
            self.select_row(self.list_view, row)
        self._show_current()

    def _show_current(self) -> None:
        ind = self.list_model.row_at(self.current_row(self.list_view))
        self.current = ind
        self.detail.setEnabled(ind is not None)
        data = self.data
        if ind is None or data is None:
            for field in self.sheet:
                set_value(self.sheet[field], None)
            self.twins.load(self.editor.translations, None)
            self.target_model.set_rows([])
            self.revision_model.set_rows([])
            self.measure_model.set_rows([])
            self.chart.set_series(None, [], [])
            if self.list_model.rowCount():
                self.summary.setText(self.tr("No indicator selected."))
            else:  # say what to do, not only what is missing
                self.summary.setText(
                    self.tr(
                        "This commitment has no indicator yet. Add one with “Add indicator” "
                        "(Ins in the list)."
                    )
                )
            self._update_buttons()
            return
        for field in self.sheet:
            self._show_field(field)
        self.twins.load(self.editor.translations, ind.id, self.commitment_id)
        targets = data.targets.get(ind.id, [])
        self.target_model.set_rows(targets)
        self.revision_model.set_rows([rev for t in targets for rev in data.revisions.get(t.id, [])])
        self.revision_view.resizeColumnsToContents()
        self.revision_view.horizontalHeader().setSectionResizeMode(
            6, QHeaderView.ResizeMode.Stretch
        )
        self.measure_model.set_rows(data.measurements.get(ind.id, []))
        target_points, actual = data.indicator_points(ind)
        baseline = (
            Point(ind.baseline_date, ind.baseline_value)
            if ind.baseline_date is not None and ind.baseline_value is not None
            else None
        )
        self.chart.set_series(baseline, target_points, actual, ind.unit)
        progress = data.indicator_progress(ind)
        status = _status_text(data, ind)
        text = self.tr("Progress: %1 · Status today: %2").replace(
            "%1", fmt.percent_text(progress) if progress is not None else self.tr("not computable")
        )
        self.summary.setText(f"<b>{text.replace('%2', status)}</b>")
        self._update_buttons()

    def _show_field(self, field: str) -> None:
        if self.current is not None:
            set_value(self.sheet[field], getattr(self.current, field))

    def show_translations(self, visible: bool) -> None:
        self.twins.set_visible(visible)
        self.revision_view.setColumnHidden(
            self.revision_model.column_of(f"reason{TRANSLATED}"), not visible
        )

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

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in self.sheet.values():
            set_editable(widget, not read_only)
        self.twins.set_read_only(read_only)
        for model in (self.target_model, self.measure_model, self.revision_model):
            model.set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for b in self.edit_widgets:
            b.setEnabled(not self.read_only)
        if not self.read_only:
            has = self.current is not None
            for b in (
                self.remove_button,
                self.up_button,
                self.down_button,
                self.add_target_button,
                self.add_measure_button,
            ):
                b.setEnabled(has)
            self.revise_button.setEnabled(has and self.target_model.rowCount() > 0)
            self.remove_target_button.setEnabled(has and self.target_model.rowCount() > 0)
            self.remove_measure_button.setEnabled(has and self.measure_model.rowCount() > 0)

    def select(self, entity: str, row_id: str) -> bool:
        data = self.data
        if data is None:
            return False
        if entity == "indicator":
            self.select_row(self.list_view, self.list_model.row_of(row_id))
            return self.current is not None and self.current.id == row_id
        owner = None
        if entity == "target":
            owner = next((i for i, ts in data.targets.items() for t in ts if t.id == row_id), None)
        elif entity == "target_revision":
            target_id = next(
                (t for t, rs in data.revisions.items() for r in rs if r.id == row_id), None
            )
            owner = next(
                (i for i, ts in data.targets.items() for t in ts if t.id == target_id), None
            )
        elif entity == "measurement":
            owner = next(
                (i for i, xs in data.measurements.items() for x in xs if x.id == row_id), None
            )
        if owner is None:
            return False
        self.select_row(self.list_view, self.list_model.row_of(owner))
        self._show_current()
        view, model = {
            "target": (self.target_view, self.target_model),
            "target_revision": (self.revision_view, self.revision_model),
            "measurement": (self.measure_view, self.measure_model),
        }[entity]
        self.select_row(view, model.row_of(row_id))
        view.setFocus()
        return True

    # -- layout --------------------------------------------------------------------------
    def _arrange_detail(self, narrow: bool) -> None:
        """Sheet and chart side by side, the tables below; or everything in one column."""
        if narrow == self.narrow:
            return
        grid = self.detail_grid
        for w in (self.sheet_box, self.chart, self.summary):
            grid.removeWidget(w)
        grid.removeItem(self.tables)
        grid.addWidget(self.sheet_box, 0, 0, 1, 1 if not narrow else 2)
        grid.addWidget(
            self.chart, 0 if not narrow else 1, 1 if not narrow else 0, 1, 1 if not narrow else 2
        )
        grid.addWidget(self.summary, 2, 0, 1, 2)
        self.tables.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        grid.addLayout(self.tables, 3, 0, 1, 2)
        self.narrow = narrow

    def _narrow_width(self) -> int:
        """The detail's least width: everything in one column, as wide as the sheet."""
        if getattr(self, "detail_grid", None) is None:  # still being built
            return 0
        margins = self.detail_grid.contentsMargins()
        return self.sheet_box.minimumSizeHint().width() + margins.left() + margins.right()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.detail_scroll.viewport() and event.type() == QEvent.Type.Resize:
            spacing = max(0, self.detail_grid.horizontalSpacing())
            margins = self.detail_grid.contentsMargins()
            need = self.sheet_box.minimumSizeHint().width() + self.chart.minimumWidth()
            need += spacing + margins.left() + margins.right()
            self._arrange_detail(self.detail_scroll.viewport().width() < need)
        return super().eventFilter(watched, event)

    # -- edits ---------------------------------------------------------------------------
    def commit(self, field: str, value: Any) -> None:
        if self.read_only or self.current is None:
            return
        if field == "name" and not value:
            self.error(self.tr("The indicator needs a name."), field)
            self._show_field(field)
            return
        if not self.update_field(m.Indicator, self.current.id, field, value):
            self._show_field(field)

    def edit_row(self, cls: type[m.Row], row: Any, field: str, value: Any) -> bool:
        return self.update_field(cls, row.id, field, value)

    def _default_result(self) -> str | None:
        if self.current is not None:
            return self.current.result_id
        if self.data is None:
            return None
        for level in (v.Level.OUTPUT, v.Level.PURPOSE, v.Level.GOAL, v.Level.ACTIVITY):
            for r in self.data.ordered_results():
                if r.level == level:
                    return r.id
        return None

    def add_indicator(self) -> str | None:
        if self.read_only:
            return None
        result_id = self._default_result()
        if result_id is None:
            self.error(self.tr("Add a row to the logframe matrix first: indicators measure a row."))
            return None
        new_id = self.document.create(
            m.Indicator,
            labels.undo_text("add", "indicator"),
            result_id=result_id,
            name=self.tr("New indicator"),
        )
        if new_id:
            self.editor.refresh()
            self.select("indicator", new_id)
            self.sheet["name"].setFocus()
            self.sheet["name"].selectAll()  # type: ignore[attr-defined]
        return new_id

    def remove_indicator(self) -> bool:
        ind = self.current
        if self.read_only or ind is None:
            return False
        question = self.tr(
            "Remove the indicator “%1” with its targets and measurements? "
            "Edit > Undo brings it back."
        ).replace("%1", ind.name)
        if not self.confirm(self.tr("Remove indicator"), question):
            return False
        return self.document.delete(m.Indicator, ind.id, labels.undo_text("delete", "indicator"))

    def move_indicator(self, step: int) -> None:
        ind = self.current
        if self.read_only or ind is None or self.data is None:
            return
        siblings = [i for i in self.data.indicators if i.result_id == ind.result_id]
        i = siblings.index(ind)
        if not 0 <= i + step < len(siblings):
            self.editor.show_message(
                self.tr("Indicators are ordered within their logframe row."), error=False
            )
            return
        if self.document.move(m.Indicator, ind.id, i + step, labels.undo_text("move", "indicator")):
            self.editor.refresh()
            self.select("indicator", ind.id)

    def _after_add(self, view: QTableView, model: RowTableModel, row_id: str, column: str) -> None:
        self.editor.refresh()
        self.select_row(view, model.row_of(row_id))
        index = model.index(model.row_of(row_id), model.column_of(column))
        if index.isValid() and view.isVisible():
            view.edit(index)

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

    def add_measurement(self) -> str | None:
        if self.read_only or self.current is None:
            return None
        new_id = self.document.create(
            m.Measurement,
            labels.undo_text("add", "measurement"),
            indicator_id=self.current.id,
            measured_on=self.new_measurement_date(),
            reported_by=self.document.project.author,
        )
        if new_id:
            self._after_add(self.measure_view, self.measure_model, new_id, "value")
        return new_id

    def new_measurement_date(self) -> dt.date:
        """Today, or a date within the commitment's (else the plan's) period once it is over."""
        today = dt.date.today()
        if self.data is None or self.current is None:
            return today
        c = self.data.commitment
        start, end = c.start_date, c.end_date
        if start is None or end is None:
            plan = self.document.project.get(m.ActionPlan, c.plan_id)
            if plan is not None:
                start = start or plan.period_start
                end = end or plan.period_end
        dates = [x.measured_on for x in self.data.measurements.get(self.current.id, [])]
        last = max((d for d in dates if d is not None), default=None)
        return rules.default_measurement_date(today, start, end, last)

    def remove_measurement(self) -> None:
        row = self.measure_model.row_at(self.current_row(self.measure_view))
        if self.read_only or row is None:
            return
        self.document.delete(m.Measurement, row.id, labels.undo_text("delete", "measurement"))
