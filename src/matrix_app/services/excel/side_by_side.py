"""Matrices laid side by side on one sheet, as hand-kept trackers print two commitments
next to each other: column groups parted by a column empty on every row, each repeating the
same header on the same row and recognised as the same format. Each group is read as a
sheet of its own - the other groups' cells blanked, so cell references stay the sheet's -
instead of the left one alone (the right one was dropped without a word)."""

from __future__ import annotations

from typing import Any

from .parse import normalize


def _groups(grid: list[list[Any]]) -> list[range]:
    width = max((len(row) for row in grid), default=0)
    filled = [any(c < len(row) and row[c] not in (None, "") for row in grid) for c in range(width)]
    out: list[range] = []
    start = None
    for c in range(width + 1):
        if c < width and filled[c]:
            start = c if start is None else start
        elif start is not None:
            out.append(range(start, c))
            start = None
    return out


def _header_words(row: list[Any], cols: range) -> tuple[str, ...]:
    return tuple(normalize(row[c]) for c in cols if c < len(row) and row[c] not in (None, ""))


def masked(grid: list[list[Any]], cols: range) -> list[list[Any]]:
    """The grid with every cell outside ``cols`` blank."""
    return [[v if c in cols else None for c, v in enumerate(row)] for row in grid]


def side_blocks(grid: list[list[Any]], recognize: Any, scan: int = 30) -> list[range]:
    """The column ranges of matrices side by side (two or more), else []: ``recognize``
    (grid -> a match with a ``format``, or None) must know every group as the same format,
    and every group must write the same header (three cells or more) on one row."""
    groups = [g for g in _groups(grid) if len(g) >= 3]
    if len(groups) < 2:
        return []
    repeated = any(
        len(words := _header_words(row, groups[0])) >= 3
        and all(_header_words(row, g) == words for g in groups[1:])
        for row in grid[:scan]
    )
    if not repeated:
        return []
    formats = set()
    for g in groups:
        found = recognize(masked(grid, g))
        if found is None:
            return []
        formats.add(found.format)
    return groups if len(formats) == 1 else []
