"""Inline SVG charts for the published site: drawn from numbers, every text escaped.

Each chart is decorative to a screen reader only in part: it carries a ``<title>`` and the
page prints the same figures in a table next to it (the text equivalent), so nothing is
known only from the picture.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ...domain.rules import Point
from ...domain.vocabulary import Completion, label
from ..report.formatting import fmt_month, fmt_number

#: Bar colours per completion level (the report's palette, as CSS colours).
COMPLETION_COLOURS = {
    Completion.NO_EVIDENCE: "#9aa5b1",
    Completion.NOT_STARTED: "#c8553d",
    Completion.LIMITED: "#f0a202",
    Completion.SUBSTANTIAL: "#5b9bd5",
    Completion.COMPLETE: "#2e7d32",
    Completion.WITHDRAWN: "#6d6875",
}
TARGET = "#b5651d"
ACTUAL = "#1d4e89"
MUTED = "#5f6b7a"
RULE = "#d5dbe3"


def _nice_step(raw: float) -> float:
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    exp = math.floor(math.log10(raw))
    base = 10**exp
    for mult in (1, 2, 2.5, 5, 10):
        if raw <= mult * base:
            return mult * base
    return 10 * base


def completion_svg(counts: dict[str, int], lang: str, title: str, ident: str) -> Markup:
    """Horizontal bars: commitments per completion level."""
    levels = list(Completion)
    bar_h, gap, left, width = 18, 6, 190, 560
    top = max([counts.get(c.value, 0) for c in levels] + [1])
    plot = width - left - 50
    height = len(levels) * (bar_h + gap) + 10
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="{ident}-t"><title id="{ident}-t">{escape(title)}</title>'
    ]
    for i, c in enumerate(levels):
        n = counts.get(c.value, 0)
        y = 5 + i * (bar_h + gap)
        w = 0 if n == 0 else max(2.0, plot * n / top)
        out.append(
            f'<text x="{left - 8}" y="{y + bar_h - 5}" text-anchor="end" class="lbl">'
            f"{escape(label(c, lang))}</text>"
            f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" '
            f'fill="{COMPLETION_COLOURS[c]}"/>'
            f'<text x="{left + w + 6:.1f}" y="{y + bar_h - 5}" class="num">'
            f"{fmt_number(n, lang, 0)}</text>"
        )
    out.append("</svg>")
    return Markup("".join(out))


#: Axis labels repeat across a site's charts (0, 20, 40...; the same months): each is
#: formatted once per language.
_tick_label = functools.lru_cache(maxsize=8192)(fmt_number)
_month_label = functools.lru_cache(maxsize=8192)(fmt_month)


@dataclass(frozen=True)
class Geometry:
    """An indicator chart's language-independent part, computed once per publication: the
    axis ticks (y and value), the first and last dates (x, anchor, date) and the drawn
    lines and points; the languages add only their texts."""

    ticks: tuple[tuple[str, str, float], ...]
    dates: tuple[tuple[str, str, dt.date], ...]
    lines: str


_W, _H = 520, 240
_LEFT, _RIGHT, _TOP, _BOTTOM = 56, 16, 16, 52


def indicator_geometry(
    baseline: Point | None, targets: Sequence[Point], actual: Sequence[Point]
) -> Geometry | None:
    """Where the target path (baseline, then dated targets) and the actual values go; None
    when there is nothing to draw."""
    path = sorted(targets, key=lambda p: p.date)
    if baseline is not None and (not path or baseline.date < path[0].date):
        path = [baseline, *path]
    acts = sorted(actual, key=lambda p: p.date)
    points = path + acts
    if not points:
        return None
    left, top = _LEFT, _TOP
    pw, ph = _W - _LEFT - _RIGHT, _H - _TOP - _BOTTOM
    d0 = min(p.date for p in points)
    d1 = max(p.date for p in points)
    if d1 == d0:
        d0, d1 = d0 - dt.timedelta(days=30), d1 + dt.timedelta(days=30)
    values = [p.value for p in points]
    lo, hi = min(0.0, min(values)), max(values)
    if hi == lo:
        hi = lo + 1.0
    step = _nice_step((hi - lo) / 4)
    lo = math.floor(lo / step) * step
    hi = math.ceil(hi / step) * step
    span_days = (d1 - d0).days

    def x(d: dt.date) -> float:
        return left + pw * (d - d0).days / span_days

    def y(v: float) -> float:
        return top + ph * (1 - (v - lo) / (hi - lo))

    ticks = []
    tick = lo
    while tick <= hi + step / 2:
        ticks.append((f"{y(tick):.1f}", f"{y(tick) + 4:.1f}", tick))
        tick += step
    dates = tuple((f"{x(d):.1f}", anchor, d) for d, anchor in ((d0, "start"), (d1, "end")))
    out = []
    if path:
        xy = [(f"{x(p.date):.1f}", f"{y(p.value):.1f}") for p in path]  # each formatted once
        coords = " ".join(f"{px},{py}" for px, py in xy)
        out.append(
            f'<polyline points="{coords}" fill="none" stroke="{TARGET}" stroke-width="2" '
            f'stroke-dasharray="6 4"/>'
        )
        out += [
            f'<circle cx="{px}" cy="{py}" r="3.5" fill="#fff" stroke="{TARGET}" stroke-width="2"/>'
            for px, py in xy
        ]
    if acts:
        xy = [(f"{x(p.date):.1f}", f"{y(p.value):.1f}") for p in acts]
        coords = " ".join(f"{px},{py}" for px, py in xy)
        out.append(f'<polyline points="{coords}" fill="none" stroke="{ACTUAL}" stroke-width="2"/>')
        out += [f'<circle cx="{px}" cy="{py}" r="3.5" fill="{ACTUAL}"/>' for px, py in xy]
    ly = _H - 12
    out.append(
        f'<line x1="{left}" x2="{left + 26}" y1="{ly - 4}" y2="{ly - 4}" stroke="{TARGET}" '
        f'stroke-width="2" stroke-dasharray="6 4"/>'
    )
    return Geometry(tuple(ticks), dates, "".join(out))


@functools.lru_cache(maxsize=4096)
def _axes(
    ticks: tuple[tuple[str, str, float], ...],
    dates: tuple[tuple[str, str, dt.date], ...],
    lang: str,
) -> str:
    """An indicator chart's axis rules and labels in ``lang``: charts of the same scale and
    period (most of a plan's) share them."""
    left, width, top, ph = _LEFT, _W, _TOP, _H - _TOP - _BOTTOM
    out = [
        f'<line x1="{left}" x2="{width - _RIGHT}" y1="{ty}" y2="{ty}" '
        f'stroke="{RULE}"/><text x="{left - 6}" y="{ty4}" text-anchor="end" '
        f'class="num">{_tick_label(tick, lang)}</text>'
        for ty, ty4, tick in ticks
    ]
    out += [
        f'<text x="{tx}" y="{top + ph + 16}" text-anchor="{anchor}" class="num">'
        f"{escape(_month_label(d, lang))}</text>"
        for tx, anchor, d in dates
    ]
    return "".join(out)


def geometry_svg(
    g: Geometry | None, lang: str, title: str, ident: str, texts: dict[str, str]
) -> Markup:
    """The chart of ``g`` with its title, axis labels and legend in ``lang``."""
    if g is None:
        return Markup("")
    left, width = _LEFT, _W
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {_H}" width="{width}" height="{_H}" '
        f'role="img" aria-labelledby="{ident}-t"><title id="{ident}-t">{escape(title)}</title>'
    ]
    out.append(_axes(g.ticks, g.dates, lang))
    ly = _H - 12
    out.append(g.lines)
    out.append(
        f'<text x="{left + 32}" y="{ly}" class="lbl">{escape(texts["target"])}</text>'
        f'<line x1="{left + 220}" x2="{left + 246}" y1="{ly - 4}" y2="{ly - 4}" '
        f'stroke="{ACTUAL}" stroke-width="2"/>'
        f'<text x="{left + 252}" y="{ly}" class="lbl">{escape(texts["actual"])}</text>'
    )
    out.append("</svg>")
    return Markup("".join(out))


def indicator_svg(
    baseline: Point | None,
    targets: Sequence[Point],
    actual: Sequence[Point],
    lang: str,
    title: str,
    ident: str,
    texts: dict[str, str],
) -> Markup:
    """Target path (baseline, then dated targets; dashed) against actual values (solid)."""
    return geometry_svg(indicator_geometry(baseline, targets, actual), lang, title, ident, texts)


@dataclass(frozen=True)
class Timeline:
    """A Gantt chart's language-independent part: one bar per dated activity (start to end,
    filled up to its % done) and the "as of" line; the languages add the axis months and the
    texts."""

    height: int
    bars: str
    ticks: tuple[tuple[str, dt.date], ...]
    today_x: str
    today_anchor: str


_TL_W, _TL_LEFT, _TL_RIGHT, _TL_TOP, _TL_ROW = 720, 64, 16, 34, 24
DONE = "#1d4e89"
TODO = "#d6e6f7"
LATE = "#a33a2a"


#: The least room a month label ("sept. 2015") has between two ticks, in chart pixels.
_TL_TICK_ROOM = 72
#: Months between ticks, the least that leaves each label its room: half years, years,
#: then 2, 5, 10... years (a plan seen from years later spans a decade).
_TL_STEPS = (6, 12, 24, 60, 120, 240, 600, 1200)


def _month_ticks(d0: dt.date, d1: dt.date, width: float) -> list[dt.date]:
    """First days of months from ``d0`` to ``d1``, every ``step`` months (1 January and
    1 July for half years), ``step`` the least of ``_TL_STEPS`` whose labels do not run
    into each other on ``width`` pixels."""
    days = max(1, (d1 - d0).days)
    step = next((n for n in _TL_STEPS if width * n * 30.44 / days >= _TL_TICK_ROOM), _TL_STEPS[-1])
    index = d0.year * 12 + d0.month - 1
    index = -(-index // step) * step  # the first multiple of the step at or after d0's month
    out = []
    while True:
        d = dt.date(index // 12, index % 12 + 1, 1)
        if d > d1:
            return out
        if d >= d0:
            out.append(d)
        index += step


def timeline_geometry(
    rows: Sequence[tuple[str, dt.date | None, dt.date | None, float | None, bool]],
    when: dt.date,
) -> Timeline | None:
    """``rows``: (code, start, end, share done 0-1 or None, late) per activity; those without
    both dates are left out of the picture (the table beside it lists them). None: no bar."""
    dated = [(code, s, e, done, late) for code, s, e, done, late in rows if s and e and e >= s]
    if not dated:
        return None
    # the axis always reaches the "as of" date: the chart is read against it
    d0 = min([when] + [s for _, s, _, _, _ in dated])
    d1 = max([when] + [e for _, _, e, _, _ in dated])
    if d1 == d0:
        d0, d1 = d0 - dt.timedelta(days=15), d1 + dt.timedelta(days=15)
    span = (d1 - d0).days
    pw = _TL_W - _TL_LEFT - _TL_RIGHT

    def x(d: dt.date) -> float:
        return _TL_LEFT + pw * (d - d0).days / span

    height = _TL_TOP + len(dated) * _TL_ROW + 22
    out = []
    for i, (code, s, e, done, late) in enumerate(dated):
        y = _TL_TOP + i * _TL_ROW + 4
        x0, x1 = x(s), x(e)
        w = max(2.0, x1 - x0)
        stroke = f'stroke="{LATE}" stroke-width="2"' if late else f'stroke="{DONE}"'
        out.append(
            f'<text x="{_TL_LEFT - 6}" y="{y + 12}" text-anchor="end" class="lbl">'
            f"{escape(code)}</text>"
            f'<rect x="{x0:.1f}" y="{y}" width="{w:.1f}" height="16" fill="{TODO}" {stroke}/>'
        )
        if done:
            out.append(
                f'<rect x="{x0:.1f}" y="{y}" width="{w * min(1.0, done):.1f}" height="16" '
                f'fill="{DONE}"/>'
            )
    bottom = _TL_TOP + len(dated) * _TL_ROW
    out.append(
        f'<line x1="{_TL_LEFT}" x2="{_TL_W - _TL_RIGHT}" y1="{bottom}" y2="{bottom}" '
        f'stroke="{RULE}"/>'
    )
    ticks = [(f"{x(d):.1f}", d) for d in _month_ticks(d0, d1, pw)]
    tx = x(when)
    anchor = "start" if tx < _TL_LEFT + 80 else "end" if tx > _TL_W - 100 else "middle"
    return Timeline(height, "".join(out), tuple(ticks), f"{tx:.1f}", anchor)


def timeline_svg(g: Timeline | None, lang: str, title: str, ident: str, today: str) -> Markup:
    """The Gantt chart of ``g`` with its title, months and the "as of" label in ``lang``."""
    if g is None:
        return Markup("")
    out = [
        f'<svg class="chart timeline" viewBox="0 0 {_TL_W} {g.height}" width="{_TL_W}" '
        f'height="{g.height}" role="img" aria-labelledby="{ident}-t">'
        f'<title id="{ident}-t">{escape(title)}</title>'
    ]
    bottom = g.height - 22
    for tx, d in g.ticks:
        out.append(
            f'<line x1="{tx}" x2="{tx}" y1="{_TL_TOP - 4}" y2="{bottom}" stroke="{RULE}"/>'
            f'<text x="{tx}" y="{bottom + 16}" text-anchor="middle" class="num">'
            f"{escape(_month_label(d, lang))}</text>"
        )
    out.append(g.bars)
    if g.today_x:
        out.append(
            f'<line x1="{g.today_x}" x2="{g.today_x}" y1="{_TL_TOP - 10}" y2="{bottom}" '
            f'stroke="{TARGET}" stroke-width="2" stroke-dasharray="4 3"/>'
            f'<text x="{g.today_x}" y="{_TL_TOP - 14}" text-anchor="{g.today_anchor}" '
            f'class="lbl">{escape(today)}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))
