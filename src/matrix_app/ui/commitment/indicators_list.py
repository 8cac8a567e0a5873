"""The commitment's indicators as a list: add, remove and order them within their logframe row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from ...domain import vocabulary as v
from .. import headers
from . import labels
from .table_model import Column, RowTableModel
from .widgets import (
    FlowLayout,
    shortcut,
)


class IndicatorListPane:
    """The list of indicators and its buttons, part of IndicatorsTab."""

    def _build_list(self) -> QWidget:
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
        return left

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
