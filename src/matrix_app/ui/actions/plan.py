"""Tools > Consultation comments…, Report settings… and Report texts… of the plan selected in the
project tree (the latest plan when a commitment or nothing is selected there is its plan
or the latest one). The same windows open from the tree's context menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


class PlanActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.consultation = QAction(self.tr("Co&nsultation comments…"), window)
        self.consultation.setStatusTip(
            self.tr("Comments received in the public consultation of the plan's report")
        )
        self.consultation.triggered.connect(lambda: self._open("open_consultation"))
        self.report_settings = QAction(self.tr("&Report settings…"), window)
        self.report_settings.setStatusTip(
            self.tr("Issuing body, cover text, logo and sections of the plan's report")
        )
        self.report_settings.triggered.connect(lambda: self._open("open_report_settings"))
        from ..plan import report_text_names as report_texts

        self.report_texts = QAction(report_texts.open_text(), window)
        self.report_texts.setStatusTip(report_texts.open_tip())
        self.report_texts.triggered.connect(lambda: self._open("open_report_texts"))
        window.tools_menu.addAction(self.consultation)
        window.tools_menu.addAction(self.report_settings)
        window.tools_menu.addAction(self.report_texts)
        signal = getattr(window, "document_changed", None)
        if signal is not None:
            signal.connect(self._document_changed)
        self._document_changed(getattr(window, "document", None))

    def _document_changed(self, document: object) -> None:
        for action in (self.consultation, self.report_settings, self.report_texts):
            action.setEnabled(document is not None)

    def _open(self, method: str) -> None:
        tree = getattr(self.window, "tree", None)
        if tree is not None:
            getattr(tree, method)()


def install(window: Any) -> None:
    """Add the plan's consultation comments, report settings and texts to the Tools menu."""
    window.plan_actions = PlanActions(window)
