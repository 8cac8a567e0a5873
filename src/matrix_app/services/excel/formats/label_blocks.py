"""OGP commitments written as blocks of label | value lines repeated down one sheet (a
Georgian status sheet): "Commitment №" | "1", "Commitment" | "…", "Lead agency" | "…",
"Partner agencies" | "A; B", then "Milestone" | "…", "Start date" | "…", "End date" | "…",
"Progress" | "40%" for each milestone; a new number or commitment label opens the next
block. Each label means what the same word means as a column header of a follow-up sheet
(``ogp_words``), and each value is read as ``ogp_followup`` reads that column's cell, so
periods, progress words and evidence links behave alike. Lines it does not know are listed
as not imported."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..logframe_cells import commitment_from_cell
from ..parse import normalize
from . import ogp_words as w
from .base import Cells, Match, Matrix, RowIn
from .ogp_followup import _milestone

NAME = "label_blocks"
_FIELDS = ("start", "end", "period", "progress", "evidence")


def _line(grid: list[list[Any]], r: int) -> tuple[int, int, str] | None:
    """(label column, value column, role) of a row holding a label and its value only."""
    filled = [c for c, v in enumerate(grid[r]) if v not in (None, "")]
    if len(filled) != 2 or not isinstance(grid[r][filled[0]], str):
        return None
    label = normalize(grid[r][filled[0]]).rstrip(" :")
    if len(label.split()) > 5:
        return None
    if w.SUPPORT.search(label):
        role = "support"
    elif w.COMMITMENT_WORD.search(label) and w.NUMBER.search(label):
        role = "code"
    else:
        role = w.header_role(label, {})
    return (filled[0], filled[1], role) if role else None


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    """Commitment and milestone labels with their values on lines of their own, one of them
    repeated (several blocks, or several milestones), and a date or progress line."""
    seen: dict[str, int] = {}
    for r in range(min(len(grid), 200)):
        if (line := _line(grid, r)) is not None:
            seen[line[2]] = seen.get(line[2], 0) + 1
    has = {"commitment", "milestone"} <= seen.keys() and bool(set(_FIELDS) & seen.keys())
    if has and max(seen["commitment"], seen.get("code", 0), seen["milestone"]) >= 2:
        return Match(NAME, 0.6, sheet)
    return None


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    out: list[Matrix] = []
    mx: Matrix | None = None
    row: RowIn | None = None
    for r in range(len(grid)):
        if (line := _line(grid, r)) is None:
            continue
        label, c, role = line
        col = get_column_letter(c + 1)
        opens = role == "code" or (role == "commitment" and (mx is None or mx.title))
        if opens:
            mx, row = Matrix(cells.sheet, "", "", r + 1), None
            out.append(mx)
        if mx is None:
            continue
        if role == "code":
            value = cells.text(r, c)
            mx.code = commitment_from_cell(value)[0] or value
        elif role == "commitment":
            code, title = commitment_from_cell(cells.text(r, c))
            mx.code, mx.title, mx.row = mx.code or code, title, r + 1
        elif role == "institution":
            mx.institution = cells.text(r, c)
        elif role == "support":
            value = cells.text(r, c)
            names = w.support_names(value, not w.lists_by_line([value]))
            mx.support += [n for n in names if n not in mx.support]
        elif role == "milestone":
            row = RowIn(Level.ACTIVITY, cells.text(r, c), r + 1, col)
            mx.rows.append(row)
        elif role in _FIELDS and row is not None:
            got = _milestone(cells, r, {role: c}, row.narrative, col)
            row.start_date = got.start_date or row.start_date
            row.end_date = got.end_date or row.end_date
            row.progress = got.progress if got.progress is not None else row.progress
            row.evidence += got.evidence
            row.links += got.links
        else:
            continue
        cells.get(r, label)
    cells.leftovers()
    return [m for m in out if m.title]
