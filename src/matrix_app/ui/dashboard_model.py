"""The dashboard's table model: a plan's commitments, filtered and sorted, updated line by line
after an edit instead of reset."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)

from ..domain.vocabulary import Schedule, label
from ..messages import current_language
from . import formatting, marks
from .project_data import CommitmentRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("code", "title", "lead", "completion", "progress", "schedule", "starred")

# Roles as plain ints: ``data`` runs for every visible cell at each layout and paint, and
# reading ``Qt.ItemDataRole.X`` (a Python enum's member lookup) cost a third of its time.
_ID = int(ID_ROLE)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TEXT = frozenset({_DISPLAY, _ACCESSIBLE})
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_CENTERED = frozenset({"progress", "starred", "code"})


class DashboardModel(QAbstractTableModel):
    """The plan's commitments; filtering and sorting happen here, in Python, with one sort
    key per row (a proxy's per-comparison callbacks cost a second on 2,000 rows)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[CommitmentRow] = []
        self.rows: list[CommitmentRow] = []  # the ones shown, in display order
        self.filters = {
            "institution": "",
            "theme": "",
            "completion": "",
            "schedule": "",
            "text": "",
        }
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.lang = current_language()
        self.headers = {
            "code": self.tr("Code"),
            "title": self.tr("Commitment"),
            "lead": self.tr("Lead institution"),
            "completion": self.tr("Completion"),
            "progress": self.tr("Indicator progress"),
            "schedule": self.tr("Schedule"),
            "starred": self.tr("Starred"),
        }

    def set_rows(self, rows: list[CommitmentRow]) -> None:
        self.lang = current_language()
        self.all_rows = list(rows)
        self._recompute()

    def set_filter(self, **values: str) -> None:
        changed = False
        for key, value in values.items():
            if key not in self.filters:
                raise KeyError(key)
            if self.filters[key] != (value or ""):
                self.filters[key] = value or ""
                changed = True
        if changed:
            self._recompute()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column, self.sort_order = column, order
        self._recompute()

    def accepts(self, row: CommitmentRow) -> bool:
        f = self.filters
        if f["institution"] and f["institution"] not in row.institutions:
            return False
        if f["theme"] and f["theme"] not in row.themes:
            return False
        if f["completion"] and row.completion != f["completion"]:
            return False
        if f["schedule"] and row.schedule != f["schedule"]:
            return False
        if f["text"]:
            if f["text"].lower() not in f"{row.code} {row.title} {row.lead}".lower():
                return False
        return True

    def update_rows(self, rows: list[CommitmentRow], changed: set[str]) -> None:
        """New rows where only those of ``changed`` commitments differ: when the rows shown
        and their order stay the same, only the changed lines are redrawn (no reset: the
        view keeps selection and scroll position and lays out nothing again)."""
        old = {r.id: r for r in self.all_rows if r.id in changed}
        self.all_rows = list(rows)
        new = {r.id: r for r in self.all_rows if r.id in changed}
        col = COLUMNS[self.sort_column]
        if old.keys() == new.keys() and all(
            self.accepts(a) == self.accepts(b)
            and a.code_key == b.code_key
            and self.sort_key(a, col) == self.sort_key(b, col)
            for a, b in ((old[k], new[k]) for k in new)
        ):  # each changed row stays where it is shown (or hidden): no sort needed
            last = len(COLUMNS) - 1
            for n, r in enumerate(self.rows):
                if r.id in new:
                    self.rows[n] = new[r.id]
                    self.dataChanged.emit(self.index(n, 0), self.index(n, last))
            return
        shown = self._shown()
        if len(shown) != len(self.rows) or any(
            a.id != b.id for a, b in zip(shown, self.rows, strict=True)
        ):
            self.beginResetModel()
            self.rows = shown
            self.endResetModel()
            return
        self.rows = shown
        last = len(COLUMNS) - 1
        for n, r in enumerate(shown):
            if r.id in changed:
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def _shown(self) -> list[CommitmentRow]:
        col = COLUMNS[self.sort_column]
        shown = [r for r in self.all_rows if self.accepts(r)]
        shown.sort(key=lambda r: r.code_key)  # ties keep the plan's order by code
        shown.sort(
            key=lambda r: self.sort_key(r, col),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        return shown

    def _recompute(self) -> None:
        shown = self._shown()
        self.beginResetModel()
        self.rows = shown
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "progress":
            return self.tr(
                "Mean share of the way from baseline to final target covered by the latest "
                "measurement of each indicator."
            )
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "schedule":
            return self.tr("Time elapsed compared with work done.")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.headers[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row_number = index.row()
        if not index.isValid() or row_number >= len(self.rows):
            return None
        row = self.rows[row_number]
        col = COLUMNS[index.column()]
        if role == _ID:
            return row.id
        if role in _TEXT:
            if col == "code":
                return row.code
            if col == "title":
                return row.title
            if col == "lead":
                return row.lead
            if col == "completion":
                return label(row.completion, self.lang)
            if col == "progress":
                return formatting.percent(row.progress, 0) if row.progress is not None else "–"
            if col == "schedule":
                return label(row.schedule, self.lang)
            if col == "starred":
                if role == _ACCESSIBLE:
                    return self.tr("Starred") if row.starred else self.tr("Not starred")
                return "★" if row.starred else ""
        if role == _DECORATION:
            if col == "completion":
                return marks.completion_icon(row.completion)
            if col == "schedule":
                return marks.dot(marks.SCHEDULE_COLORS.get(row.schedule, "#b0b0b0"))
        if role == _ALIGNMENT and col in _CENTERED:
            return _CENTER
        if role == _TOOLTIP:
            if col == "title":
                return row.title
            if col == "lead":
                return ", ".join(row.institutions)
        return None

    @staticmethod
    def sort_key(row: CommitmentRow, col: str) -> Any:
        if col == "code":
            return row.code_key
        if col in ("title", "lead"):
            return getattr(row, col).lower()
        if col == "completion":
            order = marks.COMPLETION_ORDER
            return order.index(row.completion) if row.completion in order else len(order)
        if col == "progress":
            return -1.0 if row.progress is None else row.progress
        if col == "schedule":
            values = [s.value for s in Schedule]
            return values.index(row.schedule) if row.schedule in values else len(values)
        return int(row.starred)
