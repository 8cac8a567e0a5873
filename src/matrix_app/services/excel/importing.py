"""Import a workbook into a project: detect what it is, read, check everything, then write.

Three kinds of workbook: ``matrix`` (our own export or template), ``logframe`` (classic
matrices, one commitment per sheet) and ``mapped`` (anything else, read with mappings the
wizard built). All or nothing: every problem is collected and, if there is any, nothing is
written. A dry run stops after the checks and says what would be added, updated and left
alone; for logframe sheets it also names each row whose text changes (old -> new) and each
row of the project the sheet no longer has (kept: importing never deletes).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ...domain import models as m
from ...messages import current_language
from ..project import Project
from ..translations import content_lang
from . import safety
from .errors import ExcelFileError, ImportProblems, Problem, ProblemList
from .layout import SHEETS, sheet_name, table_of_sheet
from .links import sheet_links
from .logframe import LogframeStager, SheetMapping, read_grid
from .logframe_codes import code_table
from .notes import RowNote
from .own import IdMaker, read_own_workbook
from .side_by_side import masked, side_blocks
from .staging import Changes, Counts, Staged, apply_changes, plan_changes
from .translated_sheets import split_translations, stage_translations

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
DETECT_ROWS = 100  # detect_mapping looks at the first 30 rows and 60 below the header
SCALE = 1000  # progress is reported in thousandths: reading, then checking, then writing


@dataclass
class Detection:
    path: Path
    kind: str  # matrix | logframe | other
    sheets: list[str]
    mappings: dict[str, SheetMapping] = field(default_factory=dict)
    matches: dict[str, Any] = field(default_factory=dict)  # sheet -> formats.base.Match
    hidden: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # visible, non-empty, not recognised


@dataclass
class ImportReport:
    path: Path
    kind: str
    counts: dict[str, Counts]
    problems: list[Problem]
    warnings: list[Problem]
    dry_run: bool
    written: bool = False
    notes: list[RowNote] = field(default_factory=list)  # logframe rows updated / not in sheet

    def totals(self) -> Counts:
        out = Counts()
        for c in self.counts.values():
            out.added += c.added
            out.updated += c.updated
            out.unchanged += c.unchanged
        return out

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        lang = lang or current_language()
        return {
            "file": str(self.path),
            "kind": self.kind,
            "dry_run": self.dry_run,
            "written": self.written,
            "counts": {t: c.as_dict() for t, c in self.counts.items()},
            "totals": self.totals().as_dict(),
            "problems": [p.as_dict(lang) for p in self.problems],
            "warnings": [p.as_dict(lang) for p in self.warnings],
            "notes": [n.as_dict(lang) for n in self.notes],
        }


def detect(path: Path | str) -> Detection:
    """What kind of workbook ``path`` is (after the safety checks); no project needed."""
    path = Path(path)
    safety.check_workbook_file(path)
    try:
        names = list(safety.sheet_parts(path))
    except Exception as exc:  # a damaged workbook.xml: let openpyxl explain below
        names = []
        del exc
    ours = [n for n in names if table_of_sheet(n) is not None]
    if len(ours) >= 2:
        return Detection(path, "matrix", names)
    from . import formats

    with safety.load(path) as book:
        found = Detection(path, "other", names)
        for ws in book.wb.worksheets:
            if ws.sheet_state != "visible":
                found.hidden.append(ws.title)
                continue
            grid = read_grid(ws, DETECT_ROWS)
            match = formats.recognize(grid, ws.title)
            if match is None:
                if any(v not in (None, "") for row in grid for v in row):
                    found.unread.append(ws.title)
                continue
            found.matches[ws.title] = match
            if "mapping" in match.data:
                found.mappings[ws.title] = match.data["mapping"]
        found.kind = "logframe" if found.matches else "other"
        return found


def sheet_rows(path: Path | str, sheet: str, limit: int | None = None) -> list[list[Any]]:
    """A sheet's cells (cached values) for the wizard's table of the sheet: ``limit`` rows."""
    with safety.load(Path(path)) as book:
        if sheet not in book.wb.sheetnames:
            raise ExcelFileError("no_sheet", path=path, sheet=sheet)
        return read_grid(book.wb[sheet], limit)


def _formula_warnings(book: safety.Opened, sheets: list[str], problems: ProblemList) -> None:
    """One warning per sheet with formulas (counted by the pre-scan): cached values are used."""
    for sheet in sheets:
        shape = book.shapes.get(sheet)
        if shape is not None and shape.formulas:
            problems.add(
                sheet, None, None, None, "formula", warning=True,
                count=shape.formulas, cells=", ".join(shape.formula_refs),
            )  # fmt: skip


def _target_plan(project: Project, plan_id: str | None, path: Path, staged) -> str:
    plans = project.rows(m.ActionPlan)
    if plan_id:
        return plan_id
    if plans:
        return plans[-1].id
    new_id = uuid.uuid4().hex
    staged.setdefault("action_plan", []).append(
        Staged("action_plan", {"id": new_id, "title": path.stem}, "", None)
    )
    return new_id


def _stage(
    stager: LogframeStager, grid: list[list[Any]], how: Any, problems, links: Any = None
) -> list[Any]:
    """Stage one sheet: a column mapping through the classic engine now; any other format's
    match is read by its module (``formats``) and its matrices returned, to be staged once
    every sheet is read (an activity plan joins the workbook's other matrix)."""
    from . import formats
    from .formats.base import Cells

    skip = how.skip_rows if isinstance(how, SheetMapping) else how.data.get("skip_rows", ())
    for rowno in sorted(skip):
        if rowno - 1 < len(grid) and any(v not in (None, "") for v in grid[rowno - 1]):
            text = " | ".join(str(v) for v in grid[rowno - 1] if v not in (None, ""))
            problems.add(how.sheet, rowno, None, text, "skipped_row", warning=True)
            grid[rowno - 1] = []
    if isinstance(how, SheetMapping):
        stager.stage_sheet(grid, how)
        return []
    if blocks := side_blocks(grid, lambda g: formats.recognize(g, how.sheet)):
        out = []  # two commitments side by side: each block read as a sheet of its own
        for cols in blocks:
            part = masked(grid, cols)
            out += _stage(stager, part, formats.recognize(part, how.sheet), problems, links)
        return out
    module = formats.BY_NAME[how.format]
    cells = Cells(grid, how.sheet, problems)
    cells.hyperlinks = links
    read = module.read(grid, how, cells)
    if isinstance(read, SheetMapping):
        stager.stage_sheet(grid, read)
        return []
    return list(read)


def _below_table(path: Path, grid: list[list[Any]], how: Any, problems: ProblemList) -> None:
    """Rows under the Excel Table that holds the matrix are not its rows (``tables``)."""
    from .tables import set_aside_below, sheet_tables

    if isinstance(how, SheetMapping):
        header = how.header_row - 1
    elif "mapping" in how.data:
        header = how.data["mapping"].header_row - 1
    elif isinstance(how.data.get("header"), int):
        header = how.data["header"]
    else:
        return
    part = safety.sheet_parts(path).get(how.sheet, "")
    if part.endswith(".xml") and (tables := sheet_tables(path, part)):
        set_aside_below(grid, how.sheet, header, tables, problems)


def _refuse_empty(changes: Changes, sheets: list[str], problems: ProblemList) -> None:
    """A logframe read that found no commitment would write an empty plan and report
    success: it is an error, so the user hears that nothing was understood."""
    found = sum(
        c.added + c.updated + c.unchanged
        for table, c in changes.counts.items()
        if table != "action_plan"
    )
    if found == 0:
        names = ", ".join(f"“{s}”" for s in sheets)
        problems.add(sheets[0] if sheets else "", None, None, "", "no_commitment", sheets=names)


def analyse(
    project: Project,
    path: Path | str,
    mappings: list[Any] | None = None,
    plan_id: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[Changes, ImportReport]:
    """Read and check the workbook against the project; nothing is written."""
    path = Path(path)
    cancelled = cancelled or (lambda: False)
    problems = ProblemList()
    notes: list[RowNote] = []
    found = None
    if mappings:
        kind, mapped = "mapped", list(mappings)
        safety.check_workbook_file(path)
    else:
        found = detect(path)
        kind, mapped = found.kind, list(found.matches.values())
        if kind == "other":
            raise ExcelFileError("unknown_layout", path=path)
        for sheet in found.hidden:
            problems.add(sheet, None, None, sheet, "hidden_sheet", warning=True)
        for sheet in found.unread:
            problems.add(sheet, None, None, sheet, "unread_sheet", warning=True)
    if kind == "matrix":
        with safety.load(path) as book:
            wb = book.wb
            sheets = [ws.title for ws in wb.worksheets if table_of_sheet(ws.title)]
            total = sum((wb[s].max_row or 0) for s in sheets) or 1
            done = 0

            def tick(n: int) -> None:
                nonlocal done
                done += n
                if progress:
                    progress(min(done * (SCALE // 2) // total, SCALE // 2), SCALE)

            spanish = any(s == sheet_name(table_of_sheet(s) or "", "es") for s in sheets)
            staged = read_own_workbook(
                wb, IdMaker(project.project_id), problems, tick, cancelled,
                decimal="," if spanish else ".",
            )  # fmt: skip
            _formula_warnings(book, sheets, problems)
    else:
        staged = {}
        target = _target_plan(project, plan_id, path, staged)
        stager = LogframeStager(project, target, problems)
        stager.staged = staged
        matrices: list[Any] = []
        with safety.load(path) as book:
            unread = [w for w in found.unread if w in book.wb.sheetnames] if found else []
            for sheet in unread:  # "Goals & Objectives": results by code, for another sheet
                stager.codes += code_table(read_grid(book.wb[sheet]), sheet)
            for i, mapping in enumerate(mapped):
                if mapping.sheet not in book.wb.sheetnames:
                    raise ExcelFileError("no_sheet", path=path, sheet=mapping.sheet)
                grid = read_grid(book.wb[mapping.sheet])
                _below_table(path, grid, mapping, problems)
                part = safety.sheet_parts(path).get(mapping.sheet, "")
                links = partial(sheet_links, path, part)  # read only if a reader asks
                matrices += _stage(stager, grid, mapping, problems, links)
                if progress:
                    progress((i + 1) * (SCALE // 2) // len(mapped), SCALE)
                if cancelled():
                    from .errors import Cancelled

                    raise Cancelled()
            _formula_warnings(book, [mp.sheet for mp in mapped], problems)
            del found
        from .formats.activity_plan import join_activity_plans

        kept, translated = split_translations(join_activity_plans(matrices, problems))
        staged_of = {id(mx): stager.stage_matrix(mx) for mx in kept}
        if translated:  # a sheet in the other language: translations, not more commitments
            own = content_lang(project)
            stage_translations(stager, staged_of, translated, kept, own, problems)
        notes = stager.notes + stager.missing_notes()
        problems.items = [  # a code table another sheet used was read after all
            p for p in problems.items
            if not (p.issue.code == "unread_sheet" and p.sheet in stager.codes_used)
        ]  # fmt: skip
    changes = plan_changes(project, staged, problems, cancelled)
    if kind != "matrix":
        _refuse_empty(changes, [mp.sheet for mp in mapped], problems)
    counts = {t: changes.counts[t] for t in SHEETS if t in changes.counts}
    report = ImportReport(path, kind, counts, problems.errors, problems.warnings, True)
    report.notes = notes
    if progress:
        progress(SCALE // 2, SCALE)
    return changes, report


def import_workbook(
    project: Project,
    path: Path | str,
    dry_run: bool = False,
    mappings: list[Any] | None = None,
    plan_id: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Import ``path`` all or nothing. Raises ImportProblems (nothing written) on any error."""
    changes, report = analyse(project, path, mappings, plan_id, progress, cancelled)
    report.dry_run = dry_run
    if report.problems:
        error = ImportProblems(report.path, report.problems)
        error.report = report
        raise error
    if dry_run:
        return report

    def write_progress(done: int, total: int) -> None:
        if progress:
            progress(SCALE // 2 + done * (SCALE // 2) // max(total, 1), SCALE)

    apply_changes(project, changes, write_progress, cancelled)
    report.written = changes.size > 0
    if progress:
        progress(SCALE, SCALE)
    return report
