"""The import wizard: choose a workbook, map columns when needed, preview, then import.

Page by page: the file and what kind of workbook it is; for a sheet that is neither our own
workbook nor a recognised logframe (or to correct a recognised one), the sheet itself in a
table with a column picker per role and a level picker per distinct level text; a preview
of what would be added / updated / left alone and every problem; Finish imports through
``run_task`` (off the GUI thread, cancellable, all or nothing).

(It lives beside the other UI modules rather than in ``ui/dialogs/`` because ``ui/dialogs``
is the shell's module of patchable modal questions.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.vocabulary import Level, label
from ..messages import MatrixError, current_language
from ..services.excel.errors import ImportProblems
from ..services.excel.importing import (
    Detection,
    ImportReport,
    analyse,
    detect,
    import_workbook,
    sheet_rows,
)
from ..services.excel.layout import SHEETS, sheet_name
from ..services.excel.logframe import ROLE_LABELS, ROLES, SheetMapping, detect_mapping, guess_level
from ..services.excel.parse import normalize
from ..services.project import Project

RunTask = Callable[..., Any]


def tr(text: str) -> str:
    return QCoreApplication.translate("ExcelImportWizard", text)


def column_letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


class GridModel(QAbstractTableModel):
    """A sheet's cells, read-only, with spreadsheet-style headers (A, B, ... / 1, 2, ...)."""

    def __init__(self, rows: list[list[Any]] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []
        self.width = 0
        self.set_rows(rows or [])

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
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        return "" if value is None else str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
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


class FilePage(QWizardPage):
    def __init__(self, wizard: ExcelImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ExcelImportWizard", "Choose a workbook"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ExcelImportWizard",
                "A workbook exported by Monitoring Matrix, a filled-in template, a logframe "
                "matrix or any other sheet.",
            )
        )
        self.path_edit = QLineEdit()
        browse = QPushButton(QCoreApplication.translate("ExcelImportWizard", "Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        self.kind_label = QLabel()
        self.kind_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.kind_label)
        self.path_edit.textChanged.connect(self.on_path)

    def browse(self) -> None:
        path = self.w.choose_file()
        if path:
            self.path_edit.setText(path)

    def on_path(self, text: str) -> None:
        self.w.detection = None
        self.kind_label.clear()
        path = Path(text.strip())
        if not text.strip() or not path.is_file():
            self.completeChanged.emit()
            return
        try:
            self.w.detection = detect(path)
        except MatrixError as exc:
            self.kind_label.setText(exc.message())
        else:
            self.kind_label.setText(self.describe(self.w.detection))
        self.completeChanged.emit()

    @staticmethod
    def describe(found: Detection) -> str:
        if found.kind == "matrix":
            return QCoreApplication.translate(
                "ExcelImportWizard", "A Monitoring Matrix workbook: rows are matched by their ids."
            )
        if found.kind == "logframe":
            sheets = ", ".join(found.mappings)
            return QCoreApplication.translate(
                "ExcelImportWizard", "Logframe matrices found in: {sheets}."
            ).format(sheets=sheets)
        return QCoreApplication.translate(
            "ExcelImportWizard", "No known layout: on the next page, say what each column holds."
        )

    def isComplete(self) -> bool:
        return self.w.detection is not None

    def nextId(self) -> int:
        found = self.w.detection
        if found is not None and found.kind == "matrix":
            return ExcelImportWizard.PREVIEW
        return ExcelImportWizard.MAPPING


class MappingPage(QWizardPage):
    def __init__(self, wizard: ExcelImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.grid: list[list[Any]] = []
        self.setTitle(QCoreApplication.translate("ExcelImportWizard", "What each column holds"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ExcelImportWizard",
                "Pick the sheet, the header row and the column of each item; then the level.",
            )
        )
        self.sheet_combo = QComboBox()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1000)
        self.model = GridModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.role_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExcelImportWizard", "Sheet"), self.sheet_combo)
        form.addRow(QCoreApplication.translate("ExcelImportWizard", "Header row"), self.header_spin)
        role_names = {
            "level": QCoreApplication.translate("ExcelImportWizard", "Level"),
            "narrative": QCoreApplication.translate("ExcelImportWizard", "Narrative summary"),
            "indicators": QCoreApplication.translate("ExcelImportWizard", "Indicators"),
            "means_of_verification": QCoreApplication.translate(
                "ExcelImportWizard", "Means of verification"
            ),
            "assumptions": QCoreApplication.translate("ExcelImportWizard", "Assumptions"),
            "baseline": QCoreApplication.translate("ExcelImportWizard", "Baseline"),
            "current": QCoreApplication.translate("ExcelImportWizard", "Current value (date)"),
            "target": QCoreApplication.translate("ExcelImportWizard", "Target"),
            "target_date": QCoreApplication.translate("ExcelImportWizard", "Target date"),
            "unit": QCoreApplication.translate("ExcelImportWizard", "Unit"),
            "commitment": QCoreApplication.translate("ExcelImportWizard", "Commitment"),
        }
        assert set(role_names) == set(ROLES) == set(ROLE_LABELS)
        roles = QFormLayout()
        for role in ROLES:
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.on_columns)
            self.role_combos[role] = combo
            roles.addRow(role_names[role], combo)
        self.levels = QFormLayout()
        self.level_box = QWidget()
        self.level_box.setLayout(self.levels)
        self.level_combos: dict[str, QComboBox] = {}
        self.decimal_combo = QComboBox()
        self.decimal_combo.addItem(
            QCoreApplication.translate("ExcelImportWizard", "Decimal comma (86,7)"), ","
        )
        self.decimal_combo.addItem(
            QCoreApplication.translate("ExcelImportWizard", "Decimal point (86.7)"), "."
        )
        roles.addRow(QCoreApplication.translate("ExcelImportWizard", "Numbers"), self.decimal_combo)
        side_box = QWidget()
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(roles)
        side.addWidget(QLabel(QCoreApplication.translate("ExcelImportWizard", "Levels")))
        side.addWidget(self.level_box)
        side.addStretch()
        # the eleven roles and the levels scroll, so the wizard fits a 1280x800 screen
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side_scroll.setWidget(side_box)
        self.side_scroll.setMinimumWidth(side_box.sizeHint().width() + 24)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.side_scroll, 2)
        self.error_label = QLabel()  # why the sheet cannot be shown, in the engine's words
        self.error_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(body)
        self.sheet_combo.currentTextChanged.connect(self.load_sheet)
        self.header_spin.valueChanged.connect(self.on_header)

    def initializePage(self) -> None:
        found = self.w.detection
        assert found is not None
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(found.sheets)
        first = next(iter(found.mappings), found.sheets[0] if found.sheets else "")
        self.sheet_combo.setCurrentText(first)
        self.sheet_combo.blockSignals(False)
        self.load_sheet(first)

    def load_sheet(self, sheet: str) -> None:
        found = self.w.detection
        if not sheet or found is None:
            return
        self.error_label.clear()
        try:
            self.grid = sheet_rows(found.path, sheet, limit=2000)
        except MatrixError as exc:  # refused (too big, damaged) or changed since detection
            self.grid = []
            self.error_label.setText(exc.message())
        self.model.set_rows(self.grid)
        mapping = found.mappings.get(sheet) or detect_mapping(self.grid, sheet)
        width = self.model.width
        for combo in self.role_combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", -1)
            for c in range(width):
                head = ""
                if mapping and mapping.header_row - 1 < len(self.grid):
                    row = self.grid[mapping.header_row - 1]
                    head = str(row[c]) if c < len(row) and row[c] is not None else ""
                combo.addItem(f"{column_letter(c)}  {head}".strip(), c)
            combo.blockSignals(False)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(mapping.header_row if mapping else 1)
        self.header_spin.blockSignals(False)
        if mapping:
            for role, c in mapping.columns.items():
                self.role_combos[role].setCurrentIndex(c + 1)
            self.decimal_combo.setCurrentIndex(0 if mapping.decimal == "," else 1)
        self.on_columns()

    def on_header(self) -> None:
        self.on_columns()

    def column(self, role: str) -> int | None:
        value = self.role_combos[role].currentData()
        return None if value is None or value < 0 else int(value)

    def level_texts(self) -> list[str]:
        c = self.column("level")
        if c is None:
            return []
        texts: dict[str, str] = {}
        for row in self.grid[self.header_spin.value() :]:
            if c < len(row) and row[c] not in (None, ""):
                texts.setdefault(normalize(row[c]), str(row[c]).strip())
        return list(texts.values())

    def on_columns(self) -> None:
        while self.levels.rowCount():
            self.levels.removeRow(0)
        self.level_combos = {}
        for text in self.level_texts()[:30]:
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ExcelImportWizard", "(not a level)"), "")
            for level in Level:
                combo.addItem(label(level, current_language()), level.value)
            guessed, _ = guess_level(text)
            if guessed is not None:
                combo.setCurrentIndex(list(Level).index(guessed) + 1)
            self.level_combos[normalize(text)] = combo
            self.levels.addRow(text[:40], combo)
        self.completeChanged.emit()

    def mapping(self) -> SheetMapping:
        columns = {r: c for r in ROLES if (c := self.column(r)) is not None}
        levels = {
            k: combo.currentData() for k, combo in self.level_combos.items() if combo.currentData()
        }
        sheet = self.sheet_combo.currentText()
        found = self.w.detection
        detected = found.mappings.get(sheet) if found else None
        return SheetMapping(
            sheet,
            self.header_spin.value(),
            columns,
            levels,
            detected.commitment_code if detected else "",
            detected.commitment_title if detected else "",
            self.decimal_combo.currentData(),
        )

    def isComplete(self) -> bool:
        return self.column("narrative") is not None or self.column("level") is not None

    def validatePage(self) -> bool:
        edited = self.mapping()
        found = self.w.detection
        others = [mp for s, mp in (found.mappings.items() if found else []) if s != edited.sheet]
        self.w.mappings = [edited, *others]  # the other recognised logframe sheets come along
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ExcelImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ExcelImportWizard", "Preview"))
        self.setSubTitle(
            QCoreApplication.translate("ExcelImportWizard", "Nothing has been written yet.")
        )
        self.model = CountsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # the counts fill the table's width, whatever the window's
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)  # long messages (old -> new texts) read in full
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)

    def initializePage(self) -> None:
        self.w.report = None
        self.model.set_report(None)
        self.problems.clear()
        self.summary.setText(
            QCoreApplication.translate("ExcelImportWizard", "Checking the workbook…")
        )
        self.w.run_task(
            QCoreApplication.translate("ExcelImportWizard", "Checking the workbook"),
            self.w.analyse_task,
            self.show_report,
        )

    def show_report(self, report: ImportReport | None) -> None:
        self.w.report = report
        self.model.set_report(report)
        self.problems.clear()
        lang = current_language()
        if report is None:
            self.summary.setText(
                QCoreApplication.translate(
                    "ExcelImportWizard", "The workbook could not be checked."
                )
            )
        else:
            for p in report.problems:
                self.problems.addItem(p.message(lang))
            for p in report.warnings:
                self.problems.addItem(
                    QCoreApplication.translate("ExcelImportWizard", "Warning: ") + p.message(lang)
                )
            if not report.problems:  # logframe rows re-worded, or no longer in the sheet
                for note in report.notes:
                    self.problems.addItem(note.message(lang))
            t = report.totals()
            if report.problems:
                self.summary.setText(
                    QCoreApplication.translate(
                        "ExcelImportWizard",
                        "%n problem(s): fix them in the workbook and try again; nothing will "
                        "be imported.",
                        "",
                        len(report.problems),
                    )
                )
            else:
                self.summary.setText(
                    QCoreApplication.translate(
                        "ExcelImportWizard", "{a} to add, {u} to update, {s} unchanged."
                    ).format(a=t.added, u=t.updated, s=t.unchanged)
                )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.w.report
        return report is not None and not report.problems


class ExcelImportWizard(QWizard):
    FILE, MAPPING, PREVIEW = 0, 1, 2

    def __init__(
        self,
        project: Project,
        run_task: RunTask,
        on_imported: Callable[[ImportReport], None] | None = None,
        parent: QWidget | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.run_task = run_task
        self.on_imported = on_imported
        self.detection: Detection | None = None
        self.mappings: list[SheetMapping] | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(QCoreApplication.translate("ExcelImportWizard", "Import from Excel"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.MAPPING, self.mapping_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            QCoreApplication.translate("ExcelImportWizard", "Import"),
        )
        self.currentIdChanged.connect(self._forget_mapping)
        self.resize(self.default_size())
        if path:
            self.file_page.path_edit.setText(path)

    def default_size(self) -> QSize:
        """Wide enough to see a sheet's columns, never taller than the screen (the buttons
        were off a 1280x800 screen)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        return QSize(min(980, int(screen.width() * 0.8)), min(700, int(screen.height() * 0.82)))

    def _forget_mapping(self, page_id: int) -> None:
        if page_id == self.FILE:
            self.mappings = None

    def choose_file(self) -> str:
        """Ask for a workbook (tests patch this)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ExcelImportWizard", "Import from Excel"),
            "",
            QCoreApplication.translate("ExcelImportWizard", "Excel workbooks (*.xlsx)"),
        )
        return path

    def _mappings(self) -> list[SheetMapping] | None:
        found = self.detection
        if found is None or found.kind == "matrix":
            return None
        return self.mappings

    def analyse_task(self, progress, cancelled) -> ImportReport:
        path = self.detection.path  # type: ignore[union-attr]
        _, report = analyse(self.project, path, self._mappings(), None, progress, cancelled)
        return report

    def import_task(self, progress, cancelled) -> ImportReport:
        path = self.detection.path  # type: ignore[union-attr]
        try:
            return import_workbook(
                self.project, path, False, self._mappings(), None, progress, cancelled
            )
        except ImportProblems as exc:  # the file changed since the preview
            if exc.report is not None:
                return exc.report  # type: ignore[return-value]
            raise

    def accept(self) -> None:
        self.run_task(
            QCoreApplication.translate("ExcelImportWizard", "Importing the workbook"),
            self.import_task,
            self._imported,
        )
        super().accept()

    def _imported(self, report: ImportReport | None) -> None:
        if report is not None and self.on_imported is not None:
            self.on_imported(report)
