"""Logframe matrices as agencies keep them, and any other sheet through a column mapping.

A ``SheetMapping`` says which column holds the level, the narrative summary, the indicators,
the means of verification, the assumptions (and optionally baseline, target, target date,
unit, formula and commitment) and how level names translate. ``detect_mapping``
(``logframe_read``) finds one in a classic matrix and the import wizard lets a user build
one for anything else; the donor formats (``formats/``) hand over a ``formats.base.Matrix``
instead. ``LogframeStager`` turns either into a commitment with its nested logframe:

* here: which commitment a sheet is about (code AND title), a donor matrix's rows, the
  lead institution, one result row;
* ``logframe_columns``: reading a column matrix row by row (``stage_sheet``);
* ``logframe_cells``: what is read out of single cells (indicator lines, list numbers...);
* ``logframe_settle``: pairing with what the project already has (``logframe_match``:
  text, code, then position), so a second import of an edited matrix updates the rows it
  edits - same ids, indicators and measurements stay attached - instead of adding them
  again; rows the sheet no longer has are kept and reported (``missing_notes``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from ...domain import models as m
from ...domain.rules import ResultRef, number_results
from ...domain.vocabulary import Level
from ..project import Project
from .errors import ProblemList
from .logframe_cells import place_coded_results
from .logframe_columns import ColumnReader
from .logframe_level_words import LEVEL_PHRASES  # noqa: F401 - re-exported, as above
from .logframe_match import leading_code
from .logframe_read import (  # noqa: F401 - re-exported: the wizard and tests use them here
    _ACTIVITY_CODE,
    NOTES_ROW,
    SheetMapping,
    detect_mapping,
    guess_level,
    header_role,
    indicator_name,
    read_grid,
    split_dates,
    split_lines,
)
from .logframe_settle import Settler, _reading_order, _Seen
from .logframe_titles import (  # noqa: F401 - re-exported, as above
    _TITLE,
    commitment_heading,
)
from .logframe_words import (  # noqa: F401 - re-exported, as above
    CORE_ROLES,
    HEADER_RULES,
    ROLE_LABELS,
    ROLES,
)
from .notes import RowNote
from .parse import normalize
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


class LogframeStager(ColumnReader, Settler):
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
        self._added: dict[tuple[str, str], str] = {}  # (code, title) -> new commitment's id
        self._staged_commitments: set[str] = set()
        self.codes: list[Any] = []  # the workbook's code table (``logframe_codes.Coded``)
        self.codes_used: set[str] = set()  # the sheets that code table came from, once used

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
        if found is None and key and (code, key) in self._added:
            # another sheet of a commitment this import adds (one sheet per indicator, per
            # output...): the same commitment, not a second one of the same code and title
            ctx = _Context(self.plan_id, self._added[(code, key)], sheet)
            self._open.append(ctx)
            return ctx
        cid = found.id if found else uuid.uuid4().hex
        if found is None and key:
            self._added[(code, key)] = cid
        values: dict[str, Any] = {"id": cid, "plan_id": self.plan_id, "code": code}
        if title and (title_known or found is None):
            values["title"] = title
        if (found is None or code) and cid not in self._staged_commitments:
            if found is not None:
                values["code"] = found.code
                values.pop("title", None)  # same code and title: nothing to change
            self.add("commitment", values, sheet, row)
            self._staged_commitments.add(cid)  # once, however many sheets name it
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

    def stage_matrix(self, mx: Any) -> tuple[str, list[Staged]]:
        """Stage a ``formats.base.Matrix`` a donor-format reader built (one commitment): its
        commitment's id and its rows' staged results, in order (their ids once settled)."""
        ctx = self._commitment(mx.code, mx.title, mx.sheet, mx.row, mx.title_known)
        staged = [s for s in self.staged.get("commitment", []) if s.id == ctx.commitment_id]
        for key in ("completion", "themes"):  # what a follow-up sheet says of the commitment
            if getattr(mx, key, "") and staged:
                staged[-1].values[key] = getattr(mx, key)
        if staged:  # a form's answers: the problem, the description, the span, the contact
            staged[-1].values.update(getattr(mx, "details", {}))
        if mx.institution:
            self._institution(ctx, mx.institution, mx.sheet, mx.row)
        for name in getattr(mx, "support", ()):
            self._institution(ctx, name, mx.sheet, mx.row, role="support")
        results = []
        for r in mx.rows:
            ctx.level = r.level
            where = {"narrative": r.column}.get
            st = self._result(ctx, r.narrative, r.code, mx.sheet, r.row, where)
            results.append(st)
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
            for title, url in r.links:  # "Ver evidencia" linked to its address
                ev = self.add("evidence", {
                    "id": uuid.uuid4().hex, "commitment_id": ctx.commitment_id,
                    "result_id": st.id, "kind": "link", "title": title, "url": url,
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
        place_coded_results(ctx)  # 1.2 under output 1, wherever the sheets list it
        self._settle(ctx, True)
        self._finish(ctx)
        self._open.remove(ctx)
        return ctx.commitment_id, results

    def _institution(
        self, ctx: _Context, name: str, sheet: str, row: int | None, role: str = "lead"
    ) -> None:
        """An institution a follow-up sheet names (its lead, or a supporter): the project's of
        that name or acronym, else a new one (once per import); linked with ``role`` unless
        it already is linked."""
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
            "institution_id": iid, "role": role,
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


def _title_key(title: str) -> str:
    return normalize(title).strip(" .:;-–—\"“”'")
