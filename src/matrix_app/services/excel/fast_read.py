"""Read a workbook's cells with calamine (Rust), behind the same bounds as before.

openpyxl builds a Python object per cell and parses the XML in Python; python-calamine
parses in Rust and hands back plain values, ~15x faster on our 12 MB benchmark. What it
does not give is number formats, which we need for two things: a number shown as a
percentage (0.41 shown 41%) means 41, and a date shown without its day ("mmm-yy", "mm/yyyy")
means that month (``parse.MonthDate``). So those styles are read from styles.xml
(defusedxml, a small part ``bounds.check_parts`` has already bounded) and the bounds
pre-scan, which walks every cell of a sheet anyway, notes which numeric cells use one.

Nothing of a sheet is read before ``bounds`` has scanned it: ``FastBook.shape`` scans a
sheet the first time anything asks for it, and a read is cut to the extent the scan found.
A sheet the fast scan (``quick_scan``) vouched for is bounded by its furthest cell, data or
not; calamine then reads it at once and the extent of its data is taken from calamine.
Values are given as openpyxl gives them (an integral number as int, a date as datetime, an
empty cell as None), so readers do not care which library read the file.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import bounds, quick_scan
from .bounds import SheetShape
from .sheet_scan import scan_sheet

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PERCENT_BUILTIN = {"9", "10"}  # 0% and 0.00%
_MONTH_BUILTIN = {"17"}  # mmm-yy
_STATES = {"Visible": "visible", "Hidden": "hidden", "VeryHidden": "veryHidden"}


def percent_styles(zf: zipfile.ZipFile) -> frozenset[str]:
    """Indexes (as the ``s`` attribute writes them) of the cell styles showing a percentage."""
    return number_styles(zf)[0]


def month_format(code: str) -> bool:
    """True for a date format that shows a month and year but no day nor time: "mmm-yy",
    "mmmm yyyy", "mm/yyyy", "[$-es-ES]mmm-yy" (quoted text, escapes, brackets left out)."""
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code).split(";")[0].casefold()
    return "m" in bare and "y" in bare and not re.search(r"[dhs0#?@%]", bare)


def number_styles(zf: zipfile.ZipFile) -> tuple[frozenset[str], frozenset[str]]:
    """Indexes (as the ``s`` attribute writes them) of the cell styles showing a percentage,
    and of those showing a date as its month only."""
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(zf.read("xl/styles.xml"))
    except KeyError:
        return frozenset(), frozenset()
    ids, months = set(_PERCENT_BUILTIN), set(_MONTH_BUILTIN)
    for fmt in root.iter(f"{_MAIN}numFmt"):
        code = fmt.get("formatCode", "")
        if "%" in re.sub(r'"[^"]*"|\\.', "", code):
            ids.add(fmt.get("numFmtId", ""))
        elif month_format(code):
            months.add(fmt.get("numFmtId", ""))
    xfs = root.find(f"{_MAIN}cellXfs")
    if xfs is None:
        return frozenset(), frozenset()
    styles = list(enumerate(xfs.findall(f"{_MAIN}xf")))
    return (
        frozenset(str(i) for i, xf in styles if xf.get("numFmtId") in ids),
        frozenset(str(i) for i, xf in styles if xf.get("numFmtId") in months),
    )


def plain(v: Any) -> Any:
    """A calamine value as openpyxl gives it."""
    t = v.__class__
    if t is str:
        return v if v else None
    if t is float:
        return int(v) if v.is_integer() and -(2**53) < v < 2**53 else v
    if t is dt.date:
        return dt.datetime(v.year, v.month, v.day)
    return v


class FastSheet:
    """One sheet: its title and state, its scanned shape, and its values."""

    def __init__(self, book: FastBook, title: str, state: str) -> None:
        self.book, self.title, self.sheet_state = book, title, state

    @property
    def shape(self) -> SheetShape:
        return self.book.shape(self.title)

    @property
    def max_row(self) -> int:
        return self.shape.rows

    @property
    def max_column(self) -> int:
        return self.shape.columns

    def values(self, max_row: int | None = None, percent: bool = True) -> list[list[Any]]:
        """The cells within the scanned extent (``max_row`` rows at most), row by row; with
        ``percent``, a number in a percentage cell comes as a ``Percent`` (0.41 -> 41) and a
        date in a month-only cell as a ``MonthDate``."""
        from .logframe_read import Percent
        from .parse import MonthDate

        shape = self.shape
        n = shape.rows if max_row is None else min(max_row, shape.rows)
        width = shape.columns
        if n <= 0 or width <= 0:
            return []
        raw = self.book.read(self.title, n)
        out = []
        pad = [None] * width
        for row in raw[:n]:
            # Most cells are text: converted inline, the rest by plain (same result).
            vals = [(v or None) if v.__class__ is str else plain(v) for v in row[:width]]
            if len(vals) < width:
                vals += pad[len(vals) :]
            out.append(vals)
        out += [list(pad) for _ in range(n - len(out))]
        if percent and shape.percent:
            for r, c in shape.percent:
                if r <= n and c <= width:
                    v = out[r - 1][c - 1]
                    if isinstance(v, int | float) and not isinstance(v, bool):
                        out[r - 1][c - 1] = Percent(round(v * 100, 10))
        for r, c in shape.month if percent else ():
            if r <= n and c <= width and isinstance(v := out[r - 1][c - 1], dt.datetime):
                out[r - 1][c - 1] = MonthDate(v.year, v.month, v.day)
        return out

    def iter_rows(self, values_only: bool = True) -> Iterator[tuple[Any, ...]]:
        """Rows of plain values (no percentages), as openpyxl's ``values_only`` gives them."""
        assert values_only
        for row in self.values(percent=False):
            yield tuple(row)

    def iter_native_rows(self) -> Iterator[list[Any]]:
        """Rows within the scanned extent as calamine gives them: "" for an empty cell, a
        float for any number, a ``date`` for a date. For a reader whose parsers take those
        as they are (``own``): converting 1.2 million cells first cost a tenth of a dry run.
        ``plain`` turns one into what ``iter_rows`` gives, for showing it."""
        shape = self.shape
        n, width = shape.rows, shape.columns
        if n <= 0 or width <= 0:
            return
        raw = self.book.read(self.title, n)
        for row in raw[:n]:
            yield row if len(row) == width else (row[:width] + [""] * (width - len(row)))
        for _ in range(n - len(raw)):
            yield [""] * width


class FastBook:
    """A workbook opened with calamine; each sheet scanned by ``bounds`` before it is read."""

    def __init__(
        self,
        path: Path,
        calamine: Any,
        parts: dict[str, str],
        scan: Callable[[str, str], SheetShape],
        guard: Callable[[], Any],
    ) -> None:
        self.path, self.calamine, self.parts, self._scan = path, calamine, parts, scan
        self.guard = guard  # turns what a reader raises into one sentence for the user
        self.shapes: dict[str, SheetShape] = {}
        self._loaded: dict[str, Any] = {}  # calamine sheets read when they were scanned
        meta = {m.name: m for m in calamine.sheets_metadata}
        self.sheetnames: list[str] = list(calamine.sheet_names)
        self.worksheets = [
            FastSheet(
                self, name, _STATES.get(str(meta[name].visible).rsplit(".", 1)[-1], "visible")
            )
            for name in self.sheetnames
        ]
        self._by_name = {ws.title: ws for ws in self.worksheets}

    def __getitem__(self, name: str) -> FastSheet:
        return self._by_name[name]

    def shape(self, title: str) -> SheetShape:
        if title not in self.shapes:
            with self.guard():
                shape = self._scan(title, self.parts.get(title, ""))
                if not shape.exact and shape.rows and shape.columns:
                    # Bounded by every cell it has: read now, keep the extent of the data.
                    sheet = self._loaded[title] = self.calamine.get_sheet_by_name(title)
                    end = sheet.end
                    shape.rows = min(shape.rows, end[0] + 1) if end else 0
                    shape.columns = min(shape.columns, end[1] + 1) if end else 0
                self.shapes[title] = shape
        return self.shapes[title]

    def read(self, title: str, rows: int) -> list[list[Any]]:
        with self.guard():
            sheet = self._loaded.get(title) or self.calamine.get_sheet_by_name(title)
            return sheet.to_python(skip_empty_area=False, nrows=rows)

    on_close: Callable[[], Any] = staticmethod(lambda: None)  # what else the book holds open

    def close(self) -> None:
        self.calamine.close()
        self.on_close()


def open_book(
    path: Path,
    budget: bounds.Budget,
    strings: Any,
    percent: frozenset[str],
    guard: Callable[[], Any],
    scanned: dict[str, SheetShape] | None = None,
    month: frozenset[str] = frozenset(),
) -> FastBook:
    """A ``FastBook`` of ``path`` whose sheets are scanned (and bounded) on first use, or
    were all scanned already (``scanned``: an .ods, whose one part calamine parses whole)."""
    from python_calamine import CalamineWorkbook

    from .safety import sheet_parts

    if scanned is not None:
        found = dict(scanned)
        book = CalamineWorkbook.from_path(str(path))
        return FastBook(
            path, book, {t: "content.xml" for t in found},
            lambda title, part: found.get(title) or SheetShape(title, part), guard,
        )  # fmt: skip
    parts = sheet_parts(path)
    opened: list[zipfile.ZipFile] = []  # one zip for all the scans (its directory read once)

    def scan(title: str, part: str) -> SheetShape:
        shape = SheetShape(title, part)
        if not opened:
            opened.append(zipfile.ZipFile(path))
        zf = opened[0]
        if part not in zf.NameToInfo:
            return shape
        with zf.open(part) as fh:
            if quick_scan.scan(fh, shape, strings, budget, percent, path, month) is not None:
                return shape
        with zf.open(part) as fh:
            scan_sheet(path, fh, shape, strings, budget, percent, month)
        return shape

    book = FastBook(path, CalamineWorkbook.from_path(str(path)), parts, scan, guard)
    book.on_close = lambda: [zf.close() for zf in opened]
    return book
