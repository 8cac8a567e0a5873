"""The bounds pre-scan's fast path: regular expressions over a sheet's inflated bytes, in C.

``sheet_scan._Sheet`` walks every element with expat and a Python callback per tag (about half
of a dry run on our benchmark). Sheets written by Excel, LibreOffice, openpyxl or xlsxwriter
have a regular shape: every cell is ``<c r="B7" ...>`` with its reference first, no
comments, no CDATA. For those, counting with ``bytes.count`` and ``re.findall`` (C loops,
no callback per tag) gives the same bounds, or stricter ones:

* cells: every start tag named ``c`` whatever its prefix (calamine, the reader, matches
  local names), in or out of rows, with or without data;
* the extent: the furthest row and column of *any* cell, from the cell's own ``r`` (where
  calamine puts it), so it can only be larger than what holds data; the reader then gives
  the real extent of the data;
* elements: every ``<`` that opens a tag; text: every byte outside tags (a character is
  at least one byte), plus each use of a shared string at its full length.

Counting cells and elements needs no regularity, only no comment or CDATA (whose text may
hold a ``<``): a sheet past the workbook's cells or elements is refused here, naming the
sheet, as soon as the chunk that crosses the limit is counted. The exact scan would say the
same after a Python callback for each of its millions of tags (26 s for a million rows of
nine cells, 90 s and more on a slower machine), and an attacker need only make a sheet
irregular - one formula - to be sent there for the other limits.

Anything it cannot vouch for - a cell without its reference first, a comment or CDATA,
a formula, a shared-string cell it cannot pair with its index, a text run that may pass
Excel's 32,767 characters, a limit crossed - makes it answer ``None`` without having spent
the budget: the exact expat scan then decides, and names the sheet and cell it refuses.
"""

from __future__ import annotations

import re
from array import array
from operator import itemgetter
from pathlib import Path
from typing import IO

from . import bounds

_CELL = re.compile(rb"<c[\s/>]")
_REF = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"')
_FORMULA = re.compile(rb"<f[\s/>]")
_PREFIXED = re.compile(rb":(?:c|f|v|is|row|sheetData)[\s/>]")  # calamine ignores prefixes
_SHARED = re.compile(rb"""<c\s[^>]*\bt\s*=\s*["']s["']""")
_SHARED_INDEX = re.compile(
    rb'<c r="[A-Z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,9}")? t="s"(?: [a-zA-Z]+="[^"<>]*")*>'
    rb"<v>([0-9]{1,9})</v>"
)
_TEXT = re.compile(rb">([^<]+)")
_LONG = re.compile(rb"<[^<]{%d}" % bounds.MAX_CELL_TEXT)  # a tag and its text
_ODD = re.compile(rb"<[!?]")  # comments, CDATA, DOCTYPE, processing instructions
_DECLARATION = re.compile(rb"\A(?:\xef\xbb\xbf)?<\?xml[^>]*\?>")
_CHUNK = 1 << 20
_CARRY = 1 << 16  # more than this after the last '<' cannot be a cell's text: be exact


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _refuse_counts(path: Path, title: str, cells: int, elements: int, budget: bounds.Budget):
    if cells > budget.cells:
        raise bounds.ExcelFileError(
            "too_many_cells", path=path, sheet=title, limit=bounds.MAX_CELLS
        )
    if elements > budget.elements:
        raise bounds.ExcelFileError(
            "too_many_elements", path=path, sheet=title, limit=bounds.MAX_ELEMENTS
        )


def _percent_cells(styles: frozenset[str]) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    ids = b"|".join(re.escape(s.encode()) for s in sorted(styles))
    loose = re.compile(rb"""<c\s[^>]*\bs\s*=\s*["'](?:%s)["']""" % ids)
    strict = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})" s="(%s)"( t="[^"]*")?' % ids)
    return loose, strict


def scan(
    fh: IO[bytes],
    shape: bounds.SheetShape,
    strings: array,
    budget: bounds.Budget,
    percent: frozenset[str] = frozenset(),
    path: Path | None = None,
    month: frozenset[str] = frozenset(),
) -> bounds.SheetShape | None:
    """Fill ``shape`` with a conservative extent and draw on ``budget``; ``None`` (nothing
    drawn) when the exact scan must decide. With ``path``, too many cells or elements are
    refused here (``ExcelFileError``), however irregular the sheet."""
    cells = elements = text = rows = columns = 0
    letters: set[bytes] = set()
    marked: list[tuple[int, int]] = []
    months: list[tuple[int, int]] = []
    month_ids = {m.encode() for m in month}
    pct = _percent_cells(percent | month) if percent or month else None
    carry = b""
    first = True
    while True:
        block = fh.read(_CHUNK)
        data = carry + block
        if not block:
            chunk, carry = data, b""
        else:
            # Whole rows stay together (a shared-string cell and its <v>), else whole tags.
            cut = data.rfind(b"<row")
            if cut <= 0 or len(data) - cut > _CHUNK:
                cut = data.rfind(b"<")
                if cut < 0 or len(data) - cut > _CARRY:
                    return None
            chunk, carry = data[:cut], data[cut:]
        if first:
            chunk = _DECLARATION.sub(b"", chunk, count=1)
            first = False
        if _ODD.search(chunk):
            return None
        # Without comments or CDATA every '<' opens or closes a tag: these counts are exact
        # (cells: unprefixed ones only, so never more than the exact scan finds).
        elements += chunk.count(b"<") - chunk.count(b"</")
        n = len(_CELL.findall(chunk))
        cells += n
        if path is not None:
            _refuse_counts(path, shape.title, cells, elements, budget)
        if _PREFIXED.search(chunk) or _FORMULA.search(chunk) or _LONG.search(chunk):
            return None
        refs = _REF.findall(chunk)
        if len(refs) != n:
            return None
        if refs:
            rows = max(rows, max(map(int, map(itemgetter(1), refs))))
            letters.update(map(itemgetter(0), refs))
        shared = _SHARED.findall(chunk) if b'"s"' in chunk or b"'s'" in chunk else ()
        if shared:
            found = _SHARED_INDEX.findall(chunk)
            if len(found) != len(shared):
                return None
            try:
                text += sum(map(strings.__getitem__, map(int, found)))
            except IndexError:
                return None
        text += sum(map(len, _TEXT.findall(chunk)))
        if pct is not None:
            hits = pct[1].findall(chunk)
            if len(hits) != len(pct[0].findall(chunk)):
                return None
            for c, r, sid, t in hits:
                if t in (b"", b' t="n"', b' t="d"'):
                    in_month = sid in month_ids
                    if in_month or t != b' t="d"':
                        (months if in_month else marked).append((int(r), _column(c)))
        if cells > budget.cells or elements > budget.elements or text > budget.text:
            return None
        if not block:
            break
    columns = max(map(_column, letters), default=0)
    if rows > bounds.MAX_ROWS or columns > bounds.MAX_COLUMNS:
        return None
    if rows * columns > budget.grid:
        return None
    budget.cells -= cells
    budget.elements -= elements
    budget.text -= text
    budget.grid -= rows * columns
    shape.rows, shape.columns, shape.cells = rows, columns, cells
    shape.percent, shape.month = marked, months
    shape.exact = False
    return shape
