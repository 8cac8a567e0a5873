"""Small painted marks (completion dots, severity dots, star) shared by the tree, dashboard
and quality panel, so one colour always means the same thing."""

from __future__ import annotations

import atexit
from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

COMPLETION_COLORS = {
    "no_evidence": "#b0b0b0",
    "not_started": "#d9534f",
    "limited": "#f0ad4e",
    "substantial": "#5bc0de",
    "complete": "#3c9a3c",
    "withdrawn": "#6c6c6c",
}
SCHEDULE_COLORS = {
    "not_started_yet": "#9e9e9e",
    "on_schedule": "#3c9a3c",
    "behind_schedule": "#f0ad4e",
    "finished": "#2e7d32",
    "overdue": "#d9534f",
    "no_dates": "#b0b0b0",
}
SEVERITY_COLORS = {"error": "#d9534f", "warning": "#f0ad4e", "info": "#5bc0de"}

#: Completion levels in the order the IRM tables list them.
COMPLETION_ORDER = ("not_started", "limited", "substantial", "complete", "withdrawn", "no_evidence")


def color(value: str, table: dict[str, str]) -> QColor:
    return QColor(table.get(value, "#b0b0b0"))


@cache
def dot(hex_color: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(hex_color).darker(130), 1))
    p.setBrush(QColor(hex_color))
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pix)


def completion_icon(value: str) -> QIcon:
    return dot(COMPLETION_COLORS.get(value, "#b0b0b0"))


def severity_icon(value: str) -> QIcon:
    return dot(SEVERITY_COLORS.get(value, "#b0b0b0"))


@cache
def star_icon(size: int = 14) -> QIcon:
    import math

    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    c, r_out, r_in = size / 2, size / 2 - 0.5, size / 5
    for k in range(10):
        r = r_out if k % 2 == 0 else r_in
        a = -math.pi / 2 + k * math.pi / 5
        pt = QPointF(c + r * math.cos(a), c + r * math.sin(a))
        if k == 0:
            path.moveTo(pt)
        else:
            path.lineTo(pt)
    path.closeSubpath()
    p.setPen(QPen(QColor("#a07800"), 1))
    p.setBrush(QColor("#f5c518"))
    p.drawPath(path)
    p.end()
    return QIcon(pix)


@atexit.register
def _release_pixmaps() -> None:
    """Drop cached icons before Qt's application object goes away at exit."""
    dot.cache_clear()
    star_icon.cache_clear()
