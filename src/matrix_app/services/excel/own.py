"""Read a Monitoring Matrix data workbook (exported or from the template) into staged rows.

Columns are found by header (identifier, English or Spanish label), so reordered columns
still import. Ids: a 32-hex id is kept as is (that is how an edited export updates rows);
any other text is a key of the user's own, turned into a stable id for this project
(re-importing the same filled-in template updates instead of duplicating); an empty id
makes a new row whose id derives from its content (so a second import finds it).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

from openpyxl.utils import get_column_letter

from ...domain import models as m
from .errors import Cancelled, ProblemList
from .fast_read import plain
from .layout import Column, columns, header_lookup, table_of_sheet
from .parse import normalize, parse_bool, parse_date, parse_number, vocabulary_parser
from .staging import Staged

_HEX_ID = re.compile(r"^[0-9a-f]{32}$")
_NAMESPACE = uuid.UUID("6f1c5a52-3b1e-4c1e-9d2a-4d61a7c0e5b1")


class IdMaker:
    def __init__(self, project_id: str) -> None:
        self.project_id = project_id
        self._keys: dict[tuple[str, str], tuple[str | None, str | None]] = {}

    def __call__(self, table: str, value: Any) -> tuple[str | None, str | None]:
        """(id, the user's key when it was one) for a cell of an id or reference column."""
        if value.__class__ is str:
            if len(value) == 32 and _HEX_ID.match(value):
                return value, None  # our own export's ids: the common case, kept as is
            known = self._keys.get((table, value))
            if known is None:
                known = self._keys[(table, value)] = self._make(table, value)
            return known
        return self._make(table, value)

    def _make(self, table: str, value: Any) -> tuple[str | None, str | None]:
        if value is None:
            return None, None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value).strip()
        if not text:
            return None, None
        low = text.lower()
        if _HEX_ID.match(low):
            return low, None
        return uuid.uuid5(_NAMESPACE, f"{self.project_id}:{table}:{normalize(text)}").hex, text


def _same(value: Any) -> Any:
    return value


def _text(value: Any) -> str:
    if value.__class__ is str:
        return value  # calamine has already decoded OOXML's _xHHHH_ escapes
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return (
            value.isoformat()[:10] if value.__class__.__name__ == "datetime" else value.isoformat()
        )
    return str(value)


def cell_parser(col: Column, table: str, decimal: str) -> Callable[[Any], Any]:
    """Value of a non-empty cell for ``col``; raises ValueError(code) when it is wrong."""
    kind = col.kind
    if kind == "str":
        return _text
    if kind == "float":
        return lambda v: parse_number(v, decimal)
    if kind == "int":

        def parse_int(v: Any) -> int:
            number = parse_number(v, decimal)
            if not number.is_integer():
                raise ValueError("number")
            return int(number)

        return parse_int
    if kind == "date":
        return parse_date
    if kind == "bool":
        return parse_bool
    if kind == "vocab":
        return _remembered(vocabulary_parser(col.vocab)[0])
    raise AssertionError(kind)  # pragma: no cover


def _remembered(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``parse`` answering each text once: a vocabulary column repeats a few values on
    thousands of rows, and normalising one costs tens of microseconds. Refusals are not
    kept (they raise each time, as before)."""
    known: dict[str, Any] = {}

    def parse_text(value: Any) -> Any:
        if value.__class__ is not str:
            return parse(value)
        found = known.get(value)
        if found is None:
            found = known[value] = parse(value)
        return found

    return parse_text


def empty_value(col: Column, table: str) -> Any:
    """What an empty cell means: None where allowed, else the field's default."""
    if col.nullable:
        return None
    default = m.ENTITIES[table].model_fields[col.field].default
    if default.__class__.__name__ == "PydanticUndefinedType":
        raise ValueError("required")
    return default


def read_own_workbook(
    wb: Any,
    ids: IdMaker,
    problems: ProblemList,
    tick: Callable[[int], None],
    cancelled: Callable[[], bool],
    decimal: str = ".",
    skip_sheets: set[str] | None = None,
) -> dict[str, list[Staged]]:
    staged: dict[str, list[Staged]] = {}
    for ws in wb.worksheets:
        table = table_of_sheet(ws.title)
        if table is None or ws.title in (skip_sheets or set()):
            continue
        staged[table] = _read_sheet(ws, table, ids, problems, tick, cancelled, decimal)
    return staged


def _read_sheet(ws, table, ids, problems, tick, cancelled, decimal) -> list[Staged]:
    sheet = ws.title
    # Cells as the reader has them where it can give them so (the parsers take calamine's
    # floats, dates and "" as they are); ``shown`` is the value as openpyxl would give it,
    # for the messages, which stay word for word what they were.
    native = getattr(ws, "iter_native_rows", None)
    rows = native() if native is not None else ws.iter_rows(values_only=True)
    shown = plain if native is not None else _same
    header = next(rows, None)
    if header is None:
        return []
    header = [shown(v) for v in header]
    lookup = header_lookup(table)
    plan: list[tuple[int, Column, str]] = []
    seen: set[str] = set()
    for i, text in enumerate(header):
        if text is None or not str(text).strip():
            continue
        col = lookup.get(normalize(text))
        letter = get_column_letter(i + 1)
        if col is None or col.field in seen:
            problems.add(sheet, 1, letter, text, "unknown_column", warning=True)
            continue
        seen.add(col.field)
        plan.append((i, col, f"{letter} ({text})"))
    for col in columns(table):
        if col.kind == "ref" and not col.nullable and col.field not in seen:
            if not (col.field == "commitment_id" and table in _DERIVED):
                problems.add(sheet, 1, None, col.header("en"), "missing_column")
    specs = []
    for i, col, where in plan:
        if col.kind in ("id", "ref"):
            specs.append((i, col, where, None, None, False))
        else:
            try:
                # An empty order means "after the siblings", worked out when planning.
                blank = None if col.field == "position" else empty_value(col, table)
                blank_error = None
            except ValueError as exc:
                blank, blank_error = None, str(exc)
            parse = cell_parser(col, table, decimal)
            specs.append((i, col, where, parse, (blank, blank_error), col.kind == "float"))
    out: list[Staged] = []
    where_of = {col.field: where for _, col, where in plan}
    repeats: dict[str, int] = {}
    width = len(header)
    hex_id = _HEX_ID.match
    n = 0
    for rowno, values in enumerate(rows, 2):
        n += 1
        if n % 2000 == 0:
            if cancelled():
                raise Cancelled()
            tick(2000)
        if values.count(None) + values.count("") == len(values):
            continue  # an empty row
        if len(values) < width:
            values = tuple(values) + (None,) * (width - len(values))
        vals: dict[str, Any] = {}
        for i, col, where, parse, blank, number in specs:
            raw = values[i]
            is_text = raw.__class__ is str
            # (isspace: the test strip() made, without a new string per cell)
            if raw is None or (is_text and (not raw or raw.isspace())):
                if parse is None:
                    if col.kind == "id":
                        continue
                    vals[col.field] = None
                    if not col.nullable and not (
                        col.field == "commitment_id" and table in _DERIVED
                    ):
                        problems.add(sheet, rowno, where, None, "required")
                    continue
                value, error = blank
                if error:
                    problems.add(sheet, rowno, where, None, error)
                    continue
                vals[col.field] = value
                continue
            if parse is _text and is_text:
                vals[col.field] = raw  # most cells: a text kept as written
                continue
            if number and raw.__class__ is float and raw - raw == 0.0:
                vals[col.field] = raw  # a finite number: what parse_number gives back
                continue
            if parse is None:
                if is_text and len(raw) == 32 and hex_id(raw):
                    vals[col.field] = raw  # our own export's ids: kept as they are
                    continue
                target = table if col.kind == "id" else col.ref
                row_id, key = ids(target, raw)
                vals[col.field] = row_id
                if key is not None:
                    vals["_key" if col.kind == "id" else f"_key_{col.field}"] = key
                continue
            try:
                vals[col.field] = parse(raw)
            except ValueError as exc:
                code = str(exc)
                params = {}
                if code == "vocabulary":
                    params["allowed"] = vocabulary_parser(col.vocab)[1]
                problems.add(sheet, rowno, where, shown(raw), code, **params)
        if "id" not in vals:
            # A row without id gets one derived from its content, so importing the same
            # file twice finds it the second time instead of adding it again.
            content = repr(sorted((k, repr(v)) for k, v in vals.items()))
            occurrence = repeats[content] = repeats.get(content, 0) + 1
            vals["id"] = ids(table, f"#row {content} {occurrence}")[0]
        out.append(Staged(table, vals, sheet, rowno, where_of))
    tick(n % 2000)
    return out


_DERIVED = {"indicator", "target", "target_revision", "measurement"}
