"""Links as evidence: what counts as a web address, and the dialog that asks for one."""

from __future__ import annotations

from urllib.parse import urlparse

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


def valid_url(text: str) -> bool:
    """An http(s) address with a host: what a reader can open in a browser."""
    parsed = urlparse(text.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and " " not in text.strip()


class LinkDialog(QDialog):
    """Title and address of a link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add link"))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title of the link"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(self.tr("Web address"))
        self.url.setMinimumWidth(380)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Address:"), self.url)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str] | None:
        url = self.url.text().strip()
        if not valid_url(url):
            self.problem.setText(
                self.tr("Enter a web address that starts with http:// or https://.")
            )
            return None
        return self.title.text().strip() or url, url

    def accept(self) -> None:
        if self.values() is not None:
            super().accept()
