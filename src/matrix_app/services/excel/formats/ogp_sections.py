"""Rows inside an OGP tracker that are not milestones: the lines naming a commitment's lead
and supporting institutions between its section row and its milestones ("Structure
responsable : …", "Lead MDA: …", "Supporting MDAs/CSOs: A, B"), and the continuation mark
of a commitment carried on to the next sheet ("… (cont.)", "(continuación)", "(suite)").
Kept apart from ``ogp_followup`` (the rows) for size."""

from __future__ import annotations

import re

from ..parse import normalize
from . import ogp_words as w
from .base import Cells

#: "<label>: <names>" on one line, the label a few words.
_LINE = re.compile(r"^\s*(?P<label>[^:\n]{2,60}?)\s*:\s*(?P<rest>.*)$", re.DOTALL)
#: The label's first or last word names who is responsible ("Lead MDA", "Structure
#: responsable", "Institución responsable", "Implementing agency", "Entidad líder").
_LEAD = re.compile(
    r"^(?:lead|leading|responsible|implementing|institucion|institution|instituicao|structure|"
    r"organismo|organisme|organo|orgao|entidad|entidade|agencia|agency|ministerio|ministry|"
    r"ministere|dependencia|department|departamento|responsable|responsavel|mdas?)\b"
    r"|\b(?:responsable|responsavel|responsible|lead|lider|mdas?|agency|agencies|"
    r"institution|institucion|entity|entidad|pilote|chef de file)$"
)
_CONTINUED = re.compile(
    r"\s*[-–—]?\s*[(\[]\s*(?:cont\.?|contd\.?|cont'd|continuaci[oó]n|continua[cç][aã]o|"
    r"continued|continues|suite|suite et fin|sigue|contin[uú]a)\s*[)\]]\s*\.?\s*$"
    r"|\s+[-–—]\s*(?:continuaci[oó]n|continua[cç][aã]o|continued|suite)\s*$",
    re.IGNORECASE,
)


def without_continuation(text: str) -> str:
    """A commitment's name without the mark of its continuation on another sheet:
    "Datos abiertos (cont.)" is "Datos abiertos" (the same commitment, read on)."""
    return _CONTINUED.sub("", text) if isinstance(text, str) else text


def institution_line(cells: Cells, r: int) -> tuple[str, list[str]] | None:
    """("lead", [name]) or ("support", names) for a row that is only a label line naming a
    commitment's institutions ("Lead MDA: Budget Office", "Supporting MDAs/CSOs: A, B", or
    the label and its names in two cells); its cells are marked used. Else None (a
    milestone with a colon has dates beside it, or no institution word in its label)."""
    filled = cells.filled(r)
    if not 1 <= len(filled) <= 2 or not isinstance(raw := cells.raw(r, filled[0]), str):
        return None
    found = _LINE.match(raw)
    if found is None or w.SECTION.match(raw):
        return None
    rest = found.group("rest").strip()
    if len(filled) == 2:
        if rest or not isinstance(cells.raw(r, filled[1]), str):
            return None
        rest = str(cells.raw(r, filled[1])).strip()
    label = normalize(found.group("label"))
    if not rest or len(label.split()) > 5:
        return None
    if w.SUPPORT.search(label):
        kind, names = "support", w.support_names(rest, commas=True)
    elif _LEAD.search(label):
        kind, names = "lead", [rest]
    else:
        return None
    for c in filled:
        cells.get(r, c)
    return kind, names
