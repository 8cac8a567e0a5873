"""One row holding several milestones numbered inside its cells: "1. Diagnóstico\n2.
Directiva\n3. Capacitación" in the milestone cell, "1. Marzo-2018\n2. 30/06/2018\n3. …" in
the date cell, "1. Informe\n2. Resolución" in the means of verification. Each number is a
milestone; the dates, progress and evidence with the same number are its own, an
unnumbered cell is every milestone's. Kept apart from ``ogp_followup`` (the rows)."""

from __future__ import annotations

import re
from typing import Any

from .base import Cells

#: "1. …", "2) …", "3 - …" at the start of a line ("1.2 Publicar" is a code, not a number).
_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.)\-–]\s+(\S.*)$")
_PER_MILESTONE = ("start", "end", "period", "progress", "evidence")


def numbered(value: Any) -> dict[int, str] | None:
    """Number -> text of a cell listing two items or more, one per line, each starting
    with its number (a line without one goes on the item above); else None."""
    if not isinstance(value, str) or "\n" not in value:
        return None
    items: dict[int, str] = {}
    current = None
    for line in (x.strip() for x in value.splitlines()):
        if not line:
            continue
        if found := _ITEM.match(line):
            current = int(found.group(1))
            if current in items:
                return None
            items[current] = found.group(2).strip()
        elif current is None:
            return None
        else:
            items[current] += " " + line
    return items if len(items) >= 2 else None


def split_row(cells: Cells, r: int, roles: dict[str, int]) -> list[list[Any]] | None:
    """The row once per numbered milestone, each cell numbered the same way holding only
    that milestone's item; None when the milestone cell is not numbered, or another cell
    numbers items the milestone cell has not (then nothing pairs them: read as it is)."""
    items = numbered(cells.raw(r, roles["milestone"]))
    if items is None:
        return None
    row = cells.grid[r]
    per_column = {}
    for role in _PER_MILESTONE:
        if role in roles and (got := numbered(cells.raw(r, roles[role]))) is not None:
            if not got.keys() <= items.keys():
                return None
            per_column[roles[role]] = got
    out = []
    for n, text in items.items():
        view = list(row) + [None] * (max(roles.values()) + 1 - len(row))
        view[roles["milestone"]] = text
        for c, got in per_column.items():
            view[c] = got.get(n)
        out.append(view)
    return out
