"""A small line chart of an indicator: actual values against the target path.

Painted with QPainter (only PySide6-Essentials ships, without QtCharts): the target path runs
from the baseline through each dated target (dashed), the measurements are a solid line with
dots, with value and date axes in the interface language.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.rules import Point
from . import fmt

TARGET_COLOR = QColor("#c0392b")
ACTUAL_COLOR = QColor("#1f5fa8")
GRID_COLOR = QColor("#dddddd")


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (1, 2 or 5 times a power of ten apart)."""
    if high - low <= 1e-9 * max(1.0, abs(low), abs(high)):  # one value, or as good as one
        high = low + max(1.0, abs(low) / 10)
    raw = (high - low) / max(1, count)
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 5, 10) if s * power >= raw)
    start = math.floor(low / step) * step
    # enough steps to reach ``high``: a value above the last tick would be drawn off the axis
    # (an actual value over its target, 17 of 15, was drawn in the legend's line)
    steps = max(1, math.ceil((high - start) / step - 1e-12))
    digits = max(0, 2 - math.floor(math.log10(step)))  # float noise off, the step's digits kept
    return [round(start + i * step, digits) for i in range(steps + 1)]


def date_ticks(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of months, quarters or years, whichever gives a handful of labels."""
    months = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if months <= 8 else 3 if months <= 24 else 6 if months <= 48 else 12
    current = dt.date(first.year, 1, 1)
    ticks = []
    while current <= last:
        if current >= first:
            ticks.append(current)
        month = current.month - 1 + step
        current = dt.date(current.year + month // 12, month % 12 + 1, 1)
    return ticks


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.baseline: Point | None = None
        self.targets: list[Point] = []
        self.actual: list[Point] = []
        self.unit = ""
        self.setMinimumSize(300, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Chart of actual values against the target path"))

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def set_series(
        self, baseline: Point | None, targets: list[Point], actual: list[Point], unit: str = ""
    ) -> None:
        self.baseline = baseline
        self.targets = sorted(targets, key=lambda p: p.date)
        self.actual = sorted(actual, key=lambda p: p.date)
        self.unit = unit
        self.setAccessibleDescription(self.describe())
        self.update()

    def path(self) -> list[Point]:
        """The target path: the baseline (if dated before the first target), then the targets."""
        path = list(self.targets)
        if self.baseline is not None and (not path or self.baseline.date < path[0].date):
            path.insert(0, self.baseline)
        return path

    def describe(self) -> str:
        """The chart in words, for screen readers."""
        parts = [
            self.tr("Target path: %1.").replace(
                "%1",
                ", ".join(
                    f"{fmt.date_text(p.date)} {fmt.number_text(p.value)}" for p in self.path()
                )
                or self.tr("none"),
            ),
            self.tr("Actual values: %1.").replace(
                "%1",
                ", ".join(
                    f"{fmt.date_text(p.date)} {fmt.number_text(p.value)}" for p in self.actual
                )
                or self.tr("none"),
            ),
        ]
        return " ".join(parts)

    def value_ticks(self) -> list[float]:
        """The value axis: round ticks from below the lowest to above the highest point."""
        values = [pt.value for pt in self.path() + self.actual] or [0.0]
        low, high = min(values), max(values)
        if low > 0 and low < 0.5 * high:
            low = 0.0
        return nice_ticks(low, high)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        points = self.path() + self.actual
        if not points:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No dated targets or measurements yet."),
            )
            p.end()
            return
        fm = p.fontMetrics()
        first = min(pt.date for pt in points)
        last = max(pt.date for pt in points)
        if first == last:
            first, last = first - dt.timedelta(days=30), last + dt.timedelta(days=30)
        pad = dt.timedelta(days=max(1, (last - first).days // 25))
        first, last = first - pad, last + pad
        ticks = self.value_ticks()
        low, high = ticks[0], ticks[-1]
        if high <= low:
            high = low + 1
        labels = [fmt.number_text(t) for t in ticks]
        left = max(fm.horizontalAdvance(t) for t in labels) + 14
        legend_h = fm.height() + 8
        plot = QRectF(left, legend_h + 6, self.width() - left - 16, 0)
        plot.setBottom(self.height() - fm.height() - 14)

        def x_of(d: dt.date) -> float:
            return plot.left() + plot.width() * (d - first).days / max(1, (last - first).days)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * (value - low) / (high - low)

        text_pen = QPen(self.palette().text().color())
        # grid and value axis
        for tick, text in zip(ticks, labels, strict=True):
            y = y_of(tick)
            p.setPen(QPen(GRID_COLOR, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_pen)
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        # date axis
        p.setPen(QPen(self.palette().text().color(), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        loc = fmt.locale()
        last_right = -1e9
        for d in date_ticks(first, last):
            x = x_of(d)
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            text = loc.toString(fmt.qdate(d), "MMM yyyy")
            width = fm.horizontalAdvance(text)
            if x - width / 2 > last_right + 6 and x + width / 2 < self.width():
                p.drawText(QPointF(x - width / 2, plot.bottom() + 6 + fm.ascent()), text)
                last_right = x + width / 2
        # target path
        path = self.path()
        if path:
            pen = QPen(TARGET_COLOR, 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            line = QPainterPath(QPointF(x_of(path[0].date), y_of(path[0].value)))
            for pt in path[1:]:
                line.lineTo(x_of(pt.date), y_of(pt.value))
            p.drawPath(line)
            p.setPen(QPen(TARGET_COLOR, 1.5))
            p.setBrush(self.palette().base())
            for pt in self.targets:
                c = QPointF(x_of(pt.date), y_of(pt.value))
                diamond = QPainterPath(c + QPointF(0, -5))
                for dx, dy in ((5, 0), (0, 5), (-5, 0), (0, -5)):
                    diamond.lineTo(c + QPointF(dx, dy))
                p.drawPath(diamond)
        # actual values
        if self.actual:
            p.setPen(QPen(ACTUAL_COLOR, 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            line = QPainterPath(QPointF(x_of(self.actual[0].date), y_of(self.actual[0].value)))
            for pt in self.actual[1:]:
                line.lineTo(x_of(pt.date), y_of(pt.value))
            p.drawPath(line)
            p.setBrush(ACTUAL_COLOR)
            for pt in self.actual:
                p.drawEllipse(QPointF(x_of(pt.date), y_of(pt.value)), 3.5, 3.5)
            end = self.actual[-1]
            label = fmt.number_text(end.value) + (f" {self.unit}" if self.unit else "")
            bold = QFont(p.font())
            bold.setBold(True)
            p.setFont(bold)
            x = min(x_of(end.date) + 6, self.width() - p.fontMetrics().horizontalAdvance(label) - 4)
            p.setPen(ACTUAL_COLOR)
            # never up in the legend's line, whatever the last value
            y = max(y_of(end.value) - 6, plot.top() + p.fontMetrics().ascent())
            p.drawText(QPointF(x, y), label)
            p.setFont(self.font())
        # legend
        x = plot.left()
        for color, style, text in (
            (TARGET_COLOR, Qt.PenStyle.DashLine, self.tr("Target path")),
            (ACTUAL_COLOR, Qt.PenStyle.SolidLine, self.tr("Actual")),
        ):
            p.setPen(QPen(color, 2, style))
            y = 4 + fm.height() / 2
            p.drawLine(QPointF(x, y), QPointF(x + 26, y))
            p.setPen(text_pen)
            p.drawText(QPointF(x + 32, 4 + fm.ascent()), text)
            x += 32 + fm.horizontalAdvance(text) + 24
        if self.unit:
            p.drawText(QPointF(x, 4 + fm.ascent()), self.tr("Unit: %1").replace("%1", self.unit))
        p.end()
