"""The indicators of a column matrix's row: names, means of verification and formulas split
line by line, their baselines, current values, targets (one column, or a series of year
columns) and dates, each number read in the sheet's decimal convention."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from itertools import zip_longest
from typing import Any

from openpyxl.utils import get_column_letter

from .formats.base import UNUSED_WHY
from .logframe_cells import (
    _CODE,
    indicator_lines,
    is_percent,
    lines_or_value,
    numbered,
    pick,
    year_text,
)
from .logframe_cells import (
    dimension as _dimension,
)
from .logframe_dmf import DmfItem, by_letter, dmf_item, is_dmf
from .logframe_read import (
    SheetMapping,
    split_lines,
)
from .parse import (
    ambiguous_number,
    is_missing,
    parse_date,
    parse_number,
    split_reference,
    text_serial,
)
from .value_marks import loose_number

_DIMENSION_WORDS = "eficacia/efficacy, eficiencia/efficiency, calidad/quality, economía/economy"


_NAMED = re.compile(r"^\s*\d+\.\d+(?:\.\d+)*\s+[^\W\d]")  # "1.1 Share", not "1.1 23 %"


def _series_date(mapping: SheetMapping, c: int | None) -> dt.date | None:
    """The date a target column's header gives ("Meta 2016"), if any."""
    found = mapping.series.get(c) if c is not None else None
    return dt.date.fromisoformat(found[1]) if found else None


#: A percentage with its numerator and denominator (the Global Fund's "N: 450; D: 1,000;
#: P: 45%"; "N = 450, D = 1000, P = 45%"): the value is P.
_NDP = re.compile(
    r"^\s*((?:n|num(?:erator)?)\s*[:=]\s*.+?[;,]?\s+(?:d|den(?:ominator)?)\s*[:=]\s*.+?)"
    r"\s*([;,]?)\s+(?:p|%)\s*[:=]\s*(.+?)\s*$",
    re.IGNORECASE,
)


def _dmf_items(raw: Any) -> list[DmfItem]:
    """A cell's DMF items ("a. By 2025, ... (2019 baseline: 40%)"), or [] for other cells."""
    lines = [x.strip() for x in str(raw).splitlines() if x.strip()] if raw else []
    return [dmf_item(x) for x in lines] if lines and is_dmf(lines) else []


def _lettered(raw: Any, items: list[DmfItem]) -> list[Any] | None:
    """A column's lines given out by the items' letters ("a–b. Reports"), or None."""
    lines = [x.strip() for x in str(raw).splitlines() if x.strip()] if raw else []
    found = by_letter(lines, [x.key for x in items])
    return list(found) if found else None


class IndicatorReader:
    """The indicator half of ``logframe_columns.ColumnReader``."""

    def _indicators(self, ctx, row, cell, where, mapping, sheet, rowno) -> None:
        raw = cell(row, "indicators")
        found = indicator_lines(raw)
        if not found:
            return
        dmf = _dmf_items(raw)  # ADB: "a. By 2025, ... to 90% (2019 baseline: 40%)"
        if dmf:
            found = [(x.name, "", None) for x in dmf]
        names = [n for n, _f, _d in found]
        if ctx.result is None:
            self.problems.add(sheet, rowno, where("indicators"), names[0], "no_level")
            return
        movs = numbered(split_lines(cell(row, "means_of_verification")))[0]
        if dmf:
            movs = _lettered(cell(row, "means_of_verification"), dmf) or movs
        if len(movs) != len(names):
            movs = ["; ".join(movs)] * len(names) if movs else []
        formulas = split_lines(cell(row, "formula"))
        if formulas and len(formulas) != len(names):
            formulas = [" ".join(formulas)] * len(names)
        baselines, coded = numbered(lines_or_value(cell(row, "baseline")))
        targets, coded2 = numbered(lines_or_value(cell(row, "target")))
        currents = numbered(lines_or_value(cell(row, "current")))[0]
        for role, lines in (("baseline", baselines), ("target", targets), ("current", currents)):
            self._extra_lines(lines, len(names), sheet, rowno, where(role))
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
        if dmf and (shared := _lettered(cell(row, "data_source"), dmf)):
            extra["data_source"] = shared  # "a–b. Ministry of Finance reports"
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
            if base is None and dmf:
                base = dmf[i].baseline
            if base is not None:
                value, ref = self._measure(base, mapping, sheet, rowno, where("baseline"),
                                           ("baseline", "la línea base"))  # fmt: skip
                values["baseline_value"] = value
                on = pick(base_dates, i, len(names))
                if ref is None and on is not None and value is not None:
                    ref = self._date(year_text(on), sheet, rowno, where("baseline_date"))
                if value is not None:
                    ref = ref or _series_date(mapping, mapping.columns.get("baseline"))
                    if ref is None and dmf and dmf[i].baseline_year:
                        ref = dt.date(dmf[i].baseline_year, 12, 31)
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
            if target is None and dmf:
                target = dmf[i].target
            if target is not None:
                percent = percent or is_percent(target)
                value, ref = self._measure(target, mapping, sheet, rowno, where("target"),
                                           ("target", "la meta"))  # fmt: skip
                due = pick(dates, i, len(names))
                due_date = ref or _series_date(mapping, mapping.columns.get("target"))
                if due_date is None and dmf and dmf[i].due_year:
                    due_date = dt.date(dmf[i].due_year, 12, 31)  # "By 2025, ..."
                if due is not None and not is_missing(due):
                    self._serial_warning(due, sheet, rowno, where("target_date"))
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
            lines = numbered(lines_or_value(cell(row, c)))[0]
            raw = pick(lines, i, n)
            if raw is None:
                continue
            col = get_column_letter(c + 1)
            self._extra_lines(lines, n, sheet, rowno, col)
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

    def _extra_lines(self, lines: list[Any], n: int, sheet, rowno, column) -> None:
        """A value over its computation (DIPRES: "92,1 %" then "(1.842/2.000)*100") for one
        indicator: the first line is the value, the rest is said to be left out."""
        if n == 1 and len(lines) > 1:
            self.problems.add(sheet, rowno, column, lines[0], "unused_lines", warning=True,
                              rest=" | ".join(map(str, lines[1:]))[:80],
                              why=UNUSED_WHY["computation"])  # fmt: skip

    def _date(self, raw, sheet, rowno, column) -> dt.date | None:
        """The current value's date from its own column ("Reference date": 30/06/2017, Q3 2016)."""
        if is_missing(raw):
            return None
        self._serial_warning(raw, sheet, rowno, column)
        try:
            return parse_date(raw)
        except ValueError:
            self.problems.add(sheet, rowno, column, raw, "date")
            return None

    def _serial_warning(self, raw, sheet, rowno, column) -> None:
        """Say that a text such as "42735" was read as an Excel day count (``text_serial``)."""
        if (serial := text_serial(raw)) is not None:
            self.problems.add(sheet, rowno, column, raw, "serial_text", warning=True, date=serial)

    def _measure(self, raw, mapping, sheet, rowno, column, what) -> tuple[float | None, Any]:
        """A number as typed ("72% (2015)", "s/i", "12,5 %") and the reference date after it."""
        if is_missing(raw):
            self.problems.add(sheet, rowno, column, raw, "missing_value", warning=True, what=what)
            return None, None
        if isinstance(raw, str) and (ndp := _NDP.match(raw)):  # "N: 450; D: 1,000; P: 45%"
            self.problems.add(sheet, rowno, column, ndp.group(3), "unused_lines", warning=True,
                              rest=ndp.group(1), why=UNUSED_WHY["computation"])  # fmt: skip
            raw = ndp.group(3)
        value, ref = split_reference(raw)
        return self._number(value, mapping, sheet, rowno, column), ref

    def _number(self, raw, mapping, sheet, rowno, column) -> float | None:
        if mapping.decimal_mixed and ambiguous_number(raw):
            self.problems.add(sheet, rowno, column, raw, "ambiguous_number")
            return None
        try:
            return parse_number(raw, mapping.decimal)
        except ValueError:
            if (found := loose_number(raw, mapping.decimal)) is not None:  # "45 days", "60*"
                self.problems.add(sheet, rowno, column, raw, found[1], warning=True, **found[2])
                return found[0]
            self.problems.add(sheet, rowno, column, raw, "number")
            return None
