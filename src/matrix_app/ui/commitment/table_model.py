"""A thin table model over a list of rows, and the delegate that edits its cells.

The model never writes: an edited cell is parsed (bad input -> ``inputError`` with a clear
message, nothing saved) and handed to ``on_edit(row, field, value)``, which goes through the
Document. The editor then re-reads the file and calls ``set_rows``: the same rows in the same
order become ``dataChanged`` (selection and scroll stay), anything else a reset.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QTreeView,
    QWidget,
)

from ...services.evidence_files import visible_name
from . import fmt
from .widgets import DateEdit, NumberEdit, TextEdit

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


@dataclass
class Column:
    """One column: which field, how it reads and whether it can be edited in place."""

    key: str
    header: str
    kind: str = "str"  # str | name | text | date | number | percent | vocab | choice | bool | size
    editable: bool = False
    vocab: type[StrEnum] | None = None
    getter: Callable[[Any], Any] | None = None
    blank: str | None = None  # label of "not set" for an optional vocabulary or choice
    #: For ``choice``: the (value, label) pairs offered now (rows of the project, e.g. the
    #: commitment's live evidence), asked on each use so they follow the data.
    choices: Callable[[], list[tuple[Any, str]]] | None = None

    def value(self, row: Any) -> Any:
        return self.getter(row) if self.getter else getattr(row, self.key, None)

    def options(self) -> list[tuple[Any, str]]:
        return self.choices() if self.choices else []


def display(column: Column, value: Any) -> str:
    kind = column.kind
    if value is None or value == "":
        return ""
    if kind == "date":
        return fmt.date_text(value)
    if kind == "number":
        return fmt.number_text(value)
    if kind == "percent":
        return fmt.percent_text(value)
    if kind == "vocab":
        return fmt.vocab(value)
    if kind == "choice":
        return next((text for key, text in column.options() if key == value), "")
    if kind == "bool":
        return fmt.yes_no(value)
    if kind == "size":
        return fmt.size_text(value)
    if kind == "name":  # text from outside: hidden direction/control characters made visible
        return visible_name(str(value), keep_lines=True)
    return str(value)


def edit_value(column: Column, value: Any) -> Any:
    if column.kind == "date":
        return fmt.date_text(value)  # as shown, so the cell does not change form on editing
    if column.kind in ("number", "percent"):
        return fmt.number_text(value)
    if column.kind in ("vocab", "choice"):
        return value
    return "" if value is None else value


def parse(column: Column, value: Any) -> Any:
    """Typed cell text -> stored value; raises fmt.InputError."""
    if column.kind == "date":
        return value if isinstance(value, dt.date) else fmt.parse_date(str(value or ""))
    if column.kind in ("number", "percent"):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        return fmt.parse_number(str(value or ""))
    if column.kind == "vocab":
        allowed = [m.value for m in column.vocab or []]
        if value in (None, "") and column.blank is not None:
            return None
        if value not in allowed:
            raise fmt.InputError(
                QCoreApplication.translate(
                    "Format", "“%1” is not one of the allowed values."
                ).replace("%1", str(value))
            )
        return value
    if column.kind == "choice":
        if value in (None, "") and column.blank is not None:
            return None
        if value not in {key for key, _ in column.options()}:
            raise fmt.InputError(
                QCoreApplication.translate(
                    "Format", "That item is no longer available; choose another."
                )
            )
        return value
    if column.kind == "bool":
        return bool(value)
    return "" if value is None else str(value)


def cell_data(column: Column, value: Any, role: int) -> Any:
    """The shared part of ``data()`` for table and tree models."""
    if role == Qt.ItemDataRole.DisplayRole:
        text = display(column, value)
        one_line = column.kind in ("str", "name")
        return text.splitlines()[0] + " …" if one_line and "\n" in text else text
    if role == Qt.ItemDataRole.EditRole:
        return edit_value(column, value)
    if role == Qt.ItemDataRole.ToolTipRole and column.kind in ("str", "name", "text", "choice"):
        return display(column, value) or None
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return f"{column.header}: {display(column, value)}"
    if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("number", "percent", "size"):
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


class RowTableModel(QAbstractTableModel):
    #: A message for the user when typed input was refused (nothing saved).
    inputError = Signal(str)

    def __init__(
        self,
        columns: Sequence[Column],
        on_edit: Callable[[Any, str, Any], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.on_edit = on_edit
        self.read_only = False
        self._rows: list[Any] = []

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
                )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    def column_spec(self, index: Index) -> Column:
        return self.columns[index.column()]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        return cell_data(column, column.value(self._rows[index.row()]), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and not self.read_only and self.on_edit:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        try:
            parsed = parse(column, value)
        except fmt.InputError as exc:
            self.inputError.emit(str(exc))
            return False
        if parsed == column.value(row):
            return False
        return bool(self.on_edit and self.on_edit(row, column.key, parsed))


class RowDelegate(QStyledItemDelegate):
    """Cell editors by column kind: a combo for vocabularies, date and number line edits."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        column: Column = index.model().column_spec(index)
        if column.kind == "vocab":
            box = QComboBox(parent)
            if column.blank is not None:
                box.addItem(column.blank, None)
            for member in column.vocab or []:
                box.addItem(fmt.vocab(member.value), member.value)
            return box
        if column.kind == "choice":
            box = QComboBox(parent)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            if column.blank is not None:
                box.addItem(column.blank, None)
            for key, text in column.options():
                box.addItem(text, key)
            # a pick is saved at once (one undoable edit), not when the cell loses focus
            box.activated.connect(lambda _i, b=box: self._commit_now(b))
            return box
        if column.kind == "date":
            return DateEdit(parent)
        if column.kind in ("number", "percent"):
            return NumberEdit(parent)
        if column.kind == "text":
            edit = TextEdit(parent, lines=3)
            edit.setMaximumHeight(16777215)
            return edit
        return QLineEdit(parent)

    def _commit_now(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.model().data(index, Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, TextEdit):
            editor.set_value(value or "")
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, TextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def sizeHint(self, option: Any, index: Index) -> Any:
        """Rows grow to show wrapped text when the view wraps words (the logframe does)."""
        size = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QAbstractItemView) or not view.wordWrap():
            return size
        width = view.columnWidth(index.column()) - 10  # type: ignore[attr-defined]
        if isinstance(view, QTreeView) and index.column() == 0:
            depth, up = 0, index.parent()
            while up.isValid():
                depth, up = depth + 1, up.parent()
            width -= view.indentation() * (depth + 1)
        text = index.model().data(index, Qt.ItemDataRole.DisplayRole)
        if not text or width <= 20:
            return size
        rect = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), str(text)
        )
        size.setHeight(max(size.height(), rect.height() + 6))
        return size

    def updateEditorGeometry(self, editor: QWidget, option: Any, index: Index) -> None:
        rect = option.rect
        if isinstance(editor, TextEdit):
            rect = rect.adjusted(0, 0, 0, max(0, 80 - rect.height()))
        editor.setGeometry(rect)
