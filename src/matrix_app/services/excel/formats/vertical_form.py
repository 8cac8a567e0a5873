"""A results framework written as a form, one label | value line under another (Danida's
guidelines): "Project title | ...", "Project objective | ..." (the goal), "Impact
indicator | ...", "Baseline | Year | 2017 | 55", "Target | Year | 2022 | 65", then
"Outcome | ...", "Outcome indicator | ...", "Output 1 | ...", "Output indicator | ...",
"Annual target Year 1 | Year | 2019 | 50". No header row: each line's label says what it is.
Lines it does not know are listed as not imported (``Cells.leftovers``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..logframe_read import guess_level
from ..parse import normalize
from .base import Cells, IndicatorIn, Match, Matrix, RowIn

NAME = "vertical_form"
_TITLE = re.compile(r"^(?:project|programme|program|proyecto|programa|projet|projeto)\s+"
                    r"(?:title|name|titulo|nombre|titre|nom|nome)$|"
                    r"^(?:nombre|titulo|nome|titre|nom|intitule) d(?:el|o|u) "
                    r"(?:proyecto|programa|projeto|projet|programme)$")  # fmt: skip
#: The objective a project names first is its goal (Danida: "Project objective").
_GOAL = re.compile(
    r"^(?:project|programme|development|overall)\s+objective$|^objetivo del proyecto$"
)
_INDICATOR = re.compile(r"\b(?:indicators?|indicador(?:es)?|indicateurs?)\b")
_BASELINE = re.compile(r"^(?:baseline|linea de base|linea base|valeur de reference|base)$")
_TARGET = re.compile(r"^(?:(?:annual |final |end )?target|meta|cible)(?:\s+(?:year\s+)?\d+)?$|"
                     r"^annual target year \d+$")  # fmt: skip
_YEAR_WORD = ("year", "ano", "annee", "anio")


def _texts(grid: list[list[Any]], r: int) -> list[tuple[int, Any]]:
    return [(c, v) for c, v in enumerate(grid[r]) if v not in (None, "")]


def _figure_line(cells: list[tuple[int, Any]]) -> bool:
    """ "Baseline | Year | 2017 | 55": a label, the word year, the year, the value."""
    return (
        len(cells) == 4
        and isinstance(cells[1][1], str)
        and normalize(cells[1][1]) in _YEAR_WORD
        and re.fullmatch(r"(?:19|20)\d{2}", str(cells[2][1]).split(".")[0]) is not None
    )


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    levels = figures = 0
    for r in range(min(len(grid), 80)):
        cells = _texts(grid, r)
        if not cells or not isinstance(cells[0][1], str):
            continue
        label = normalize(cells[0][1])
        if _figure_line(cells):
            figures += 1
        elif len(cells) == 2 and (guess_level(label)[0] is not None or _GOAL.match(label)):
            levels += 1
    if levels >= 2 and figures >= 2:
        return Match(NAME, 0.7, sheet)
    return None


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    mx = Matrix(match.sheet, "", match.sheet, None, title_known=False)
    row: RowIn | None = None
    ind: IndicatorIn | None = None
    for r in range(len(grid)):
        line = _texts(grid, r)
        if not line or not isinstance(line[0][1], str):
            continue
        label = normalize(line[0][1]).rstrip(" :")
        col = get_column_letter(line[-1][0] + 1)
        if len(line) == 2 and _TITLE.match(label):
            mx.title, mx.title_known, mx.row = cells.text(r, line[1][0]), True, r + 1
            cells.get(r, line[0][0])
        elif len(line) == 2 and _INDICATOR.search(label) and row is not None:
            ind = IndicatorIn(cells.text(r, line[1][0]), r + 1, col)
            row.indicators.append(ind)
            cells.get(r, line[0][0])
        elif (
            _figure_line(line)
            and ind is not None
            and (_BASELINE.match(label) or _TARGET.match(label))
        ):
            year = int(str(cells.get(r, line[2][0])).split(".")[0])
            cells.get(r, line[0][0]), cells.get(r, line[1][0])
            value, _ref = cells.number(r, line[3][0], ("value", "el valor"))
            if value is None:
                continue
            when = dt.date(year, 12, 31)
            if _BASELINE.match(label):
                ind.baseline, ind.baseline_date = value, when
            else:
                ind.targets.append((when, value, r + 1, col))
        elif len(line) == 2:
            level = Level.GOAL if _GOAL.match(label) else guess_level(label)[0]
            if level is None:
                continue
            row = RowIn(level, cells.text(r, line[1][0]), r + 1, col)
            mx.rows.append(row)
            ind = None
            cells.get(r, line[0][0])
    cells.leftovers()
    return [mx] if mx.rows else []
