"""Export a project to a workbook: data sheets (round-trip) plus a printable logframe per commitment.

Rows are read with plain SQL selects (no ORM objects: 100,000 measurements would cost
seconds) and written with xlsxwriter (``xlsx_writer``: about twice as fast as openpyxl's
write-only mode, which spent three quarters of the export serializing XML). The file is
written beside the target and renamed into place, so a cancelled or failed export leaves
no half file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select as sa_select

from ...domain import models as m
from ...domain.rules import LEVEL_ORDER
from ...domain.vocabulary import Level
from ..project import Project
from .datasheets import VocabLists, write_data_sheet, write_instructions
from .errors import Cancelled
from .layout import SHEETS, columns
from .logframe_sheet import LogframeWriter
from .xlsx_writer import Book

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def _never() -> bool:
    return False


def load_tables(project: Project) -> dict[str, list[tuple]]:
    """Live rows of every exported table as tuples in ``columns(table)`` order, sorted for people."""
    out: dict[str, list[tuple]] = {}
    with project.read() as s:
        conn = s.connection()
        for table in SHEETS:
            t = m.ENTITIES[table].__table__  # type: ignore[attr-defined]
            cols = [t.c[c.field] for c in columns(table)] + [t.c.created_at]
            rows = conn.execute(sa_select(*cols).where(t.c.deleted_at.is_(None))).all()
            out[table] = [tuple(r) for r in rows]
    _drop_deleted_citations(out)
    return _sort(out)


def _drop_deleted_citations(data: dict[str, list[tuple]]) -> None:
    """A measurement may keep the id of a deleted evidence (restoring the evidence restores
    the citation); the workbook holds live evidence only, so such a cell is left empty and
    every reference in the workbook resolves within it."""
    live = {r[0] for r in data["evidence"]}
    i = _index("measurement", "evidence_id")
    data["measurement"] = [
        r if r[i] is None or r[i] in live else (*r[:i], None, *r[i + 1 :])
        for r in data["measurement"]
    ]


def _index(table: str, name: str) -> int:
    return next(i for i, c in enumerate(columns(table)) if c.field == name)


def _sort(data: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    def pos(table: str):
        p, c = _index(table, "position"), -1
        return lambda r: (r[p], r[c])

    data["action_plan"].sort(key=pos("action_plan"))
    plan_order = {r[0]: i for i, r in enumerate(data["action_plan"])}
    data["institution"].sort(key=lambda r: (r[_index("institution", "name")].casefold(), r[-1]))
    cp, cpos = _index("commitment", "plan_id"), _index("commitment", "position")
    data["commitment"].sort(key=lambda r: (plan_order.get(r[cp], 1 << 30), r[cpos], r[-1]))
    c_order = {r[0]: i for i, r in enumerate(data["commitment"])}
    big = 1 << 30

    def by_commitment(table: str, *then: str):
        ci = _index(table, "commitment_id")
        idx = [_index(table, f) for f in then]
        return lambda r: (c_order.get(r[ci], big), *[_key(r[i]) for i in idx], r[-1])

    data["commitment_institution"].sort(key=by_commitment("commitment_institution", "position"))
    # Results in logframe reading order: goal, purpose, each output followed by its activities.
    ri = {f: _index("result", f) for f in ("commitment_id", "parent_id", "level", "position")}
    results = {r[0]: r for r in data["result"]}

    def result_key(r: tuple) -> tuple:
        parent = results.get(r[ri["parent_id"]]) if r[ri["parent_id"]] else None
        if r[ri["level"]] == Level.ACTIVITY and parent is not None:
            head = (2, parent[ri["position"]], parent[-1], 1, r[ri["position"]])
        else:
            lvl = LEVEL_ORDER.get(r[ri["level"]], 3)  # type: ignore[call-overload]
            head = (min(lvl, 2), r[ri["position"]], r[-1], 0, 0.0)
        return (c_order.get(r[ri["commitment_id"]], big), *head, r[-1])

    data["result"].sort(key=result_key)
    r_order = {r[0]: i for i, r in enumerate(data["result"])}
    ir, ip = _index("indicator", "result_id"), _index("indicator", "position")
    data["indicator"].sort(key=lambda r: (r_order.get(r[ir], big), r[ip], r[-1]))
    i_order = {r[0]: i for i, r in enumerate(data["indicator"])}
    ti, td = _index("target", "indicator_id"), _index("target", "due_date")
    data["target"].sort(key=lambda r: (i_order.get(r[ti], big), _key(r[td]), r[-1]))
    t_order = {r[0]: i for i, r in enumerate(data["target"])}
    vt = _index("target_revision", "target_id")
    data["target_revision"].sort(key=lambda r: (t_order.get(r[vt], big), r[-1]))
    mi, mo = _index("measurement", "indicator_id"), _index("measurement", "measured_on")
    data["measurement"].sort(key=lambda r: (i_order.get(r[mi], big), _key(r[mo]), r[-1]))
    data["evidence"].sort(key=by_commitment("evidence", "date"))
    npl, nco = _index("narrative", "plan_id"), _index("narrative", "commitment_id")
    data["narrative"].sort(
        key=lambda r: (plan_order.get(r[npl], big), c_order.get(r[nco], -1), r[-1])
    )
    kp, kpos = _index("consultation_comment", "plan_id"), _index("consultation_comment", "position")
    data["consultation_comment"].sort(key=lambda r: (plan_order.get(r[kp], big), r[kpos], r[-1]))
    # Translations beside what they translate: in the order of the rows' own sheets.
    order = {table: {r[0]: i for i, r in enumerate(data[table])} for table in m.TRANSLATABLE_TABLES}
    tables = {t: i for i, t in enumerate(m.TRANSLATABLE_TABLES)}
    te, tr = _index("translation", "entity"), _index("translation", "row_id")
    tf, tl = _index("translation", "field"), _index("translation", "lang")
    fields = {(t, f): i for t in m.TRANSLATABLE_TABLES for i, f in enumerate(m.text_fields(t))}
    data["translation"].sort(
        key=lambda r: (
            tables.get(r[te], big),
            order.get(r[te], {}).get(r[tr], big),
            fields.get((r[te], r[tf]), big),
            r[tl],
        )
    )
    return data


def _key(value: Any) -> tuple:
    return (value is None, value if value is not None else 0)


def export_workbook(
    project: Project,
    out: Path | str,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    logframes: bool = True,
) -> dict[str, int]:
    """Write ``out``; returns the number of rows per sheet. Raises Cancelled (no file left)."""
    out = Path(out)
    cancelled = cancelled or _never
    data = load_tables(project)
    total = sum(len(v) for v in data.values()) + (len(data["commitment"]) if logframes else 0)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(min(done, total), total)

    book = Book(out, author=project.author or "Monitoring Matrix", title="Monitoring Matrix")
    lists = VocabLists(lang)
    try:
        write_instructions(book, lang)
        for table, rows in data.items():
            write_data_sheet(book, table, lang, lists, rows, len(rows), tick, cancelled)
        if logframes:
            LogframeWriter(book, lang, data).write_all(tick, cancelled)
        lists.write(book)
        if cancelled():
            raise Cancelled()
    except BaseException:
        book.discard()
        raise
    counts = {table: len(rows) for table, rows in data.items()}
    data.clear()  # the rows are XML now: free them before the workbook is assembled
    book.save()
    return counts


def rows_by_id(data: dict[str, list[tuple]], table: str) -> dict[str, dict[str, Any]]:
    names = [c.field for c in columns(table)]
    return {r[0]: dict(zip(names, r, strict=False)) for r in data[table]}


def group(rows: dict[str, dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for r in rows.values():
        out[r[key]].append(r)
    return out
