"""An activity plan kept on its own sheet beside the logframe (DFID's "Activities" sheet, a
work plan): one row per activity with the output it serves, its number, its dates.

"Output | No. | Activity | Responsible | Start | End" (or Producto / Componente, Actividad,
Inicio / Término, in Spanish; Produto, Atividade, Início / Fim; Produit, Activité, Début /
Fin). It names no commitment: its activities join the one matrix the rest of the workbook
gives (``join_activity_plans``), each under the output its number says (1.2 under output 1,
whatever the row order), with its start and end dates. A workbook with no other matrix, or
several, is refused with a sentence: which commitment the activities belong to is not
guessed."""

from __future__ import annotations

import re
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..parse import normalize
from .base import Cells, Match, Matrix, RowIn

NAME = "activity_plan"
_ACTIVITY = ("activity", "activities", "actividad", "actividades", "atividade", "atividades",
             "activite", "activites", "accion", "acciones", "acao", "acoes")  # fmt: skip
_OUTPUT = ("output", "outputs", "output no", "output no.", "producto", "productos",
           "componente", "componentes", "component", "produto", "produtos", "produit",
           "resultado", "result")  # fmt: skip
_CODE = ("no", "no.", "n°", "nº", "#", "code", "codigo", "cod", "cod.", "ref", "activity no",
         "activity no.")  # fmt: skip
_START = ("start", "start date", "inicio", "fecha de inicio", "fecha inicio", "debut",
          "date de debut", "data de inicio", "data inicio")  # fmt: skip
_END = ("end", "end date", "termino", "fecha de termino", "fecha termino", "fin",
        "fecha de fin", "fim", "data de fim", "data de termino", "date de fin")  # fmt: skip
_NUMBER = re.compile(r"^\s*[A-Za-z]{0,3}\s*(\d+)(?:\.(\d+))?\s*$")


def _roles(row: list[Any]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for c, v in enumerate(row):
        t = normalize(v).rstrip(" :") if isinstance(v, str) else ""
        for role, words in (("activity", _ACTIVITY), ("output", _OUTPUT), ("code", _CODE),
                            ("start", _START), ("end", _END)):  # fmt: skip
            if t in words and role not in roles:
                roles[role] = c
                break
    return roles


def _header(grid: list[list[Any]]) -> tuple[int, dict[str, int]] | None:
    for r, row in enumerate(grid[:10]):
        roles = _roles(row)
        if {"activity", "output"} <= roles.keys() and ({"start", "end"} & roles.keys()):
            return r, roles
    return None


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    """Surer than an OGP follow-up sheet (which also lists dated activities) only when the
    output column holds output numbers and no column names a commitment or milestone."""
    found = _header(grid)
    if found is None:
        return None
    head, roles = found
    words = {normalize(v) for v in grid[head] if isinstance(v, str)}
    if any(w.startswith(("compromis", "commitment", "engagement", "hito", "milestone"))
           for w in words):  # fmt: skip
        return None
    outs = [row[roles["output"]] for row in grid[head + 1 :]
            if roles["output"] < len(row) and row[roles["output"]] not in (None, "")]  # fmt: skip
    numbered = sum(bool(_NUMBER.match(str(v))) for v in outs)
    if not outs or numbered * 2 < len(outs):
        return None
    return Match(NAME, 0.92, sheet, {"header": head})


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    head, roles = _header(grid) or (0, {})
    mx = Matrix(cells.sheet, "", cells.sheet, None, title_known=False, joins=True)
    for c in cells.filled(head):
        cells.get(head, c)  # the header; a column it names but nobody reads is listed below
    for r in range(head + 1, cells.rows):
        if cells.raw(r, roles["activity"]) in (None, ""):
            continue
        narrative = cells.text(r, roles["activity"])
        out = _NUMBER.match(cells.text(r, roles["output"])) if "output" in roles else None
        own = _NUMBER.match(cells.text(r, roles["code"])) if "code" in roles else None
        if own and own[2]:
            code = f"{own[1]}.{own[2]}"  # "1.2": activity 2 of output 1
        elif out and own:
            code = f"{out[1]}.{own[1]}"
        elif out:
            code = f"{out[1]}.{r - head}"
        else:
            code = ""
        row = RowIn(Level.ACTIVITY, narrative, r + 1, get_column_letter(roles["activity"] + 1),
                    code=code)  # fmt: skip
        for key, what in (("start", ("start date", "la fecha de inicio")),
                          ("end", ("end date", "la fecha de término"))):  # fmt: skip
            if key in roles:
                setattr(row, f"{key}_date", cells.date(r, roles[key], what))
        mx.rows.append(row)
    cells.leftovers(head)
    return [mx]


def join_activity_plans(matrices: list[Matrix], problems: Any) -> list[Matrix]:
    """The activity plans' rows added to the one other matrix of the workbook."""
    plans = [m for m in matrices if getattr(m, "joins", False)]
    others = [m for m in matrices if not getattr(m, "joins", False)]
    if not plans:
        return matrices
    if len(others) != 1:
        for plan in plans:
            problems.add(plan.sheet, None, None, plan.sheet, "activity_plan_alone",
                         count=len(others))  # fmt: skip
        return others
    for plan in plans:
        others[0].rows.extend(plan.rows)
    return others
