"""Writing workbooks with xlsxwriter: user text stays text, numbers stay exact, no half file.

openpyxl's write-only mode spent three quarters of the export in its XML serializer (issue
16); xlsxwriter writes the same workbook in well under half the time. openpyxl stays for
everything that reads a workbook back.

Safety and fidelity, whatever the text:

* text is only ever written as text: ``_Sheet`` writes every text cell itself, as an
  escaped inline string (and the workbook is opened with ``strings_to_formulas``,
  ``strings_to_numbers`` and ``strings_to_urls`` off for anything else), so nothing
  becomes a formula, a number or a link; text that a spreadsheet program would take for
  a formula when someone edits the cell (``=``, ``+``, ``-``, ``@``, tab, carriage
  return) also gets Excel's quote prefix, as the openpyxl writer did;
* inline strings, as openpyxl's write-only mode wrote them, not a shared string table:
  openpyxl reads shared strings with ``replace("x005F_", "")``, which would garble any
  text holding ``x005F_`` (our escape of a literal ``_xHHHH_``); and xlsxwriter writes a
  shared or inline string that starts with ``<r>`` and ends with ``</r>`` into the XML
  unescaped (it takes it for its own rich text), which would let text inject XML;
* control characters and literal ``_xHHHH_`` are escaped the OOXML way
  (``cells.escape_text``); calamine decodes them when the workbook is read back;
* floats are written with ``repr`` (shortest exact form) instead of xlsxwriter's ``%.16G``,
  which loses the 17th digit, so every float reads back bit for bit; dates are numbers
  with the ``yyyy-mm-dd`` format, as before.

The subclasses use a few of xlsxwriter's internals (``_write_cell``, ``_write_sheet_data``,
``_assemble_xml_file``, ``_check_dimensions``, ``table``, ``_check_sheetname``), stable
through its 3.x releases; pyproject pins ``<4`` and ``tests/unit/excel/test_export_shape.py``
and ``test_xlsx_writer.py`` catch a change.

``Book`` writes to a temporary file beside the target and renames it into place only when
the workbook is complete; a cancel or a failure removes it (xlsxwriter assembles the
parts in memory, so nothing else is left on disk).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable
from math import isfinite
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.exceptions import DuplicateWorksheetName, InvalidWorksheetName
from xlsxwriter.format import Format
from xlsxwriter.utility import _datetime_to_excel_datetime, xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from ...storage.filemode import share
from .cells import RISKY_START, escape_text, needs_escape
from .errors import ExcelFileError

#: Column width as given to openpyxl (the number stored in the file); xlsxwriter adds
#: the 5-pixel cell padding of a 7-pixel digit, so this takes it off again.
_PADDING = 5 / 7
_COLUMN = [xl_col_to_name(i) for i in range(256)]
_XML = re.compile(r"[&<>]")
#: Excel's limit for one cell, which the import checks too: longer text is cut (as the
#: openpyxl writer did), after escaping and never inside an escape.
MAX_TEXT = 32767
_PART_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{0,4}$")
_BAD_SHEET_NAME = re.compile(r"[\[\]:*?/\\]|^'|'$")
_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()
_LOTUS_BUG = dt.date(1900, 3, 1)


def _serial(value: dt.date) -> float:
    """Excel's serial number of a date (1900 system)."""
    if value.__class__ is dt.date and value >= _LOTUS_BUG:
        return value.toordinal() - _EXCEL_EPOCH
    return _datetime_to_excel_datetime(value, False, False)


def _text_xml(ref: str, s: str, text: str) -> str:
    """An inline-string cell: escaped, cut to a cell's limit, never a formula."""
    if needs_escape(text):
        text = escape_text(text)
    if len(text) > MAX_TEXT:
        text = _PART_ESCAPE.sub("", text[:MAX_TEXT])
    if _XML.search(text) is not None:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _number_xml(ref: str, s: str, value: float) -> str:
    if value.__class__ is float:
        if not isfinite(value):
            raise ValueError(f"not a number a workbook can hold: {value}")
        text = repr(value)
        if text.endswith(".0"):
            text = text[:-2]
    else:
        text = str(value)
    return f'<c r="{ref}"{s}><v>{text}</v></c>'


class _Workbook(Workbook):
    def _check_sheetname(self, sheetname: str, is_chartsheet: bool = False) -> str:
        """xlsxwriter's checks, with a set for uniqueness (its loop over every sheet made
        2,000 logframe sheets cost a second)."""
        taken = self.__dict__.setdefault("_taken_names", set())
        key = sheetname.lower()
        if not sheetname or key in taken:
            raise DuplicateWorksheetName(f"Sheet name '{sheetname}' is empty or in use.")
        if len(sheetname.encode("utf-16-le")) > 62 or _BAD_SHEET_NAME.search(sheetname):
            raise InvalidWorksheetName(f"Invalid sheet name '{sheetname}'.")
        taken.add(key)
        self.sheetname_count += 1
        return sheetname


class _Sheet(Worksheet):
    """xlsxwriter's worksheet writing text and numbers itself: a cell ``(value, format)``
    is an escaped inline string when ``value`` is text and a number otherwise (``repr``
    for floats). Everything else (sheet XML around the cells, booleans, blanks, formats,
    drop-downs, print set-up) is xlsxwriter's own."""

    #: Rows already as XML (``stream``): the data sheets' cells never become cell objects.
    _stream: list[str] | None = None
    _book: Book | None = None

    def _write_cell(self, row: int, col: int, cell: Any) -> None:
        if cell.__class__ is not tuple:  # xlsxwriter's own cells: booleans, blanks
            super()._write_cell(row, col, cell)
            return
        value, f = cell
        s = "" if f is None else f' s="{f._get_xf_index()}"'
        if value.__class__ is str:
            self.fh.write(_text_xml(f"{_COLUMN[col]}{row + 1}", s, value))
        else:
            self.fh.write(_number_xml(f"{_COLUMN[col]}{row + 1}", s, value))

    def stream(self, book: Book) -> None:
        """From now on rows are written with ``stream_row`` only."""
        self._stream, self._book = [], book

    def stream_row(self, row: int, values: Any, fmt: Format | None = None) -> None:
        """Row ``row`` of ``values`` (None or "": empty), each with ``fmt``, as XML now."""
        book = self._book
        assert self._stream is not None and book is not None
        parts = []
        r = str(row + 1)
        s = "" if fmt is None else f' s="{fmt._get_xf_index()}"'
        first = last = -1
        for c, v in enumerate(values):
            cls = v.__class__
            if cls is str:
                if not v:
                    continue
                if v.startswith(RISKY_START):
                    parts.append(_text_xml(_COLUMN[c] + r, book.quoted_xf(fmt), v))
                else:
                    parts.append(_text_xml(_COLUMN[c] + r, s, v))
            elif cls is int or cls is float:
                parts.append(_number_xml(_COLUMN[c] + r, s, v))
            elif v is None:
                continue
            elif cls is bool:
                parts.append(f'<c r="{_COLUMN[c]}{r}"{s} t="b"><v>{int(v)}</v></c>')
            elif isinstance(v, dt.date):
                date = f' s="{(fmt or book.date)._get_xf_index()}"'
                parts.append(_number_xml(_COLUMN[c] + r, date, _serial(v)))
            else:
                parts.append(_text_xml(_COLUMN[c] + r, s, str(v)))
            if first < 0:
                first = c
            last = c
        if parts:
            self._check_dimensions(row, first)
            self._check_dimensions(row, last)
            self._stream.append(f'<row r="{r}">{"".join(parts)}</row>')

    def _write_sheet_data(self) -> None:
        if self._stream is None:
            super()._write_sheet_data()
        elif not self._stream:
            self._xml_empty_tag("sheetData")
        else:
            self._xml_start_tag("sheetData")
            rows, self._stream = self._stream, []
            write = self.fh.write
            for i in range(len(rows)):  # free each row once written: one copy at a time
                write(rows[i])
                rows[i] = ""
            self._xml_end_tag("sheetData")

    def _assemble_xml_file(self) -> None:
        super()._assemble_xml_file()
        self.table.clear()  # the cells are XML now: free them before the next sheet's turn

    def put_text(self, row: int, col: int, text: str, fmt: Format | None) -> None:
        """``text`` as an inline string: never a formula, a number or a link."""
        if self._check_dimensions(row, col):
            return
        self.table[row][col] = (text, fmt)

    def put_number(self, row: int, col: int, number: float, fmt: Format | None) -> None:
        if number.__class__ is float and not isfinite(number):
            raise ValueError(f"not a number a workbook can hold: {number}")
        if self._check_dimensions(row, col):
            return
        self.table[row][col] = (number, fmt)


class Sheet:
    """One worksheet written row by row, like openpyxl's write-only ``append``."""

    __slots__ = ("book", "row", "title", "ws")

    def __init__(self, book: Book, ws: _Sheet, title: str) -> None:
        self.book, self.ws, self.title, self.row = book, ws, title, 0

    def widths(self, widths: list[float], first: int = 0) -> None:
        for i, w in enumerate(widths, first):
            self.ws.set_column(i, i, max(w - _PADDING, 0))

    def height(self, points: float) -> None:
        """The height of the next row."""
        self.ws.set_row(self.row, points)

    def append(self, values: list[Any], fmts: list[Format | None] | None = None) -> None:
        r, put = self.row, self.book.put
        ws = self.ws
        if fmts is None:
            for c, v in enumerate(values):
                if v is not None:
                    put(ws, r, c, v, None)
        else:
            for c, (v, f) in enumerate(zip(values, fmts, strict=True)):
                put(ws, r, c, v, f)
        self.row = r + 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows


class Book:
    """An xlsxwriter workbook bound for ``out`` through a temporary file beside it."""

    def __init__(self, out: Path | str, author: str = "", title: str = "") -> None:
        self.out = Path(out)
        self.tmp = ""
        try:
            fd, self.tmp = tempfile.mkstemp(
                prefix=".export-", suffix=".xlsx", dir=self.out.parent or "."
            )
            os.close(fd)
        except OSError as exc:
            raise ExcelFileError("cannot_write", path=self.out, detail=exc.strerror) from None
        self.wb = _Workbook(
            self.tmp,
            {
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
                # Parts are assembled in memory (each sheet's cells are freed once it is
                # XML): the part files xlsxwriter otherwise writes, zips and removes, one
                # per sheet, cost more than the sheets themselves on a busy disk.
                "in_memory": True,
            },
        )
        self.wb.set_properties({"author": author, "title": title})
        self._formats: dict[tuple, Format] = {}
        self.sheets: list[Sheet] = []
        self._quoted_xf: dict[int, str] = {}
        self.quote = self.format(quote=True)
        self.date = self.format(num_format="yyyy-mm-dd")
        self.put = self._make_put()

    def format(self, **props: Any) -> Format:
        """A cell format, made once per combination (xlsxwriter property names, short)."""
        key = tuple(sorted(props.items()))
        f = self._formats.get(key)
        if f is None:
            spec: dict[str, Any] = {}
            for k, v in props.items():
                if k == "quote":
                    spec["quote_prefix"] = v
                elif k == "wrap":
                    spec.update(text_wrap=True, valign="top")
                elif k == "fill":
                    spec.update(pattern=1, bg_color=v)
                elif k == "box":
                    spec.update(border=1, border_color=v)
                else:
                    spec[k] = v
            f = self._formats[key] = self.wb.add_format(spec)
        return f

    def quoted(self, fmt: Format | None) -> Format:
        """``fmt`` with Excel's quote prefix."""
        if fmt is None:
            return self.quote
        props = dict(self._props_of(fmt), quote=True)
        return self.format(**props)

    def quoted_xf(self, fmt: Format | None) -> str:
        """The ``s`` attribute of ``fmt`` with the quote prefix."""
        xf = self._quoted_xf.get(id(fmt))
        if xf is None:
            xf = self._quoted_xf[id(fmt)] = f' s="{self.quoted(fmt)._get_xf_index()}"'
        return xf

    def _props_of(self, fmt: Format) -> tuple:
        for key, f in self._formats.items():
            if f is fmt:
                return key
        raise KeyError(fmt)

    def sheet(self, title: str) -> Sheet:
        ws = self.wb.add_worksheet(title, worksheet_class=_Sheet)
        s = Sheet(self, ws, title)
        self.sheets.append(s)
        return s

    @property
    def titles(self) -> list[str]:
        return [s.title for s in self.sheets]

    def _make_put(self) -> Callable[[_Sheet, int, int, Any, Format | None], None]:
        quoted_cache: dict[int, Format] = {}
        book = self

        def text(ws: _Sheet, r: int, c: int, v: str, f: Format | None) -> None:
            if v:
                if v.startswith(RISKY_START):
                    q = quoted_cache.get(id(f))
                    if q is None:
                        q = quoted_cache[id(f)] = book.quoted(f)
                    f = q
                ws.put_text(r, c, v, f)
            elif f is not None:
                ws.write_blank(r, c, None, f)

        def number(ws: _Sheet, r: int, c: int, v: Any, f: Format | None) -> None:
            ws.put_number(r, c, v, f)

        def boolean(ws: _Sheet, r: int, c: int, v: bool, f: Format | None) -> None:
            ws.write_boolean(r, c, v, f)

        def date(ws: _Sheet, r: int, c: int, v: Any, f: Format | None) -> None:
            ws.put_number(r, c, _serial(v), f or book.date)

        def blank(ws: _Sheet, r: int, c: int, v: Any, f: Format | None) -> None:
            if f is not None:
                ws.write_blank(r, c, None, f)

        by_type: dict[type, Callable] = {
            str: text,
            int: number,
            float: number,
            bool: boolean,
            dt.date: date,
            dt.datetime: date,
            type(None): blank,
        }

        def put(ws: _Sheet, r: int, c: int, v: Any, f: Format | None) -> None:
            fn = by_type.get(v.__class__)
            if fn is None:
                fn, v = text, str(v)
            fn(ws, r, c, v, f)

        return put

    def save(self) -> None:
        """Write the file and rename it into place; on failure nothing is left."""
        try:
            self.wb.close()
            share(self.tmp)  # mkstemp makes it private; a workbook is shared
            os.replace(self.tmp, self.out)
        except OSError as exc:
            raise ExcelFileError("cannot_write", path=self.out, detail=exc.strerror) from None
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove the temporary file (it is gone already once ``save`` renamed it)."""
        if self.tmp and os.path.exists(self.tmp):
            os.unlink(self.tmp)
