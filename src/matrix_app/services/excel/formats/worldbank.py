"""World Bank results framework (PAD annex 1).

The PDO statement is the purpose; "PDO Level Results Indicators" measure it; under
"Intermediate Results Indicators" a section row naming a component ("Component 1: ...") is
an output and the indicators below it measure it. Columns: Indicator Name, Unit of Measure,
Baseline, YR1..YRn (or FY2016...), End Target, Frequency, Data Source/Methodology,
Responsibility for Data Collection. Dates: the World Bank's fiscal year ends on 30 June;
YRn is the n-th fiscal year after the baseline year ("Baseline year: FY2015" or "Baseline
(FY2015)"); the End Target falls at the last year's end unless its header names one, and
replaces a yearly target of the same date. Any other column (Core) is listed as not read."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..logframe_read import NOTES_ROW
from ..parse import WB_FISCAL_END, normalize
from .base import Cells, IndicatorIn, Match, Matrix, RowIn, header_date, unit_of

NAME = "worldbank"
_YR = re.compile(r"^yr\s*(\d+)")
_COMPONENT = re.compile(r"^(?:component|componente|sub-?component)\s*\d+", re.IGNORECASE)
_ROLES = (("unit", ("unit",)), ("frequency", ("frequency",)),
          ("data_source", ("data source", "methodology")),
          ("responsible", ("responsib",)), ("end", ("end target",)),
          ("baseline", ("baseline",)))  # fmt: skip


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    text = " ".join(normalize(v) for row in grid for v in row if isinstance(v, str))
    if "results indicators" in text and ("pdo" in text or "development objective" in text):
        return Match(NAME, 0.95, sheet)
    return None


def _fy(year: int) -> dt.date:
    return dt.date(year, *WB_FISCAL_END)


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    cells.fiscal_end = WB_FISCAL_END
    mx = Matrix(cells.sheet, "", cells.sheet, None, title_known=False)
    purpose: RowIn | None = None
    current: RowIn | None = None
    cols: dict[int, tuple[str, Any]] = {}
    base_year: int | None = None
    first_header: int | None = None
    want_pdo = False
    for r in range(cells.rows):
        filled = cells.filled(r)
        if not filled:
            continue
        first = cells.text(r, filled[0]) if len(filled) == 1 else ""
        a = cells.norm(r, filled[0])
        named = [c for c in filled if cells.norm(r, c).startswith("project name")]
        if named and ":" in str(cells.raw(r, named[0])):
            mx.title = cells.text(r, named[0]).split(":", 1)[1].strip()
            mx.row, mx.title_known = r + 1, True
            continue
        if a.startswith("baseline year"):
            found = header_date(cells.text(r, filled[0]), WB_FISCAL_END)
            base_year = found.year if found else None
            continue
        if a.startswith(("project development objective", "pdo statement")) or want_pdo:
            text = cells.text(r, filled[0])
            text = text.split(":", 1)[1].strip() if ":" in text and not want_pdo else text
            want_pdo = not text or a == "pdo statement"
            if not want_pdo:
                purpose = current = RowIn(Level.PURPOSE, text, r + 1, "A")
                mx.rows.append(purpose)
            continue
        if a.rstrip(" *") in (
            "pdo level results indicators",
            "intermediate results indicators",
            "pdo indicators",
            "intermediate indicators",
        ):
            for c in filled:  # "Cumulative Target Values**" beside it: part of the header
                if c == filled[0] or "target values" in cells.norm(r, c):
                    cells.get(r, c)
            current = purpose
            continue
        if first_header is None and len(filled) == 1:
            if a.startswith(("annex", "results framework")):
                cells.get(r, filled[0])  # the annex's title
            elif not mx.title_known and not a.startswith(("country", "region")):
                mx.title, mx.row, mx.title_known = cells.text(r, filled[0]), r + 1, True
            continue
        if first and (first.startswith("*") or NOTES_ROW.match(first)):
            cells.set_aside(r, "notes_row")
            continue
        if a == "indicator name":
            first_header = first_header if first_header is not None else r
            cols = {}
            years: list[dt.date] = []
            for c in filled:
                raw = cells.text(r, c)
                t = normalize(raw)
                role = next((k for k, ws in _ROLES if any(w in t for w in ws)), None)
                if c == filled[0]:
                    role = "name"
                yr = _YR.match(t)
                when = header_date(raw, WB_FISCAL_END) if not yr else None
                if role == "baseline" and when is not None:
                    base_year = when.year
                if yr:
                    role = "yr"
                elif role is None and when is not None:
                    role = "target"
                if role is None:
                    continue  # Core and other columns: listed (by leftovers) as not read
                cols[c] = (role, int(yr[1]) if yr else when)
                if role in ("yr", "target"):
                    years.append(when or dt.date(1, 1, 1))
            for c, (role, val) in list(cols.items()):
                if role == "yr":
                    if base_year is None:
                        cells.problems.add(
                            cells.sheet, r + 1, get_column_letter(c + 1), cells.raw(r, c),
                            "ambiguous_date", header=cells.raw(r, c),
                            hint="say the baseline year: Baseline (FY2015)",
                        )  # fmt: skip
                        cols[c] = ("target", None)
                    else:
                        cols[c] = ("target", _fy(base_year + val))
            dated = [v for k, v in cols.values() if k == "target" and v]
            for c, (role, val) in list(cols.items()):
                if role == "end" and val is None:
                    cols[c] = ("end", max(dated) if dated else None)
                if role == "baseline" and val is None and base_year:
                    cols[c] = ("baseline", _fy(base_year))
            continue
        if first and _COMPONENT.match(first):
            cells.get(r, filled[0])
            current = RowIn(Level.OUTPUT, first, r + 1, "A")
            mx.rows.append(current)
            continue
        if not cols or current is None or 0 not in cols:
            continue
        ind = IndicatorIn(cells.text(r, 0), r + 1, "A")
        current.indicators.append(ind)
        targets: dict[Any, tuple] = {}
        for c, (role, val) in cols.items():
            col = get_column_letter(c + 1)
            if role in ("unit", "frequency", "data_source", "responsible"):
                text = cells.text(r, c)
                setattr(ind, role, unit_of(text) if role == "unit" else text)
            elif role in ("baseline", "target", "end"):
                value, ref = cells.number(r, c, ("value", "el valor"))
                if value is None:
                    continue
                if cells.is_percent(r, c) and not ind.unit:
                    ind.unit = "%"
                if role == "baseline":
                    ind.baseline, ind.baseline_date = value, ref or val
                else:
                    targets[ref or val] = (ref or val, value, r + 1, col)
        ind.targets = list(targets.values())
    cells.leftovers(first_header)
    return [mx]
