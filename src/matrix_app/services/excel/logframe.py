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
    NOTES_ROW,
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
from .parse import is_missing, normalize, parse_date, parse_number, split_reference
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
    measurements: list[tuple[Staged, Staged]] = field(default_factory=list)  # (row, indicator)
    evidence: list[tuple[Staged, Staged]] = field(default_factory=list)  # (row, result)


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
        self._institutions: dict[str, str] = {}  # normalized name -> institution id

    def add(self, table: str, values: dict[str, Any], sheet: str, row: int | None, cols=None):
        st = Staged(table, values, sheet, row, cols or {})
        self.staged.setdefault(table, []).append(st)
        return st

    def _commitment(
        self, code: str, title: str, sheet: str, row: int | None, title_known: bool = True
    ) -> _Context:
        """The commitment a sheet is about: the project's with the same code AND title (a
        sheet that names a code the project gives another title is refused - with both
        titles - rather than overwrite a different commitment); by title when the sheet
        gives no code; by code alone only when the sheet gives no title (which it keeps)."""
        found = None
        key = _title_key(title) if title_known else ""
        for c in self.commitments.values():
            if code and c.code == code:
                if key and _title_key(c.title) != key:
                    self.problems.add(
                        sheet, row, None, None, "commitment_mismatch",
                        number=code, title=title, existing=c.title,
                    )  # fmt: skip
                found = c
                break
        if found is None and not code and key:
            found = next((c for c in self.commitments.values() if _title_key(c.title) == key), None)
        cid = found.id if found else uuid.uuid4().hex
        values: dict[str, Any] = {"id": cid, "plan_id": self.plan_id, "code": code}
        if title and (title_known or found is None):
            values["title"] = title
        if found is None or code:
            if found is not None:
                values["code"] = found.code
                values.pop("title", None)  # same code and title: nothing to change
            self.add("commitment", values, sheet, row)
        ctx = _Context(self.plan_id, cid, sheet)
        if found is not None:
            ctx.existing = {
                "result": self.project.rows(m.Result, commitment_id=cid),
                "indicator": self.project.rows(m.Indicator, commitment_id=cid),
                "target": self.project.rows(m.Target, commitment_id=cid),
                "measurement": self.project.rows(m.Measurement, commitment_id=cid),
                "evidence": self.project.rows(m.Evidence, commitment_id=cid),
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
        """Stage a column matrix; every cell it does not use is listed as a warning."""
        from .formats.base import Cells

        cols = dict(mapping.columns)
        sheet = mapping.sheet
        cells = Cells(grid, sheet, self.problems)
        for h in range(mapping.header_row - mapping.header_rows, mapping.header_row):
            cells.use_row(h)
        _mark_heading(cells, mapping)
        blocked: dict[int, tuple[str, str]] = {}  # columns an activities block reuses
        current = [0]

        def cell(row: list[Any], role: str) -> Any:
            c = cols.get(role)
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
            if isinstance(filled[0], str) and NOTES_ROW.match(filled[0]):
                cells.set_aside(r, "notes_row")
                notes = True
                continue
            if notes and not any(cells.raw(r, c) not in (None, "") for c in content):
                cells.set_aside(r, "notes_row")
                continue
            notes = False
            if rowno in mapping.row_levels and ctx is not None:
                self._section_row(ctx, cells, r, Level(mapping.row_levels[rowno]))
                rows_seen += 1
                continue
            if ctx is not None and (block := _activities_block(cells, r, cols, blocked)):
                ctx.level, ctx.result = Level.ACTIVITY, None
                if block == "header":
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

    def stage_matrix(self, mx: Any) -> None:
        """Stage a ``formats.base.Matrix`` a donor-format reader built (one commitment)."""
        ctx = self._commitment(mx.code, mx.title, mx.sheet, mx.row, mx.title_known)
        if mx.institution:
            self._institution(ctx, mx.institution, mx.sheet, mx.row)
        for r in mx.rows:
            ctx.level = r.level
            where = {"narrative": r.column}.get
            st = self._result(ctx, r.narrative, r.code, mx.sheet, r.row, where)
            for key in ("assumptions", "start_date", "end_date", "progress"):
                if getattr(r, key) not in (None, ""):
                    st.values[key] = getattr(r, key)
            for text in r.evidence:
                link = text.startswith(("http://", "https://", "www."))
                ev = self.add("evidence", {
                    "id": uuid.uuid4().hex, "commitment_id": ctx.commitment_id,
                    "result_id": st.id, "kind": "link" if link else "note",
                    "title": text, "url": text if link else "",
                }, mx.sheet, r.row)  # fmt: skip
                ctx.evidence.append((ev, st))
            for i in r.indicators:
                values: dict[str, Any] = {
                    "id": uuid.uuid4().hex, "result_id": st.id,
                    "commitment_id": ctx.commitment_id, "name": i.name, "position": None,
                }  # fmt: skip
                for key in ("formula", "dimension", "unit", "means_of_verification",
                            "data_source", "frequency", "responsible", "baseline_date"):  # fmt: skip
                    if getattr(i, key) not in (None, ""):
                        values[key] = getattr(i, key)
                if i.baseline is not None:
                    values["baseline_value"] = i.baseline
                ind = self.add("indicator", values, mx.sheet, i.row, {"name": i.column})
                ctx.indicators.append(ind)
                for due, value, row, col in i.targets:
                    t = self.add("target", {
                        "id": uuid.uuid4().hex, "indicator_id": ind.id,
                        "commitment_id": ctx.commitment_id, "due_date": due, "value": value,
                    }, mx.sheet, row, {"value": col})  # fmt: skip
                    ctx.targets.append((t, due))
                for on, value, row, col in i.measurements:
                    x = self.add("measurement", {
                        "id": uuid.uuid4().hex, "indicator_id": ind.id,
                        "commitment_id": ctx.commitment_id, "measured_on": on, "value": value,
                    }, mx.sheet, row, {"value": col})  # fmt: skip
                    ctx.measurements.append((x, ind))
        self._settle(ctx, True)
        self._finish(ctx)
        self._open.remove(ctx)

    def _institution(self, ctx: _Context, name: str, sheet: str, row: int | None) -> None:
        """The lead institution a follow-up sheet names: the project's of that name or
        acronym, else a new one (once per import); linked as lead unless it already is."""
        key = normalize(name)
        if key not in self._institutions:
            found = next(
                (i for i in self.project.rows(m.Institution)
                 if key in (normalize(i.name), normalize(i.acronym))), None,
            )  # fmt: skip
            if found is not None:
                self._institutions[key] = found.id
            else:
                st = self.add("institution", {"id": uuid.uuid4().hex, "name": name}, sheet, row)
                self._institutions[key] = st.id
        iid = self._institutions[key]
        links = self.project.rows(m.CommitmentInstitution, commitment_id=ctx.commitment_id)
        if any(x.institution_id == iid for x in links):
            return
        self.add("commitment_institution", {
            "id": uuid.uuid4().hex, "commitment_id": ctx.commitment_id,
            "institution_id": iid, "role": "lead",
        }, sheet, row)  # fmt: skip

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
        found = _indicator_lines(cell(row, "indicators"))
        if not found:
            return
        names = [n for n, _f, _d in found]
        if ctx.result is None:
            self.problems.add(sheet, rowno, where("indicators"), names[0], "no_level")
            return
        movs = _numbered(split_lines(cell(row, "means_of_verification")))[0]
        if len(movs) != len(names):
            movs = ["; ".join(movs)] * len(names) if movs else []
        formulas = split_lines(cell(row, "formula"))
        if formulas and len(formulas) != len(names):
            formulas = [" ".join(formulas)] * len(names)
        baselines, numbered = _numbered(_lines_or_value(cell(row, "baseline")))
        targets, numbered2 = _numbered(_lines_or_value(cell(row, "target")))
        currents = _numbered(_lines_or_value(cell(row, "current")))[0]
        if numbered or numbered2:  # "1.1 23 %" beside "1.1 Share of ...": list numbering
            found = [(_CODE.sub("", n, count=1), f, d) for n, f, d in found]
        dates = _lines_or_value(cell(row, "target_date"))
        units = _lines_or_value(cell(row, "unit"))
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
            if dimension:
                values["dimension"] = dimension
            if mov:
                values["means_of_verification"] = mov
            percent = False
            base = _pick(baselines, i, len(names))
            if base is not None:
                value, ref = self._measure(base, mapping, sheet, rowno, where("baseline"),
                                           ("baseline", "la línea base"))  # fmt: skip
                values["baseline_value"] = value
                if ref is not None:
                    values["baseline_date"] = ref
                percent = percent or _is_percent(base)
            unit = _pick(units, i, len(names))
            ind = self.add("indicator", values, sheet, rowno, {"name": where("indicators")})
            ctx.indicators.append(ind)
            current = _pick(currents, i, len(names))
            if current is not None:
                value, ref = self._measure(current, mapping, sheet, rowno, where("current"),
                                           ("current value", "el valor actual"))  # fmt: skip
                percent = percent or _is_percent(current)
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
            target = _pick(targets, i, len(names))
            if target is not None:
                percent = percent or _is_percent(target)
                value, ref = self._measure(target, mapping, sheet, rowno, where("target"),
                                           ("target", "la meta"))  # fmt: skip
                due = _pick(dates, i, len(names))
                due_date = ref
                if due is not None and not is_missing(due):
                    try:
                        due_date = parse_date(due)
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
            if unit is not None and not is_missing(unit):
                values["unit"] = str(unit)
            elif percent:
                values["unit"] = "%"

    def _finish(self, ctx: _Context) -> None:
        """Measurements and evidence point at their (settled) indicator and row; one the
        project already has (same indicator and date / same row and link or title) keeps
        its id, so a second import updates it instead of adding it again."""
        existing = ctx.existing.get("measurement", [])
        taken = self._taken.setdefault(ctx.commitment_id, set())
        for st, ind in ctx.measurements:
            st.values["indicator_id"] = ind.id
            for x in existing:
                if (x.indicator_id, x.measured_on) == (ind.id, st.values["measured_on"]) and (
                    x.id not in taken
                ):
                    st.values["id"] = x.id
                    taken.add(x.id)
                    break
        for st, result in ctx.evidence:
            st.values["result_id"] = result.id
            for x in ctx.existing.get("evidence", []):
                same_text = (x.url or x.title) == (st.values.get("url") or st.values["title"])
                if x.result_id == result.id and same_text and x.id not in taken:
                    st.values["id"] = x.id
                    taken.add(x.id)
                    break

    def _measure(self, raw, mapping, sheet, rowno, column, what) -> tuple[float | None, Any]:
        """A number as typed ("72% (2015)", "s/i", "12,5 %") and the reference date after it."""
        if is_missing(raw):
            self.problems.add(sheet, rowno, column, raw, "missing_value", warning=True, what=what)
            return None, None
        value, ref = split_reference(raw)
        return self._number(value, mapping, sheet, rowno, column), ref

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


_BLOCK_WORDS = {"means", "moyens", "medios", "meios", "costs", "couts", "costos", "custos",
                "inputs", "insumos", "recursos", "resources", "budget", "presupuesto"}  # fmt: skip
_ACTIVITY_WORDS = {"activities", "activites", "actividades", "atividades", "activity"}
_BLOCK_WHY = (
    "it is the activities block's means and costs, which a monitoring matrix does not hold",
    "son los medios y costos del bloque de actividades, que una matriz de seguimiento no guarda",
)


def _activities_block(cells, r: int, cols: dict[str, int], blocked: dict) -> str:
    """An "Activities | Means | Costs" row (EU, cadre logique): what follows are activities,
    and the columns under Means and Costs hold no indicators; they are listed as unused.
    "header" when the row is only that, "inline" when it also holds the first activity
    (the 2004 cadre logique: "Activités | 1.1 ... | Moyens : | Coûts :"), else ""."""
    filled = cells.filled(r)
    words = {c: cells.norm(r, c).rstrip(" :.") for c in filled}
    if not any(w in _ACTIVITY_WORDS for w in words.values()):
        return ""
    others = [c for c, w in words.items() if w not in _ACTIVITY_WORDS]
    narrative = cols.get("narrative")
    inline = narrative in others and words[narrative] not in _BLOCK_WORDS
    block = [c for c in others if not (inline and c == narrative)]
    if not block or not all(words[c] in _BLOCK_WORDS for c in block):
        return ""
    for c in filled:
        if c != narrative or not inline:
            cells.used.add((r, c))
    for c in block:
        blocked[c] = _BLOCK_WHY
    return "inline" if inline else "header"


_MATRIX_TITLES = (
    "matriz de marco logico",
    "logframe matrix",
    "logical framework",
    "cadre logique",
    "matriz de seguimiento",
)  # a sheet's title is not content


def _mark_heading(cells, mapping: SheetMapping) -> None:
    """The title line the commitment's code and title came from counts as used."""
    title = normalize(mapping.commitment_title)
    for r in range(mapping.header_row - 1):
        for c in cells.filled(r):
            text = cells.norm(r, c)
            ours = "   ·   " in str(cells.raw(r, c))  # our own sheet's plan/lead/period line
            if (title and title in text) or ours or any(w in text for w in _MATRIX_TITLES):
                cells.used.add((r, c))


def _title_key(title: str) -> str:
    return normalize(title).strip(" .:;-–—\"“”'")


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


_DIMENSIONS = {
    "eficacia": "efficacy", "efficacy": "efficacy", "effectiveness": "efficacy",
    "efficacite": "efficacy", "eficiencia": "efficiency", "efficiency": "efficiency",
    "efficience": "efficiency", "calidad": "quality", "quality": "quality",
    "qualite": "quality", "qualidade": "quality", "economia": "economy", "economy": "economy",
    "economie": "economy",
}  # fmt: skip
_FORMULA = re.compile(r"^\s*(?:f[oó]rmula|formula|c[aá]lculo)\s*:\s*", re.IGNORECASE)


def _dimension(line: str) -> str | None:
    """The dimension a line names: "Eficacia", "Calidad:", DIPRES's "Eficacia/Producto"."""
    return _DIMENSIONS.get(normalize(line).split("/")[0].strip().rstrip(":"))


def _indicator_lines(value: Any) -> list[tuple[str, str, str | None]]:
    """(name, formula, dimension) per indicator in a cell.

    ILPES/DIPRES cells hold, per indicator, the dimension on a line ("Eficacia"), the name on
    the next and the formula after it; other cells hold one indicator per line."""
    lines = split_lines(value)
    if not any(_dimension(x) for x in lines):
        out = []
        for x in lines:
            x = indicator_name(x)
            if _FORMULA.match(x) and out:
                name, _f, dim = out[-1]
                out[-1] = (name, _FORMULA.sub("", x), dim)
            else:
                out.append((x, "", None))
        return out
    blocks: list[list[Any]] = []
    for x in lines:
        dim = _dimension(x)
        if dim is not None or not blocks:
            blocks.append([dim, None, []])
            if dim is not None:
                continue
        block = blocks[-1]
        if block[1] is None:
            block[1] = indicator_name(x)
        else:
            block[2].append(_FORMULA.sub("", x))
    return [(b[1], " ".join(b[2]), b[0]) for b in blocks if b[1]]


_CODE = re.compile(r"^\s*\d+\.\d+(?:\.\d+)*\s+")  # "1.1 ", "1.2.1 " (not "1.233 (2018)")


def _numbered(values: list[Any]) -> tuple[list[Any], bool]:
    """Lines without their list number ("1.1 23 % (2020)" -> "23 % (2020)") and whether any
    had one; a number only counts as a list number when a figure or a word follows it."""
    out, any_code = [], False
    for v in values:
        if isinstance(v, str) and (m_ := _CODE.match(v)) and v[m_.end() :][:1] not in ("(", ""):
            out.append(v[m_.end() :])
            any_code = True
        else:
            out.append(v)
    return out, any_code


def _is_percent(value: Any) -> bool:
    from .logframe_read import Percent

    return isinstance(value, Percent) or (isinstance(value, str) and "%" in value)


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
