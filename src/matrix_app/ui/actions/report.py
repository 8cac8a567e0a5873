"""File > Export report...: choose plan, kind, language and file, then build it off the GUI thread.

The file may be a PDF or an editable Word document (.docx): the save dialog offers both and
the extension decides (``services.report.report_format``).

The report itself is built by ``services.report``; this module only asks the questions and
hands the work to ``window.run_task`` (progress dialog with Cancel). Every modal step is a
method tests can patch (``exec_dialog``, ``choose_file``, ``ask_open``, ``open_file``, ``inform``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.file_names import derived_name, fit_path
from ...domain.rules import latest_plan
from ...messages import current_language
from .. import formatting
from .report_options import ReportOptionsBox, ReportProfileBox
from .report_profile_edit import ProfileEdit, profile_of

#: Most of the screen's width the "Save as" field grows to for a long path.
PATH_SHARE = 0.75
#: Room in the field around the text (frame, margins, cursor).
PATH_PADDING = 24


class ReportDialog(QDialog):
    """Which plan, which self-assessment, which language, and where to save the PDF."""

    def __init__(
        self,
        plans: list[tuple[str, str]],
        folder: Path,
        stem: str,
        lang: str = "en",
        parent: QWidget | None = None,
        settings: Callable[[str, QWidget], None] | None = None,
        profiles: dict[str, dict] | None = None,
        texts: Callable[[str, str, QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._profiles = profiles or {}
        self.setWindowTitle(self.tr("Export report"))
        self._folder = folder
        self._stem = stem
        self._path_edited = False
        self._suffix = ".pdf"

        self.plan = QComboBox()
        for plan_id, title in plans:
            self.plan.addItem(title or self.tr("(untitled plan)"), plan_id)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Mid-term self-assessment"), "mid_term")
        self.kind.addItem(self.tr("End-of-term self-assessment"), "end_of_term")
        self.lang = QComboBox()
        self.lang.addItem("Español", "es")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if lang == "es" else 1)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        # the locale's way, as every other date in the window ("1 dic 2026", "1 Dec 2026")
        self.date.setLocale(QLocale())
        self.date.setDisplayFormat(formatting.DATE_FORMAT)
        self.date.setToolTip(
            self.tr("The report's date; schedules and statuses are computed at it")
        )
        self.path = QLineEdit()
        self.path.setMinimumWidth(340)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)

        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan, 1)
        self.settings_button = QPushButton(self.tr("Report &settings…"))
        self.settings_button.setToolTip(
            self.tr("Issuing body, cover text, logo and sections of this plan's report")
        )
        self.settings_button.setVisible(settings is not None)
        if settings is not None:
            self.settings_button.clicked.connect(lambda: settings(self.plan.currentData(), self))
        plan_row.addWidget(self.settings_button)
        from ..plan import report_text_names as report_texts

        self.texts_button = QPushButton(report_texts.open_text())
        self.texts_button.setToolTip(report_texts.open_tip())
        self.texts_button.setVisible(texts is not None)
        if texts is not None:
            self.texts_button.clicked.connect(
                lambda: texts(self.plan.currentData(), self.kind.currentData(), self)
            )
        plan_row.addWidget(self.texts_button)

        form = QFormLayout()
        form.addRow(self.tr("Action plan"), plan_row)
        form.addRow(self.tr("Kind of report"), self.kind)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Date of the report"), self.date)
        form.addRow(self.tr("Save as"), row)
        self.options = ReportOptionsBox()
        self.profile = ReportProfileBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Build report"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        columns = QHBoxLayout()
        columns.addWidget(self.options)
        columns.addWidget(self.profile, 1)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)

        self._suggest()
        self.path.textEdited.connect(self._edited)
        self.path.textChanged.connect(self._update_ok)
        self.path.textChanged.connect(self.path.setToolTip)
        self.kind.currentIndexChanged.connect(self._suggest)
        self.kind.currentIndexChanged.connect(
            lambda: self.options.set_kind(self.kind.currentData())
        )
        self.plan.currentIndexChanged.connect(self._load_profile)
        self._load_profile()
        self.lang.currentIndexChanged.connect(self._suggest)
        self._update_ok()

    def reload_profile(self, plan_id: str, saved: dict) -> None:
        self._profiles[plan_id] = saved
        if self.plan.currentData() == plan_id:
            self._load_profile()

    def _load_profile(self) -> None:
        """Show the chosen plan's saved cover, consultation dates and parts."""
        saved = self._profiles.get(self.plan.currentData(), {})
        self.profile.load(saved)
        self.options.choose(saved.get("sections") or None)

    # -- file name ------------------------------------------------------------------------
    def suggested_path(self) -> Path:
        kind = "medio-termino" if self.kind.currentData() == "mid_term" else "termino"
        if self.lang.currentData() == "en":
            kind = "mid-term" if self.kind.currentData() == "mid_term" else "end-of-term"
        name = derived_name(self._stem, f"-{kind}-{self.lang.currentData()}.pdf")
        return Path(fit_path(self._folder, name))

    def _suggest(self) -> None:
        if not self._path_edited:
            self._show_path(str(self.suggested_path()))

    def _show_path(self, text: str) -> None:
        """Show ``text`` in the field, wide enough for it (up to most of the screen) and,
        when it is still too long, scrolled to its end: the file name is what matters."""
        self.path.setText(text)
        self.path.setToolTip(text)
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        wanted = self.path.fontMetrics().horizontalAdvance(text) + PATH_PADDING
        self.path.setMinimumWidth(max(340, min(wanted, round(screen * PATH_SHARE))))
        self.path.setCursorPosition(len(text))

    def _edited(self) -> None:
        self._path_edited = True

    def _update_ok(self) -> None:
        name = self.path.text().strip()
        ok = bool(name) and name.lower().endswith((".pdf", ".docx")) and self.plan.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choose_file(self, start: str) -> str:
        """The save dialog (patched in tests); returns "" when cancelled."""
        pdf = self.tr("PDF documents (*.pdf)")
        word = self.tr("Word documents (*.docx)")
        chosen = word if start.lower().endswith(".docx") else pdf
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save report as"), start, f"{pdf};;{word}", chosen
        )
        self._suffix = ".docx" if chosen == word else ".pdf"
        return name

    def _browse(self) -> None:
        self._suffix = ".pdf"
        name = self.choose_file(self.path.text())
        if name:
            if not name.lower().endswith((".pdf", ".docx")):
                name += self._suffix
            self._path_edited = True
            self._show_path(name)

    # -- result ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        d = self.date.date()
        return {
            "plan_id": self.plan.currentData(),
            "kind": self.kind.currentData(),
            "lang": self.lang.currentData(),
            "when": dt.date(d.year(), d.month(), d.day()),
            "out": Path(self.path.text().strip()),
            "sections": self.options.sections(),
            "draft": self.options.draft.isChecked(),
            "profile": self.profile.values(),
            "logo_file": self.profile.logo_file,
            "logo_removed": self.profile.logo_removed,
        }


class ReportAction(QObject):
    """The menu action and what happens when it is chosen."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Export r&eport…"), window)
        self.action.setStatusTip(
            self.tr(
                "Write the self-assessment report of an action plan as a PDF or a Word "
                "document, in Spanish or English"
            )
        )
        self.action.triggered.connect(self.run)
        window.file_menu.addAction(self.action)
        signal = getattr(window, "document_changed", None)
        if signal is not None:
            signal.connect(self._document_changed)
        self._document_changed(getattr(window, "document", None))

    def _document_changed(self, document: object) -> None:
        self.action.setEnabled(document is not None)

    # -- patchable modal steps -----------------------------------------------------------
    def exec_dialog(self, dialog: ReportDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def inform(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("Export report"), text)

    def ask_open(self, text: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Report ready"),
            text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        return answer == QMessageBox.StandardButton.Open

    def open_file(self, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- the action -----------------------------------------------------------------------
    def make_dialog(self) -> ReportDialog | None:
        from ...domain import models as m

        document = self.window.document
        if document is None:
            return None
        project = document.project
        rows = project.rows(m.ActionPlan)
        latest = latest_plan(rows)
        # the latest plan first: it is the one being reported on
        rows.sort(key=lambda p: p is not latest)
        plans = [(p.id, p.title) for p in rows]
        if not plans:
            self.inform(self.tr("This project has no action plan to report on yet."))
            return None
        path = Path(project.path)
        profiles = {pid: profile_of(project, pid) for pid, _ in plans}
        return ReportDialog(
            plans,
            path.parent,
            path.stem,
            current_language(),
            self.window,
            self.edit_settings,
            profiles,
            self.edit_texts,
        )

    def edit_settings(self, plan_id: str, parent: QWidget) -> None:
        """The plan's report settings, over the report dialog (saved as they are changed);
        the dialog's own cover box then shows what was saved, so building the report does
        not write the old values back."""
        from .. import dialogs
        from ..plan.report_profile import ReportProfileDialog

        dialog = ReportProfileDialog(self.window.document, plan_id, parent)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        if isinstance(parent, ReportDialog):
            parent.reload_profile(plan_id, profile_of(self.window.document.project, plan_id))

    def edit_texts(self, plan_id: str, kind: str, parent: QWidget) -> None:
        """The plan's report texts of ``kind``'s report, over the report dialog (each text
        saved as it is written; the report built next reads them from the file)."""
        from .. import dialogs
        from ..plan.report_texts import ReportTextsDialog

        dialog = ReportTextsDialog(self.window.document, plan_id, parent, kind)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def run(self) -> None:
        dialog = self.make_dialog()
        if dialog is None:
            return
        try:
            if not self.exec_dialog(dialog):
                return
            values = dialog.values()
        finally:
            dialog.deleteLater()
        self.start(**values)

    def start(
        self,
        plan_id: str,
        kind: str,
        lang: str,
        when: dt.date,
        out: Path,
        sections: frozenset[str] | None = None,
        draft: bool = False,
        profile: dict | None = None,
        logo_file: str | None = None,
        logo_removed: bool = False,
    ) -> None:
        from ...services.report import ReportOptions, write_report

        document = self.window.document
        project = document.project
        if profile is not None and not document.read_only:
            fields = dict(profile)
            if sections is not None:
                fields["sections"] = ";".join(sorted(sections))  # remembered for the plan
            edit = ProfileEdit(
                document,
                plan_id,
                fields,
                logo_file,
                logo_removed,
                self.tr("Report settings"),
            )
            if not document.push(edit):
                return  # the document said why (e.g. the logo is not an image)
        options = ReportOptions(
            lang=lang, kind=kind, plan_id=plan_id, when=when, sections=sections, draft=draft
        )

        def work(progress, cancelled):
            return write_report(project, out, options, progress, cancelled)

        self.window.run_task(self.tr("Building the report…"), work, self.finished)

    def finished(self, result: Any) -> None:
        if result is None or getattr(result, "path", None) is None:
            return
        if Path(result.path).suffix.lower() == ".docx":
            text = self.tr("The report was saved as {path}. Open it now?").format(path=result.path)
        else:
            text = self.tr(
                "The report was saved as {path} (%n page(s)). Open it now?", "", result.pages
            ).format(path=result.path)
        if self.ask_open(text):
            self.open_file(result.path)


def install(window: Any) -> None:
    """Add File > Export report... to the main window."""
    window.report_action = ReportAction(window)
