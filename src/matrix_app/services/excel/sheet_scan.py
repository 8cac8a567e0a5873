"""Walk one sheet's XML as openpyxl will, counting, and refuse at the first limit crossed.

The limits and the expat parser are ``bounds``'; what the walk finds (where the cells holding
data end, which numeric cells are percentages or months) fills a ``SheetShape``.
"""

from __future__ import annotations

from array import array
from pathlib import Path
from typing import IO

from openpyxl.utils import get_column_letter

from .bounds import (
    _COLUMNS,
    _DIGITS,
    MAX_CELL_TEXT,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ELEMENTS,
    MAX_GRID,
    MAX_ROWS,
    MAX_TEXT,
    Budget,
    SheetShape,
    _Parser,
    _refuse,
)


class _Sheet(_Parser):
    """One sheet walked as openpyxl will walk it, counting; refuses at the first limit.

    Every child of a ``<row>`` counts as a cell, placed where its own ``r`` says (row and
    column, as calamine places it) or after the previous cell in the row numbered by the
    row's ``r``; names are matched whatever their namespace (calamine ignores them). A
    cell holds data when it has a ``<v>`` or an inline string, even empty (calamine keeps
    an empty string). A cell directly in ``<sheetData>``, outside any row, is refused.
    """

    def __init__(
        self,
        path: Path,
        shape: SheetShape,
        strings: array,
        budget: Budget,
        percent: frozenset[str] = frozenset(),
        month: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(path)
        self.shape, self.strings, self.budget = shape, strings, budget
        self.percent_styles, self.month_styles = percent, month
        self.style: str | None = None
        self.row_depth = -1  # depth of the open <row>, -1 outside rows
        self.data_depth = -2  # depth of <sheetData>
        self.row_no = self.col_no = self.cell_row = 0
        self.kind = ""
        self.value: list[str] = []
        self.size = 0
        self.in_v = self.in_inline = self.has_inline = self.formula = False
        self.count = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        # Called for every element: kept flat, it is most of the scan's time.
        depth = self.depth = self.depth + 1
        budget = self.budget
        budget.elements -= 1
        if budget.elements < 0:
            raise _refuse("too_many_elements", self.path, sheet=self.shape.title,
                          limit=MAX_ELEMENTS)  # fmt: skip
        cell = self.row_depth + 1
        if depth == cell:
            self.shape.cells += 1
            budget.cells -= 1
            if budget.cells < 0:
                raise _refuse("too_many_cells", self.path, sheet=self.shape.title,
                              limit=MAX_CELLS)  # fmt: skip
            ref = attrs.get("r")
            if ref:
                # The reader (calamine) puts a cell where its own reference says, row too.
                letters = ref.rstrip(_DIGITS)
                try:
                    self.col_no = _COLUMNS[letters]
                    self.cell_row = int(ref[len(letters) :] or self.row_no)
                except (KeyError, ValueError):
                    raise _refuse("unreadable", self.path,
                                  detail=f"{self.shape.title}: cell {ref!r}") from None  # fmt: skip
            else:
                self.col_no += 1
                self.cell_row = self.row_no
            self.kind = attrs.get("t", "n")
            self.style = attrs.get("s")
            self.value, self.size, self.count = [], 0, 0
            self.in_v = self.in_inline = self.has_inline = self.formula = False
        elif depth == cell + 1:  # a child of a cell
            name = tag[tag.rfind(" ") + 1 :]
            if name == "v" and not self.count:
                self.in_v, self.count = True, 1
                self.parser.CharacterDataHandler = self.chars
            elif name == "is" and not self.has_inline:
                self.in_inline = self.has_inline = True
            elif name == "f":
                self.formula = True
        elif self.in_inline and tag[tag.rfind(" ") + 1 :] == "t":
            self.parser.CharacterDataHandler = self.chars
        elif self.row_depth < 0:
            name = tag[tag.rfind(" ") + 1 :]
            if name == "row":
                self.row_depth = depth
                r = attrs.get("r")
                self.row_no = _row_number(self.path, self.shape.title, r) if r else self.row_no + 1
                self.col_no = 0
            elif name == "sheetData":
                self.data_depth = depth
            elif name == "c" and depth == self.data_depth + 1:
                raise _refuse("unreadable", self.path,
                              detail=f"{self.shape.title}: a cell outside a row")  # fmt: skip

    def end(self, tag: str) -> None:
        depth = self.depth
        self.depth -= 1
        cell = self.row_depth + 1
        if depth == cell:
            self.close_cell()
        elif depth == cell + 1:
            if self.in_v:
                self.in_v = False
                self.parser.CharacterDataHandler = None  # type: ignore[assignment]
            self.in_inline = False
        elif depth > cell + 1:
            if tag[tag.rfind(" ") + 1 :] == "t":
                self.parser.CharacterDataHandler = None  # type: ignore[assignment]
        elif depth == self.row_depth:
            self.row_depth = -1

    def chars(self, data: str) -> None:
        self.size += len(data)
        if self.in_v and self.size <= 64:
            self.value.append(data)
        if self.size > MAX_CELL_TEXT:
            raise _refuse("cell_too_long", self.path, sheet=self.shape.title, cell=self.where(),
                          size=f">{MAX_CELL_TEXT}", limit=MAX_CELL_TEXT)  # fmt: skip

    def where(self) -> str:
        return f"{get_column_letter(min(max(self.col_no, 1), 16384))}{self.cell_row}"

    def close_cell(self) -> None:
        self.parser.CharacterDataHandler = None  # type: ignore[assignment]
        if self.has_inline:
            size = self.size
        elif not self.count:
            return
        elif self.kind == "s":
            try:
                size = self.strings[int("".join(self.value))]
            except (ValueError, IndexError):
                size = 0  # the reader will say the workbook is damaged
        else:
            size = self.size
        shape = self.shape
        if self.cell_row > MAX_ROWS:
            raise _refuse("too_many_rows", self.path, sheet=shape.title, cell=self.where(),
                          limit=MAX_ROWS)  # fmt: skip
        if self.col_no > MAX_COLUMNS:
            raise _refuse(
                "too_many_columns", self.path, sheet=shape.title, cell=self.where(),
                limit=MAX_COLUMNS, last=get_column_letter(MAX_COLUMNS),
            )  # fmt: skip
        if size > MAX_CELL_TEXT:
            raise _refuse("cell_too_long", self.path, sheet=shape.title, cell=self.where(),
                          size=size, limit=MAX_CELL_TEXT)  # fmt: skip
        budget = self.budget
        budget.text -= size
        if budget.text < 0:
            raise _refuse("too_much_text", self.path, sheet=shape.title,
                          limit=MAX_TEXT // 1_000_000)  # fmt: skip
        if self.cell_row > shape.rows or self.col_no > shape.columns:
            shape.rows = max(shape.rows, self.cell_row)
            shape.columns = max(shape.columns, self.col_no)
            if shape.rows * shape.columns > budget.grid:
                raise _refuse("too_big_sheet", self.path, sheet=shape.title, cell=self.where(),
                              rows=shape.rows, columns=shape.columns, limit=MAX_GRID)  # fmt: skip
        if self.formula:
            shape.formulas += 1
            if len(shape.formula_refs) < 5:
                shape.formula_refs.append(self.where())
        if self.style in self.percent_styles and self.kind == "n":
            shape.percent.append((self.cell_row, self.col_no))
        elif self.style in self.month_styles and self.kind in ("n", "d"):
            shape.month.append((self.cell_row, self.col_no))


def scan_sheet(
    path: Path,
    fh: IO[bytes],
    shape: SheetShape,
    strings: array,
    budget: Budget,
    percent: frozenset[str] = frozenset(),
    month: frozenset[str] = frozenset(),
) -> SheetShape:
    """Walk one sheet's XML, filling ``shape`` (and noting the numeric cells whose style is
    one of ``percent`` or ``month``); memory stays flat whatever the sheet holds."""
    _Sheet(path, shape, strings, budget, percent, month).run(fh)
    budget.grid -= shape.rows * shape.columns
    return shape


def _row_number(path: Path, sheet: str, text: str) -> int:
    """A row's ``r`` as openpyxl reads it (``"7"`` or ``"7.0"``)."""
    try:
        value = float(text)
    except ValueError:
        raise _refuse("unreadable", path, detail=f"{sheet}: row {text!r}") from None
    if not value.is_integer() or value < 1:
        raise _refuse("unreadable", path, detail=f"{sheet}: row {text!r}")
    return int(value)
