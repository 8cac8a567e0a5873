"""A framework kept on two sheets tied by codes: the Global Fund's "Goals & Objectives"
sheet ("Type | Code | Description": Goal G1, Objective O1...) and the indicators sheet whose
first column gives only the code ("G1", "O1"). ``code_table`` reads the first kind of sheet;
the classic engine then stages its results, in its order, and puts each indicator row
under the result its code names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...domain.vocabulary import Level
from .logframe_read import guess_level
from .parse import normalize

_TYPE = ("type", "level", "nivel", "niveau", "tipo", "nivel del objetivo", "result level")
_CODE = ("code", "codigo", "cod", "cod.", "ref", "ref.", "id", "no.", "n")
_TEXT = ("description", "descripcion", "descricao", "statement", "narrative", "intitule",
         "libelle", "enunciado", "goal / objective", "objective", "objetivo", "objectif")  # fmt: skip


@dataclass
class Coded:
    code: str
    level: Level
    text: str
    sheet: str
    row: int  # 1-based
    column: str


def _find(row: list[Any], words: tuple[str, ...]) -> int | None:
    return next(
        (c for c, v in enumerate(row) if isinstance(v, str) and normalize(v).rstrip(" :") in words),
        None,
    )


def code_table(grid: list[list[Any]], sheet: str, scan: int = 15) -> list[Coded]:
    """The coded results a sheet defines ("Goal | G1 | Reduce TB incidence"), or []: a
    header naming a type, a code and a description, then at least two rows whose type
    is a level and whose code is filled."""
    from openpyxl.utils import get_column_letter

    for h, head in enumerate(grid[:scan]):
        kind, code, text = _find(head, _TYPE), _find(head, _CODE), _find(head, _TEXT)
        if None in (kind, code, text):
            continue
        out = []
        for r in range(h + 1, len(grid)):
            row = grid[r]
            cell = [row[c] if c < len(row) else None for c in (kind, code, text)]
            if not all(isinstance(v, str | int | float) and str(v).strip() for v in cell):
                continue
            level = guess_level(str(cell[0]))[0]
            if level is not None:
                out.append(Coded(str(cell[1]).strip(), level, str(cell[2]).strip(), sheet,
                                 r + 1, get_column_letter(text + 1)))  # fmt: skip
        return out if len(out) >= 2 else []
    return []


def coded_rows(grid: list[list[Any]], top: int, column: int | None, table: list[Coded]) -> bool:
    """Whether a matrix's level column below ``top`` gives codes of ``table``."""
    codes = {normalize(x.code) for x in table}
    return column is not None and any(
        column < len(row) and normalize(row[column]) in codes
        for row in grid[top:]
        if isinstance(row[column] if column < len(row) else None, str)
    )
