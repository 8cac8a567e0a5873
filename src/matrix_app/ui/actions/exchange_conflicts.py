"""Tools > Merge conflicts…: both values side by side, who changed them and when, and the
user's choice per conflict."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .exchange_text import _tr, show_stamp, side_text, what_text

if TYPE_CHECKING:  # SQLModel and the exchange services load off the GUI thread
    from ...services.exchange import ConflictView


class ConflictTableModel(QAbstractTableModel):
    """Conflicts, one per row: what, our value, who/when, their value, who/when, keep."""

    WHAT, OURS, OURS_BY, THEIRS, THEIRS_BY, KEEP = range(6)
    CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, conflicts: list[ConflictView], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.choices: dict[str, str] = {c.id: c.applied for c in self.conflicts}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            _tr("What"),
            _tr("Ours (this file)"),
            _tr("Who, when"),
            _tr("Theirs (merged file)"),
            _tr("Who, when"),
            _tr("Keep"),
        ][section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.conflicts)):
            return None
        c = self.conflicts[index.row()]
        col = index.column()
        choice = self.choices.get(c.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.WHAT:
                return what_text(c)
            if col == self.OURS:
                return side_text(c, "ours")
            if col == self.OURS_BY:
                return show_stamp(c.ours_author, c.ours_at)
            if col == self.THEIRS:
                return side_text(c, "theirs")
            if col == self.THEIRS_BY:
                return show_stamp(c.theirs_author, c.theirs_at)
            if col == self.KEEP:
                return _tr("Ours") if choice == "ours" else _tr("Theirs")
        if role == Qt.ItemDataRole.FontRole and col in (self.OURS, self.THEIRS):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold((col == self.OURS) == (choice == "ours"))
            return font
        if role == self.CHOICE_ROLE:
            return choice
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def choose(self, rows: list[int], side: str) -> None:
        for row in rows:
            if 0 <= row < len(self.conflicts):
                self.choices[self.conflicts[row].id] = side
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1)
            )


class ConflictsDialog(QDialog):
    """Both values side by side; the user picks per conflict, then Apply settles them."""

    def __init__(self, conflicts: list[ConflictView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Merge conflicts"))
        self.resize(1000, 480)
        self.model = ConflictTableModel(conflicts, self)
        intro = QLabel(
            _tr(
                "These changes were made differently in the two files. Both values are kept; "
                "the bold one is in the project now. Choose which to keep for each, then Apply."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ConflictTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ConflictTableModel.KEEP, QHeaderView.ResizeMode.ResizeToContents
        )
        for col, width in ((1, 200), (2, 150), (3, 200), (4, 150)):
            self.table.setColumnWidth(col, width)
        self.table.resizeRowsToContents()
        self.table.doubleClicked.connect(self._toggle)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(90)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

        self.ours_button = QPushButton(_tr("Keep &ours"))
        self.theirs_button = QPushButton(_tr("Keep &theirs"))
        self.all_ours_button = QPushButton(_tr("All ours"))
        self.all_theirs_button = QPushButton(_tr("All theirs"))
        self.ours_button.clicked.connect(lambda: self.choose_selected("ours"))
        self.theirs_button.clicked.connect(lambda: self.choose_selected("theirs"))
        self.all_ours_button.clicked.connect(lambda: self.choose_all("ours"))
        self.all_theirs_button.clicked.connect(lambda: self.choose_all("theirs"))
        row = QHBoxLayout()
        for b in (self.ours_button, self.theirs_button, self.all_ours_button):
            row.addWidget(b)
        row.addWidget(self.all_theirs_button)
        row.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setText(_tr("&Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Decide &later"))
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        if conflicts:
            self.table.selectRow(0)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def choose_selected(self, side: str) -> None:
        self.model.choose(self.selected_rows(), side)
        self._show_detail()

    def choose_all(self, side: str) -> None:
        self.model.choose(list(range(self.model.rowCount())), side)
        self._show_detail()

    def _toggle(self, index: QModelIndex) -> None:
        if index.column() in (ConflictTableModel.OURS, ConflictTableModel.OURS_BY):
            self.model.choose([index.row()], "ours")
        elif index.column() in (ConflictTableModel.THEIRS, ConflictTableModel.THEIRS_BY):
            self.model.choose([index.row()], "theirs")

    def _show_detail(self, *args: object) -> None:
        rows = self.selected_rows()
        if not rows:
            self.detail.clear()
            return
        c = self.model.conflicts[rows[0]]
        self.detail.setPlainText(
            _tr("Ours ({who}): {value}\nTheirs ({who2}): {value2}\nFrom: {source}").format(
                who=show_stamp(c.ours_author, c.ours_at),
                value=side_text(c, "ours"),
                who2=show_stamp(c.theirs_author, c.theirs_at),
                value2=side_text(c, "theirs"),
                source=c.source_name,
            )
        )

    def choices(self) -> dict[str, str]:
        return dict(self.model.choices)
