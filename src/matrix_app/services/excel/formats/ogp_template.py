"""The OGP commitment template (2017) filled in as a vertical form, one commitment per sheet,
in English, Spanish, French and Portuguese.

A form, not a table: a label in the first column and its answer beside it - "Number and
Name of Commitment" | "1. …" (the code and title), "Lead implementing agency/actor" (the
lead institution) - the description questions, then "Milestone activity with a verifiable
deliverable | Start Date: | End Date:" over one row per milestone, the contact information,
and "Other Actors Involved" with its sub-labels ("State actors involved", "CSOs, private
sector…") and the names beside them (the supporting institutions). The answers to "What is
the public problem…", "What is the commitment?" and "How will it contribute…" are the
commitment's status quo, description and objective; "Commitment Start and End Date" its
dates; the responsible person and the email its focal point. What else the form says (the
relevance to OGP values, additional information) is listed as not imported.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..logframe_cells import commitment_from_cell
from ..parse import parse_date
from . import ogp_words as w
from .base import Cells, Match, Matrix, RowIn

NAME = "ogp_template"
_NUMBER_NAME = re.compile(
    r"^(?:(?:number and )?name of (?:the )?commitment|commitment number and name|"
    r"(?:nombre y numero|numero y nombre|nombre) del compromiso|"
    r"(?:numero et (?:nom|intitule)|(?:nom|intitule) et numero|intitule) de l'engagement|"
    r"(?:nome e numero|numero e nome|nome) do compromisso)\b"
)
_LEAD = re.compile(
    r"^(?:lead implementing (?:agency|actor|institution)|lead (?:agency|institution)|"
    r"(?:institucion|organismo|entidad)(?: o actor)? responsable|"
    r"(?:institution|structure|agence)(?: ou acteur)? (?:responsable|de mise en oeuvre|chef de file)|"
    r"(?:instituicao|orgao)(?: ou ator)? (?:responsavel|lider))"
)
_MILESTONES = re.compile(
    r"^(?:milestone|actividad|activite|atividade|hito|jalon|marco)s?\b.*"
    r"(?:deliverable|entregable|livrable|entregavel|verifiable|verificable|verificavel)"
)
_START = re.compile(r"\b(?:start|inicio|debut)\b")
_END = re.compile(r"\b(?:end|final|fin|termino|fim)\b")
_CONTACT = re.compile(r"^(?:contact|informacion de contacto|informations? de contact|"
                      r"informac(?:ao|oes) de contato|datos de contacto)")  # fmt: skip
#: The form's other answers: label -> the Commitment field it fills.
_DETAILS = (
    (re.compile(r"^(?:what is the public problem|(?:cual es )?la problematica|"
                r"(?:quel est )?le probleme public|(?:qual e )?o problema publico|"
                r"cual es el problema publico)"), "status_quo"),
    (re.compile(r"^(?:what is the commitment|cual es el compromiso|quel est l'engagement|"
                r"qual e o compromisso)"), "description"),
    (re.compile(r"^(?:how will the commitment contribute|como contribuira|"
                r"comment l'engagement contribuera|como o compromisso contribuira)"), "objective"),
    (re.compile(r"^(?:name of (?:the )?responsible person|nombre de la persona responsable|"
                r"nom de la personne responsable|nome da pessoa responsavel)"),
     "focal_point_name"),
    (re.compile(r"^(?:e-?mail|correo electronico|courriel|adresse (?:e-?mail|electronique))"),
     "focal_point_email"),
)  # fmt: skip
_SPAN = re.compile(r"^(?:commitment start and end date|fecha de inicio y (?:termino|fin|"
                   r"finalizacion) del compromiso|dates? de debut et de fin de l'engagement|"
                   r"data de inicio e (?:termino|fim) do compromisso)")  # fmt: skip
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_OTHERS = re.compile(r"^(?:other actors|otros actores|autres acteurs|outros atores)")


def _find(cells: Cells, pattern: re.Pattern[str]) -> int | None:
    for r in range(cells.rows):
        filled = cells.filled(r)
        if filled and pattern.search(cells.norm(r, filled[0]).lstrip("¿¡ ")):  # "¿Cuál es…?"
            return r
    return None


def _milestone_header(cells: Cells) -> int | None:
    """The row "Milestone activity with a verifiable deliverable | Start Date: | End Date:"."""
    for r in range(cells.rows):
        filled = cells.filled(r)
        if len(filled) >= 3 and _MILESTONES.search(cells.norm(r, filled[0])):
            rest = [cells.norm(r, c) for c in filled[1:]]
            if any(_START.search(t) for t in rest) and any(_END.search(t) for t in rest):
                return r
    return None


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    from ..errors import ProblemList

    cells = Cells(grid, sheet, ProblemList())
    head = _milestone_header(cells)
    if head is None or _find(cells, _NUMBER_NAME) is None:
        return None
    return Match(NAME, 0.95, sheet, {"header": head})  # above ogp_followup's 0.9


def _answer(cells: Cells, r: int) -> str:
    """The answer beside a label: the row's other cells, marked used with the label."""
    filled = cells.filled(r)
    cells.get(r, filled[0])
    return " ".join(cells.text(r, c) for c in filled[1:])


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    head = match.data["header"]
    code = title = lead = ""
    if (r := _find(cells, _NUMBER_NAME)) is not None:
        name = _answer(cells, r)
        code, title = commitment_from_cell(name)
        title = title or name
    if (r := _find(cells, _LEAD)) is not None:
        lead = _answer(cells, r)
    mx = Matrix(cells.sheet, code, title or cells.sheet, head + 1, institution=lead)
    filled = cells.filled(head)
    roles = {"milestone": filled[0]}
    for c in filled[1:]:
        t = cells.norm(head, c)
        roles.setdefault("start" if _START.search(t) else "end" if _END.search(t) else "", c)
    cells.use_row(head)
    col = get_column_letter(roles["milestone"] + 1)
    for r in range(head + 1, cells.rows):
        first = cells.filled(r)[:1]
        if not first:
            continue
        if first[0] == roles["milestone"] and _CONTACT.search(cells.norm(r, first[0])):
            break
        text = cells.text(r, roles["milestone"])
        if not text:
            break
        row = RowIn(Level.ACTIVITY, text, r + 1, col)
        if "start" in roles:
            row.start_date = cells.date(r, roles["start"], ("start date", "la fecha de inicio"))
        if "end" in roles:
            row.end_date = cells.date(r, roles["end"], ("end date", "la fecha de término"))
        mx.rows.append(row)
    mx.support = _others(cells)
    mx.details = _details(cells)
    cells.leftovers()
    return [mx]


def _others(cells: Cells) -> list[str]:
    """The names under "Other Actors Involved": the last cell of its row and of the rows
    below it that name a kind of actor in the second column, not a new label in the first."""
    start = _find(cells, _OTHERS)
    if start is None:
        return []
    texts: list[tuple[int, int]] = []
    for r in range(start, cells.rows):
        filled = cells.filled(r)
        if r > start and (not filled or filled[0] == 0):
            break
        if len(filled) >= 2:
            texts.append((r, filled[-1]))
            for c in filled[:-1]:
                cells.get(r, c)  # the label and the kind of actor
    values = [str(cells.raw(r, c)) for r, c in texts]
    commas = not w.lists_by_line(values)
    out: list[str] = []
    for r, c in texts:
        out += [n for n in w.support_names(cells.text(r, c), commas) if n not in out]
    return out


def _details(cells: Cells) -> dict[str, Any]:
    """The Commitment fields the form's other answers fill (status quo, description...)."""
    out: dict[str, Any] = {}
    for pattern, key in _DETAILS:
        if (r := _find(cells, pattern)) is not None and len(cells.filled(r)) >= 2:
            text = _answer(cells, r)
            if key == "focal_point_email":
                if (found := _EMAIL.search(text)) is None:
                    continue
                text = found.group(0)
            out[key] = text
    if (r := _find(cells, _SPAN)) is not None and len(filled := cells.filled(r)) >= 2:
        raw = cells.raw(r, filled[1])
        parts = w.PERIOD_SPLIT.split(raw.strip()) if isinstance(raw, str) else []
        try:
            dates = [parse_date(p, cells.fiscal_end) for p in parts]
        except ValueError:
            dates = []
        if len(dates) == 2:
            _answer(cells, r)
            if re.fullmatch(r"\d{4}", parts[0].strip()):  # "2017 – 2019": from 1 January
                dates[0] = dt.date(dates[0].year, 1, 1)
            out["start_date"], out["end_date"] = dates
    return out
