"""USAID Indicator Performance Tracking Table (IPTT).

Two header rows: "Indicator | Unit | Baseline (Year, Value) | FY2016 (Target, Q1..Q4) | ... |
Life of Project Target". Section rows spanning the table name the level: Goal (goal), SO /
Strategic Objective (purpose), IR / Sub-IR (output) - in Spanish "Objetivo de Desarrollo",
"RI", "Meta", "Real", "Línea de base", "Meta LOP"; the indicator rows below measure it.
Dates follow the US federal fiscal year (1 October - 30 September): a fiscal year's target
falls on 30 September, its quarters end on 31 December (Q1, of the year before), 31 March,
30 June and 30 September; the baseline year is a fiscal year too; the life-of-project target
falls at the end of the last fiscal year and replaces that year's own target. Percentages
stored as 0.41 in a % cell are 41. French and Portuguese tables too ("Indicateur", "AF2018"
over "Cible | T1..T4", "But :", "OS 1 :", "RI 1.1 :"): the words are in ``usaid_words``.
An indicator's number in its own column ("N°", "No.", "#") is no part of its name (nor is
that number written again before the name): the project keeps no code for an indicator, so
the column is listed as not imported; a number written only in the name cell is kept."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from ....domain.vocabulary import Level
from ..logframe_cells import commitment_from_cell
from ..parse import US_FISCAL_END, normalize
from . import usaid_words as w
from .base import UNUSED_WHY, Cells, IndicatorIn, Match, Matrix, RowIn, header_date, unit_of

NAME = "usaid"
_QUARTER_END = {1: (-1, 12, 31), 2: (0, 3, 31), 3: (0, 6, 30), 4: (0, 9, 30)}


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    text = " ".join(normalize(v) for row in grid[:40] for v in row if isinstance(v, str))
    words = f" {re.sub(r'[^a-z0-9]+', ' ', text)} "
    lop = any(x in text for x in ("life of project", "fin de projet", "vida del proyecto",
                                  "fim do projeto")) or " lop " in words  # fmt: skip
    if (
        "performance tracking table" in text
        or "suivi des indicateurs de performance" in text
        or " iptt " in words
        or " tsip " in words
        or (
            lop
            and (
                re.search(r" [qt]1 ", words)
                or re.search(r" (?:fy|af) ?\d{2,4} (?:target|actual|cible|meta|real)", words)
            )
        )
    ):
        return Match(NAME, 0.95, sheet)
    return None


def _head(cells: Cells) -> tuple[int, int] | None:
    """The header row and the indicator name's column."""
    for r in range(min(cells.rows, 40)):
        for c in cells.filled(r):
            if cells.norm(r, c).rstrip(" :") in w.NAME_HEADS:
                return r, c
    return None


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    mx = Matrix(cells.sheet, "", cells.sheet, None, title_known=False)
    found = _head(cells)
    if found is None:
        cells.leftovers()
        return [mx]
    head, name_col = found
    if cells.norm(head, name_col).startswith(w.COMMA_HEADS):
        cells.decimal = ","  # a Spanish, French or Portuguese table writes 12,5 and 1.233
    for r in range(head):
        for c in cells.filled(r):
            t = str(cells.raw(r, c))  # not ``text``: that marks the cell used
            if not mx.title_known and (hit := w.PROJECT.search(t)):
                cells.get(r, c)
                mx.code, mx.title = commitment_from_cell(hit[1].strip())
                mx.row, mx.title_known = r + 1, True
    cols: dict[int, tuple[str, Any]] = {}
    names: dict[int, str] = {}  # each column's header, over two rows ("FY2016 / % Achieved")
    top, last_fy = "", None
    two_rows = head + 1 < cells.rows and any(
        w.SUBHEAD.fullmatch(cells.norm(head + 1, c)) for c in cells.filled(head + 1)
    )
    width = max(len(grid[head]), len(grid[head + 1]) if two_rows else 0)
    for c in range(width):
        if cells.raw(head, c) not in (None, ""):
            top = cells.text(head, c)
        elif not two_rows:
            continue
        t = normalize(top)
        sub = normalize(cells.text(head + 1, c)) if two_rows else t.split()[-1]
        names[c] = f"{top} / {cells.text(head + 1, c)}" if two_rows and sub else top
        fy = w.fiscal_year(t)
        if c == name_col:
            cols[c] = ("name", None)
        elif c < name_col and (not two_rows or t in w.CODE_HEADS):
            cols[c] = ("code", None)
        elif t.startswith(w.UNIT):
            cols[c] = ("unit", None)
        elif t.startswith(w.BASELINE):
            year = sub.startswith(w.YEAR) or t.endswith(
                ("year", "date", "ano", "annee", "fecha", " fy", " af")  # "Baseline FY"
            )
            when = None if year else header_date(top, US_FISCAL_END)  # "Baseline (FY15)"
            cols[c] = ("base_year" if year else "baseline", when)
        elif t.startswith(w.SOURCE):
            cols[c] = ("data_source", None)
        elif fy is not None:
            last_fy = fy
            if not sub:  # "FY 2017 Target" alone over an empty second header row
                sub = t.split()[-1]
            if "target" in sub or sub.startswith(w.TARGET):  # "Annual Target", "Meta", "Cible"
                cols[c] = ("target", fy)
            elif quarter := w.QUARTER.fullmatch(sub):  # "Q1", "T1"
                dy, mo, day = _QUARTER_END[int(quarter[1])]
                cols[c] = ("actual", dt.date(fy.year + dy, mo, day))
            elif sub.startswith(w.ACTUAL):
                cols[c] = ("actual", fy)
        elif t.startswith(w.LOP):
            # "LOP Target (FY2018)": the header may say when the project ends
            stated = header_date(f"{top} {cells.text(head + 1, c) if two_rows else ''}",
                                 US_FISCAL_END)  # fmt: skip
            cols[c] = ("lop", stated)
    for c, (k, when) in list(cols.items()):
        if k == "lop":
            cols[c] = ("lop", when or last_fy)
    current: RowIn | None = None
    for r in range(head + (2 if two_rows else 1), cells.rows):
        filled = cells.filled(r)
        if not filled:
            continue
        if len(filled) == 1 and (found := w.SECTION.match(cells.text(r, filled[0]))):
            level = w.LEVELS.get(normalize(found[1]), Level.OUTPUT)
            current = RowIn(level, found[2].strip(), r + 1, get_column_letter(filled[0] + 1))
            mx.rows.append(current)
            continue
        if len(filled) == 1 and filled[0] != name_col and isinstance(cells.raw(r, filled[0]), str):
            cells.set_aside(r, "notes_row")  # a footnote under the table ("% Achieved = ...")
            continue
        if current is None or cells.raw(r, name_col) in (None, ""):
            continue
        # not ``text``: the number is not imported, and is listed so below
        code = next((str(cells.raw(r, c) or "") for c, (k, _w) in cols.items() if k == "code"), "")
        name = w.name_without_code(cells.text(r, name_col), code)
        ind = IndicatorIn(name, r + 1, get_column_letter(name_col + 1))
        current.indicators.append(ind)
        targets: dict[Any, tuple] = {}
        lop: tuple | None = None
        base_year = None
        for c, (k, when) in cols.items():
            col = get_column_letter(c + 1)
            if k == "unit":
                ind.unit = unit_of(cells.text(r, c))
            elif k == "data_source":
                ind.data_source = cells.text(r, c)
            elif k == "base_year":
                year = cells.get(r, c)
                base_year = header_date(f"FY{int(year)}" if isinstance(year, int | float)
                                        else str(year), US_FISCAL_END) if year else None  # fmt: skip
            elif k in ("baseline", "target", "actual", "lop"):
                value, ref = cells.number(r, c, ("value", "el valor"))
                if value is None:
                    continue
                if cells.is_percent(r, c) and not ind.unit:
                    ind.unit = "%"
                if k == "baseline":
                    ind.baseline = value
                    base_year = base_year or ref or when
                elif k == "target":
                    targets[ref or when] = (ref or when, value, r + 1, col)
                elif k == "lop":
                    lop = (ref or when, value, r + 1, col)
                else:
                    ind.measurements.append((ref or when, value, r + 1, col))
        if lop is not None:  # the end-of-project commitment wins a date it shares
            year = targets.get(lop[0])
            if year is not None and year[1] != lop[1]:
                cells.problems.add(
                    cells.sheet, year[2], year[3], cells.raw(year[2] - 1, column_index_from_string(year[3]) - 1),
                    "target_replaced", warning=True, date=lop[0].isoformat() if lop[0] else "",
                )  # fmt: skip
            targets[lop[0]] = lop
        ind.baseline_date = base_year if ind.baseline is not None else None
        ind.targets = list(targets.values())
    cells.use_row(head)
    if two_rows:
        cells.use_row(head + 1)
    first = head + (2 if two_rows else 1)
    for c, name in names.items():  # a column not read, named by its header over two rows
        rows = [r for r in range(first, cells.rows)
                if cells.raw(r, c) not in (None, "") and (r, c) not in cells.used]  # fmt: skip
        code = cols.get(c, ("",))[0] == "code"
        if (c in cols and not code) or not name or not rows:
            continue
        col = get_column_letter(c + 1)
        cells.problems.add(
            cells.sheet, None, col, None, "unused_column", warning=True,
            header=" ".join(name.split()), count=len(rows),
            cells=", ".join(f"{col}{r + 1}" for r in rows[:3]),
            why=w.CODE_WHY if code else UNUSED_WHY["format"],
        )  # fmt: skip
        cells.used.update((r, c) for r in rows)
    cells.leftovers(head + 1 if two_rows else head)
    return [mx]
