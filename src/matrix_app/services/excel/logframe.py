"""Logframe matrices as agencies keep them, and any other sheet through a column mapping.

A ``SheetMapping`` says which column holds the level, the narrative summary, the indicators,
the means of verification, the assumptions (and optionally baseline, target, target date,
unit and commitment) and how level names translate. ``detect_mapping`` (``logframe_read``)
finds one in a classic matrix and the import wizard lets a user build one for anything
else; the donor formats (``formats/``) hand over a ``formats.base.Matrix`` instead. Either way ``stage_sheet`` turns the rows into a commitment with its nested logframe,
pairing each row with what the project already has (``logframe_match``: text, code, then
position) so that a second import of an edited matrix updates the rows it edits - same ids,
indicators and measurements stay attached - instead of adding them again. Rows the sheet no
longer has are kept and reported (``missing_notes``).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from openpyxl.utils import get_column_letter

from ...domain import models as m
from ...domain.rules import ResultRef, number_results, position_between
from ...domain.vocabulary import Level
from ..project import Project
from .errors import ProblemList
from .logframe_match import Item, code_in, leading_code, match_items
from .logframe_read import (  # noqa: F401 - re-exported: the wizard and tests use them here
    _ACTIVITY_CODE,
    _TITLE,
    CORE_ROLES,
    HEADER_RULES,
    LEVEL_PHRASES,
    ROLE_LABELS,
    ROLES,
    SheetMapping,
    commitment_heading,
    detect_mapping,
    guess_level,
    header_role,
    indicator_name,
    read_grid,
    split_dates,
    split_lines,
)
from .notes import RowNote
from .parse import normalize, parse_date, parse_number
from .staging import Staged


@dataclass
class _SheetRow:
    """A logframe row as the sheet gives it, before it is paired with the project."""

    staged: Staged
    level: Level
    parent: str | None  # provisional id of its parent row in the sheet
    code: str


@dataclass
class _Context:
    plan_id: str
    commitment_id: str = ""
    sheet: str = ""
    existing: dict[str, Any] = field(default_factory=dict)
    last: dict[str, str | None] = field(default_factory=dict)
    result: Staged | None = None
    level: Level | None = None
    outputs: list[str] = field(default_factory=list)
    rows: list[_SheetRow] = field(default_factory=list)
    indicators: list[Staged] = field(default_factory=list)
    targets: list[tuple[Staged, dt.date | None]] = field(default_factory=list)


@dataclass
class _Seen:
    """One commitment of the project the workbook covers: what it had, what was paired."""

    sheet: str
    code: str
    results: list[Any]
    indicators: list[Any]
    codes: dict[str, str]
    with_indicators: bool = False


class LogframeStager:
    """Turns mapped sheets into staged rows, reusing ids of what the project already has."""

    def __init__(self, project: Project, plan_id: str, problems: ProblemList) -> None:
        self.project = project
        self.plan_id = plan_id
        self.problems = problems
        self.staged: dict[str, list[Staged]] = {}
        self.commitments = {c.id: c for c in project.rows(m.Commitment, plan_id=plan_id)}
        self.notes: list[RowNote] = []
        self._open: list[_Context] = []
        self._taken: dict[str, set[str]] = {}  # commitment id -> project ids already paired
        self._seen: dict[str, _Seen] = {}

    def add(self, table: str, values: dict[str, Any], sheet: str, row: int | None, cols=None):
        st = Staged(table, values, sheet, row, cols or {})
        self.staged.setdefault(table, []).append(st)
        return st

    def _commitment(self, code: str, title: str, sheet: str, row: int | None) -> _Context:
        found = None
        for c in self.commitments.values():
            if (code and c.code == code) or (not code and normalize(c.title) == normalize(title)):
                found = c
                break
        cid = found.id if found else uuid.uuid4().hex
        values: dict[str, Any] = {"id": cid, "plan_id": self.plan_id, "code": code}
        if title:
            values["title"] = title
        if found is None or code:
            self.add("commitment", values, sheet, row)
        ctx = _Context(self.plan_id, cid, sheet)
        if found is not None:
            ctx.existing = {
                "result": self.project.rows(m.Result, commitment_id=cid),
                "indicator": self.project.rows(m.Indicator, commitment_id=cid),
                "target": self.project.rows(m.Target, commitment_id=cid),
            }
            if cid not in self._seen:
                refs = [
                    ResultRef(r.id, r.level, r.parent_id, r.position)
                    for r in ctx.existing["result"]
                ]
                self._seen[cid] = _Seen(
                    sheet, found.code or found.title, _reading_order(ctx.existing["result"]),
                    ctx.existing["indicator"], number_results(refs),
                )  # fmt: skip
        self._open.append(ctx)
        return ctx

    def stage_sheet(self, grid: list[list[Any]], mapping: SheetMapping) -> None:
        cols = mapping.columns
        sheet = mapping.sheet

        def cell(row: list[Any], role: str) -> Any:
            c = cols.get(role)
            if c is None or c >= len(row):
                return None
            v = row[c]
            return v.strip() if isinstance(v, str) else v

        def where(role: str) -> str | None:
            c = cols.get(role)
            return get_column_letter(c + 1) if c is not None else None

        ctx: _Context | None = None
        if "commitment" not in cols:
            title = mapping.commitment_title or sheet
            ctx = self._commitment(mapping.commitment_code, title, sheet, None)
        current_key = None
        rows_seen = 0
        for r in range(mapping.header_row, len(grid)):
            row = grid[r]
            rowno = r + 1
            if not any(v not in (None, "") for v in row):
                continue
            if "commitment" in cols:
                value = cell(row, "commitment")
                if value not in (None, "") and normalize(value) != current_key:
                    current_key = normalize(value)
                    code, title = _commitment_from_cell(value)
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
                if key in mapping.levels:
                    lvl = Level(mapping.levels[key])
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
            if assumptions not in (None, "") and ctx.result is not None:
                old = ctx.result.values.get("assumptions")
                text = str(assumptions)
                ctx.result.values["assumptions"] = f"{old}\n{text}" if old else text
            self._indicators(ctx, row, cell, where, mapping, sheet, rowno)
        if rows_seen == 0:
            self.problems.add(sheet, None, None, None, "empty_sheet")
        with_indicators = "indicators" in cols
        for opened in self._open:
            self._settle(opened, with_indicators)
        self._open = []

    def _result(
        self, ctx: _Context, narrative: str, code: str, sheet: str, rowno: int, where
    ) -> Staged:
        level = ctx.level
        assert level is not None
        parent_level = {Level.OUTPUT: "purpose", Level.ACTIVITY: "output"}.get(level)
        parent_id = ctx.last.get(parent_level) if parent_level else None
        if level == Level.ACTIVITY and (found := _ACTIVITY_CODE.match(narrative)):
            # Matrices often list all activities after all outputs, numbered 1.1, 2.1...
            n = int(found.group(1))
            if 1 <= n <= len(ctx.outputs):
                parent_id = ctx.outputs[n - 1]
        values: dict[str, Any] = {
            "id": uuid.uuid4().hex,  # provisional: _settle gives a paired row its project id
            "commitment_id": ctx.commitment_id,
            "level": level.value,
            "narrative": narrative,
            "parent_id": parent_id,
            "position": None,
        }
        st = self.add("result", values, sheet, rowno, {"narrative": where("narrative")})
        ctx.rows.append(_SheetRow(st, level, parent_id, code or leading_code(narrative)))
        ctx.last[level.value] = st.id
        if level == Level.PURPOSE:
            ctx.last["output"] = None
        if level == Level.OUTPUT:
            ctx.outputs.append(st.id)
        return st

    def _indicators(self, ctx, row, cell, where, mapping, sheet, rowno) -> None:
        names = [indicator_name(n) for n in split_lines(cell(row, "indicators"))]
        if not names:
            return
        if ctx.result is None:
            self.problems.add(sheet, rowno, where("indicators"), names[0], "no_level")
            return
        movs = split_lines(cell(row, "means_of_verification"))
        if len(movs) != len(names):
            movs = ["; ".join(movs)] * len(names) if movs else []
        baselines = _lines_or_value(cell(row, "baseline"))
        targets = _lines_or_value(cell(row, "target"))
        dates = _lines_or_value(cell(row, "target_date"))
        units = _lines_or_value(cell(row, "unit"))
        result_id = ctx.result.id
        for i, (name, mov) in enumerate(zip_longest(names, movs)):
            if name is None:
                break
            values: dict[str, Any] = {
                "id": uuid.uuid4().hex,  # provisional, as for results
                "result_id": result_id,
                "commitment_id": ctx.commitment_id,
                "name": name,
                "position": None,
            }
            if mov:
                values["means_of_verification"] = mov
            base = _pick(baselines, i, len(names))
            if base is not None:
                values["baseline_value"] = self._number(
                    base, mapping, sheet, rowno, where("baseline")
                )
            unit = _pick(units, i, len(names))
            if unit is not None:
                values["unit"] = str(unit)
            elif isinstance(base, str) and "%" in base:
                values["unit"] = "%"
            ind = self.add("indicator", values, sheet, rowno, {"name": where("indicators")})
            ctx.indicators.append(ind)
            target = _pick(targets, i, len(names))
            if target is None:
                continue
            value = self._number(target, mapping, sheet, rowno, where("target"))
            due = _pick(dates, i, len(names))
            due_date = None
            if due is not None:
                try:
                    due_date = parse_date(due)
                except ValueError:
                    self.problems.add(sheet, rowno, where("target_date"), due, "date")
            if "unit" not in values and isinstance(target, str) and "%" in target:
                values["unit"] = "%"
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

    def _settle(self, ctx: _Context, with_indicators: bool) -> None:
        """Pair the context's sheet rows with the project's and give paired rows their ids."""
        seen = self._seen.get(ctx.commitment_id)
        if seen is None:
            return  # a new commitment: every row is new
        seen.with_indicators = seen.with_indicators or with_indicators
        taken = self._taken.setdefault(ctx.commitment_id, set())
        rename: dict[str, str] = {}
        how: dict[str, str] = {}
        for level in Level:
            sheet_items = [
                Item(r.staged.id, _group(r.parent, rename), r.staged.values["narrative"], r.code)
                for r in ctx.rows
                if r.level == level
            ]
            project_items = [
                Item(x.id, x.parent_id, x.narrative, seen.codes.get(x.id, ""))
                for x in seen.results
                if x.level == level.value
            ]
            for key, pairing in match_items(sheet_items, project_items, taken).items():
                rename[key] = pairing.project_key
                how[key] = pairing.how
        old_results = {x.id: x for x in seen.results}
        for r in ctx.rows:
            values = r.staged.values
            provisional = values["id"]
            if values.get("parent_id") in rename:
                values["parent_id"] = rename[values["parent_id"]]
            if provisional not in rename:
                continue
            old = old_results[rename[provisional]]
            values["id"] = old.id
            del values["position"]
            if r.parent is None:
                del values["parent_id"]  # the sheet does not say: it stays where it is
            if old.narrative != values["narrative"]:
                self.notes.append(
                    RowNote(
                        "updated", "result", old.id, r.staged.sheet, r.staged.row, old.level,
                        seen.codes.get(old.id, ""), old.narrative, values["narrative"],
                        seen.code, how[provisional],
                    )
                )  # fmt: skip
        _place_new(
            [
                (r.staged, (r.level.value, r.staged.values.get("parent_id", r.parent)))
                for r in ctx.rows
            ],
            [(x.id, (x.level, x.parent_id), x.position) for x in seen.results],
        )
        self._settle_indicators(ctx, seen, rename, taken)

    def _settle_indicators(self, ctx, seen: _Seen, rename: dict[str, str], taken) -> None:
        for st in ctx.indicators:
            st.values["result_id"] = rename.get(st.values["result_id"], st.values["result_id"])
        order = {x.id: i for i, x in enumerate(seen.results)}
        existing = sorted(
            ctx.existing["indicator"],
            key=lambda x: (order.get(x.result_id, len(order)), x.position),
        )
        got = match_items(
            [Item(st.id, st.values["result_id"], st.values["name"]) for st in ctx.indicators],
            [Item(x.id, x.result_id, x.name) for x in existing],
            taken,
            across_groups=False,
        )
        old_indicators = {x.id: x for x in existing}
        results = {x.id: x for x in seen.results}
        for st in ctx.indicators:
            pairing = got.get(st.id)
            if pairing is None:
                continue
            rename[st.id] = pairing.project_key
            old = old_indicators[pairing.project_key]
            st.values["id"] = old.id
            del st.values["position"]
            if old.name != st.values["name"]:
                of = results.get(old.result_id)
                self.notes.append(
                    RowNote(
                        "updated", "indicator", old.id, st.sheet, st.row,
                        of.level if of else "", seen.codes.get(old.result_id, ""),
                        old.name, st.values["name"], seen.code, pairing.how,
                    )
                )  # fmt: skip
        _place_new(
            [(st, st.values["result_id"]) for st in ctx.indicators],
            [(x.id, x.result_id, x.position) for x in existing],
        )
        for st, due_date in ctx.targets:
            indicator_id = rename.get(st.values["indicator_id"], st.values["indicator_id"])
            st.values["indicator_id"] = indicator_id
            found = next(
                (
                    t
                    for t in ctx.existing["target"]
                    if t.indicator_id == indicator_id and t.due_date == due_date
                    and t.id not in taken
                ),
                None,
            )  # fmt: skip
            if found is not None:
                st.values["id"] = found.id
                taken.add(found.id)

    def missing_notes(self) -> list[RowNote]:
        """Rows of the commitments the workbook covers that no sheet row stands for: kept,
        and listed so the user knows (an indicator only when the sheet has indicators)."""
        out: list[RowNote] = []
        for cid, seen in self._seen.items():
            taken = self._taken.get(cid, set())
            for r in seen.results:
                if r.id not in taken:
                    out.append(
                        RowNote(
                            "not_in_sheet", "result", r.id, seen.sheet, None, r.level,
                            seen.codes.get(r.id, ""), r.narrative, commitment=seen.code,
                        )
                    )  # fmt: skip
            if not seen.with_indicators:
                continue
            results = {r.id: r for r in seen.results}
            for x in seen.indicators:
                of = results.get(x.result_id)
                if x.id not in taken and x.result_id in taken and of is not None:
                    out.append(
                        RowNote(
                            "not_in_sheet", "indicator", x.id, seen.sheet, None, of.level,
                            seen.codes.get(of.id, ""), x.name, commitment=seen.code,
                        )
                    )  # fmt: skip
        return out

    def _number(self, raw, mapping, sheet, rowno, column) -> float | None:
        try:
            return parse_number(raw, mapping.decimal)
        except ValueError:
            self.problems.add(sheet, rowno, column, raw, "number")
            return None


def _place_new(rows: list[tuple[Staged, Any]], project: list[tuple[str, Any, float]]) -> None:
    """A new row the sheet puts before a paired sibling goes there in the project too (an
    activity inserted in the middle stays in the middle); the others go last, in sheet order.

    ``rows``: staged rows with their sibling group, in sheet order; ``project``: (id, group,
    position) of the project's live rows."""
    positions = {row_id: pos for row_id, _g, pos in project}
    taken_by: dict[Any, list[float]] = {}
    for _id, group, pos in project:
        taken_by.setdefault(group, []).append(pos)
    groups: dict[Any, list[Staged]] = {}
    for st, group in rows:
        groups.setdefault(group, []).append(st)
    for group, siblings in groups.items():
        before: float | None = None
        for i, st in enumerate(siblings):
            if st.id in positions:
                before = positions[st.id]
                continue
            after = next((positions[x.id] for x in siblings[i + 1 :] if x.id in positions), None)
            if after is None or (before is not None and after <= before):
                break  # the rest go after every sibling, in sheet order
            # not onto a sibling the sheet leaves out: just before the next paired one
            between = [p for p in taken_by.get(group, []) if p < after]
            if before is not None:
                between = [p for p in between if p > before]
            low = max(between) if between else before
            st.values["position"] = before = position_between(low, after)


def _group(parent: str | None, rename: dict[str, str]) -> str | None:
    """The project id a sheet row's parent stands for (a new parent: its provisional id)."""
    if parent is None:
        return None
    return rename.get(parent, parent)


def _reading_order(results: list[Any]) -> list[Any]:
    """Goals, purposes, outputs (by purpose), activities (by output), each by position."""
    index: dict[str, int] = {}
    out: list[Any] = []
    for level in Level:
        rows = [r for r in results if r.level == level.value]
        rows.sort(key=lambda r: (index.get(r.parent_id or "", len(results)), r.position))
        for r in rows:
            index[r.id] = len(out)
            out.append(r)
    return out


def _lines_or_value(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, dt.datetime | dt.date | int | float):
        return [value]
    return split_lines(value)


def _pick(values: list[Any], i: int, n: int) -> Any:
    if not values:
        return None
    if len(values) == n:
        return values[i]
    return values[0] if len(values) == 1 and n == 1 else (values[i] if i < len(values) else None)


def _commitment_from_cell(value: Any) -> tuple[str, str]:
    if isinstance(value, int | float):
        return (str(int(value)) if float(value).is_integer() else str(value)), ""
    text = str(value).strip()
    if m_ := _TITLE.match(text):
        return m_.group(1), m_.group(2).strip()
    if m_ := re.match(r"^([0-9]+(?:\.[0-9]+)*)\s*[:.\-–—]?\s*(.*)$", text):
        return m_.group(1), m_.group(2).strip()
    return "", text
