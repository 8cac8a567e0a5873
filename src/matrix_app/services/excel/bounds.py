"""Bound a workbook before openpyxl reads its cells: a streaming pre-scan of its XML.

openpyxl trusts a sheet's shape. One formatted cell at XFD1048576 makes it build a grid of
17 billion cells (gigabytes, then MemoryError); a million rows, or one 32 KB string shared by
300,000 cells, become gigabytes or minutes further on. A workbook from another agency is
untrusted input, so before any cell is read we stream each part once with defusedxml's
``iterparse`` in constant memory - the shared-string table, then every sheet - and stop at the
first limit crossed, with a sentence naming the sheet. The scan's result (where the cells
holding data really end) then bounds every read, so a lying ``<dimension ref>`` or empty
formatted cells far away cost nothing: such a workbook imports what it really holds.

The limits, and why (an OGP action plan is tens of commitments and a few thousand rows):

* ``MAX_ROWS`` 100,000 rows holding data per sheet - 20x the largest plan we have seen, and
  the size our export was measured at (about 60 MB of XML);
* ``MAX_COLUMNS`` 200 - our widest sheet has 35 columns, a logframe matrix about 12;
* ``MAX_CELLS`` 2,000,000 cells in the whole workbook, written or not (each costs parse time
  and, in a grid, memory) and ``MAX_ELEMENTS`` 10,000,000 XML elements in its sheets (merges,
  links, formats... cost parse time too);
* ``MAX_TEXT`` 50,000,000 characters reaching cells, a shared string counted at every use
  (the 32 KB x 300,000 attack is 9.6 billion), and the same for the shared-string table;
* ``MAX_CELL_TEXT`` 32,767 characters in one cell: Excel's own limit;
* ``MAX_SHEETS`` 1,000 sheets and ``MAX_PART`` 16 MB for each small part openpyxl parses
  when it opens a workbook (workbook, styles, relationships, theme).

At these limits the scan takes a few seconds and a few MB; see tests/security.
"""

from __future__ import annotations

import re
import zipfile
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from defusedxml.ElementTree import iterparse
from openpyxl.utils import column_index_from_string, get_column_letter

from .errors import ExcelFileError

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELLS = 2_000_000
MAX_ELEMENTS = 10_000_000
MAX_TEXT = 50_000_000
MAX_CELL_TEXT = 32_767
MAX_SHEETS = 1_000
MAX_PART = 16 * 1024 * 1024

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, V, IS, T, F, SI = (f"{_NS}{t}" for t in ("row", "v", "is", "t", "f", "si"))
SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_REF = re.compile(r"([A-Za-z]{1,3})(\d+)$")
#: Parts openpyxl parses whole when it opens a workbook read-only (not sheets, not strings).
_SMALL_PART = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/[^/]+\.xml|xl/[^/]+\.xml"
    r"|xl/_rels/[^/]+\.rels|xl/theme/[^/]+\.xml)$"
)


@dataclass
class SheetShape:
    """What a sheet really holds, as the scan found it."""

    title: str
    part: str
    rows: int = 0  # last row with a cell holding data
    columns: int = 0  # last column with a cell holding data
    cells: int = 0  # cells written, with or without data
    formulas: int = 0
    formula_refs: list[str] = field(default_factory=list)


@dataclass
class Budget:
    """What the whole workbook may still spend; every sheet draws on it."""

    cells: int = MAX_CELLS
    elements: int = MAX_ELEMENTS
    text: int = MAX_TEXT


def _refuse(code: str, path: Path, **params: object) -> ExcelFileError:
    return ExcelFileError(code, path=path, **params)


def check_parts(path: Path, zf: zipfile.ZipFile) -> None:
    """Refuse small parts that are not small, and absurd sheet counts (from the directory)."""
    for info in zf.infolist():
        if _SMALL_PART.match(info.filename) and info.file_size > MAX_PART:
            raise _refuse(
                "part_too_big", path, part=info.filename,
                size=f"{info.file_size / 1048576:.0f}", limit=MAX_PART // 1048576,
            )  # fmt: skip
    sheets = sum(1 for n in zf.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    if sheets > MAX_SHEETS:
        raise _refuse("too_many_sheets", path, count=sheets, limit=MAX_SHEETS)


def shared_string_part(zf: zipfile.ZipFile) -> str | None:
    """The shared-string part, found as openpyxl finds it (the content-type manifest)."""
    from defusedxml.ElementTree import fromstring

    try:
        types = fromstring(zf.read("[Content_Types].xml"))
    except KeyError:
        return None
    for item in types:
        if item.get("ContentType") == SHARED_STRINGS and item.get("PartName"):
            return str(item.get("PartName")).lstrip("/")
    return None


def scan_strings(path: Path, zf: zipfile.ZipFile, budget: Budget) -> array:
    """The length of every shared string (what a cell pointing at it will hold)."""
    lengths = array("l")
    part = shared_string_part(zf)
    if part is None or part not in zf.namelist():
        return lengths
    total = 0
    with zf.open(part) as fh:
        for event, el in _events(fh):
            if event == "start":
                budget.elements -= 1
                if budget.elements < 0:
                    raise _refuse("strings_too_big", path, limit=MAX_TEXT // 1_000_000)
                continue
            if el.tag != SI:
                continue
            size = sum(len(t.text or "") for t in el.iter(T))
            if size > MAX_CELL_TEXT:
                raise _refuse("string_too_long", path, index=len(lengths), size=size,
                              limit=MAX_CELL_TEXT)  # fmt: skip
            total += size
            lengths.append(size)
            if total > MAX_TEXT or len(lengths) > MAX_CELLS:
                raise _refuse("strings_too_big", path, limit=MAX_TEXT // 1_000_000)
            el.clear()
    return lengths


def _events(fh: IO[bytes]) -> Any:
    """start/end events of a part, entities and external references refused (defusedxml)."""
    return iterparse(fh, events=("start", "end"), forbid_dtd=True)


def scan_sheet(
    path: Path, fh: IO[bytes], shape: SheetShape, strings: array, budget: Budget
) -> SheetShape:
    """Walk one sheet's XML as openpyxl will, counting; refuse at the first limit crossed.

    openpyxl takes every child of a ``<row>`` as a cell, placed at its ``r`` reference or
    after the previous one, in the row numbered by the row's ``r`` or after the previous
    row; a cell holds data when it has a non-empty ``<v>`` or an inline string. Elements are
    dropped as soon as they are counted, so memory stays flat whatever the sheet holds.
    """
    sheet = shape.title
    stack: list[Any] = []
    row_depth = -1  # depth of the open <row>, -1 outside rows
    row_no = col_no = 0
    for event, el in _events(fh):
        if event == "start":
            stack.append(el)
            budget.elements -= 1
            if budget.elements < 0:
                raise _refuse("too_many_elements", path, sheet=sheet, limit=MAX_ELEMENTS)
            if el.tag == ROW and row_depth < 0:
                row_depth = len(stack)
                r = el.get("r")
                row_no = _row_number(path, sheet, r) if r else row_no + 1
                col_no = 0
            continue
        depth = len(stack)
        stack.pop()
        if depth == row_depth + 1:  # a cell: every child of a row is one to openpyxl
            col_no = _cell(path, shape, el, row_no, col_no, strings, budget)
            del stack[-1][:]
        elif depth <= row_depth or row_depth < 0:
            if depth == row_depth:
                row_depth = -1
            if stack:
                del stack[-1][:]
    return shape


def _row_number(path: Path, sheet: str, text: str) -> int:
    try:
        value = float(text)
    except ValueError:
        raise _refuse("unreadable", path, detail=f"{sheet}: row {text!r}") from None
    if not value.is_integer() or value < 1:
        raise _refuse("unreadable", path, detail=f"{sheet}: row {text!r}")
    return int(value)


def _cell(
    path: Path, shape: SheetShape, el: Any, row_no: int, col_no: int, strings: array, budget: Budget
) -> int:
    """Count one cell; return its column (the next cell without ``r`` comes after it)."""
    shape.cells += 1
    budget.cells -= 1
    if budget.cells < 0:
        raise _refuse("too_many_cells", path, sheet=shape.title, limit=MAX_CELLS)
    ref = el.get("r")
    if ref:
        found = _REF.match(ref)
        if not found:
            raise _refuse("unreadable", path, detail=f"{shape.title}: cell {ref!r}")
        col_no = column_index_from_string(found.group(1).upper())
    else:
        col_no += 1
    kind = el.get("t", "n")
    size = 0
    if kind == "inlineStr":
        inline = el.find(IS)
        if inline is None:
            return col_no
        size = sum(len(t.text or "") for t in inline.iter(T))
    else:
        value = el.findtext(V)
        if not value:
            return col_no
        if kind == "s":
            try:
                size = strings[int(value)]
            except (ValueError, IndexError):
                size = 0  # openpyxl will say the workbook is damaged
        else:
            size = len(value)
    where = f"{get_column_letter(min(col_no, 16384))}{row_no}"
    if row_no > MAX_ROWS:
        raise _refuse("too_many_rows", path, sheet=shape.title, cell=where, limit=MAX_ROWS)
    if col_no > MAX_COLUMNS:
        raise _refuse(
            "too_many_columns", path, sheet=shape.title, cell=where,
            limit=MAX_COLUMNS, last=get_column_letter(MAX_COLUMNS),
        )  # fmt: skip
    if size > MAX_CELL_TEXT:
        raise _refuse(
            "cell_too_long", path, sheet=shape.title, cell=where, size=size, limit=MAX_CELL_TEXT
        )
    budget.text -= size
    if budget.text < 0:
        raise _refuse("too_much_text", path, sheet=shape.title, limit=MAX_TEXT // 1_000_000)
    shape.rows = max(shape.rows, row_no)
    shape.columns = max(shape.columns, col_no)
    if el.find(F) is not None:
        shape.formulas += 1
        if len(shape.formula_refs) < 5:
            shape.formula_refs.append(where)
    return col_no


def bound_worksheet(ws: Any, shape: SheetShape) -> None:
    """Make openpyxl read exactly the scanned extent, whatever ``<dimension>`` declares."""
    ws._min_row = ws._min_column = 1
    ws._max_row, ws._max_column = shape.rows, shape.columns
