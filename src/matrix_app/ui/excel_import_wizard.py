"""The import wizard: choose a workbook, map columns when needed, preview, then import.

Page by page: the file and what kind of workbook it is; for a sheet that is neither our own
workbook nor a recognised logframe (or to correct a recognised one), the mapping page
(``excel_import_mapping``); a preview of what would be added / updated / left alone and
every problem (an empty result cannot be imported, and says so); Finish imports through
``run_task`` (off the GUI thread, cancellable, all or nothing).

(It lives beside the other UI modules rather than in ``ui/dialogs/`` because ``ui/dialogs``
is the shell's module of patchable modal questions.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..messages import MatrixError, current_language
from ..services.excel.errors import ImportProblems
from ..services.excel.importing import Detection, ImportReport, analyse, detect, import_workbook
from ..services.project import Project
from .excel_import_mapping import MappingPage
from .excel_import_models import CountsModel, GridModel  # noqa: F401 - tests use them here
from .excel_import_reading import CANCELLED, read_in_background

RunTask = Callable[..., Any]


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
        self.asked = ""  # the path whose reading the page waits for
        self.path_edit.textChanged.connect(self.on_path)
        self.path_edit.editingFinished.connect(self.say_why_not)

    def browse(self) -> None:
        path = self.w.choose_file()
        if path:
            self.path_edit.setText(path)

    def on_path(self, text: str) -> None:
        self.w.detection = None
        self.kind_label.clear()
        self.asked = text.strip()
        path = Path(self.asked)
        if self.asked and path.is_file():
            self.kind_label.setText(
                QCoreApplication.translate("ExcelImportWizard", "Reading the workbook…")
            )
            asked = self.asked
            read_in_background(
                self.w,
                QCoreApplication.translate("ExcelImportWizard", "Reading the workbook"),
                lambda: detect(path),
                lambda found: self.show_detection(asked, found),
            )
        self.completeChanged.emit()

    def say_why_not(self) -> None:
        """A typed path that names no file says so once the typing is done (Enter or leaving
        the field), rather than leaving Next greyed without a word."""
        path = Path(self.asked)
        if not self.asked or path.is_file():
            return
        if path.is_dir():
            text = QCoreApplication.translate(
                "ExcelImportWizard", "{name} is a folder: choose a workbook in it (Browse…)."
            )
        else:
            text = QCoreApplication.translate(
                "ExcelImportWizard", "There is no file {name} there: check the name or use Browse…."
            )
        self.kind_label.setText(text.format(name=f"“{path.name or self.asked}”"))

    def show_detection(self, asked: str, found: Any) -> None:
        """What the workbook is, or why it is refused; a read of a path the user has since
        changed is dropped."""
        if asked != self.asked:
            return
        if found is CANCELLED:
            self.kind_label.setText(
                QCoreApplication.translate(
                    "ExcelImportWizard", "Not read: cancelled. Choose the workbook again."
                )
            )
        elif isinstance(found, MatrixError):
            self.kind_label.setText(found.message())
        else:
            self.w.detection = found
            self.kind_label.setText(self.describe(found))
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
            parent=self.w,  # the wizard is window-modal: its Cancel must be clickable
            on_cancel=self.cancelled,
        )

    def cancelled(self) -> None:
        self.summary.setText(
            QCoreApplication.translate(
                "ExcelImportWizard",
                "Not checked: cancelled. Press Back, then Next, to check again.",
            )
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
            elif not t.added and not t.updated:
                self.summary.setText(
                    QCoreApplication.translate(
                        "ExcelImportWizard",
                        "Nothing to import: the workbook would add or change nothing "
                        "({s} unchanged). Check the sheet and the columns on the previous page.",
                    ).format(s=t.unchanged)
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
        if report is None or report.problems:
            return False
        t = report.totals()
        return bool(t.added or t.updated)  # an empty result is never written unsaid


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
        self.mappings: list[Any] | None = None  # SheetMapping or formats.base.Match
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
            QCoreApplication.translate(
                "ExcelImportWizard", "Spreadsheets: Excel or LibreOffice (*.xlsx *.ods)"
            ),
        )
        return path

    def _mappings(self) -> list[Any] | None:
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
