"""The logframe grid's view: Tab and Shift+Tab move cell by cell, as in a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView


class MatrixView(QTreeView):
    """The logframe tree with Tab / Shift+Tab moving cell by cell like a spreadsheet: to the
    next editable cell of the row, then the next row; past the last cell focus moves on."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabKeyNavigation(True)
        # three levels deep: a smaller step than Qt's 20 px leaves the text columns room
        self.setIndentation(min(self.indentation(), max(14, self.fontMetrics().height())))

    def _rows(self) -> list[QModelIndex]:
        rows: list[QModelIndex] = []
        index = self.model().index(0, 0) if self.model() else QModelIndex()
        while index.isValid():
            rows.append(index)
            index = self.indexBelow(index)
        return rows

    def _cells(self) -> list[QModelIndex]:
        model = self.model()
        editable = Qt.ItemFlag.ItemIsEditable
        cells = []
        for row in self._rows():
            for col in range(model.columnCount(row.parent())):
                cell = row.siblingAtColumn(col)
                if model.flags(cell) & editable and not self.isColumnHidden(col):
                    cells.append(cell)
        return cells

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        step = {
            QAbstractItemView.CursorAction.MoveNext: 1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
        }.get(action)
        if step is None:
            return super().moveCursor(action, modifiers)
        current = self.currentIndex()
        cells = self._cells()
        if not cells:
            return QModelIndex()
        if not current.isValid():
            return cells[0] if step > 0 else cells[-1]
        key = (current.row(), current.column(), QPersistentModelIndex(current.parent()))
        here = [(c.row(), c.column(), QPersistentModelIndex(c.parent())) for c in cells]
        if key in here:
            i = here.index(key) + step
        else:  # a read-only cell: the first editable one after (or before) it
            order = {QPersistentModelIndex(r): n for n, r in enumerate(self._rows())}
            pos = (
                order.get(QPersistentModelIndex(current.siblingAtColumn(0)), 0),
                current.column(),
            )
            keyed = [
                (order.get(QPersistentModelIndex(c.siblingAtColumn(0)), 0), c.column())
                for c in cells
            ]
            after = [n for n, k in enumerate(keyed) if k > pos]
            before = [n for n, k in enumerate(keyed) if k < pos]
            i = (after[0] if after else len(cells)) if step > 0 else (before[-1] if before else -1)
        return cells[i] if 0 <= i < len(cells) else QModelIndex()
