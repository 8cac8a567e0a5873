"""Preferences: the author name for the change journal and the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.author import resolve_author
from .settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))

        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText(resolve_author(None))
        self.author.setAccessibleName(self.tr("Author name"))
        self.author.setToolTip(self.tr("Written to the change history of every edit you make."))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, text in (
            ("", self.tr("System default")),
            ("en", "English"),
            ("es", "Español"),
        ):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        form = QFormLayout()
        author_label = QLabel(self.tr("&Author name:"))
        author_label.setBuddy(self.author)
        language_label = QLabel(self.tr("Interface &language:"))
        language_label.setBuddy(self.language)
        form.addRow(author_label, self.author)
        form.addRow(language_label, self.language)
        self.note = QLabel(self.tr("A new language takes effect when the application restarts."))
        self.note.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setTabOrder(self.author, self.language)
        self.setTabOrder(self.language, buttons)

    def language_changed(self) -> bool:
        return self.language.currentData() != self.settings.language

    def apply(self) -> None:
        """Store what the dialog shows (called after OK)."""
        self.settings.author = self.author.text()
        self.settings.language = self.language.currentData()
        self.settings.sync()
