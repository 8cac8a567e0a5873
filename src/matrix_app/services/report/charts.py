"""Charts of the report, drawn with reportlab.graphics in the report's embedded font.

The indicator chart is drawn from plain shapes rather than a LinePlot: a report of hundreds of
commitments draws thousands of them, and dates need per-language axis labels anyway.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from ...domain.rules import Point
from ...domain.vocabulary import Completion, label
from .fonts import BOLD, REGULAR
from .formatting import fmt_month, fmt_number, truncate
from .labels import text
from .styles import ACTUAL, COMPLETION_COLOURS, INK, MUTED, RULE, TARGET


def completion_chart(counts: dict[str, int], lang: str, width: float) -> Drawing:
    """Horizontal bars: how many commitments sit at each completion level."""
    levels = list(Completion)
    names = [label(c, lang) for c in levels]
    values = [counts.get(c.value, 0) for c in levels]
    bar_h = 15
    height = bar_h * len(levels) + 34
    d = Drawing(width, height, initialFontName=REGULAR, initialFontSize=8)
    chart = HorizontalBarChart()
    chart.x = 150
    chart.y = 22
    chart.width = width - chart.x - 30
    chart.height = bar_h * len(levels)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    top = max(values) if values else 0
    step = _nice_step(max(1, top) / 4)
    step = max(1.0, step)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, math.ceil(max(1, top) / step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: fmt_number(v, lang, 0)
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.bars.strokeColor = None
    chart.barWidth = bar_h * 0.7
    chart.groupSpacing = bar_h * 0.3
    for i, level in enumerate(reversed(levels)):
        chart.bars[(0, i)].fillColor = COMPLETION_COLOURS[level.value]
    chart.barLabelFormat = lambda v: fmt_number(v, lang, 0) if v else ""
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    d.add(
        String(
            chart.x + chart.width / 2,
            4,
            text("cover.commitments", lang),
            fontName=REGULAR,
            fontSize=7.5,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return d


def _nice_step(raw: float) -> float:
    """1, 2, 2.5 or 5 times a power of ten, at least ``raw``."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power


def _axis_range(values: Sequence[float]) -> tuple[float, float, float]:
    lo, hi = min(values), max(values)
    if lo >= 0:
        lo = 0.0
    if hi == lo:
        hi = lo + (abs(lo) or 1.0)
    step = _nice_step((hi - lo) / 4)
    lo = math.floor(lo / step) * step
    hi = math.ceil(hi / step) * step
    return lo, hi, step


def indicator_chart(
    baseline: Point | None,
    targets: Sequence[Point],
    actual: Sequence[Point],
    lang: str,
    width: float,
    height: float = 118,
) -> Drawing:
    """The target path (baseline to dated targets, dashed) and the measured values (solid)."""
    path = sorted(targets, key=lambda p: p.date)
    if baseline is not None and (not path or baseline.date < path[0].date):
        path = [baseline, *path]
    measured = sorted(actual, key=lambda p: p.date)
    points = path + measured
    d = Drawing(width, height, initialFontName=REGULAR, initialFontSize=8)
    if not points:
        return d
    left, right, bottom, top = 38.0, 8.0, 30.0, 6.0
    pw, ph = width - left - right, height - bottom - top
    lo, hi, step = _axis_range([p.value for p in points])
    d0 = min(p.date for p in points)
    d1 = max(p.date for p in points)
    if d1 == d0:
        d0, d1 = d0 - dt.timedelta(days=30), d1 + dt.timedelta(days=30)
    span = (d1 - d0).days

    def x(day: dt.date) -> float:
        return left + pw * (day - d0).days / span

    def y(v: float) -> float:
        return bottom + ph * (v - lo) / (hi - lo)

    ticks = round((hi - lo) / step)
    for i in range(ticks + 1):
        v = lo + i * step
        d.add(Line(left, y(v), left + pw, y(v), strokeColor=RULE, strokeWidth=0.25))
        d.add(
            String(
                left - 3,
                y(v) - 2.5,
                fmt_number(v, lang),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    d.add(Line(left, bottom, left + pw, bottom, strokeColor=MUTED, strokeWidth=0.5))
    for day in _date_ticks(d0, d1):
        d.add(Line(x(day), bottom, x(day), bottom - 2, strokeColor=MUTED, strokeWidth=0.5))
        d.add(
            String(
                x(day),
                bottom - 9,
                fmt_month(day, lang),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    if len(path) > 1:
        coords = [c for p in path for c in (x(p.date), y(p.value))]
        d.add(PolyLine(coords, strokeColor=TARGET, strokeWidth=1.2, strokeDashArray=[3, 2]))
    for p in path:
        d.add(Rect(x(p.date) - 2, y(p.value) - 2, 4, 4, fillColor=TARGET, strokeColor=None))
    if len(measured) > 1:
        coords = [c for p in measured for c in (x(p.date), y(p.value))]
        d.add(PolyLine(coords, strokeColor=ACTUAL, strokeWidth=1.4))
    for p in measured:
        d.add(Circle(x(p.date), y(p.value), 2.2, fillColor=ACTUAL, strokeColor=None))
    _legend(d, lang, left, 3)
    return d


def _legend(d: Drawing, lang: str, x0: float, y0: float) -> None:
    d.add(
        Line(
            x0, y0 + 3, x0 + 14, y0 + 3, strokeColor=TARGET, strokeWidth=1.2, strokeDashArray=[3, 2]
        )
    )
    d.add(Rect(x0 + 5, y0 + 1, 4, 4, fillColor=TARGET, strokeColor=None))
    t = truncate(text("chart.target", lang), 40)
    d.add(String(x0 + 18, y0, t, fontName=REGULAR, fontSize=6.5, fillColor=INK))
    x1 = x0 + 30 + stringWidth(t, REGULAR, 6.5)
    d.add(Line(x1, y0 + 3, x1 + 14, y0 + 3, strokeColor=ACTUAL, strokeWidth=1.4))
    d.add(Circle(x1 + 7, y0 + 3, 2.2, fillColor=ACTUAL, strokeColor=None))
    d.add(
        String(
            x1 + 18, y0, text("chart.actual", lang), fontName=REGULAR, fontSize=6.5, fillColor=INK
        )
    )


def _date_ticks(d0: dt.date, d1: dt.date, most: int = 5) -> list[dt.date]:
    """First days of months (every 1, 3, 6 or 12 months) between two dates, at most ``most``."""
    months = (d1.year - d0.year) * 12 + d1.month - d0.month
    for every in (1, 3, 6, 12, 24, 60):
        if months / every <= most - 1:
            break
    ticks: list[dt.date] = []
    y, m = d0.year, d0.month
    while True:
        wanted = (m - 1) % every == 0 if every < 12 else m == 1 and y % (every // 12) == 0
        if wanted:
            day = dt.date(y, m, 1)
            if d0 <= day <= d1:
                ticks.append(day)
        m += 1
        if m > 12:
            y, m = y + 1, 1
        if dt.date(y, m, 1) > d1:
            break
    return ticks or [d0, d1]
