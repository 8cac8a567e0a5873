"""The import wizard's item models: a sheet's cells as a table, and the preview's counts;
and the recognised formats' names as a user knows them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from ..domain.vocabulary import Level, label
from ..messages import current_language
from ..services.excel.importing import ImportReport
from ..services.excel.layout import SHEETS, sheet_name


def column_letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


def format_name(name: str) -> str:
    """A recognised format, as the user knows it."""
    return {
        "dfid": QCoreApplication.translate(
            "ExcelImportWizard", "DFID / UK logframe (Impact, Outcome, Output blocks)"
        ),
        "worldbank": QCoreApplication.translate(
            "ExcelImportWizard", "World Bank results framework (PDO and intermediate results)"
        ),
        "idb": QCoreApplication.translate(
            "ExcelImportWizard", "IDB results matrix (Matriz de Resultados)"
        ),
        "usaid": QCoreApplication.translate(
            "ExcelImportWizard", "USAID Indicator Performance Tracking Table"
        ),
        "pirs": QCoreApplication.translate(
            "ExcelImportWizard", "USAID Performance Indicator Reference Sheet (one indicator)"
        ),
        "ogp_followup": QCoreApplication.translate(
            "ExcelImportWizard", "OGP follow-up sheet (one row per milestone)"
        ),
        "ogp_template": QCoreApplication.translate(
            "ExcelImportWizard", "OGP commitment template (one commitment per sheet)"
        ),
        "activity_plan": QCoreApplication.translate(
            "ExcelImportWizard", "activity plan (activities under the logframe's outputs)"
        ),
        "vertical_form": QCoreApplication.translate(
            "ExcelImportWizard", "results form (a label and its value on each line)"
        ),
        "label_blocks": QCoreApplication.translate(
            "ExcelImportWizard", "commitments as blocks of labelled lines"
        ),
        "task_export": QCoreApplication.translate(
            "ExcelImportWizard", "task list export (Asana, Jira, Planner: tasks and subtasks)"
        ),
        "eu": QCoreApplication.translate("ExcelImportWizard", "EU logframe / cadre logique"),
        "ilpes": QCoreApplication.translate("ExcelImportWizard", "ILPES / CEPAL logframe matrix"),
        "handmade": QCoreApplication.translate("ExcelImportWizard", "logframe matrix"),
    }.get(name, name)


def recognition_text(match: Any, guessed: bool) -> str:
    """What the mapping page says a sheet was recognised as, and what that means."""
    if match is not None and "mapping" not in match.data:
        return QCoreApplication.translate(
            "ExcelImportWizard", "Recognised as {name}: it is read as the command line reads it."
        ).format(name=format_name(match.format))
    if match is not None:
        return QCoreApplication.translate("ExcelImportWizard", "Recognised as {name}: the columns below are what was found; change any.").format(name=format_name(match.format))  # fmt: skip
    if guessed:
        return QCoreApplication.translate("ExcelImportWizard", "Not recognised: the columns whose header says what they hold are picked below; check them and pick the others.")  # fmt: skip
    return QCoreApplication.translate("ExcelImportWizard", "Not recognised: say what each column holds.")  # fmt: skip


class GridModel(QAbstractTableModel):
    """A sheet's cells, read-only, with spreadsheet-style headers (A, B, ... / 1, 2, ...);
    a row the user skips is greyed and its number crossed, a row marked as a level says so."""

    def __init__(self, rows: list[list[Any]] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []
        self.width = 0
        self.marks: dict[int, str] = {}  # 1-based row -> "skip" or a Level value
        self.set_rows(rows or [])

    def set_marks(self, marks: dict[int, str]) -> None:
        self.marks = marks
        if self.rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, max(self.width - 1, 0))
            )

    def set_rows(self, rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.width = max((len(r) for r in rows), default=0)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("gray") if self.marks.get(index.row() + 1) == "skip" else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        return "" if value is None else str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        mark = self.marks.get(section + 1)
        if mark == "skip":
            return f"{section + 1} ✕"
        if mark:
            return f"{section + 1} ▸ {label(Level(mark), current_language())}"
        return str(section + 1)


class CountsModel(QAbstractTableModel):
    """Added / updated / unchanged per entity, for the preview page."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int, int, int]] = []

    def set_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        lang = current_language()
        self.items = []
        if report is not None:
            for table, c in report.counts.items():
                if c.added or c.updated or c.unchanged:
                    name = sheet_name(table, lang) if table in SHEETS else table
                    self.items.append((name, c.added, c.updated, c.unchanged))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.items[index.row()][index.column()]
        return str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            QCoreApplication.translate("ExcelImportWizard", "Records"),
            QCoreApplication.translate("ExcelImportWizard", "Added"),
            QCoreApplication.translate("ExcelImportWizard", "Updated"),
            QCoreApplication.translate("ExcelImportWizard", "Unchanged"),
        ][section]
