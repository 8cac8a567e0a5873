"""DFID / UK logframe: IMPACT / OUTCOME / OUTPUT n blocks.

Per indicator a header line ("Impact Indicator 1 | Baseline (2015) | Milestone 1 (Dec
2016) | Milestone 2 | Target (Jun 2018) | Assumptions"), then Planned (the baseline and the
targets at the header's dates), Achieved (measurements at those dates) and Source (means of
verification) rows. The block's narrative is on the Planned row of its first indicator.
Activities listed below ("ACTIVITIES | 1.1 ...", "Activity 1.3 | ...") go under output n by
their number n.m. Impact weighting, risk rating and inputs rows - and a "Risk rating" column in an output's
header line - are listed as not imported (the matrix has no place for them)."""

from __future__ import annotations

import re
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..logframe_cells import commitment_from_cell
from .base import Cells, IndicatorIn, Match, Matrix, RowIn, header_date

NAME = "dfid"
_LABEL = re.compile(r"^(impact|outcome|purpose|output)\s*(\d+)?$")
_LEVELS = {"impact": Level.GOAL, "outcome": Level.PURPOSE, "purpose": Level.PURPOSE,
           "output": Level.OUTPUT}  # fmt: skip
_ASIDE = ("impact weighting", "risk rating", "inputs", "input")
#: "ACTIVITIES | 1.1 ...", "Activity 1.3 | ...": activities added below the outputs (the How to
#: note allows it); numbered n.m, they go under output n.
_ACTIVITY = re.compile(r"^(?:activities|activity)\s*(\d+(?:\.\d+)*)?\s*:?\s*(.*)$", re.DOTALL)
WHY = (
    "impact weighting, risk rating and inputs have no place in the monitoring matrix",
    "la ponderación de impacto, la calificación de riesgo y los insumos no tienen lugar en "
    "la matriz de seguimiento",
)


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    labels = planned = milestones = 0
    for row in grid:
        texts = [str(v).strip().lower() for v in row if isinstance(v, str)]
        labels += bool(row and isinstance(row[0], str) and _LABEL.match(row[0].strip().lower()))
        planned += any(t in ("planned", "achieved") for t in texts)
        milestones += any(t.startswith("milestone") for t in texts)
    if labels and planned and milestones:
        return Match(NAME, 0.95, sheet)
    return None


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    mx = Matrix(cells.sheet, "", cells.sheet, None, title_known=False)
    row_in: RowIn | None = None
    ind: IndicatorIn | None = None
    heads: dict[int, tuple[str, Any]] = {}
    inputs = False
    aside: dict[int, tuple[str, str]] = {}
    activities = False
    for r in range(cells.rows):
        filled = cells.filled(r)
        if not filled:
            continue
        a = cells.norm(r, 0)
        if a.rstrip(" :") in ("project name", "project title", "programme name", "programme title"):
            cells.get(r, 0)
            title = next((cells.text(r, c) for c in filled if c > 0), "")
            mx.code, mx.title = commitment_from_cell(title)
            mx.row, mx.title_known = r + 1, True
            continue
        texts = {c: cells.norm(r, c) for c in filled}
        header = any(t.startswith(("baseline", "milestone")) for t in texts.values())
        if any(a.startswith(w) for w in _ASIDE) or (
            not header and any(t == "risk rating" for t in texts.values())
        ):
            inputs = a.startswith("input")
            cells.set_aside(r, "unused_row", why=WHY)
            continue
        if inputs and not a:
            cells.set_aside(r, "unused_row", why=WHY)
            continue
        inputs = False
        label = _LABEL.match(a)
        if (act := _ACTIVITY.match(a)) or (activities and not label and not header and not a):
            activities = True
            code = act[1] if act else ""
            text = next((cells.text(r, c) for c in filled if c > 0), "")
            if not text and act and act[2]:
                text = cells.text(r, 0).split(":", 1)[-1].strip()
            cells.get(r, 0)
            if text:
                narrative = f"{code} {text}" if code and not text.startswith(code) else text
                mx.rows.append(RowIn(Level.ACTIVITY, narrative, r + 1, "B"))
            continue
        activities = False
        if label or header:
            if label:
                cells.get(r, 0)
                row_in = RowIn(_LEVELS[label[1]], "", r + 1, "A", code=label[2] or "")
                mx.rows.append(row_in)
            heads = {}
            for c in filled:
                if c == 0:
                    continue
                t, raw = texts[c], cells.text(r, c)
                if t.startswith("baseline"):
                    heads[c] = ("baseline", header_date(raw))
                elif t.startswith(("milestone", "target")):
                    when = header_date(raw)
                    if when is None:
                        cells.problems.add(
                            cells.sheet, r + 1, get_column_letter(c + 1), raw, "ambiguous_date",
                            header=raw, hint="write the date in brackets: Milestone 1 (Dec 2016)",
                        )  # fmt: skip
                    heads[c] = ("target", when)
                elif t.startswith("assumption"):
                    heads[c] = ("assumptions", None)
                elif t.startswith(("risk", "impact weighting")):
                    heads[c] = ("aside", None)  # a column of the block: its cells listed
            ind = None
            continue
        kind, at = cells.norm(r, 2), 2
        if filled == [1] and cells.norm(r, 1).rstrip(" :") == "source":
            kind, at = "source", 1  # the 2011 template: "Source" under the indicator's name
        if row_in is None or kind not in ("planned", "achieved", "source"):
            continue  # listed by leftovers
        cells.get(r, at)
        if kind == "planned":
            if cells.raw(r, 0) not in (None, "") and not row_in.narrative:
                row_in.narrative = cells.text(r, 0)
            ind = IndicatorIn(cells.text(r, 1), r + 1, "B")
            row_in.indicators.append(ind)
            for c, (k, when) in heads.items():
                col = get_column_letter(c + 1)
                if k == "assumptions":
                    if text := cells.text(r, c):
                        row_in.assumptions = text
                    continue
                if k == "aside":
                    if cells.raw(r, c) not in (None, ""):
                        aside[-r - 1] = WHY  # listed by leftovers with why
                    continue
                value, ref = cells.number(r, c, ("planned value", "el valor planificado"))
                if value is None:
                    continue
                if cells.is_percent(r, c):
                    ind.unit = "%"
                if k == "baseline":
                    ind.baseline, ind.baseline_date = value, ref or when
                else:
                    ind.targets.append((ref or when, value, r + 1, col))
        elif kind == "achieved" and ind is not None:
            for c, (k, when) in heads.items():
                if k != "target":
                    continue
                value, ref = cells.number(r, c, ("achieved value", "el valor logrado"))
                if value is not None and (ref or when) is not None:
                    ind.measurements.append((ref or when, value, r + 1, get_column_letter(c + 1)))
        elif kind == "source" and ind is not None:
            found = "; ".join(cells.text(r, c) for c in filled if c > 2)
            below = cells.filled(r + 1) if r + 1 < cells.rows else []
            if not found and below and min(below) > 2:  # the text on the row under "Source"
                found = "; ".join(cells.text(r + 1, c) for c in below)
            ind.means_of_verification = found
    cells.leftovers(why=aside)
    return [mx]
