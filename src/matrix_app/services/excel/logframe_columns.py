"""Reading a column matrix (a ``SheetMapping``: EU, ILPES, hand-made, or the wizard's):
header rows, notes rows and what follows them, an activities block, section rows the user
marked, matrices stacked in one sheet under their own "Compromiso N: …" labels, the level
and narrative of each row (one column or two) and assumptions; the row's indicators are
read by ``logframe_indicators``. Every cell it does not use is listed as a warning
(``formats.base.Cells.leftovers``)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from ...domain.vocabulary import Level
from .logframe_above import above_lines, indicator_sentence
from .logframe_cells import (
    activities_block,
    budget_cell,
    commitment_from_cell,
    lone_text,
    mark_heading,
    next_matrix,
    output_named,
    place_coded_results,
    section_line,
    unbullet,
)
from .logframe_codes import coded_rows
from .logframe_indicators import IndicatorReader
from .logframe_match import code_in
from .logframe_read import (
    NOTES_ROW,
    SheetMapping,
    guess_level,
    split_dates,
)
from .logframe_words import SEPARATOR, signature_start
from .parse import is_missing, normalize

#: Roles whose text keeps no bullet nor blank line pasted from Word (indicators are split
#: into one per bulleted line by ``indicator_lines``).
_PASTED = {"narrative", "level", "assumptions"}


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


def _resumes(
    row: list[Any], cols: dict[str, int], header: list[Any], indicator: bool = False
) -> bool:
    """Whether a row under a signature line (or, with ``indicator``, under a notes row) is
    matrix data again: it names a level in the level column, it starts another matrix (its
    label, or the header written again) or, under notes, it fills the indicator column."""

    def value(role: str) -> Any:
        c = cols.get(role)
        return row[c] if c is not None and c < len(row) else None

    if value("level") not in (None, "") and guess_level(value("level"))[0] is not None:
        return True
    if indicator and value("indicators") not in (None, ""):
        return True
    return "commitment" not in cols and next_matrix(row, header) is not None


if TYPE_CHECKING:
    from .logframe import _Context


class ColumnReader(IndicatorReader):
    """The column-matrix half of ``logframe.LogframeStager``: rows, levels, narratives."""

    def stage_sheet(self, grid: list[list[Any]], mapping: SheetMapping) -> None:
        """Stage a column matrix; every cell it does not use is listed as a warning."""
        from .formats.base import UNUSED_WHY, Cells

        cols = dict(mapping.columns)
        sheet = mapping.sheet
        cells = Cells(grid, sheet, self.problems)
        for h in range(mapping.header_row - mapping.header_rows, mapping.header_row):
            cells.use_row(h)
        mark_heading(cells, mapping)
        blocked: dict[int, tuple[str, str]] = {}  # columns an activities block reuses
        aside: dict[int, tuple[str, str]] = {}  # why a column's cells were left out
        current = [0]

        def cell(row: list[Any], role: str | int) -> Any:
            c = role if isinstance(role, int) else cols.get(role)
            if c is None or c >= len(row) or c in blocked:
                return None
            v = row[c]
            if v not in (None, ""):
                cells.used.add((current[0], c))
            if isinstance(v, str) and role in _PASTED:
                return unbullet(v)
            return v.strip() if isinstance(v, str) else v

        def where(role: str) -> str | None:
            c = cols.get(role)
            return get_column_letter(c + 1) if c is not None else None

        ctx: _Context | None = None
        if "commitment" not in cols:
            known = mapping.commitment_title not in ("", sheet)
            title = mapping.commitment_title or sheet
            ctx = self._commitment(mapping.commitment_code, title, sheet, None, known)
            if mapping.commitment_institution:  # "Institución responsable: …" above
                self._institution(ctx, mapping.commitment_institution, sheet, None)
            self._above(ctx, cells, mapping)
            ctx.level = Level(mapping.level) if mapping.level else ctx.level
        by_code = self._coded(ctx, grid, mapping)  # "G1": a result another sheet defines
        current_key = None
        rows_seen = 0
        notes = False  # below a notes row, rows without a level or narrative are notes too
        signed = False  # below a signature line, only a level or another matrix is data
        listing = False  # in a DMF's "Key Activities" block: one activity or output a line
        content = [cols[k] for k in ("level", "narrative", "indicators") if k in cols]
        header = grid[mapping.header_row - 1]
        for r in range(mapping.header_row, len(grid)):
            row = grid[r]
            rowno = r + 1
            current[0] = r
            filled = [v for v in row if v not in (None, "")]
            if not filled:
                continue
            if signed and not _resumes(row, cols, header):
                cells.set_aside(r, "signature_row")  # "Jefe de Planificación | Director"
                continue
            signed = False
            if all(isinstance(v, str) and SEPARATOR.match(v) for v in filled):
                cells.set_aside(r, "notes_row")  # a dashed line between sections
                continue
            if signature_start([str(v) for v in filled]):
                cells.set_aside(r, "notes_row")
                notes = signed = True
                continue
            if isinstance(filled[0], str) and (NOTES_ROW.match(filled[0]) or _footnote(row, cols)):
                cells.set_aside(r, "notes_row")
                notes = True
                continue
            if notes and (
                not any(cells.raw(r, c) not in (None, "") for c in content)
                or (len(filled) == 1 and guess_level(filled[0])[0] is None)
                or ("level" in cols and not _resumes(row, cols, header, indicator=True))
            ):  # below "Notas:", a line of text alone (in any column) is a note too, and so is
                # a row naming no level nor indicator ("Jefe de División | Intendente")
                cells.set_aside(r, "notes_row")
                continue
            notes = False
            if "commitment" not in cols and (found := next_matrix(row, header)) is not None:
                cells.use_row(r)  # another matrix below: its label, or its header again
                if found is not True:
                    ctx = self._commitment(*found, sheet, rowno)
                    ctx.level = Level(mapping.level) if mapping.level else None
                continue
            if rowno in mapping.row_levels and ctx is not None:
                self._section_row(ctx, cells, r, Level(mapping.row_levels[rowno]))
                rows_seen += 1
                continue
            if ctx is not None and (section := section_line(row, cols)):
                cells.use_row(r)  # "Key Activities with Milestones", "Inputs"
                if section == "activities":
                    ctx.level, ctx.result, listing = Level.ACTIVITY, None, True
                else:
                    notes, listing = True, False  # the budget lines below are not imported
                continue
            if listing and ctx is not None and (text := lone_text(row, cols)) is not None:
                cells.use_row(r)
                if (output := output_named(ctx, text)) is not None:
                    ctx.last["output"], ctx.result = output, None  # its activities follow
                else:
                    col = {"narrative": get_column_letter(cells.filled(r)[0] + 1)}.get
                    ctx.result = self._result(ctx, text, "", sheet, rowno, col)
                continue
            listing = False
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
                    ctx.level = Level(mapping.level) if mapping.level else None
            if ctx is None:
                continue
            rows_seen += 1
            level_cell = cell(row, "level")
            narrative = cell(row, "narrative")
            level_col_is_narrative = cols.get("level") == cols.get("narrative")
            code = ""
            if by_code and ctx is not None and normalize(level_cell) in by_code:
                ctx.result = by_code[normalize(level_cell)]
                ctx.level = Level(ctx.result.values["level"])
                level_cell = narrative = None if level_col_is_narrative else narrative
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
            if mapping.level and "level" not in cols and isinstance(narrative, str):
                guessed, rest = guess_level(narrative)  # "Output 1: ..." under "Expected outputs"
                if guessed == ctx.level and rest:
                    code, narrative = code_in(narrative.split(":", 1)[0]), rest
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
            if ctx.level == Level.ACTIVITY and budget_cell(cells, r, cols.get("indicators")):
                aside[cols["indicators"]] = UNUSED_WHY["budget"]  # ILPES: "Presupuesto: $ 45"
            else:
                self._indicators(ctx, row, cell, where, mapping, sheet, rowno)
        if rows_seen == 0:
            self.problems.add(sheet, None, None, None, "empty_sheet")
        cells.leftovers(mapping.header_row - 1, {**aside, **blocked})
        with_indicators = "indicators" in cols
        for opened in self._open:
            place_coded_results(opened)
            self._settle(opened, with_indicators)
            self._finish(opened)
        self._open = []

    def _coded(self, ctx: _Context | None, grid: list[list[Any]], mapping: SheetMapping) -> dict:
        """The results of the workbook's code table (``logframe_codes``), staged in its
        order, by normalized code, when this sheet's level column gives their codes."""
        table = getattr(self, "codes", [])
        top = mapping.header_row
        if (
            ctx is None
            or not table
            or not coded_rows(grid, top, mapping.columns.get("level"), table)
        ):
            return {}
        out = {}
        for x in table:
            ctx.level = x.level
            out[normalize(x.code)] = self._result(ctx, x.text, x.code, x.sheet, x.row,
                                                  {"narrative": x.column}.get)  # fmt: skip
            self.codes_used.add(x.sheet)
        ctx.result = None
        return out

    def _above(self, ctx: _Context, cells: Any, mapping: SheetMapping) -> None:
        """The results label lines above the header name (``logframe_above``): the matrix's
        rows go under them; an indicator sentence beside one gives its figures."""
        top = mapping.header_row - mapping.header_rows
        for line in above_lines(cells.grid, top, mapping.commitment_title):
            col = get_column_letter(line.cols[-1] + 1)
            if line.level is not None:
                ctx.level = line.level
                ctx.result = self._result(ctx, line.text, line.code, cells.sheet, line.row + 1,
                                          {"narrative": col}.get)  # fmt: skip
            elif ctx.result is not None and (
                found := indicator_sentence(line.text, mapping.decimal)
            ):
                self._sentence(ctx, found, cells.sheet, line.row + 1, col)
            else:
                continue
            for c in line.cols:
                cells.used.add((line.row, c))

    def _sentence(self, ctx: _Context, found: Any, sheet: str, rowno: int, col: str) -> None:
        assert ctx.result is not None
        values = {
            "id": uuid.uuid4().hex, "result_id": ctx.result.id,
            "commitment_id": ctx.commitment_id, "name": found.name, "position": None,
        }  # fmt: skip
        if found.baseline is not None:
            values["baseline_value"] = found.baseline
            if found.baseline_date is not None:
                values["baseline_date"] = found.baseline_date
        ind = self.add("indicator", values, sheet, rowno, {"name": col})
        ctx.indicators.append(ind)
        for due, value in found.targets:
            t = self.add("target", {
                "id": uuid.uuid4().hex, "indicator_id": ind.id,
                "commitment_id": ctx.commitment_id, "due_date": due, "value": value,
            }, sheet, rowno, {"value": col})  # fmt: skip
            ctx.targets.append((t, due))

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
