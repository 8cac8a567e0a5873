"""The banner over a read-only project: says why, and offers an editable copy."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..messages import current_language
from ..storage.errors import read_only_reason


class ReadOnlyBanner(QFrame):
    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff3cd; border: 1px solid #e0c36a; border-radius: 3px; }"
            "#readOnlyBanner QLabel { color: #5c4400; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Save an &editable copy…"))
        self.button.setAccessibleName(self.tr("Save an editable copy"))
        self.button.clicked.connect(self.save_copy_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_reason(self, why: str | None) -> None:
        """Show the banner for ``why`` (a READ_ONLY_WHY key), or hide it for None."""
        if why is None:
            self.hide()
            return
        reason = read_only_reason(why, current_language())
        self.label.setText(
            self.tr(
                "Read-only: {reason}. You can look at everything, but changes cannot be saved."
            ).format(reason=reason)
        )
        self.setAccessibleName(self.label.text())
        self.show()
