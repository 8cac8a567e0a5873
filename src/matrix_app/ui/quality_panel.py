"""The quality panel: what the matrices still lack before they can be monitored.

Lists ``Snapshot.findings()`` (the same findings ``matrix-app check`` prints); activating
one asks the window to open its commitment on the item concerned.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.quality import SEVERITY_ORDER, Finding
from ..messages import current_language
from . import headers, marks
from .project_data import ProjectData, code_sort_key

COLUMNS = ("severity", "commitment", "message")


class QualityModel(QAbstractTableModel):
    """Findings shown, filtered by severity and sorted here in Python (one key per row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_findings: list[Finding] = []
        self.findings: list[Finding] = []  # shown, in display order
        self.codes: dict[str, str] = {}
        self.severity = ""
        self.lang = current_language()
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.severity_labels = {
            "error": self.tr("Error"),
            "warning": self.tr("Warning"),
            "info": self.tr("Suggestion"),
        }
        self.headers = {
            "severity": self.tr("Severity"),
            "commitment": self.tr("Commitment"),
            "message": self.tr("Finding"),
        }

    def set_data(self, data: ProjectData | None, changed: set[str] | None = None) -> None:
        """Show ``data``'s findings; ``changed``: only these commitments' findings may
        differ, so when the same findings stay in the same order only their lines redraw."""
        self.lang = current_language()
        self.all_findings = list(data.findings) if data else []
        self.codes = dict(data.codes) if data else {}
        shown = self._shown()
        if changed is None or data is None or shown != self.findings:
            self.beginResetModel()
            self.findings = shown
            self.endResetModel()
            return
        self.findings = shown  # equal findings; their texts (a title, a name) may differ
        rows = [n for n, f in enumerate(shown) if f.commitment_id in changed]
        if rows:
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))

    def set_severity(self, severity: str) -> None:
        self.severity = severity or ""
        self._recompute()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_column, self.sort_order = column, order
            self._recompute()

    def _shown(self) -> list[Finding]:
        col = COLUMNS[self.sort_column]
        shown = [f for f in self.all_findings if not self.severity or f.severity == self.severity]
        shown.sort(
            key=lambda f: self.sort_key(f, col),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        return shown

    def _recompute(self) -> None:
        shown = self._shown()
        self.beginResetModel()
        self.findings = shown
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ):
            return self.headers[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.findings):
            return None
        f = self.findings[index.row()]
        col = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == "severity":
                return self.severity_labels.get(f.severity, f.severity)
            if col == "commitment":
                return self.codes.get(f.commitment_id, "")
            return f.message(self.lang)
        if role == Qt.ItemDataRole.ToolTipRole and col == "message":
            return f.message(self.lang)
        if role == Qt.ItemDataRole.DecorationRole and col == "severity":
            return marks.severity_icon(f.severity)
        return None

    def sort_key(self, f: Finding, col: str) -> Any:
        if col == "severity":
            return (
                SEVERITY_ORDER.get(f.severity, 9),
                code_sort_key(self.codes.get(f.commitment_id, "")),
            )
        if col == "commitment":
            return (
                code_sort_key(self.codes.get(f.commitment_id, "")),
                SEVERITY_ORDER.get(f.severity, 9),
            )
        return f.message(self.lang).lower()


class QualityPanel(QWidget):
    """Findings list with a severity filter; ``activated`` carries the chosen finding."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QualityModel(self)
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("Show findings of severity"))
        self.severity.addItem(self.tr("All findings"), "")
        for key in ("error", "warning", "info"):
            self.severity.addItem(marks.severity_icon(key), self.model.severity_labels[key], key)
        self.severity.currentIndexChanged.connect(
            lambda _i: self.model.set_severity(self.severity.currentData())
        )
        caption = QLabel(self.tr("S&how:"))
        caption.setBuddy(self.severity)
        self.summary = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        headers.install(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAccessibleName(self.tr("Matrix quality findings"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activate)
        self.table.clicked.connect(self._activate)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.severity)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.severity, self.table)

    def set_data(self, data: ProjectData | None, changed: set[str] | None = None) -> None:
        self.model.set_data(data, changed)
        counts = {k: 0 for k in ("error", "warning", "info")}
        for f in self.model.all_findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        parts = [
            self.tr("%n error(s)", "", counts["error"]),
            self.tr("%n warning(s)", "", counts["warning"]),
            self.tr("%n suggestion(s)", "", counts["info"]),
        ]
        self.summary.setText(", ".join(parts))

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.findings[index.row()])
