"""Logframe matrix tab: the classic grid, edited in place, rows added, removed and moved."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ...domain import models as m
from ...domain.vocabulary import Level
from ...services.snapshot import CommitmentData
from .. import headers
from ..plan.translations import TRANSLATED, save_translation, translated_header
from . import fmt, labels
from .base import EditorTab
from .logframe_model import LogframeModel, Node
from .matrix_view import MatrixView
from .table_model import Column, RowDelegate
from .widgets import FlowLayout, shortcut


def _indicator_names(node: Node) -> str:
    return "\n".join(f"• {i.name}" for i in node.indicators if i.name)


def _means(node: Node) -> str:
    return "\n".join(
        f"• {i.means_of_verification}" for i in node.indicators if i.means_of_verification
    )


class LogframeTab(EditorTab):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Double-click or press F2 to edit a cell. Ins adds a row like the selected one, "
                "Del removes it, Ctrl+Up / Ctrl+Down move it."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = FlowLayout()
        self.add_goal = QPushButton(self.tr("Add &goal"))
        self.add_purpose = QPushButton(self.tr("Add &purpose"))
        self.add_output = QPushButton(self.tr("Add o&utput"))
        self.add_activity = QPushButton(self.tr("Add &activity"))
        self.remove = QPushButton(self.tr("&Remove row"))
        self.up = QPushButton(self.tr("&Move up"))
        self.down = QPushButton(self.tr("Move do&wn"))
        self.add_goal.clicked.connect(lambda: self.add_row(Level.GOAL))
        self.add_purpose.clicked.connect(lambda: self.add_row(Level.PURPOSE))
        self.add_output.clicked.connect(lambda: self.add_row(Level.OUTPUT))
        self.add_activity.clicked.connect(lambda: self.add_row(Level.ACTIVITY))
        self.remove.clicked.connect(self.remove_row)
        self.up.clicked.connect(lambda: self.move_row(-1))
        self.down.clicked.connect(lambda: self.move_row(1))
        self.add_output.setToolTip(self.tr("Add an output under the selected purpose"))
        self.add_activity.setToolTip(self.tr("Add an activity under the selected output"))
        self.remove.setToolTip(self.tr("Remove the selected row and what hangs under it (Del)"))
        self.up.setToolTip(self.tr("Move the selected row up (Ctrl+Up)"))
        self.down.setToolTip(self.tr("Move the selected row down (Ctrl+Down)"))
        self.edit_buttons = [
            self.add_goal,
            self.add_purpose,
            self.add_output,
            self.add_activity,
            self.remove,
            self.up,
            self.down,
        ]
        for b in self.edit_buttons:
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self.model = LogframeModel(
            [
                Column("level", self.tr("Level")),
                Column("narrative", self.tr("Narrative summary"), "text", editable=True),
                self._translation_column("narrative", self.tr("Narrative summary")),
                Column("indicators", self.tr("Indicators"), "text", getter=_indicator_names),
                Column("means", self.tr("Means of verification"), "text", getter=_means),
                Column("assumptions", self.tr("Assumptions"), "text", editable=True),
                self._translation_column("assumptions", self.tr("Assumptions")),
                Column("start_date", self.tr("Start"), "date", editable=True),
                Column("end_date", self.tr("End"), "date", editable=True),
                Column("progress", self.tr("Progress %"), "number", editable=True),
            ],
            on_edit=self.edit_cell,
            parent=self,
        )
        self.model.inputError.connect(self.error)
        self.view = MatrixView()
        self.view.setModel(self.model)
        headers.install(self.view)
        self.view.setItemDelegate(RowDelegate(self.view))
        self.view.setAccessibleName(self.tr("Logframe matrix"))
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.header()
        header.setStretchLastSection(False)
        for col, width in enumerate(self._fixed_widths()):
            if width:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, width)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(50)
        self._relayout.timeout.connect(self.view.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        layout.addWidget(self.view, 1)
        self.show_translations(False)
        self.follow_selection(self.view, self._update_buttons)
        shortcut(self.view, "Ins", self.add_like_selected)
        shortcut(self.view, "Del", self.remove_row)
        shortcut(self.view, "Ctrl+Up", lambda: self.move_row(-1))
        shortcut(self.view, "Ctrl+Down", lambda: self.move_row(1))

    def _fixed_widths(self) -> list[int]:
        """Level, dates and progress as wide as what they show (in this language), no
        wider: the text columns stretch into the rest. 0 is a stretching column."""
        fm = self.view.fontMetrics()

        def fit(*texts: str) -> int:
            return max(fm.horizontalAdvance(t) for t in texts) + 12

        def word(col: int) -> str:  # the header wraps: its longest word must fit
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            return max(title.split() or [""], key=fm.horizontalAdvance)

        font = QFont(self.view.font())
        font.setBold(True)  # goal and purpose rows are bold, outputs and activities deeper
        bold = QFontMetrics(font)
        indent = self.view.indentation()  # the expander, then one step per level down
        depth = {Level.GOAL: 1, Level.PURPOSE: 1, Level.OUTPUT: 2, Level.ACTIVITY: 3}
        level = max(
            (bold if d == 1 else fm).horizontalAdvance(fmt.vocab(lv) + " 0.00") + d * indent
            for lv, d in depth.items()
        )
        level = max(level + 12, fit(word(0)))
        col = self.model.column_of
        date = fit(
            fmt.date_text(dt.date(2024, 9, 30)), word(col("start_date")), word(col("end_date"))
        )
        widths = [0] * len(self.model.columns)
        widths[0] = level
        widths[col("start_date")] = widths[col("end_date")] = date
        widths[col("progress")] = fit("100 %", word(col("progress")))
        return widths

    def _translation_column(self, field: str, header: str) -> Column:
        """The translation of ``field`` as a column of its own, shown in translations mode."""
        return Column(
            f"{field}{TRANSLATED}",
            translated_header(header, self.editor.translation_lang),
            "text",
            editable=True,
            getter=lambda node: self.editor.translations.text("result", node.result.id, field),
        )

    def show_translations(self, visible: bool) -> None:
        for field in ("narrative", "assumptions"):
            self.view.setColumnHidden(self.model.column_of(f"{field}{TRANSLATED}"), not visible)

    # -- data ----------------------------------------------------------------------------
    def load(self, data: CommitmentData) -> None:
        self.data = data
        selected = self.selected_id()
        column = max(0, self.view.currentIndex().column())  # Tab may have moved along the row
        self.model.set_data(data)
        self.view.expandAll()
        if selected:
            self.select("result", selected, column)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.model.set_read_only(read_only)
        self._update_buttons()

    def select(self, entity: str, row_id: str, column: int = 0) -> bool:
        if entity != "result":
            return False
        index = self.model.index_of(row_id, column)
        if not index.isValid():
            return False
        if index != self.view.currentIndex():
            self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def selected_node(self) -> Node | None:
        """The selected row (the current one if it is selected): what Remove and Move act on."""
        selection = self.view.selectionModel()
        current = self.view.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), current.parent()):
            return self.model.node(current)
        rows = selection.selectedRows(0)
        return self.model.node(rows[0]) if rows else None

    def selected_id(self) -> str | None:
        node = self.selected_node()
        return node.result.id if node else None

    def _update_buttons(self) -> None:
        node = self.selected_node()
        editable = not self.read_only
        for b in self.edit_buttons:
            b.setEnabled(editable)
        if editable:
            self.remove.setEnabled(node is not None)
            self.up.setEnabled(node is not None)
            self.down.setEnabled(node is not None)

    # -- edits ---------------------------------------------------------------------------
    def edit_cell(self, result: m.Result, field: str, value: Any) -> bool:
        if field.endswith(TRANSLATED):
            return save_translation(
                self.document,
                self.editor.translations,
                "result",
                result.id,
                field.removesuffix(TRANSLATED),
                value,
                self.commitment_id,
            )
        if field == "progress" and value is not None and not 0 <= value <= 100:
            self.error(
                self.tr("Progress is a percentage between 0 and 100, not %1.").replace(
                    "%1", fmt.number_text(value)
                )
            )
            return False
        if field in ("start_date", "end_date"):
            start = value if field == "start_date" else result.start_date
            end = value if field == "end_date" else result.end_date
            if start and end and end < start:
                self.error(
                    self.tr("The end date (%1) is before the start date (%2).")
                    .replace("%1", fmt.date_text(end))
                    .replace("%2", fmt.date_text(start))
                )
                return False
        return self.update_field(m.Result, result.id, field, value)

    def _ancestor(self, node: Node | None, level: Level) -> Node | None:
        while node is not None and node.result.level != level:
            node = node.parent
        return node

    def _only(self, level: Level) -> Node | None:
        rows = [n for n in self.model.nodes() if n.result.level == level]
        return rows[0] if len(rows) == 1 else None

    def add_row(self, level: Level) -> str | None:
        """Add a row of ``level``: outputs go under a purpose, activities under an output."""
        if self.read_only:
            return None
        node = self.selected_node()
        parent_id = None
        if level == Level.OUTPUT:
            parent = self._ancestor(node, Level.PURPOSE) or self._only(Level.PURPOSE)
            if parent is None:
                purposes = [n for n in self.model.nodes() if n.result.level == Level.PURPOSE]
                if not purposes:
                    self.error(self.tr("Add a purpose first: outputs hang under a purpose."))
                    return None
                self.error(self.tr("Select the purpose the new output belongs to."))
                return None
            parent_id = parent.result.id
        elif level == Level.ACTIVITY:
            parent = self._ancestor(node, Level.OUTPUT) or self._only(Level.OUTPUT)
            if parent is None:
                outputs = [n for n in self.model.nodes() if n.result.level == Level.OUTPUT]
                if not outputs:
                    self.error(self.tr("Add an output first: activities hang under an output."))
                    return None
                self.error(self.tr("Select the output the new activity belongs to."))
                return None
            parent_id = parent.result.id
        new_id = self.document.create(
            m.Result,
            labels.action_text("add", fmt.vocab(level).lower()),
            commitment_id=self.commitment_id,
            level=level.value,
            parent_id=parent_id,
        )
        if new_id:
            self.editor.refresh()
            self.select("result", new_id)
            index = self.model.index_of(new_id, self.model.column_of("narrative"))
            if index.isValid() and self.view.isVisible():
                self.view.edit(index)
        return new_id

    def add_like_selected(self) -> None:
        node = self.selected_node()
        self.add_row(Level(node.result.level) if node else Level.GOAL)

    def remove_row(self) -> None:
        node = self.selected_node()
        if self.read_only or node is None:
            return
        under = _count(node)
        text = labels.action_text("delete", fmt.vocab(node.result.level).lower())
        if self.document.delete(m.Result, node.result.id, text):
            message = self.tr("Removed %1.").replace("%1", self.model.level_text(node))
            if under:
                message += " " + self.tr(
                    "It took %1 rows and indicators under it with it; Undo brings them back."
                ).replace("%1", str(under))
            self.editor.show_message(message, error=False)

    def move_row(self, step: int) -> None:
        node = self.selected_node()
        if self.read_only or node is None:
            return
        siblings = node.siblings(self.model.top)
        i = siblings.index(node)
        if not 0 <= i + step < len(siblings):
            return
        text = labels.action_text("move", fmt.vocab(node.result.level).lower())
        if self.document.move(m.Result, node.result.id, i + step, text):
            self.editor.refresh()
            self.select("result", node.result.id)


def _count(node: Node) -> int:
    """Rows and indicators that go with ``node`` when it is removed."""
    return sum(1 + _count(c) for c in node.children) + len(node.indicators)
