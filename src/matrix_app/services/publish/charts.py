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


def geometry_svg(
    g: Geometry | None, lang: str, title: str, ident: str, texts: dict[str, str]
) -> Markup:
    """The chart of ``g`` with its title, axis labels and legend in ``lang``."""
    if g is None:
        return Markup("")
    left, width, top, ph = _LEFT, _W, _TOP, _H - _TOP - _BOTTOM
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {_H}" width="{width}" height="{_H}" '
        f'role="img" aria-labelledby="{ident}-t"><title id="{ident}-t">{escape(title)}</title>'
    ]
    out += [
        f'<line x1="{left}" x2="{width - _RIGHT}" y1="{ty}" y2="{ty}" '
        f'stroke="{RULE}"/><text x="{left - 6}" y="{ty4}" text-anchor="end" '
        f'class="num">{_tick_label(tick, lang)}</text>'
        for ty, ty4, tick in g.ticks
    ]
    out += [
        f'<text x="{tx}" y="{top + ph + 16}" text-anchor="{anchor}" class="num">'
        f"{escape(_month_label(d, lang))}</text>"
        for tx, anchor, d in g.dates
    ]
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
