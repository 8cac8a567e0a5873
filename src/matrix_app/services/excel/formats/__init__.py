"""One module per family of matrix templates, behind one recognizer interface (``base``).

Each module says how sure it is that a sheet is of its kind (``recognize``) and reads it
(``read``); ``recognize`` here asks every module and keeps the most confident. Families:
``dfid`` (UK logframe), ``worldbank`` (PAD results framework), ``idb`` (IDB results
matrix, read as a results framework), ``usaid`` (IPTT), ``pirs`` (USAID indicator reference sheets, one per sheet),
``ogp_followup`` (one row per milestone), ``ogp_template`` (OGP's commitment template as a
form, one commitment per sheet), ``vertical_form`` (label | value lines, Danida), ``label_blocks`` (OGP commitments as blocks of
label | value lines down one sheet), ``task_export`` (Asana, Jira, Planner task lists: parent
tasks the commitments, subtasks the milestones), ``activity_plan`` (a work plan on its own sheet,
joining the workbook's logframe), and the column matrices ``eu`` (EU logframe,
cadre logique), ``ilpes`` (ILPES/CEPAL/DIPRES, Portuguese MML) and ``handmade`` (anything
with a recognisable header), which share the classic engine in ``logframe``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from . import (
    activity_plan,
    dfid,
    eu,
    handmade,
    idb,
    ilpes,
    label_blocks,
    ogp_followup,
    ogp_template,
    pirs,
    task_export,
    usaid,
    vertical_form,
    worldbank,
)  # fmt: skip
from .base import Match

FORMATS: list[ModuleType] = [
    dfid, worldbank, idb, usaid, pirs, ogp_template, ogp_followup, activity_plan, eu, ilpes,
    handmade, vertical_form, label_blocks, task_export,
]  # fmt: skip
BY_NAME = {f.NAME: f for f in FORMATS}


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    """The most confident format's match for a sheet, or None if no format knows it."""
    best: Match | None = None
    for fmt in FORMATS:
        found = fmt.recognize(grid, sheet)
        if found is not None and (best is None or found.score > best.score):
            best = found
    return best
