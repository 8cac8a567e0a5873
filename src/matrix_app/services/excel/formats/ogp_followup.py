"""OGP follow-up sheets: one row per milestone (hito).

Compromiso and Institución are merged over (or written once above) their milestones, and
one sheet may hold several commitments. Each commitment becomes a commitment of the plan
with its lead institution; each milestone an activity with its start and end dates (a
period - "julio 2014", "2do semestre 2016", "Q3 2015" - means its last day), its progress
(% de avance: 0.5 in a % cell or "50%" is 50) and its means of verification as evidence (a
link when it is a web address, else a note). Estado (worked out from progress and dates)
and Observaciones are listed as not imported.

The commitment comes from its column (the same number and name written again on the next
rows - an Excel Table cannot merge - is the same commitment; a name that differs is
another), from a section row across the table, or from the lines above the header ("Matriz
de seguimiento – Compromiso N° 5: …", "Compromiso: | 2. …", "Organismo responsable: | …").
A column of the IRM's words ("Nivel de cumplimiento": Sustancial, Limitado...) gives the
commitment's completion. "Notas:", "Fuente:" and signature lines below the table, and the
rows after them without a milestone, are set aside with a warning."""

from __future__ import annotations

import re
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Completion, Level
from ..logframe_cells import commitment_from_cell
from ..logframe_read import _TITLE, _TITLE_WORD, NOTES_ROW
from ..parse import is_missing, normalize
from .base import Cells, Match, Matrix, RowIn

NAME = "ogp_followup"
_RULES = (
    ("milestone", ("hito", "milestone", "jalon", "actividad", "activity", "entregable",
                   "deliverable", "atividade", "marco")),
    ("start", ("fecha inicio", "fecha de inicio", "inicio", "start", "debut")),
    ("end", ("fecha termino", "fecha de termino", "termino", "end date", "fin", "end")),
    ("progress", ("avance", "completion", "progress", "cumplimiento", "complete",
                  "realisation")),
    ("evidence", ("medio de verificacion", "medios de verificacion", "verificacion",
                  "verification", "verificador", "verificable", "verifiable", "evidence",
                  "evidencia")),
    ("institution", ("institucion", "institution", "responsable", "organismo", "agency",
                     "agencia", "lead", "implementing", "orgao", "entidad")),
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
_COMMITMENT_WORD = re.compile(r"\b(?:compromiso|compromisso|commitment|engagement)\b")
#: A label line above the header: "Compromiso:" | "2. ...", "Organismo responsable: ...".
_LABEL = re.compile(
    r"^\s*(?P<what>compromiso|compromisso|commitment|engagement|organismo|institucion|"
    r"instituicao|entidad|lead agency|lead institution|agencia|responsable)\b[^:]{0,30}:\s*"
    r"(?P<rest>.*)$",
    re.DOTALL,
)
_SIGNATURE = re.compile(r"^[_\-–—.\s]{4,}$")  # "____________": a signature line
#: The IRM's completion words (and the plans' own), English, Spanish, French, Portuguese.
_COMPLETION = {
    "no iniciado": Completion.NOT_STARTED, "not started": Completion.NOT_STARTED,
    "sin iniciar": Completion.NOT_STARTED, "non demarre": Completion.NOT_STARTED,
    "nao iniciado": Completion.NOT_STARTED, "limitado": Completion.LIMITED,
    "limited": Completion.LIMITED, "limite": Completion.LIMITED,
    "sustancial": Completion.SUBSTANTIAL, "substantial": Completion.SUBSTANTIAL,
    "substantiel": Completion.SUBSTANTIAL, "substancial": Completion.SUBSTANTIAL,
    "completo": Completion.COMPLETE, "completado": Completion.COMPLETE,
    "complete": Completion.COMPLETE, "completed": Completion.COMPLETE,
    "cumplido": Completion.COMPLETE, "concluido": Completion.COMPLETE,
    "acheve": Completion.COMPLETE, "sin evidencia": Completion.NO_EVIDENCE,
    "no evidence available": Completion.NO_EVIDENCE, "no evidence": Completion.NO_EVIDENCE,
    "retirado": Completion.WITHDRAWN, "withdrawn": Completion.WITHDRAWN,
}  # fmt: skip


def completion_of(value: Any) -> str:
    """The completion a cell names ("Sustancial" -> "substantial"), else ""."""
    if not isinstance(value, str):
        return ""
    return _COMPLETION.get(normalize(value).strip(" .:;"), "")


def _roles(cells: Cells, r: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in cells.filled(r):
        t = cells.norm(r, c)
        if "code" not in out and _COMMITMENT_WORD.search(t) and _NUMBER.search(t):
            out["code"] = c  # "Compromiso N°" / "N° Compromiso" beside "Nombre del compromiso"
            continue
        for role, words in _RULES:
            if not (t in words or any(len(w) > 2 and w in t for w in words)):
                continue
            if role not in out:
                out[role] = c
                break
            if role == "progress" and "completion" not in out:
                out["completion"] = c  # "% de avance del hito" and "Nivel de cumplimiento"
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


def _above(cells: Cells, head: int) -> tuple[str, str, str, int | None]:
    """Code, title and institution the lines above the header give, and the title's row:
    "Matriz de seguimiento – Compromiso N° 5: …", "Compromiso:" | "2. …", "Organismo
    responsable:" | "…". Only a line naming a commitment with its number counts."""
    code = title = institution = ""
    row = None
    for r in range(head):
        filled = cells.filled(r)
        for i, c in enumerate(filled):
            raw = cells.raw(r, c)
            if not isinstance(raw, str):
                continue
            label = _LABEL.match(normalize(raw))
            rest = raw[raw.index(":") + 1 :].strip() if label else ""
            nxt = filled[i + 1] if i + 1 < len(filled) else None
            if label and not rest and nxt is not None:
                rest = cells.text(r, nxt)  # the value in the next cell
                cells.get(r, nxt)
            if label and label.group("what") in ("compromiso", "compromisso", "commitment",
                                                  "engagement"):  # fmt: skip
                c_code, c_title = commitment_from_cell(rest)
                if not title and c_code and c_title:
                    code, title, row = c_code, c_title, r + 1
                    cells.get(r, c)
            elif label and rest and not institution:
                institution = rest
                cells.get(r, c)
            elif not title and (hit := _TITLE_WORD.search(raw)):
                if found := _TITLE.match(raw[hit.start() :]):
                    code, title, row = found.group(1), found.group(2).strip(), r + 1
                    cells.get(r, c)
    return code, title, institution, row


def _notes(cells: Cells, r: int) -> bool:
    """A notes row ("Notas:", "Fuente:") or a signature line ("________")."""
    texts = [str(cells.raw(r, c)) for c in cells.filled(r)]
    return bool(texts) and (
        bool(NOTES_ROW.match(texts[0])) or all(_SIGNATURE.match(t) for t in texts)
    )


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
    a_code, a_title, a_institution, a_row = _above(cells, head)
    out: list[Matrix] = []
    by_key: dict[tuple[str, str], Matrix] = {}
    mx: Matrix | None = None
    if a_title:
        mx = Matrix(cells.sheet, a_code, a_title, a_row, institution=a_institution)
        out.append(mx)
        by_key[(a_code, normalize(a_title))] = mx
    notes = False
    for r in range(head + 1, cells.rows):
        if not cells.filled(r):
            continue
        if _notes(cells, r) or (notes and not cells.raw(r, roles["milestone"])):
            cells.set_aside(r, "notes_row")
            notes = True
            continue
        notes = False
        section = "" if "commitment" in roles else _section(cells, r)
        name = cells.text(r, roles["commitment"]) if "commitment" in roles else section
        if name:
            code = cells.text(r, roles["code"]) if "code" in roles else ""
            c_code, title = commitment_from_cell(name)
            key = (code or c_code, normalize(title or name))
            if key in by_key:
                mx = by_key[key]  # written again on each of its rows: the same commitment
            else:
                mx = Matrix(cells.sheet, code or c_code, title or name, r + 1)
                mx.institution = a_institution if "institution" not in roles else ""
                out.append(mx)
                by_key[key] = mx
            if section:
                continue
        if mx is not None and "institution" in roles:
            if not mx.institution:
                mx.institution = cells.text(r, roles["institution"])
            elif cells.norm(r, roles["institution"]) == normalize(mx.institution):
                cells.get(r, roles["institution"])  # the same lead, repeated per milestone
        if mx is not None and "completion" in roles:
            _completion(cells, r, roles["completion"], mx)
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
            if completion_of(cells.raw(r, roles["progress"])):
                _completion(cells, r, roles["progress"], mx)
            else:
                value, _ref = cells.number(r, roles["progress"], ("progress", "el avance"))
                row.progress = value
        if "evidence" in roles and (text := cells.text(r, roles["evidence"])):
            if is_missing(text):
                cells.problems.add(
                    cells.sheet, r + 1, get_column_letter(roles["evidence"] + 1), text,
                    "missing_value", warning=True,
                    what=("means of verification", "el medio de verificación"),
                )  # fmt: skip
            else:
                row.evidence.append(text)
        mx.rows.append(row)
    cells.leftovers(head, why)
    return out


def _completion(cells: Cells, r: int, c: int, mx: Matrix) -> None:
    """The commitment's completion from its first row's cell; a different word on a later
    row (a milestone's own state) is left, and listed as not imported."""
    found = completion_of(cells.raw(r, c))
    if found and (not mx.completion or mx.completion == found):
        mx.completion = found
        cells.get(r, c)
