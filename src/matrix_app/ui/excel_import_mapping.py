"""The import wizard's mapping page: the sheet in a table, what it was recognised as, a
column picker per role (showing the header's text), a level picker per level text, and what
the selected rows are - skipped, or section rows naming a level ("these rows are levels").

A donor format (DFID, World Bank, USAID, OGP follow-up) is read by its own module exactly as
the command line reads it unless the user unticks "Read this sheet as recognised"; rows
marked skip are left out (and listed) either way.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..domain.vocabulary import Level, label
from ..messages import MatrixError, current_language
from ..services.excel.header_guess import guess_header
from ..services.excel.importing import sheet_rows
from ..services.excel.logframe import (
    ROLE_LABELS,
    ROLES,
    SheetMapping,
    commitment_heading,
    detect_mapping,
    guess_level,
)
from ..services.excel.logframe_words import labelled_institution
from ..services.excel.parse import normalize
from .excel_import_models import GridModel, column_letter, recognition_text
from .excel_import_reading import CANCELLED, read_in_background
from .excel_import_roles import column_role_names, marks_text

if TYPE_CHECKING:
    from .excel_import_wizard import ExcelImportWizard


class MappingPage(QWizardPage):
    def __init__(self, wizard: ExcelImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.grid: list[list[Any]] = []
        self.reading: str | None = None  # the sheet whose rows the page waits for
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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.format_label = QLabel()  # what the sheet was recognised as
        self.format_label.setWordWrap(True)
        self.as_recognised = QCheckBox(
            QCoreApplication.translate("ExcelImportWizard", "Read this sheet as recognised")
        )
        self.as_recognised.toggled.connect(self.on_recognised)
        self.row_combo = QComboBox()  # what the selected rows are
        self.row_combo.addItem(
            QCoreApplication.translate("ExcelImportWizard", "Read as they are"), ""
        )
        self.row_combo.addItem(
            QCoreApplication.translate("ExcelImportWizard", "Skip (not imported)"), "skip"
        )
        for level in Level:
            self.row_combo.addItem(
                QCoreApplication.translate("ExcelImportWizard", "A section row: {level}").format(
                    level=label(level, current_language())
                ),
                level.value,
            )
        self.row_apply = QPushButton(
            QCoreApplication.translate("ExcelImportWizard", "Apply to the selected rows")
        )
        self.row_apply.clicked.connect(self.apply_to_rows)
        self.rows_label = QLabel()
        self.rows_label.setWordWrap(True)
        self.marks: dict[str, dict[int, str]] = {}  # sheet -> 1-based row -> skip / level
        self.donor = False  # the sheet on show is a donor format (read by its own module)
        self.role_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExcelImportWizard", "Sheet"), self.sheet_combo)
        form.addRow(QCoreApplication.translate("ExcelImportWizard", "Header row"), self.header_spin)
        role_names = column_role_names()
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
        # the roles and the levels scroll, so the wizard fits a 1280x800 screen
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side_scroll.setWidget(side_box)
        self.side_scroll.setMinimumWidth(side_box.sizeHint().width() + 24)
        rows_line = QHBoxLayout()
        rows_line.addWidget(
            QLabel(QCoreApplication.translate("ExcelImportWizard", "Selected rows"))
        )
        rows_line.addWidget(self.row_combo, 1)
        rows_line.addWidget(self.row_apply)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(rows_line)
        left.addWidget(self.rows_label)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.side_scroll, 2)
        self.error_label = QLabel()  # why the sheet cannot be shown, in the engine's words
        self.error_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.format_label)
        layout.addWidget(self.as_recognised)
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
        """Read the sheet's first rows off the GUI thread; ``show_sheet`` fills the page."""
        found = self.w.detection
        if not sheet or found is None:
            return
        self.reading = sheet
        self.grid = []
        self.model.set_rows([])
        self.error_label.setText(
            QCoreApplication.translate("ExcelImportWizard", "Reading the sheet…")
        )
        self.completeChanged.emit()
        path = found.path
        read_in_background(
            self.w,
            QCoreApplication.translate("ExcelImportWizard", "Reading the sheet"),
            lambda: sheet_rows(path, sheet, limit=2000),
            lambda got: self.show_sheet(sheet, got),
        )

    def show_sheet(self, sheet: str, got: Any) -> None:
        """The sheet in the table and its columns in the pickers; a read of a sheet the
        user has since left is dropped."""
        found = self.w.detection
        if sheet != self.reading or found is None:
            return
        self.reading = None
        self.error_label.clear()
        if got is CANCELLED:
            got = []
            self.error_label.setText(
                QCoreApplication.translate(
                    "ExcelImportWizard", "Not read: cancelled. Pick the sheet again."
                )
            )
        elif isinstance(got, MatrixError):  # refused (too big, damaged) or changed since
            self.error_label.setText(got.message())
            got = []
        self.grid = got
        self.model.set_rows(self.grid)
        self.model.set_marks(self.marks.setdefault(sheet, {}))
        mapping = found.mappings.get(sheet) or detect_mapping(self.grid, sheet)
        guessed = mapping is None and (mapping := guess_header(self.grid, sheet)) is not None
        match = found.matches.get(sheet)
        width = self.model.width
        for combo in self.role_combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", -1)
            for c in range(width):
                combo.addItem(f"{column_letter(c)}  {self.header_text(mapping, c)}".strip(), c)
            combo.blockSignals(False)
        donor = self.donor = match is not None and "mapping" not in match.data
        self.format_label.setText(recognition_text(match, guessed))
        self.as_recognised.blockSignals(True)
        self.as_recognised.setVisible(donor)
        self.as_recognised.setChecked(donor)
        self.as_recognised.blockSignals(False)
        self.on_recognised()
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(mapping.header_row if mapping else 1)
        self.header_spin.blockSignals(False)
        if mapping:
            for role, c in mapping.columns.items():
                self.role_combos[role].setCurrentIndex(c + 1)
            self.decimal_combo.setCurrentIndex(0 if mapping.decimal == "," else 1)
        self.on_columns()

    def header_text(self, mapping: SheetMapping | None, c: int) -> str:
        """A column's header as the sheet writes it (both rows of a two-row header; the
        header row picked here when the sheet was not recognised)."""
        last = (mapping.header_row if mapping else self.header_spin.value()) - 1
        parts = []
        for r in range(last - (mapping.header_rows if mapping else 1) + 1, last + 1):
            row = self.grid[r] if 0 <= r < len(self.grid) else []
            if c < len(row) and row[c] not in (None, ""):
                parts.append(" ".join(str(row[c]).split()))
        return " / ".join(parts)

    def on_recognised(self) -> None:
        """Reading a donor format as recognised leaves nothing to map (only rows to skip)."""
        keep = self.recognised()
        for combo in [*self.role_combos.values(), self.decimal_combo]:
            combo.setEnabled(not keep)
        self.header_spin.setEnabled(not keep)
        for i in range(2, self.row_combo.count()):  # section rows are for column matrices
            item = self.row_combo.model().item(i)
            item.setEnabled(not keep)
        self.completeChanged.emit()

    def recognised(self) -> bool:
        return self.donor and self.as_recognised.isChecked()

    def apply_to_rows(self) -> None:
        """Mark the selected rows (skip, a section row of a level, or as they are)."""
        marks = self.marks.setdefault(self.sheet_combo.currentText(), {})
        what = self.row_combo.currentData()
        for index in self.table.selectionModel().selectedRows():
            if what:
                marks[index.row() + 1] = what
            else:
                marks.pop(index.row() + 1, None)
        self.model.set_marks(marks)
        self.show_marks()

    def show_marks(self) -> None:
        self.rows_label.setText(marks_text(self.marks.get(self.sheet_combo.currentText(), {})))

    def on_header(self) -> None:
        found = self.w.detection
        sheet = self.sheet_combo.currentText()
        if found is not None and sheet not in found.mappings:  # the pickers name this row's
            for combo in self.role_combos.values():
                for i in range(1, combo.count()):
                    c = combo.itemData(i)
                    combo.setItemText(i, f"{column_letter(c)}  {self.header_text(None, c)}".strip())
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
        self.show_marks()
        self.completeChanged.emit()

    def mapping(self) -> SheetMapping:
        columns = {r: c for r in ROLES if (c := self.column(r)) is not None}
        levels = {
            k: combo.currentData() for k, combo in self.level_combos.items() if combo.currentData()
        }
        sheet = self.sheet_combo.currentText()
        found = self.w.detection
        detected = found.mappings.get(sheet) if found else None
        marks = self.marks.get(sheet, {})
        above = self.grid[: self.header_spin.value() - 1]
        code, title = (
            (detected.commitment_code, detected.commitment_title)
            if detected
            else commitment_heading(above, sheet)
        )
        same_header = detected is not None and detected.header_row == self.header_spin.value()
        return SheetMapping(
            sheet,
            self.header_spin.value(),
            columns,
            levels=levels,
            commitment_code=code,
            commitment_title=title,
            commitment_institution=detected.commitment_institution
            if same_header else labelled_institution(above)[0],
            decimal=self.decimal_combo.currentData(),
            header_rows=detected.header_rows if same_header else 1,
            skip_rows=tuple(r for r, v in sorted(marks.items()) if v == "skip"),
            row_levels={r: v for r, v in marks.items() if v != "skip"},
            series=detected.series if same_header else {},
            current_date=detected.current_date if same_header else None,
            level=detected.level
            if same_header and "level" not in columns
            and columns.get("narrative") == detected.columns.get("narrative")
            else None,
        )  # fmt: skip

    def isComplete(self) -> bool:
        if self.reading is not None:
            return False
        if self.recognised():
            return True
        return self.column("narrative") is not None or self.column("level") is not None

    def validatePage(self) -> bool:
        """The sheet on show as mapped here (or as recognised, with its skipped rows); every
        other recognised sheet as the command line reads it."""
        found = self.w.detection
        sheet = self.sheet_combo.currentText()
        match = found.matches.get(sheet) if found else None
        if self.recognised() and match is not None:
            skip = tuple(r for r, v in sorted(self.marks.get(sheet, {}).items()) if v == "skip")
            edited: Any = dataclasses.replace(match, data={**match.data, "skip_rows": skip})
        else:
            edited = self.mapping()
        others = [
            found.mappings.get(s) or mt for s, mt in (found.matches.items() if found else [])
            if s != sheet
        ]  # fmt: skip
        self.w.mappings = [edited, *others]
        return True
