"""A small horizontal bar chart of commitments per completion level, painted with QPainter
(only PySide6-Essentials is installed: no QtCharts)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.vocabulary import label
from ..messages import current_language
from . import formatting, marks


class CompletionChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.setAccessibleName(self.tr("Commitments per completion level"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def levels(self) -> list[str]:
        """The IRM levels always shown, plus withdrawn / no evidence only when present."""
        core = ["not_started", "limited", "substantial", "complete"]
        return core + [v for v in ("withdrawn", "no_evidence") if self.counts.get(v)]

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        lang = current_language()
        total = sum(self.counts.values())
        self.setAccessibleDescription(
            "; ".join(f"{label(v, lang)}: {self.counts.get(v, 0)}" for v in self.levels())
            + f" ({total})"
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(360, self._row_height() * len(self.levels()) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        lang = current_language()
        levels = self.levels()
        total = sum(self.counts.values())
        biggest = max((self.counts.get(v, 0) for v in levels), default=0)
        label_w = max(fm.horizontalAdvance(label(v, lang)) for v in levels) + 10
        value_texts = {
            v: f"{self.counts.get(v, 0)} ({formatting.percent(self.counts.get(v, 0) / total)})"
            if total
            else "0"
            for v in levels
        }
        value_w = max(fm.horizontalAdvance(t) for t in value_texts.values()) + 8
        bar_w = max(10, self.width() - label_w - value_w - 8)
        h = self._row_height()
        text_color = self.palette().color(self.foregroundRole())
        for i, v in enumerate(levels):
            y = 4 + i * h
            p.setPen(text_color)
            p.drawText(
                QRectF(0, y, label_w - 6, h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label(v, lang),
            )
            n = self.counts.get(v, 0)
            width = bar_w * n / biggest if biggest else 0
            if n:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(marks.color(v, marks.COMPLETION_COLORS))
                p.drawRoundedRect(QRectF(label_w, y + 3, max(width, 2), h - 6), 2, 2)
            p.setPen(text_color)
            p.drawText(
                QRectF(label_w + width + 4, y, value_w + 4, h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                value_texts[v],
            )
        p.end()
