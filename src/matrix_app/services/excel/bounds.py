"""Bound a workbook before openpyxl reads its cells: a streaming pre-scan of its XML.

openpyxl trusts a sheet's shape. One formatted cell at XFD1048576 makes it build a grid of
17 billion cells (gigabytes, then MemoryError); a million rows, or one 32 KB string shared by
300,000 cells, become gigabytes or minutes further on. A workbook from another agency is
untrusted input, so before any cell is read we stream each part once with expat (no tree,
no DTD, no entities) in constant memory - the shared-string table, then every sheet - and
stop at the first limit crossed, with a sentence naming the sheet. The scan's result
(where the cells holding data really end) then bounds every read, so a lying ``<dimension
ref>`` or empty formatted cells far away cost nothing: such a workbook imports what it
really holds.

The limits, and why (an OGP action plan is tens of commitments, a few thousand logframe
rows and measurements; every limit leaves a wide margin above that):

* no row count of its own: rows are bounded by what they cost. ``MAX_GRID`` 6,000,000 cells
  in the extents (rows x columns up to the last cell holding data) of all the sheets read:
  the reader builds that grid, 32 bytes a cell (190 MB at the limit); ``MAX_ROWS`` is only
  Excel's own last row (1,048,576). Our export of 2,000 commitments (Measurements: 100,001
  rows x 8 columns) spans 1.5 million grid cells, so about 8,000 commitments fit;
* ``MAX_COLUMNS`` 200 - our widest sheet (Commitments) has 35 columns, a logframe about 12;
* ``MAX_CELLS`` 2,000,000 cells in the whole workbook, written or not (each costs parse time
  and memory; our export of 2,000 commitments writes 1.03 million) and ``MAX_ELEMENTS``
  10,000,000 XML elements in its sheets (merges, links, formats... cost parse time too;
  that export has 2.9 million);
* ``MAX_TEXT`` 50,000,000 characters reaching cells, a shared string counted at every use
  (the 32 KB x 300,000 attack is 9.6 billion), and the same for the shared-string table;
* ``MAX_CELL_TEXT`` 32,767 characters in one cell: Excel's own limit;
* ``MAX_SHEETS`` 10,000 sheets (our own export of 2,000 commitments has 2,013) and ``MAX_PART`` 16 MB for each small part openpyxl parses
  when it opens a workbook (workbook, styles, relationships, theme).

The scan costs a few microseconds and no memory per cell (``quick_scan`` does the regular
sheets in C, a fraction of that); the refusals are tested in tests/security.
"""

from __future__ import annotations

import re
import zipfile
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.parsers import expat

from openpyxl.utils import get_column_letter

from .errors import ExcelFileError

MAX_ROWS = 1_048_576  # Excel's last row
MAX_GRID = 6_000_000
MAX_COLUMNS = 200
MAX_CELLS = 2_000_000
MAX_ELEMENTS = 10_000_000
MAX_TEXT = 50_000_000
MAX_CELL_TEXT = 32_767
MAX_SHEETS = 10_000
MAX_PART = 16 * 1024 * 1024

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main "
ROW, V, IS, T, F, SI = (f"{_NS}{t}" for t in ("row", "v", "is", "t", "f", "si"))
SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_DIGITS = "0123456789"
#: Column letters (either case) -> index, as far as Excel goes (XFD); the row part of a
#: cell reference is ignored, as openpyxl places cells in the row that holds them.
_COLUMNS = {
    k: i for i in range(1, 16385) for k in {get_column_letter(i), get_column_letter(i).lower()}
}
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
    exact: bool = True  # False: rows/columns bound every cell (quick_scan), the reader cuts
    formulas: int = 0
    formula_refs: list[str] = field(default_factory=list)
    percent: list[tuple[int, int]] = field(default_factory=list)  # (row, col) shown as %
    month: list[tuple[int, int]] = field(default_factory=list)  # (row, col) shown "mmm-yy"


@dataclass
class Budget:
    """What the whole workbook may still spend; every sheet draws on it."""

    # Read when a budget is made, so that a test can lower a limit with monkeypatch.
    cells: int = field(default_factory=lambda: MAX_CELLS)
    elements: int = field(default_factory=lambda: MAX_ELEMENTS)
    text: int = field(default_factory=lambda: MAX_TEXT)
    grid: int = field(default_factory=lambda: MAX_GRID)


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


def _hostile(*_args: object) -> None:
    raise ExcelFileError("hostile_xml", path=_Parser.current)


class _Parser:
    """expat with no tree, no DTD and no entities: the cheapest way to walk a part in C.

    ElementTree's ``iterparse`` builds an element per tag and was 5x slower; a regular
    expression would not see the document the way openpyxl's parser does.
    """

    current: Path = Path()

    def __init__(self, path: Path) -> None:
        _Parser.current = path
        self.path = path
        self.depth = 0
        p = expat.ParserCreate(namespace_separator=" ")
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.StartDoctypeDeclHandler = _hostile
        p.EntityDeclHandler = _hostile
        p.ExternalEntityRefHandler = _hostile  # type: ignore[assignment]
        p.buffer_text = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        self.parser = p

    def start(self, tag: str, attrs: dict[str, str]) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def end(self, tag: str) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def text(self, on: bool) -> None:
        self.parser.CharacterDataHandler = self.chars if on else None  # type: ignore[assignment]

    def chars(self, data: str) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def run(self, fh: IO[bytes]) -> None:
        while chunk := fh.read(1 << 20):
            self.parser.Parse(chunk, False)
        self.parser.Parse(b"", True)


class _Strings(_Parser):
    """The length of every shared string (``<si>``: all its ``<t>`` texts)."""

    def __init__(self, path: Path, budget: Budget) -> None:
        super().__init__(path)
        self.budget = budget
        self.lengths = array("l")
        self.total = self.size = 0
        self.in_si = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.budget.elements -= 1
        if self.budget.elements < 0:
            raise _refuse("strings_too_big", self.path, limit=MAX_TEXT // 1_000_000)
        if tag == SI:
            self.in_si, self.size = True, 0
        elif tag == T and self.in_si:
            self.text(True)

    def end(self, tag: str) -> None:
        if tag == T:
            self.text(False)
        elif tag == SI:
            self.in_si = False
            self.lengths.append(self.size)
            self.total += self.size
            if self.total > MAX_TEXT or len(self.lengths) > MAX_CELLS:
                raise _refuse("strings_too_big", self.path, limit=MAX_TEXT // 1_000_000)

    def chars(self, data: str) -> None:
        self.size += len(data)
        if self.size > MAX_CELL_TEXT:
            raise _refuse("string_too_long", self.path, index=len(self.lengths) + 1,
                          size=f">{MAX_CELL_TEXT}", limit=MAX_CELL_TEXT)  # fmt: skip


def scan_strings(path: Path, zf: zipfile.ZipFile, budget: Budget) -> array:
    """The length of every shared string (what a cell pointing at it will hold)."""
    part = shared_string_part(zf)
    if part is None or part not in zf.namelist():
        return array("l")
    scan = _Strings(path, budget)
    with zf.open(part) as fh:
        scan.run(fh)
    return scan.lengths
