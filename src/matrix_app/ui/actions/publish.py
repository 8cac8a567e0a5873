"""File > Publish website...: choose a folder, languages, plans and what private fields to
include, then build the site off the GUI thread (progress, Cancel) and offer to open it.

The site is built by ``services.publish``; every modal step is a method tests can patch
(``exec_dialog``, ``choose_folder``, ``ask_open``, ``open_in_browser``, ``inform``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.file_names import derived_name, fit_path
from ...messages import current_language


class PublishDialog(QDialog):
    """Where to publish, in which languages, which plans, and what private fields."""

    def __init__(
        self,
        plans: list[tuple[str, str]],
        folder: Path,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish website"))
        self.folder = QLineEdit(str(folder))
        self.folder.setMinimumWidth(340)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.plan = QComboBox()
        self.plan.addItem(self.tr("All action plans"), None)
        for plan_id, title in plans:
            self.plan.addItem(title or self.tr("(untitled plan)"), plan_id)
        self.lang_es = QCheckBox("Español")
        self.lang_en = QCheckBox("English")
        self.lang_es.setChecked(True)
        self.lang_en.setChecked(True)
        self._first = lang if lang in ("es", "en") else "en"
        langs = QHBoxLayout()
        langs.addWidget(self.lang_es)
        langs.addWidget(self.lang_en)
        langs.addStretch(1)

        private = QGroupBox(self.tr("Also publish (private by default)"))
        self.emails = QCheckBox(self.tr("Focal points' e-mail addresses"))
        self.notes = QCheckBox(self.tr("Internal notes (plan, IRM and evidence notes)"))
        self.quality = QCheckBox(self.tr("Matrix quality findings"))
        self.authors = QCheckBox(self.tr("Who made the last change (author names)"))
        self.consultation = QCheckBox(
            self.tr("The public consultation's comments and responses (not their authors)")
        )
        box = QVBoxLayout(private)
        for w in (self.emails, self.notes, self.quality, self.authors, self.consultation):
            box.addWidget(w)
        self.reports = QCheckBox(
            self.tr("The self-assessment reports as PDF files (each plan, each period)")
        )
        self.force = QCheckBox(self.tr("Publish even if the folder holds other files (kept)"))

        form = QFormLayout()
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Action plans"), self.plan)
        form.addRow(self.tr("Languages"), langs)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Publish"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(private)
        layout.addWidget(self.reports)
        layout.addWidget(self.force)
        layout.addWidget(self.buttons)
        for w in (self.lang_es, self.lang_en):
            w.toggled.connect(self._update_ok)
        self.folder.textChanged.connect(self._update_ok)
        self._update_ok()

    def choose_folder(self, start: str) -> str:
        """The folder dialog (patched in tests); returns "" when cancelled."""
        return QFileDialog.getExistingDirectory(self, self.tr("Publish the website into"), start)

    def _browse(self) -> None:
        name = self.choose_folder(self.folder.text())
        if name:
            self.folder.setText(name)

    def _update_ok(self) -> None:
        ok = bool(self.folder.text().strip()) and bool(self.langs())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def langs(self) -> tuple[str, ...]:
        chosen = [c for c, box in (("es", self.lang_es), ("en", self.lang_en)) if box.isChecked()]
        chosen.sort(key=lambda c: c != self._first)  # the user's language is the default
        return tuple(chosen)

    def values(self) -> dict[str, Any]:
        from ...services.publish import Privacy

        plan = self.plan.currentData()
        return {
            "out": Path(self.folder.text().strip()),
            "langs": self.langs(),
            "plan_ids": (plan,) if plan else (),
            "privacy": Privacy(
                emails=self.emails.isChecked(),
                notes=self.notes.isChecked(),
                quality=self.quality.isChecked(),
                authors=self.authors.isChecked(),
                consultation=self.consultation.isChecked(),
            ),
            "force": self.force.isChecked(),
            "reports": self.reports.isChecked(),
        }


class PublishAction(QObject):
    """The menu action and what happens when it is chosen."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Publish &website…"), window)
        self.action.setStatusTip(
            self.tr("Write the monitoring as a static website with open data, in a folder")
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
    def exec_dialog(self, dialog: PublishDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def inform(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("Publish website"), text)

    def ask_open(self, text: str) -> bool:
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Website published"))
        box.setText(text)
        open_button = box.addButton(self.tr("Open in browser"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        return box.clickedButton() is open_button

    def open_in_browser(self, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- the action -----------------------------------------------------------------------
    def make_dialog(self) -> PublishDialog | None:
        from ...domain import models as m

        document = self.window.document
        if document is None:
            return None
        project = document.project
        plans = [(p.id, p.title) for p in project.rows(m.ActionPlan)]
        if not plans:
            self.inform(self.tr("This project has no action plan to publish yet."))
            return None
        path = Path(project.path)
        folder = Path(fit_path(path.parent, derived_name(path.stem, "-site")))
        return PublishDialog(plans, folder, current_language(), self.window)

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
        self, out: Path, langs, plan_ids, privacy, force: bool, reports: bool = False
    ) -> None:
        from ...services.publish import PublishOptions, publish_site

        project = self.window.document.project
        options = PublishOptions(
            langs=langs, plan_ids=plan_ids, privacy=privacy, force=force, reports=reports
        )

        def work(progress, cancelled):
            return publish_site(project, out, options, progress, cancelled)

        self.window.run_task(self.tr("Publishing the website…"), work, self.finished)

    def finished(self, result: Any) -> None:
        if result is None or getattr(result, "home", None) is None:
            return
        text = self.tr(
            "The website was published in {folder}: {pages} pages, {written} files written, "
            "{removed} removed."
        ).format(
            folder=result.out, pages=result.pages, written=result.written, removed=result.removed
        )
        if result.files_undecided:
            text += "\n\n" + self.tr(
                "%n evidence file(s) were not published: nobody has marked them public yet "
                "(mark them in the commitment's evidence list).",
                "",
                result.files_undecided,
            )
        if result.evidence_internal:
            text += "\n\n" + self.tr(
                "%n evidence item(s) marked internal were not published.",
                "",
                result.evidence_internal,
            )
        if self.ask_open(text):
            self.open_in_browser(result.home)


def install(window: Any) -> None:
    """Add File > Publish website... to the main window."""
    window.publish_action = PublishAction(window)
