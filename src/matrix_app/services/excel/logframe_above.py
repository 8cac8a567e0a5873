"""Results named on label | value lines above a matrix: UNDP's "Intended Outcome as stated
in the ... Framework:" | outcome, with "Outcome indicators ..., including baseline and
targets:" | "Indicator 2.1: Citizens who trust ... (%). Baseline (2017): 38%. Target (2022):
55%."; ADB's "Impact the Project is Aligned with" | impact; Brazil's PPA "Objetivo: 1234 -
...". The matrix's rows go under them as under any row of their level."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ...domain.vocabulary import Level
from .logframe_read import guess_level
from .parse import normalize, parse_number

#: Words before a level's name in such a label: "Intended Outcome", "Expected impact".
_QUALIFIER = re.compile(
    r"^\s*(?:intended|expected|planned|the|project(?:'s)?|programme|program|resultado|"
    r"esperad[oa]|previst[oa]|attendu[e]?)\s+",
    re.IGNORECASE,
)
_INDICATOR_WORD = re.compile(r"\b(?:indicators?|indicador(?:es)?|indicateurs?)\b", re.IGNORECASE)
_INDICATOR_LABEL = re.compile(r"^\s*(?:indicator|indicador|indicateur)\s*[\d.]*\s*:\s*", re.I)
_FIGURE_LABEL = re.compile(
    r"\b(baseline|base|l[ií]nea\s+(?:de\s+)?base|linha\s+de\s+base|valeur\s+de\s+r[ée]f[ée]rence|"
    r"situation\s+de\s+r[ée]f[ée]rence|target|meta|cible)\s*(?:\(\s*((?:19|20)\d{2})\s*\)|"
    r"((?:19|20)\d{2}))?\s*:",
    re.IGNORECASE,
)
_ABOVE_LEVELS = (Level.GOAL, Level.PURPOSE)
_LEADING_CODE = re.compile(r"^\s*(\d+(?:\.\d+)*)\s*[-–—]\s+")


@dataclass
class Above:
    row: int  # 0-based
    cols: list[int]
    level: Level | None  # None: an indicator line of the result above it
    text: str
    code: str = ""


@dataclass
class Sentence:
    name: str
    baseline: float | None = None
    baseline_date: dt.date | None = None
    targets: list[tuple[dt.date | None, float]] | None = None


def above_lines(grid: list[list[Any]], top: int, title: str = "") -> list[Above]:
    """The goal and outcome lines (and their indicator lines) among the rows above the
    header; not the line the matrix's ``title`` comes from."""
    title = normalize(title)
    out: list[Above] = []
    for r in range(min(top, len(grid))):
        cells = [(c, v.strip()) for c, v in enumerate(grid[r]) if isinstance(v, str) and v.strip()]
        if len(cells) == 2:
            (c1, label), (c2, value) = cells
            cols = [c1, c2]
        elif len(cells) == 1 and ":" in cells[0][1][:80]:
            label, value = (x.strip() for x in cells[0][1].split(":", 1))
            cols = [cells[0][0]]
        else:
            continue
        label = _QUALIFIER.sub("", label.rstrip(" :"))
        if not value or len(label) > 120:
            continue
        if _INDICATOR_WORD.search(label):
            if (
                out
                and out[-1].level is not None
                and (guess_level(label)[0] == out[-1].level or out[-1].row == r - 1)
            ):  # "Outcome indicators ...:", "Indicadores del efecto:" under its outcome
                out.append(Above(r, cols, None, value))
            continue
        level, rest = guess_level(label)
        if level not in _ABOVE_LEVELS or rest or ":" in label or normalize(value) == title:
            continue  # "Acción 7: ..." is the title line; outputs and activities are rows
        code = ""
        if found := _LEADING_CODE.match(value):  # "Objetivo: 1234 - Aprimorar ..."
            code, value = found.group(1), value[found.end() :]
        out.append(Above(r, cols, level, value, code))
    return out


def indicator_sentence(text: str, decimal: str = ".") -> Sentence | None:
    """An indicator written as one sentence with its figures: "Indicator 2.1: Citizens who
    trust ... (%). Baseline (2017): 38%. Target (2022): 55%."; None without a name."""
    text = _INDICATOR_LABEL.sub("", text).strip()
    marks = list(_FIGURE_LABEL.finditer(text))
    name = (text[: marks[0].start()] if marks else text).strip().rstrip(" .;,")
    if not name:
        return None
    out = Sentence(name, targets=[])
    for i, found in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        raw = text[found.end() : end].strip().rstrip(" .;,")
        year = found.group(2) or found.group(3)
        when = dt.date(int(year), 12, 31) if year else None
        try:
            value = parse_number(raw, decimal)
        except ValueError:
            continue
        if normalize(found.group(1)) in ("target", "meta", "cible"):
            out.targets.append((when, value))  # type: ignore[union-attr]
        else:
            out.baseline, out.baseline_date = value, when
    return out
