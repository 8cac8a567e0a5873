"""The indicator's measurements: actual values with their date, reporter and cited evidence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
)

from ...domain import models as m
from ...domain import rules
from ...services.evidence_files import visible_name
from ...services.snapshot import evidence_name
from . import labels
from .table_model import Column, RowTableModel
from .widgets import (
    shortcut,
)


class MeasurementsPane:
    """The measurements table and its buttons, part of IndicatorsTab."""

    def _build_measurements(self) -> QGroupBox:
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
        return measures

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
