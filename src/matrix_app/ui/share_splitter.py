"""A splitter whose first pane keeps a share of the width until the user drags it.

A fixed first size (the tree stayed 320 px on a 1920 px screen and cut commitment titles)
wastes wide screens; a stretch factor alone would also fight a restored layout. So the share
applies only while nobody chose a size: a drag or a restored state switches it off, and only a
chosen size is worth saving (an empty state means "follow the window" next time).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class ShareSplitter(QSplitter):
    """Horizontal splitter giving its first pane ``share`` of the width (at least ``least`` px)."""

    def __init__(self, share: float, least: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.share = share
        self.least = least
        self.user_sized = False
        self.splitterMoved.connect(self._moved)

    def _moved(self, _pos: int, _index: int) -> None:
        self.user_sized = True

    def first_width(self, total: int) -> int:
        """The first pane's width for a splitter ``total`` px wide nobody resized by hand."""
        return min(max(self.least, round(total * self.share)), max(0, total // 2))

    def apply_share(self) -> None:
        total = sum(self.sizes()) or self.width()
        if total <= 0 or self.count() < 2:
            return
        first = self.first_width(total)
        self.setSizes([first, total - first])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.user_sized:
            self.apply_share()

    def restoreState(self, state: QByteArray | bytes) -> bool:
        restored = super().restoreState(state)
        if restored:
            self.user_sized = True
        return restored

    def chosen_state(self) -> QByteArray:
        """The state to remember: the user's sizes, or empty when the share still applies."""
        return self.saveState() if self.user_sized else QByteArray()
