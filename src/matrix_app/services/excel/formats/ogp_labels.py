"""Label rows of hand-kept OGP trackers read as their label says, whatever the spacing
before the colon: "Commitment : …" without a number names a commitment (its title is what
follows the label), and a theme row may name the lead agency of the commitments under it
in brackets ("THEME : Corruption (Lead Agency - CIABOC )", "Eje 2: Salud (Institución
responsable: MINSA)"). Kept apart from ``ogp_followup`` for size."""

from __future__ import annotations

import re

from ..logframe_cells import commitment_from_cell
from ..parse import normalize
from . import ogp_words as w
from .base import Cells

#: The lead agency in brackets at the end of a theme row.
_LEAD = re.compile(
    r"\s*\(\s*(?:lead(?: agency| institution| ministry| department)?|implementing agency|"
    r"agencia l[ií]der|instituci[oó]n (?:responsable|l[ií]der)|responsable|"
    r"organisme (?:responsable|chef de file)|institui[cç][aã]o respons[aá]vel)"
    r"\s*[-–:]\s*(?P<lead>[^()]+?)\s*\)\s*$",
    re.IGNORECASE,
)


def theme_lead(text: str) -> tuple[str, str]:
    """A theme and the lead agency its row names in brackets ("Corruption (Lead Agency -
    CIABOC )" -> ("Corruption", "CIABOC")); ("…", "") when it names none."""
    found = _LEAD.search(text)
    if found is None:
        return text, ""
    return text[: found.start()].strip(), " ".join(found.group("lead").split())


def unlabelled(name: str) -> tuple[str, str]:
    """Code and title of a commitment cell, the label taken off when it has no number
    ("Commitment : Proactive disclosure" -> ("", "Proactive disclosure"))."""
    code, title = commitment_from_cell(name)
    label = w.LABEL.match(normalize(title)) if not code else None
    if label is not None and label.group("what") in w.COMMITMENT_LABELS and ":" in title:
        rest = title[title.index(":") + 1 :].strip()
        return commitment_from_cell(rest) if rest else (code, title)
    return code, title


def label_above(cells: Cells, head: int) -> tuple[int, str, str] | None:
    """The unnumbered "Commitment : …" line right above the header (only empty rows between):
    its row, code and title, the cell marked used; None when that line is something else."""
    r = head - 1
    while r >= 0 and not cells.filled(r):
        r -= 1
    if r < 0 or len(cells.filled(r)) != 1:
        return None
    c = cells.filled(r)[0]
    raw = cells.raw(r, c)
    if not isinstance(raw, str) or not w.SECTION.match(raw):
        return None
    code, title = unlabelled(raw)
    if not title or normalize(title) == normalize(raw):
        return None
    cells.get(r, c)
    return r, code, title
