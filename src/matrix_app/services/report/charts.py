"""Charts of the report, in the report's embedded font.

The completion chart is a reportlab.graphics bar chart; the indicator chart is a flowable that
draws on the canvas directly (see ``IndicatorChart``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ...domain.rules import Point
from ...domain.vocabulary import Completion, label
from .fonts import BOLD, REGULAR
from .formatting import fmt_month, fmt_number, truncate
from .labels import text
from .styles import ACTUAL, COMPLETION_COLOURS, INK, MUTED, RULE, TARGET

#: Least size of any text in a chart (points): axis labels, legend.
CHART_FONT = 7.0


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
    chart.valueAxis.labels.fontSize = CHART_FONT
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


class IndicatorChart(Flowable):
    """The target path (baseline to dated targets, dashed) and the measured values (solid).

    Drawn straight on the canvas: a report of hundreds of commitments holds thousands of
    these, and canvas calls are many times cheaper than a shapes tree rendered by renderPDF.
    """

    def __init__(
        self,
        baseline: Point | None,
        targets: Sequence[Point],
        actual: Sequence[Point],
        lang: str,
        width: float,
        height: float = 118,
    ) -> None:
        super().__init__()
        self.width, self.height, self.lang = width, height, lang
        path = sorted(targets, key=lambda p: p.date)
        if baseline is not None and (not path or baseline.date < path[0].date):
            path = [baseline, *path]
        self.path = path
        self.measured = sorted(actual, key=lambda p: p.date)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        points = self.path + self.measured
        if not points:
            return
        c, lang = self.canv, self.lang
        left, right, bottom, top = 38.0, 8.0, 30.0, 6.0
        pw, ph = self.width - left - right, self.height - bottom - top
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

        c.saveState()
        c.setFont(REGULAR, CHART_FONT)
        c.setLineWidth(0.25)
        c.setStrokeColor(RULE)
        c.setFillColor(MUTED)
        values = [lo + i * step for i in range(round((hi - lo) / step) + 1)]
        c.lines([(left, y(v), left + pw, y(v)) for v in values])
        days = _date_ticks(d0, d1)
        marks = [(fmt_number(v, lang), left - 3, y(v) - 2.5, 1.0) for v in values]
        marks += [(fmt_month(day, lang), x(day), bottom - 9, 0.5) for day in days]
        _labels(c, marks)
        c.setLineWidth(0.5)
        c.setStrokeColor(MUTED)
        c.lines(
            [(left, bottom, left + pw, bottom)] + [(x(d), bottom, x(d), bottom - 2) for d in days]
        )
        c.setStrokeColor(TARGET)
        c.setFillColor(TARGET)
        c.setLineWidth(1.2)
        if len(self.path) > 1:
            c.setDash(3, 2)
            c.lines(_segments([(x(p.date), y(p.value)) for p in self.path]))
            c.setDash()
        pdf = hasattr(c, "doForm")  # else the Word report's stand-in canvas (docx_charts)
        target_mark, actual_mark, legend = _forms(c, lang) if pdf else ("", "", "")
        for p in self.path:
            if pdf:
                _stamp(c, target_mark, x(p.date), y(p.value))
            else:
                c.rect(x(p.date) - 2, y(p.value) - 2, 4, 4, stroke=0, fill=1)
        c.setStrokeColor(ACTUAL)
        c.setFillColor(ACTUAL)
        c.setLineWidth(1.4)
        if len(self.measured) > 1:
            c.lines(_segments([(x(p.date), y(p.value)) for p in self.measured]))
        for p in self.measured:
            if pdf:
                _stamp(c, actual_mark, x(p.date), y(p.value))
            else:
                c.circle(x(p.date), y(p.value), 2.2, stroke=0, fill=1)
        if pdf:
            _stamp(c, legend, left, 3)
        else:
            _legend(c, lang, left, 3)
        c.restoreState()


def _labels(c, marks: list[tuple[str, float, float, float]]) -> None:
    """Axis labels (text, x, y, share of its width left of x): in one text object."""
    if not hasattr(c, "beginText"):
        for shown, x, y, share in marks:
            (c.drawRightString if share == 1.0 else c.drawCentredString)(x, y, shown)
        return
    labels = c.beginText()
    for shown, x, y, share in marks:
        labels.setTextOrigin(x - share * _width(shown), y)
        labels.textOut(shown)
    c.drawText(labels)


def _width(shown: str) -> float:
    return stringWidth(shown, REGULAR, CHART_FONT)


def _stamp(c, form: str, x: float, y: float) -> None:
    """Draw a form (a marker, the legend) with its origin at (x, y)."""
    c.addLiteral(f"q 1 0 0 1 {fp_str(x, y)} cm")
    c.doForm(form)
    c.addLiteral("Q")


def _forms(c, lang: str) -> tuple[str, str, str]:
    """The chart's markers and legend, each drawn once per PDF as a form (an XObject) that
    every chart uses: thousands of charts then cost a few bytes and calls each."""
    names = ("MatrixChartTarget", "MatrixChartActual", f"MatrixChartLegend-{lang}")
    made = c.__dict__.setdefault("_matrix_chart_forms", set())
    if names[2] in made:
        return names
    if names[0] not in made:
        c.beginForm(names[0], -3, -3, 3, 3)
        c.setFillColor(TARGET)
        c.rect(-2, -2, 4, 4, stroke=0, fill=1)
        c.endForm()
        c.beginForm(names[1], -3, -3, 3, 3)
        c.setFillColor(ACTUAL)
        c.circle(0, 0, 2.2, stroke=0, fill=1)
        c.endForm()
    c.beginForm(names[2], -10, -10, 1000, 20)
    c.setFont(REGULAR, CHART_FONT)
    _legend(c, lang)
    c.endForm()
    made.update(names)
    return names


def _legend(c, lang: str, x0: float = 0.0, y0: float = 0.0) -> None:
    """The legend, its lower left corner at (x0, y0)."""
    target = truncate(text("chart.target", lang), 40)
    c.setLineWidth(1.2)
    c.setStrokeColor(TARGET)
    c.setFillColor(TARGET)
    c.setDash(3, 2)
    c.line(x0, y0 + 3, x0 + 14, y0 + 3)
    c.setDash()
    c.rect(x0 + 5, y0 + 1, 4, 4, stroke=0, fill=1)
    c.setFillColor(INK)
    c.drawString(x0 + 18, y0, target)
    x1 = x0 + 30 + stringWidth(target, REGULAR, CHART_FONT)
    c.setLineWidth(1.4)
    c.setStrokeColor(ACTUAL)
    c.setFillColor(ACTUAL)
    c.line(x1, y0 + 3, x1 + 14, y0 + 3)
    c.circle(x1 + 7, y0 + 3, 2.2, stroke=0, fill=1)
    c.setFillColor(INK)
    c.drawString(x1 + 18, y0, text("chart.actual", lang))


def _segments(xy: list[tuple[float, float]]) -> list[tuple[float, float, float, float]]:
    return [(a[0], a[1], b[0], b[1]) for a, b in itertools.pairwise(xy)]


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
