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
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from ...domain import vocabulary as v
from ...domain.rules import Point
from ...services.snapshot import CommitmentData
from .. import headers
from ..plan.translations import TRANSLATED, TwinFields
from . import fmt
from .base import EditorTab
from .chart import ProgressChart
from .indicators_list import IndicatorListPane
from .indicators_measurements import MeasurementsPane
from .indicators_targets import TargetsPane
from .table_model import RowDelegate, RowTableModel
from .widgets import (
    DateEdit,
    FitWidthScroll,
    NumberEdit,
    bind,
    set_editable,
    set_value,
    vocab_combo,
)


def _status_text(data: CommitmentData, ind: m.Indicator) -> str:
    return fmt.vocab(data.indicator_status(ind, dt.date.today()))


#: The fields of the indicator sheet that reports print, so that have a translation.
TRANSLATABLE = ("name", "formula", "unit", "means_of_verification")


class IndicatorsTab(IndicatorListPane, TargetsPane, MeasurementsPane, EditorTab):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.current: m.Indicator | None = None
        self.sheet: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        layout.addWidget(splitter)

        left = self._build_list()
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

        targets, revisions = self._build_targets()
        detail.addWidget(revisions, 4, 0, 1, 2)
        measures = self._build_measurements()

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

    def _after_add(self, view: QTableView, model: RowTableModel, row_id: str, column: str) -> None:
        self.editor.refresh()
        self.select_row(view, model.row_of(row_id))
        index = model.index(model.row_of(row_id), model.column_of(column))
        if index.isValid() and view.isVisible():
            view.edit(index)
