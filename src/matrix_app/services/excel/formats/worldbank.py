"""World Bank results framework (PAD annex 1).

The PDO statement is the purpose; "PDO Level Results Indicators" measure it; under
"Intermediate Results Indicators" a section row naming a component ("Component 1: ...") is
an output and the indicators below it measure it. Columns: Indicator Name, Unit of Measure,
Baseline, YR1..YRn (or FY2016...), End Target, Frequency, Data Source/Methodology,
Responsibility for Data Collection. Dates: the World Bank's fiscal year ends on 30 June;
YRn is the n-th fiscal year after the baseline year ("Baseline year: FY2015" or "Baseline
(FY2015)"); the End Target falls at the last year's end unless its header names one, and
replaces a yearly target of the same date. Any other column (Core) is listed as not read.

Also read: the 2010-2017 PADs' "Intermediate Result (Component One): ..." rows and
"Intermediate Result indicator One: ..." names; the 2018+ PADs' "Intermediate Targets" over
1 | 2 | 3 (undated, with a warning, when no baseline year is given), the unit after the name
("... (Percentage)") and the "Monitoring & Evaluation Plan" tables, which give indicators
already listed their frequency, data source and responsibility by name; Spanish PADs
("Nombre del indicador", "Línea de base", "Año 1", "Meta final", 12,5 and 1.233); the
Implementation Status & Results report (ISR), which gives each indicator a Value, a Date and
a Comment row under Baseline | Actual (Previous) | Actual (Current) | End Target: each value
is dated by the cell below it, the actuals are measurements and the comments are listed as
not read."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..logframe_read import NOTES_ROW
from ..logframe_titles import named_title
from ..parse import WB_FISCAL_END, normalize
from .base import UNUSED_WHY, Cells, IndicatorIn, Match, Matrix, RowIn, header_date, unit_of
from .worldbank_words import (
    COMPONENT,
    FY,
    HEADS,
    ID_HEAD,
    IDB_SECTION,
    IR_COMPONENT,
    KINDS,
    NAME_LABEL,
    NAME_UNIT,
    PDO_ROW,
    PLAN,
    ROLES,
    SECTIONS,
    SPANISH_HEADS,
    SUBHEAD,
    UNDATED,
    UNDATED_ACTUAL,
    YR,
)

NAME = "worldbank"


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    text = " ".join(normalize(v) for row in grid for v in row if isinstance(v, str))
    named = ("results indicators", "objective indicators", "pdo indicators")  # PAD, ISR
    if (any(w in text for w in named) and ("pdo" in text or "development objective" in text)) or (
        "indicadores de resultados" in text and ("odp" in text or "objetivo de desarrollo" in text)
    ):
        return Match(NAME, 0.95, sheet)
    return None


def _fy(year: int, year_end: tuple[int, int] = WB_FISCAL_END) -> dt.date:
    return dt.date(year, *year_end)


_YEAR_ONLY = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-])")


def _header_date(raw: str, year_end: tuple[int, int] = WB_FISCAL_END) -> dt.date | None:
    """A header's date in the Bank's fiscal years: a year alone ("Baseline 2015", "End Target
    2019", "YR1 2016") is the fiscal year ending that 30 June, like "FY2016" and YRn."""
    return header_date(raw, WB_FISCAL_END, year_end=year_end)


def _name_col(cells: Cells, r: int) -> int:
    """The indicator name's column of header row ``r``: its first, or the next one when the
    first is an id or code column ("ID", "Code", "No.", "#")."""
    filled = cells.filled(r)
    if len(filled) > 1 and ID_HEAD.fullmatch(cells.norm(r, filled[0])):
        return filled[1]
    return filled[0] if filled else 0


def _subhead(cells: Cells, r: int, name: int = 0) -> bool:
    """Whether row ``r`` is a second header row: YR1.., End Target, the years 1, 2, 3, or
    words alone under a header cell merged across (a data row names its indicator in A)."""
    filled = cells.filled(r) if r < cells.rows else []
    if not filled or name in filled:
        return False
    if all(SUBHEAD.fullmatch(cells.norm(r, c).replace(".0", "")) for c in filled):
        return True
    words = all(
        isinstance(cells.raw(r, c), str) and not re.search(r"\d", cells.norm(r, c)) for c in filled
    )
    return words and any(cells.raw(r - 1, c) in (None, "") for c in filled)


def _header(
    cells: Cells, r: int, base_year: int | None, year_end: tuple[int, int] = WB_FISCAL_END
) -> tuple[dict[int, tuple[str, Any]], int | None, bool]:
    """The roles of a header row's columns (with its second row, if any), and the baseline
    year it gives; the flag says whether a second row was read. A year alone ends on
    ``year_end`` (the Bank's 30 June; the IDB's 31 December)."""
    name = _name_col(cells, r)
    two = _subhead(cells, r + 1, name)
    top = {c: cells.text(r, c) for c in cells.filled(r)}
    sub = {c: cells.text(r + 1, c) for c in cells.filled(r + 1)} if two else {}
    cols: dict[int, tuple[str, Any]] = {}
    numbered: set[int] = set()
    for c in sorted(set(top) | set(sub)):
        raw = sub.get(c) or top.get(c, "")
        t = normalize(raw)
        if c in sub and re.fullmatch(r"\d{1,2}", t.replace(".0", "")):
            numbered.add(c)  # "Intermediate Targets" over 1 | 2 | 3
            t = raw = f"yr{int(float(t))}"
        role = next((k for k, ws in ROLES if any(w in t for w in ws)), None)
        if c == name:
            role = "name"
        elif c < name:
            continue  # the id or code column: listed (by leftovers) as not read
        yr = YR.match(t)
        # "YR1" counts from the baseline year; "YR1 2016" and "YR1 (FY18)" say their year
        says = _YEAR_ONLY.search(str(raw)) or re.search(rf"\b{FY}\b", t)
        when = _header_date(raw, year_end) if not yr or says else None
        if role == "baseline" and when is not None:
            base_year = when.year
        if yr:
            role = "yr" if when is None else "target"
        elif role is None and when is not None:
            role = "target"
        if role is None:
            continue  # Core, DLI and other columns: listed (by leftovers) as not read
        cols[c] = (role, int(yr[1]) if role == "yr" else when)
    for c, (role, val) in list(cols.items()):
        if role == "yr":
            if base_year is not None:
                cols[c] = ("target", _fy(base_year + val, year_end))
            elif c in numbered:
                cells.problems.add(
                    cells.sheet, r + 2, get_column_letter(c + 1), cells.raw(r + 1, c),
                    "ambiguous_date", warning=True, header=sub.get(c, ""), hint=UNDATED,
                )  # fmt: skip
                cols[c] = ("target", None)
            else:
                cells.problems.add(
                    cells.sheet, r + 1, get_column_letter(c + 1), cells.raw(r, c),
                    "ambiguous_date", header=cells.raw(r, c),
                    hint="say the baseline year: Baseline (FY2015)",
                )  # fmt: skip
                cols[c] = ("target", None)
    dated = [v for k, v in cols.values() if k == "target" and v]
    for c, (role, val) in list(cols.items()):
        if role == "end" and val is None:
            cols[c] = ("end", max(dated) if dated else None)
        if role == "baseline" and val is None and base_year:
            cols[c] = ("baseline", _fy(base_year, year_end))
    for c in top:
        cells.get(r, c)
    for c in sub:
        cells.get(r + 1, c)
    return cols, base_year, two


def _pdo_label(a: str) -> bool:
    """The PDO's label alone: "Project Development Objective(s)", "PDO statement", "ODP"."""
    return re.sub(r"[^a-z]", "", a) in (
        "projectdevelopmentobjective", "projectdevelopmentobjectives",
        "projectdevelopmentobjectivess", "projectdevelopmentobjectivepdo",
        "projectdevelopmentobjectivespdo", "pdostatement", "pdo", "odp",
        "objetivodedesarrollodelproyecto", "objetivodedesarrollodelproyectoodp",
    )  # fmt: skip


def _plan_row(
    cells: Cells, r: int, cols: dict[int, tuple[str, Any]], mx: Matrix, nc: int = 0
) -> bool:
    """An M&E plan row gives an indicator already listed its frequency, source and
    responsibility, by name; False if no indicator has that name."""
    name = normalize(_clean_name(cells.text(r, nc))[0])
    found = [i for row in mx.rows for i in row.indicators if normalize(i.name) == name]
    if not found:
        return False
    for c, (role, _v) in cols.items():
        if role in ("frequency", "data_source", "responsible", "means_of_verification"):
            if text := cells.text(r, c):
                setattr(found[0], role, text)
    return True


def _clean_name(name: str) -> tuple[str, str]:
    """An indicator's name without "Intermediate Result indicator One:" and the unit the
    2018+ PADs write after it, and that unit."""
    name = NAME_LABEL.sub("", name).strip()
    unit = NAME_UNIT.search(name)
    if unit:
        return name[: unit.start()].strip(), unit_of(unit[1])
    return name, ""


def _kind_rows(cells: Cells, r: int, filled: list[int], cols: dict) -> tuple[int | None, list[int]]:
    """An ISR indicator: "Value" beside its name, then a "Date" row and a "Comment" row,
    their first cell empty: the Date row, and both rows (a comment is listed as not read)."""
    kind = next((c for c in filled if c and c not in cols and KINDS.get(cells.norm(r, c))), None)
    if kind is None or KINDS[cells.norm(r, kind)] != "value":
        return None, []
    cells.get(r, kind)
    found, rows = None, []
    for r2 in range(r + 1, min(r + 3, cells.rows)):
        if 0 in cells.filled(r2) or not (what := KINDS.get(cells.norm(r2, kind))):
            break
        cells.get(r2, kind)
        rows.append(r2)
        if what == "date":
            found = r2
    return found, rows


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    cells.fiscal_end = WB_FISCAL_END
    year_end = match.data.get("year_end", WB_FISCAL_END)
    mx = Matrix(cells.sheet, "", cells.sheet, None, title_known=False)
    purpose: RowIn | None = None
    current: RowIn | None = None
    cols: dict[int, tuple[str, Any]] = {}
    base_year: int | None = None
    first_header: int | None = None
    want_pdo = plan = False
    skip: int | None = None
    nc = 0  # the indicator name's column
    below: set[int] = set()  # an ISR indicator's Date and Comment rows
    plan_unused: dict[int, tuple[str, list[int]]] = {}
    for r in range(cells.rows):
        filled = cells.filled(r)
        if not filled or r == skip or r in below:
            continue
        # not ``cells.text``: that marks the cell used, and a line nobody reads must be listed
        first = str(cells.raw(r, filled[0])) if len(filled) == 1 else ""
        a = cells.norm(r, filled[0])
        named = [c for c in filled if cells.norm(r, c).startswith("project name")]
        if named and ":" in str(cells.raw(r, named[0])):
            mx.title = cells.text(r, named[0]).split(":", 1)[1].strip()
            mx.row, mx.title_known = r + 1, True
            continue
        if a.startswith("baseline year"):
            found = _header_date(cells.text(r, filled[0]))
            base_year = found.year if found else None
            continue
        if (PDO_ROW.match(a) or want_pdo) and not re.search(r"\bindicador|\bindicator", a):
            text = cells.text(r, filled[0])
            if not want_pdo:
                after = text.split(":", 1)[1].strip() if ":" in text else ""
                if not after and len(filled) > 1:  # the label in A, the PDO in B
                    after = cells.text(r, filled[1])
                text = after or ("" if _pdo_label(a) else text)
            want_pdo = not text
            if not want_pdo:
                purpose = current = RowIn(Level.PURPOSE, text, r + 1, "A")
                mx.rows.append(purpose)
            continue
        section = a.rstrip(" *").startswith(SECTIONS)
        if section and not any(cells.norm(r, c).startswith("baseline") for c in filled):
            for c in filled:  # "Cumulative Target Values**" beside it: part of the header
                if c == filled[0] or any(
                    w in cells.norm(r, c) for w in ("target values", "valores meta")
                ):
                    cells.get(r, c)
            current, plan = purpose, False
            continue
        if a.startswith(PLAN):
            cells.get(r, filled[0])  # "Monitoring & Evaluation Plan: PDO Indicators"
            plan = True
            continue
        if first_header is None and len(filled) == 1:
            if a.startswith(("annex", "results framework", "anexo", "marco de resultados",
                             "matriz de resultados", "results matrix",
                             "implementation status", "informe de seguimiento de la ejecucion",
                             "informe sobre el estado de la ejecucion")):  # fmt: skip
                cells.get(r, filled[0])  # the annex's or the report's title
            elif not mx.title_known and not a.startswith(("country", "region", "pais")):
                text = cells.text(r, filled[0])  # "Proyecto: …" (IDB): the name after it
                mx.title, mx.row, mx.title_known = named_title(text) or text, r + 1, True
            continue
        if first_header is not None and first and IDB_SECTION.fullmatch(a):
            cells.get(r, filled[0])  # "Resultados", "Productos", "Outcome indicators"
            current = purpose
            continue
        if first and (first.startswith("*") or NOTES_ROW.match(first)):
            cells.set_aside(r, "notes_row")
            continue
        head = cells.norm(r, _name_col(cells, r))  # after an "ID" column
        if head in HEADS or section:
            if head in SPANISH_HEADS:
                cells.decimal = ","  # a Spanish PAD writes 12,5 and 1.233
            first_header = first_header if first_header is not None else r
            cols, base_year, two = _header(cells, r, base_year, year_end)
            nc = next((c for c, (k, _v) in cols.items() if k == "name"), 0)
            skip = r + 1 if two else None
            plan = plan or not any(k in ("baseline", "target", "end") for k, _v in cols.values())
            if plan:
                for c in filled:
                    if c not in cols:
                        plan_unused[c] = (cells.text(r, c), [])
            continue
        if first and (hit := IR_COMPONENT.match(first)):
            cells.get(r, filled[0])
            current = RowIn(Level.OUTPUT, hit[1].strip(), r + 1, "A")
            mx.rows.append(current)
            continue
        if first and COMPONENT.match(first):
            cells.get(r, filled[0])
            current = RowIn(Level.OUTPUT, first, r + 1, "A")
            mx.rows.append(current)
            continue
        if plan and cols and nc in cols:
            if _plan_row(cells, r, cols, mx, nc):
                cells.get(r, nc)
                for c in filled:
                    if c in plan_unused:
                        plan_unused[c][1].append(r)
                        cells.get(r, c)
            continue  # a name no indicator has: listed by leftovers
        if not cols or current is None or nc not in cols or nc not in filled:
            continue  # a row without a name is no indicator: listed by leftovers
        name, unit = _clean_name(cells.text(r, nc))
        ind = IndicatorIn(name, r + 1, get_column_letter(nc + 1), unit=unit)
        current.indicators.append(ind)
        targets: dict[Any, tuple] = {}
        baseline_year = None
        dates, kinds = _kind_rows(cells, r, filled, cols)
        below.update(kinds)
        for c, (role, val) in cols.items():
            col = get_column_letter(c + 1)
            if role in ("unit", "frequency", "data_source", "responsible", "means_of_verification"):
                text = cells.text(r, c)
                setattr(ind, role, unit_of(text) if role == "unit" else text)
            elif role in ("baseline", "target", "end", "actual", "base_year"):
                value, ref = cells.number(r, c, ("value", "el valor"))
                if value is None:
                    continue
                if cells.is_percent(r, c) and not ind.unit:
                    ind.unit = "%"
                if dates is not None and (on := cells.date(dates, c, ("date", "la fecha"))):
                    ref = ref or on
                if role == "actual":
                    if ref or val:
                        ind.measurements.append((ref or val, value, r + 1, col))
                    else:
                        cells.problems.add(
                            cells.sheet, r + 1, col, value, "ambiguous_date", warning=True,
                            header=cells.raw(first_header, c) if first_header is not None
                            else "", hint=UNDATED_ACTUAL,
                        )  # fmt: skip
                elif role == "baseline":
                    ind.baseline, ind.baseline_date = value, ref or val
                elif role == "base_year" and 1900 < value < 2100:  # "Año línea de base"
                    baseline_year = int(value)
                else:
                    when = ref or val
                    targets[when or ("column", c)] = (when, value, r + 1, col)
        ind.targets = list(targets.values())
        if baseline_year and ind.baseline is not None and ind.baseline_date is None:
            ind.baseline_date = _fy(baseline_year, year_end)
    for c, (head, rows) in plan_unused.items():
        if rows:
            col = get_column_letter(c + 1)
            cells.problems.add(
                cells.sheet, None, col, None, "unused_column", warning=True,
                header=" ".join(head.split()), count=len(rows),
                cells=", ".join(f"{col}{r + 1}" for r in rows[:3]), why=UNUSED_WHY["format"],
            )  # fmt: skip
    cells.leftovers(first_header)
    return [mx]
