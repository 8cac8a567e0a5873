"""File menu actions for Excel: export, import (wizard) and a blank template.

Export and template run through ``window.run_task`` (off the GUI thread, with progress and
Cancel); import opens the wizard, which does the same. File questions go through module
functions (``ask_save_path``, ``show_wizard``) that tests patch, so no test reaches a real
modal dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...domain.file_names import derived_name
from ...messages import current_language


def tr(text: str) -> str:
    return QCoreApplication.translate("ExcelActions", text)


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to write a workbook ("" when the user cancels). Tests patch this."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        suggested,
        QCoreApplication.translate("ExcelActions", "Excel workbooks (*.xlsx)"),
    )
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path


def show_wizard(wizard: Any) -> None:
    """Show the import wizard (window-modal, not blocking). Tests patch this."""
    wizard.open()


def inform(parent: QWidget, title: str, text: str) -> None:
    """A short notice after a finished task. Tests patch this."""
    QMessageBox.information(parent, title, text)


def offer_open(parent: QWidget, title: str, text: str) -> bool:
    """ "Written: …" with Open and Close buttons, as the PDF report has. Tests patch this."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open


def open_file(path: str) -> bool:
    """Open a written workbook in the program the desktop uses for it. Tests patch this."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def written(parent: QWidget, title: str, path: str) -> None:
    """Say where the workbook went and offer to open it."""
    text = QCoreApplication.translate(
        "ExcelActions", "The workbook was saved as {path}. Open it now?"
    ).format(path=path)
    if offer_open(parent, title, text):
        open_file(path)


class ExcelActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(
            QCoreApplication.translate("ExcelActions", "E&xport to Excel…"), window
        )
        self.export_action.setStatusTip(
            QCoreApplication.translate(
                "ExcelActions",
                "Write the project to a workbook, with a printable logframe per commitment",
            )
        )
        self.import_action = QAction(
            QCoreApplication.translate("ExcelActions", "&Import from Excel…"), window
        )
        self.import_action.setStatusTip(
            QCoreApplication.translate(
                "ExcelActions",
                "Bring in a workbook: an export, a template, a logframe matrix or any sheet",
            )
        )
        self.template_action = QAction(
            QCoreApplication.translate("ExcelActions", "New Excel &template…"), window
        )
        self.template_action.setStatusTip(
            QCoreApplication.translate(
                "ExcelActions",
                "A blank workbook that focal points can fill in without the application",
            )
        )
        self.export_action.triggered.connect(self.export)
        self.import_action.triggered.connect(self.import_)
        self.template_action.triggered.connect(self.template)
        menu = window.file_menu
        menu.addSeparator()
        for action in (self.import_action, self.export_action, self.template_action):
            menu.addAction(action)
        signal = getattr(window, "document_changed", None)
        if signal is not None:
            signal.connect(lambda *_: self.update_enabled())
        self.wizard = None
        self.update_enabled()

    @property
    def document(self):
        return getattr(self.window, "document", None)

    def update_enabled(self) -> None:
        doc = self.document
        self.export_action.setEnabled(doc is not None)
        self.import_action.setEnabled(doc is not None and not doc.read_only)

    def _stem(self) -> str:
        doc = self.document
        return doc.project.path.stem if doc is not None else "matrix"

    def export(self) -> None:
        doc = self.document
        if doc is None:
            return
        path = ask_save_path(
            self.window,
            QCoreApplication.translate("ExcelActions", "Export to Excel"),
            derived_name(self._stem(), ".xlsx"),
        )
        if not path:
            return
        from ...services.excel.export import export_workbook

        project, lang = doc.project, current_language()

        def work(progress, cancelled):
            return export_workbook(project, Path(path), lang, progress, cancelled)

        def done(counts):
            if counts is not None:
                written(
                    self.window, QCoreApplication.translate("ExcelActions", "Export to Excel"), path
                )

        self.window.run_task(
            QCoreApplication.translate("ExcelActions", "Exporting to Excel"), work, done
        )

    def template(self) -> None:
        path = ask_save_path(
            self.window,
            QCoreApplication.translate("ExcelActions", "New Excel template"),
            QCoreApplication.translate("ExcelActions", "template") + ".xlsx",
        )
        if not path:
            return
        from ...services.excel.template import write_template

        doc = self.document
        project = doc.project if doc is not None else None
        lang = current_language()

        def work(progress, cancelled):
            return write_template(Path(path), lang, project)

        def done(result):
            if result is not None:
                written(
                    self.window,
                    QCoreApplication.translate("ExcelActions", "New Excel template"),
                    path,
                )

        self.window.run_task(
            QCoreApplication.translate("ExcelActions", "Writing the template"), work, done
        )

    def import_(self) -> None:
        doc = self.document
        if doc is None or doc.read_only:
            return
        from ..excel_import_wizard import ExcelImportWizard

        self.wizard = ExcelImportWizard(
            doc.project, self.window.run_task, self.imported, parent=self.window
        )
        show_wizard(self.wizard)

    def imported(self, report) -> None:
        doc = self.document
        if doc is not None:
            doc.notify("*")  # every view reloads what it shows
        lang = current_language()
        t = report.totals()
        if report.problems:
            text = "\n".join(p.message(lang) for p in report.problems[:20])
        else:
            text = QCoreApplication.translate(
                "ExcelActions", "{a} added, {u} updated, {s} unchanged."
            ).format(a=t.added, u=t.updated, s=t.unchanged)
        inform(self.window, QCoreApplication.translate("ExcelActions", "Import from Excel"), text)


def install(window: Any) -> ExcelActions:
    """Add the Excel actions to ``window.file_menu`` (see ``ui.actions``)."""
    actions = ExcelActions(window)
    window.excel_actions = actions
    return actions
