"""OGP follow-up sheets: one row per milestone (hito).

Compromiso and Institución are merged over (or written once above) their milestones, and
one sheet may hold several commitments. Each commitment becomes a commitment of the plan
with its lead institution; each milestone an activity with its start and end dates (a
period - "julio 2014", "2do semestre 2016", "Q3 2015" - means its last day), its progress
(% de avance: 0.5 in a % cell or "50%" is 50) and its means of verification as evidence (a
link when it is a web address, else a note). Estado (worked out from progress and dates)
and Observaciones are listed as not imported."""

from __future__ import annotations

import re
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..logframe_cells import commitment_from_cell
from ..parse import normalize
from .base import Cells, Match, Matrix, RowIn

NAME = "ogp_followup"
_RULES = (
    ("milestone", ("hito", "milestone", "jalon", "actividad", "activity", "entregable",
                   "deliverable", "atividade", "marco")),
    ("start", ("fecha inicio", "fecha de inicio", "inicio", "start", "debut")),
    ("end", ("fecha termino", "fecha de termino", "termino", "end date", "fin", "end")),
    ("progress", ("avance", "completion", "progress", "cumplimiento")),
    ("evidence", ("medio de verificacion", "medios de verificacion", "verificacion",
                  "evidence", "evidencia")),
    ("institution", ("institucion", "institution", "responsable", "organismo", "agency",
                     "agencia", "lead", "implementing", "orgao")),
    ("commitment", ("compromiso", "commitment", "engagement")),
    ("code", ("n°", "nº", "no.", "numero", "#", "n")),
)  # fmt: skip
WHY = {
    "status": ("the status is worked out from progress and dates",
               "el estado se calcula a partir del avance y las fechas"),
    "comments": ("a milestone has no comment field; write it in the commitment's narrative",
                 "un hito no tiene campo de comentarios; escríbalo en la narrativa del "
                 "compromiso"),
}  # fmt: skip


_NUMBER = re.compile(r"(?:\bn\s*[°º.o]|\bno\.|\bnumero\b|#|\bcodigo\b|\bid\b)")
_SECTION = re.compile(r"^\s*(?:compromiso|compromisso|commitment|engagement)\b", re.IGNORECASE)


def _roles(cells: Cells, r: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in cells.filled(r):
        t = cells.norm(r, c)
        if "code" not in out and _SECTION.match(t) and _NUMBER.search(t):
            out["code"] = c  # "Compromiso N°" beside "Nombre del compromiso"
            continue
        for role, words in _RULES:
            if role not in out and (t in words or any(len(w) > 2 and w in t for w in words)):
                out[role] = c
                break
    return out


def _header(cells: Cells) -> tuple[int, dict[str, int]] | None:
    for r in range(min(cells.rows, 30)):
        roles = _roles(cells, r)
        dates = {"start", "end", "progress"} & roles.keys()
        if "milestone" in roles and ("commitment" in roles or len(dates) >= 2):
            return r, roles
    return None


def _section(cells: Cells, r: int) -> str:
    """A row naming a commitment across the table ("Commitment 5: ..."), else ""."""
    filled = cells.filled(r)
    if len(filled) == 1 and _SECTION.match(str(cells.raw(r, filled[0]))):
        return cells.text(r, filled[0])
    return ""


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    from ..errors import ProblemList

    found = _header(Cells(grid, sheet, ProblemList()))
    return Match(NAME, 0.9, sheet, {"header": found[0]}) if found else None


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    head, roles = _header(cells)  # type: ignore[misc]
    cells.use_row(head)
    if head and all(len(str(cells.raw(head - 1, c)).split()) <= 3 for c in cells.filled(head - 1)):
        cells.use_row(head - 1)  # a group header over the header ("Milestones", "Progress")
    why: dict[int, tuple[str, str]] = {}
    for c in cells.filled(head):
        t = cells.norm(head, c)
        if t.startswith(("estado", "status", "statut")):
            why[c] = WHY["status"]
        elif t.startswith(("observacion", "comment", "remarque", "nota")):
            why[c] = WHY["comments"]
    out: list[Matrix] = []
    mx: Matrix | None = None
    for r in range(head + 1, cells.rows):
        if not cells.filled(r):
            continue
        section = "" if "commitment" in roles else _section(cells, r)
        name = cells.text(r, roles["commitment"]) if "commitment" in roles else section
        if name:
            code = cells.text(r, roles["code"]) if "code" in roles else ""
            c_code, title = commitment_from_cell(name)
            mx = Matrix(cells.sheet, code or c_code, title or name, r + 1)
            out.append(mx)
            if section:
                continue
        if mx is not None and "institution" in roles:
            if not mx.institution:
                mx.institution = cells.text(r, roles["institution"])
            elif cells.norm(r, roles["institution"]) == normalize(mx.institution):
                cells.get(r, roles["institution"])  # the same lead, repeated per milestone
        milestone = cells.text(r, roles["milestone"])
        if mx is None or not milestone:
            continue
        col = get_column_letter(roles["milestone"] + 1)
        row = RowIn(Level.ACTIVITY, milestone, r + 1, col)
        if "start" in roles:
            row.start_date = cells.date(r, roles["start"], ("start date", "la fecha de inicio"))
        if "end" in roles:
            row.end_date = cells.date(r, roles["end"], ("end date", "la fecha de término"))
        if "progress" in roles:
            value, _ref = cells.number(r, roles["progress"], ("progress", "el avance"))
            row.progress = value
        if "evidence" in roles and (text := cells.text(r, roles["evidence"])):
            row.evidence.append(text)
        mx.rows.append(row)
    cells.leftovers(head, why)
    return out
