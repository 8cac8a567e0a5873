"""IDB (Inter-American Development Bank) results matrix ("Matriz de Resultados", "Results
Matrix"): read by the World Bank reader, which it resembles.

"Objetivo del proyecto:" / "Project objective:" is the purpose; "Resultados" / "Impacto" /
"Outcome indicators" section rows hold the indicators that measure it, "Productos" /
"Outputs" the components' ("Componente 1: …" rows are outputs). Columns: Indicadores |
Unidad de medida | Línea de base | Año línea de base | 2019 | 2020 | Meta final (2021) |
Medios de verificación | Responsable | Comentarios. Unlike the Bank's fiscal years, a year
is a calendar year (31 December); "Año línea de base" dates the baseline; columns the model
has no place for (Comentarios) are listed as not read."""

from __future__ import annotations

import re
from typing import Any

from ..parse import normalize
from . import worldbank
from .base import Match
from .worldbank_words import HEADS

NAME = "idb"
_TITLES = ("matriz de resultados", "results matrix", "matriz de resultado")
_YEARLY = re.compile(r"(?:19|20)\d{2}|.*\b(?:meta final|final target|end of project)\b.*")


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    text = " ".join(normalize(v) for row in grid[:60] for v in row if isinstance(v, str))
    if not any(t in text for t in _TITLES):
        return None
    for row in grid[:40]:
        cells = [normalize(int(v) if isinstance(v, float) else v) for v in row
                 if v not in (None, "")]  # fmt: skip
        if len(cells) > 2 and cells[0] in HEADS and any(_YEARLY.fullmatch(c) for c in cells):
            return Match(NAME, 0.92, sheet, {"year_end": (12, 31)})
    return None


def read(grid: list[list[Any]], match: Match, cells: Any) -> Any:
    return worldbank.read(grid, match, cells)
