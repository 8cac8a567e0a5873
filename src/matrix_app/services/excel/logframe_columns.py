"""Reading a column matrix (a ``SheetMapping``: EU, ILPES, hand-made, or the wizard's):
header rows, notes rows and what follows them, an activities block, section rows the user
marked, the level and narrative of each row (one column or two), assumptions, and the
indicators of a row with their baselines, current values, targets and dates. Every cell
it does not use is listed as a warning (``formats.base.Cells.leftovers``)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from ...domain.vocabulary import Level
from .logframe_cells import (
    _CODE,
    activities_block,
    commitment_from_cell,
    indicator_lines,
    is_percent,
    lines_or_value,
    mark_heading,
    numbered,
    pick,
    place_coded_activities,
    year_text,
)
from .logframe_cells import (
    dimension as _dimension,
)
from .logframe_match import code_in
from .logframe_read import (
    NOTES_ROW,
    SheetMapping,
    guess_level,
    split_dates,
    split_lines,
)
from .parse import is_missing, normalize, parse_date, parse_number, split_reference


def _footnote(row: list[Any], cols: dict[str, int]) -> bool:
    """A lone "* ..." left of the narrative column is a footnote; in the narrative column
    it may be a bulleted activity."""
    filled = [c for c, v in enumerate(row) if v not in (None, "")]
    text = row[filled[0]] if len(filled) == 1 else None
    return (
        isinstance(text, str)
        and text.lstrip().startswith("*")
        and filled[0] < cols.get("narrative", 0)
    )


def _series_date(mapping: SheetMapping, c: int | None) -> dt.date | None:
    """The date a target column's header gives ("Meta 2016"), if any."""
    found = mapping.series.get(c) if c is not None else None
    return dt.date.fromisoformat(found[1]) if found else None


_DIMENSION_WORDS = "eficacia/efficacy, eficiencia/efficiency, calidad/quality, economía/economy"
_NAMED = re.compile(r"^\s*\d+\.\d+(?:\.\d+)*\s+[^\W\d]")  # "1.1 Share", not "1.1 23 %"

if TYPE_CHECKING:
    from .logframe import _Context


class ColumnReader:
    """The column-matrix half of ``logframe.LogframeStager``."""

    def stage_sheet(self, grid: list[list[Any]], mapping: SheetMapping) -> None:
        """Stage a column matrix; every cell it does not use is listed as a warning."""
        from .formats.base import Cells

        cols = dict(mapping.columns)
        sheet = mapping.sheet
        cells = Cells(grid, sheet, self.problems)
        for h in range(mapping.header_row - mapping.header_rows, mapping.header_row):
            cells.use_row(h)
        mark_heading(cells, mapping)
        blocked: dict[int, tuple[str, str]] = {}  # columns an activities block reuses
        current = [0]

        def cell(row: list[Any], role: str | int) -> Any:
            c = role if isinstance(role, int) else cols.get(role)
            if c is None or c >= len(row) or c in blocked:
                return None
            v = row[c]
            if v not in (None, ""):
                cells.used.add((current[0], c))
            return v.strip() if isinstance(v, str) else v

        def where(role: str) -> str | None:
            c = cols.get(role)
            return get_column_letter(c + 1) if c is not None else None

        ctx: _Context | None = None
        if "commitment" not in cols:
            known = mapping.commitment_title not in ("", sheet)
            title = mapping.commitment_title or sheet
            ctx = self._commitment(mapping.commitment_code, title, sheet, None, known)
        current_key = None
        rows_seen = 0
        notes = False  # below a notes row, rows without a level or narrative are notes too
        content = [cols[k] for k in ("level", "narrative", "indicators") if k in cols]
        for r in range(mapping.header_row, len(grid)):
            row = grid[r]
            rowno = r + 1
            current[0] = r
            filled = [v for v in row if v not in (None, "")]
            if not filled:
                continue
            if isinstance(filled[0], str) and (NOTES_ROW.match(filled[0]) or _footnote(row, cols)):
                cells.set_aside(r, "notes_row")
                notes = True
                continue
            if notes and (
                not any(cells.raw(r, c) not in (None, "") for c in content)
                or (len(filled) == 1 and guess_level(filled[0])[0] is None)
            ):  # below "Notas:", a line of text alone (in any column) is a note too
                cells.set_aside(r, "notes_row")
                continue
            notes = False
            if rowno in mapping.row_levels and ctx is not None:
                self._section_row(ctx, cells, r, Level(mapping.row_levels[rowno]))
                rows_seen += 1
                continue
            if ctx is not None and (block := activities_block(cells, r, cols, blocked)):
                ctx.level, ctx.result = Level.ACTIVITY, None
                if block == "header":
                    continue
            if "commitment" in cols:
                value = cell(row, "commitment")
                if value not in (None, "") and normalize(value) != current_key:
                    current_key = normalize(value)
                    code, title = commitment_from_cell(value)
                    ctx = self._commitment(code, title, sheet, rowno)
            if ctx is None:
                continue
            rows_seen += 1
            level_cell = cell(row, "level")
            narrative = cell(row, "narrative")
            level_col_is_narrative = cols.get("level") == cols.get("narrative")
            code = ""
            if level_cell not in (None, ""):
                key = normalize(level_cell)
                lvl: Level | None
                rest = ""
                if key in mapping.levels:  # the user's pick for this text
                    lvl = Level(mapping.levels[key])
                    guessed, rest = guess_level(level_cell)
                    if guessed is None and level_col_is_narrative:
                        rest = str(level_cell).strip()  # the text is the narrative itself
                else:
                    lvl, rest = guess_level(level_cell)
                if lvl is None and not level_col_is_narrative:
                    self.problems.add(sheet, rowno, where("level"), level_cell, "no_level")
                    continue
                if lvl is not None:
                    if ctx.level != lvl:
                        ctx.result = None
                    ctx.level = lvl
                    code = code_in(str(level_cell).split(":", 1)[0])
                    if level_col_is_narrative:
                        narrative = rest or None
                    elif narrative in (None, "") and rest:
                        narrative = rest
            if (coded := cell(row, "code")) not in (None, ""):  # "A2.1" in its own column
                code = str(coded).strip()
            if narrative not in (None, ""):
                narrative, dates = split_dates(str(narrative))
                if ctx.level is None:
                    self.problems.add(sheet, rowno, where("narrative"), narrative, "no_level")
                    continue
                prev = ctx.result
                if not (
                    prev is not None
                    and prev.values.get("level") == ctx.level
                    and normalize(prev.values.get("narrative", "")) == normalize(narrative)
                ):
                    ctx.result = self._result(ctx, narrative, code, sheet, rowno, where)
                    ctx.result.values.update(dates)
            assumptions = cell(row, "assumptions")
            if is_missing(assumptions):
                self.problems.add(sheet, rowno, where("assumptions"), assumptions,
                                  "missing_value", warning=True,
                                  what=("assumptions", "los supuestos"))  # fmt: skip
                assumptions = None
            if assumptions not in (None, "") and ctx.result is not None:
                old = ctx.result.values.get("assumptions")
                text = str(assumptions)
                ctx.result.values["assumptions"] = f"{old}\n{text}" if old else text
            self._indicators(ctx, row, cell, where, mapping, sheet, rowno)
        if rows_seen == 0:
            self.problems.add(sheet, None, None, None, "empty_sheet")
        cells.leftovers(mapping.header_row - 1, blocked)
        with_indicators = "indicators" in cols
        for opened in self._open:
            if "code" in cols:
                place_coded_activities(opened)
            self._settle(opened, with_indicators)
            self._finish(opened)
        self._open = []

    def _section_row(self, ctx: _Context, cells: Any, r: int, level: Level) -> None:
        """A row the user marked as a level: its first text names the result (after its
        label: "Componente 1: Portal" -> "Portal"); the rows below belong to it."""
        texts = [cells.text(r, c) for c in cells.filled(r) if isinstance(cells.raw(r, c), str)]
        cells.use_row(r)
        if not texts:
            return
        _lvl, rest = guess_level(texts[0])
        ctx.level = level
        col = get_column_letter(cells.filled(r)[0] + 1)
        ctx.result = self._result(ctx, rest or texts[0], code_in(texts[0].split(":", 1)[0]),
                                  cells.sheet, r + 1, {"narrative": col}.get)  # fmt: skip

    def _indicators(self, ctx, row, cell, where, mapping, sheet, rowno) -> None:
        found = indicator_lines(cell(row, "indicators"))
        if not found:
            return
        names = [n for n, _f, _d in found]
        if ctx.result is None:
            self.problems.add(sheet, rowno, where("indicators"), names[0], "no_level")
            return
        movs = numbered(split_lines(cell(row, "means_of_verification")))[0]
        if len(movs) != len(names):
            movs = ["; ".join(movs)] * len(names) if movs else []
        formulas = split_lines(cell(row, "formula"))
        if formulas and len(formulas) != len(names):
            formulas = [" ".join(formulas)] * len(names)
        baselines, coded = numbered(lines_or_value(cell(row, "baseline")))
        targets, coded2 = numbered(lines_or_value(cell(row, "target")))
        currents = numbered(lines_or_value(cell(row, "current")))[0]
        current_dates = (
            lines_or_value(cell(row, mapping.current_date))
            if mapping.current_date is not None
            else []
        )
        # "1.1 23 %" beside "1.1 Share of ...", or "1.1 Share of ..." alone in its cell (one
        # indicator per row, as "1. Share of ..." is): list numbering, not the name
        found = [
            (_CODE.sub("", n, count=1) if coded or coded2 or _NAMED.match(n) else n, f, d)
            for n, f, d in found
        ]
        dates = lines_or_value(cell(row, "target_date"))
        units = lines_or_value(cell(row, "unit"))
        base_dates = lines_or_value(cell(row, "baseline_date"))
        extra = {key: lines_or_value(cell(row, key))
                 for key in ("responsible", "frequency", "data_source")}  # fmt: skip
        dimensions = lines_or_value(cell(row, "dimension"))
        result_id = ctx.result.id
        for i, ((name, formula, dimension), mov) in enumerate(zip_longest(found, movs)):
            values: dict[str, Any] = {
                "id": uuid.uuid4().hex,  # provisional, as for results
                "result_id": result_id,
                "commitment_id": ctx.commitment_id,
                "name": name,
                "position": None,
            }
            formula = formula or (formulas[i] if i < len(formulas) else "")
            if formula:
                values["formula"] = formula
            named = pick(dimensions, i, len(names))
            if not dimension and named is not None and not is_missing(named):
                dimension = _dimension(str(named))
                if dimension is None:  # kept out, and said: not a dimension the model knows
                    self.problems.add(sheet, rowno, where("dimension"), named, "vocabulary",
                                      warning=True, allowed=_DIMENSION_WORDS)  # fmt: skip
            if dimension:
                values["dimension"] = dimension
            for key, texts in extra.items():
                text = pick(texts, i, len(names))
                if text is not None and not is_missing(text):
                    values[key] = str(text).strip()
            if mov:
                values["means_of_verification"] = mov
            percent = False
            base = pick(baselines, i, len(names))
            if base is not None:
                value, ref = self._measure(base, mapping, sheet, rowno, where("baseline"),
                                           ("baseline", "la línea base"))  # fmt: skip
                values["baseline_value"] = value
                on = pick(base_dates, i, len(names))
                if ref is None and on is not None and value is not None:
                    ref = self._date(year_text(on), sheet, rowno, where("baseline_date"))
                if value is not None:
                    ref = ref or _series_date(mapping, mapping.columns.get("baseline"))
                if ref is not None:
                    values["baseline_date"] = ref
                percent = percent or is_percent(base)
            unit = pick(units, i, len(names))
            ind = self.add("indicator", values, sheet, rowno, {"name": where("indicators")})
            ctx.indicators.append(ind)
            current = pick(currents, i, len(names))
            if current is not None:
                value, ref = self._measure(current, mapping, sheet, rowno, where("current"),
                                           ("current value", "el valor actual"))  # fmt: skip
                percent = percent or is_percent(current)
                on = pick(current_dates, i, len(names))
                if value is not None and ref is None and on not in (None, ""):
                    ref = self._date(
                        year_text(on), sheet, rowno, get_column_letter(mapping.current_date + 1)
                    )
                if value is not None:
                    if ref is None:
                        self.problems.add(
                            sheet, rowno, where("current"), current, "ambiguous_date",
                            header="current value", hint="write it as 52% (2017)",
                        )  # fmt: skip
                    else:
                        st = self.add("measurement", {
                            "id": uuid.uuid4().hex, "indicator_id": ind.id,
                            "commitment_id": ctx.commitment_id, "measured_on": ref,
                            "value": value,
                        }, sheet, rowno, {"value": where("current")})  # fmt: skip
                        ctx.measurements.append((st, ind))
            target = pick(targets, i, len(names))
            if target is not None:
                percent = percent or is_percent(target)
                value, ref = self._measure(target, mapping, sheet, rowno, where("target"),
                                           ("target", "la meta"))  # fmt: skip
                due = pick(dates, i, len(names))
                due_date = ref or _series_date(mapping, mapping.columns.get("target"))
                if due is not None and not is_missing(due):
                    try:
                        due_date = parse_date(year_text(due))
                    except ValueError:
                        self.problems.add(sheet, rowno, where("target_date"), due, "date")
                if value is not None or not is_missing(target):
                    st = self.add(
                        "target",
                        {
                            "id": uuid.uuid4().hex,
                            "indicator_id": ind.id,
                            "commitment_id": ctx.commitment_id,
                            "due_date": due_date,
                            "value": value,
                        },
                        sheet,
                        rowno,
                        {"value": where("target")},
                    )
                    ctx.targets.append((st, due_date))
            percent = (
                self._series(ctx, ind, row, cell, mapping, sheet, rowno, i, len(names)) or percent
            )
            if unit is not None and not is_missing(unit):
                values["unit"] = str(unit)
            elif percent:
                values["unit"] = "%"

    def _series(self, ctx, ind, row, cell, mapping, sheet, rowno, i, n) -> bool:
        """The yearly figures of the i-th of n indicators in the row (DIPRES "Cuantificación"
        2013 | 2014 | 2015 | Meta 2016): measurements, or targets, at each year's end; True if
        one was a percentage."""
        percent = False
        for c, (kind, iso) in mapping.series.items():
            if kind == "baseline" or (kind == "target" and c == mapping.columns.get("target")):
                continue  # read as the baseline or target, dated by its header
            raw = pick(numbered(lines_or_value(cell(row, c)))[0], i, n)
            if raw is None:
                continue
            col = get_column_letter(c + 1)
            value, ref = self._measure(raw, mapping, sheet, rowno, col, ("value", "el valor"))
            if value is None:
                continue
            percent = percent or is_percent(raw)
            when = ref or dt.date.fromisoformat(iso)
            table, key = (
                ("target", "due_date") if kind == "target" else ("measurement", "measured_on")
            )
            st = self.add(table, {
                "id": uuid.uuid4().hex, "indicator_id": ind.id,
                "commitment_id": ctx.commitment_id, key: when, "value": value,
            }, sheet, rowno, {"value": col})  # fmt: skip
            (ctx.targets if kind == "target" else ctx.measurements).append(
                (st, when) if kind == "target" else (st, ind)
            )
        return percent

    def _date(self, raw, sheet, rowno, column) -> dt.date | None:
        """The current value's date from its own column ("Reference date": 30/06/2017, Q3 2016)."""
        if is_missing(raw):
            return None
        try:
            return parse_date(raw)
        except ValueError:
            self.problems.add(sheet, rowno, column, raw, "date")
            return None

    def _measure(self, raw, mapping, sheet, rowno, column, what) -> tuple[float | None, Any]:
        """A number as typed ("72% (2015)", "s/i", "12,5 %") and the reference date after it."""
        if is_missing(raw):
            self.problems.add(sheet, rowno, column, raw, "missing_value", warning=True, what=what)
            return None, None
        value, ref = split_reference(raw)
        return self._number(value, mapping, sheet, rowno, column), ref

    def _number(self, raw, mapping, sheet, rowno, column) -> float | None:
        try:
            return parse_number(raw, mapping.decimal)
        except ValueError:
            self.problems.add(sheet, rowno, column, raw, "number")
            return None
