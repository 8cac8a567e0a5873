"""Bound an OpenDocument spreadsheet (.ods, as LibreOffice saves it) before calamine reads it.

An .ods keeps every sheet in one part, ``content.xml``, and calamine parses all of it when
the workbook is opened, so the whole part is scanned first, with expat (no tree, no DTD, no
entities) in constant memory, against the same limits as an .xlsx (``bounds``). What is
peculiar to the format is repetition: one element can stand for many cells
(``table:number-columns-repeated``) or rows (``table:number-rows-repeated``). LibreOffice
writes a formatted but empty tail that way - a row repeated to the sheet's last one, a cell
repeated to its last column - and that costs nothing; a cell *holding data* is counted once
per repetition, so ``<cell repeated=16384>`` in a row repeated 100,000 times is 1.6 billion
cells and refused, where calamine would try to build them (it fails past 3 GB).

A cell holds data when it has a value type or text; its place is counted from the rows and
cells before it (covered cells of a merge take their place too). A percentage cell
(``office:value-type="percentage"``, 0.35 shown 35 %) is noted so it reads as 35, as in an
.xlsx. Refusals name the sheet, in the user's language, as ``bounds`` does.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import IO
from xml.parsers import expat

from openpyxl.utils import get_column_letter

from . import bounds
from .bounds import Budget, SheetShape
from .errors import ExcelFileError

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
PART = "content.xml"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 "
TABLE, ROW = f"{_TABLE}table", f"{_TABLE}table-row"
CELLS = {f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"}
NAME, ROWS_REPEATED = f"{_TABLE}name", f"{_TABLE}number-rows-repeated"
COLS_REPEATED, VALUE_TYPE = f"{_TABLE}number-columns-repeated", f"{_OFFICE}value-type"
FORMULA = f"{_TABLE}formula"


def is_ods(zf: zipfile.ZipFile) -> bool:
    """An OpenDocument spreadsheet: its first entry, ``mimetype``, says so (ODF 1.2, 3.3)."""
    try:
        return zf.read("mimetype").strip() == MIMETYPE.encode()
    except KeyError:
        return False


def _repeat(path: Path, sheet: str, text: str | None) -> int:
    if text is None:
        return 1
    try:
        n = int(text)
    except ValueError:
        raise ExcelFileError("unreadable", path=path, detail=f"{sheet}: repeat {text!r}") from None
    if n < 1:
        raise ExcelFileError("unreadable", path=path, detail=f"{sheet}: repeat {text!r}")
    return n


class _Content:
    """One walk of content.xml: a ``SheetShape`` per table, drawn on one ``Budget``."""

    def __init__(self, path: Path, budget: Budget) -> None:
        self.path, self.budget = path, budget
        self.shapes: dict[str, SheetShape] = {}
        self.shape: SheetShape | None = None
        self.depth = 0
        self.table_depth = self.row_depth = self.cell_depth = -1
        self.row_no = self.col_no = 0  # last row started (1-based), columns used in it
        self.row_repeat = self.col_repeat = 1
        self.has_value = False
        self.size = 0
        self.percent = False
        p = self.parser = expat.ParserCreate(namespace_separator=" ")
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.chars
        p.StartDoctypeDeclHandler = self.doctype
        p.EntityDeclHandler = self.doctype

    def doctype(self, *args: object) -> None:
        raise ExcelFileError("hostile_xml", path=self.path)

    def refuse(self, code: str, **params: object) -> ExcelFileError:
        title = self.shape.title if self.shape else ""
        return ExcelFileError(code, path=self.path, sheet=title, **params)

    def where(self) -> str:
        return f"{get_column_letter(min(max(self.col_no, 1), 16384))}{self.row_no}"

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        depth = self.depth = self.depth + 1
        budget = self.budget
        budget.elements -= 1
        if budget.elements < 0:
            raise self.refuse("too_many_elements", limit=bounds.MAX_ELEMENTS)
        if self.cell_depth >= 0:
            return  # inside a cell: its text is counted by ``chars``
        if tag == TABLE and self.table_depth < 0:
            title = attrs.get(NAME, f"Sheet{len(self.shapes) + 1}")
            self.shape = self.shapes[title] = SheetShape(title, PART)
            self.table_depth, self.row_no = depth, 0
        elif tag == ROW and self.table_depth >= 0 and self.row_depth < 0:
            self.row_depth = depth
            self.row_repeat = _repeat(self.path, self.shape.title, attrs.get(ROWS_REPEATED))
            self.row_no += 1
            self.col_no = 0
        elif tag in CELLS and self.row_depth >= 0:
            self.cell_depth = depth
            self.col_repeat = _repeat(self.path, self.shape.title, attrs.get(COLS_REPEATED))
            self.col_no += 1
            kind = attrs.get(VALUE_TYPE)
            self.has_value, self.size = kind is not None, 0
            self.percent = kind == "percentage"
            if FORMULA in attrs:
                self.shape.formulas += 1
                if len(self.shape.formula_refs) < 5:
                    self.shape.formula_refs.append(self.where())

    def chars(self, data: str) -> None:
        if self.cell_depth < 0 or not data:
            return
        self.has_value = self.has_value or not data.isspace()
        self.size += len(data)
        if self.size > bounds.MAX_CELL_TEXT:
            raise self.refuse("cell_too_long", cell=self.where(), size=f">{bounds.MAX_CELL_TEXT}",
                              limit=bounds.MAX_CELL_TEXT)  # fmt: skip

    def end(self, tag: str) -> None:
        depth = self.depth
        self.depth -= 1
        if depth == self.cell_depth:
            self.cell_depth = -1
            self.close_cell()
            self.col_no += self.col_repeat - 1
        elif depth == self.row_depth:
            self.row_depth = -1
            self.row_no += self.row_repeat - 1
        elif depth == self.table_depth:
            self.table_depth = -1
            shape = self.shape
            self.budget.grid -= shape.rows * shape.columns

    def close_cell(self) -> None:
        if not self.has_value:
            return
        shape, budget = self.shape, self.budget
        cells = self.row_repeat * self.col_repeat
        shape.cells += cells
        budget.cells -= cells
        if budget.cells < 0:
            raise self.refuse("too_many_cells", limit=bounds.MAX_CELLS)
        budget.text -= self.size * cells
        if budget.text < 0:
            raise self.refuse("too_much_text", limit=bounds.MAX_TEXT // 1_000_000)
        last_row = self.row_no + self.row_repeat - 1
        last_col = self.col_no + self.col_repeat - 1
        if last_row > bounds.MAX_ROWS:
            raise self.refuse("too_many_rows", cell=self.where(), limit=bounds.MAX_ROWS)
        if last_col > bounds.MAX_COLUMNS:
            self.col_no = last_col
            raise self.refuse(
                "too_many_columns", cell=self.where(), limit=bounds.MAX_COLUMNS,
                last=get_column_letter(bounds.MAX_COLUMNS),
            )  # fmt: skip
        shape.rows, shape.columns = max(shape.rows, last_row), max(shape.columns, last_col)
        if shape.rows * shape.columns > budget.grid:
            raise self.refuse("too_big_sheet", cell=self.where(), rows=shape.rows,
                              columns=shape.columns, limit=bounds.MAX_GRID)  # fmt: skip
        if self.percent:
            shape.percent += [
                (r, c)
                for r in range(self.row_no, last_row + 1)
                for c in range(self.col_no, last_col + 1)
            ]

    def run(self, fh: IO[bytes]) -> dict[str, SheetShape]:
        while chunk := fh.read(1 << 20):
            self.parser.Parse(chunk, False)
        self.parser.Parse(b"", True)
        return self.shapes


def scan(path: Path, budget: Budget) -> dict[str, SheetShape]:
    """Every sheet's shape (where its data ends), or the refusal of the first limit crossed."""
    with zipfile.ZipFile(path) as zf:
        if PART not in zf.namelist():
            raise ExcelFileError("not_xlsx", path=path)
        with zf.open(PART) as fh:
            try:
                return _Content(path, budget).run(fh)
            except expat.ExpatError as exc:
                detail = f"{PART}: {expat.ErrorString(exc.code)} (line {exc.lineno})"
                raise ExcelFileError("unreadable", path=path, detail=detail) from None
