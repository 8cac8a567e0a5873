"""Cell values for openpyxl's write-only mode, with user text that can never become a formula.

OWASP "CSV injection": spreadsheet programs treat text starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return as a formula (now or when someone edits the cell). Such
text is written as an explicit text cell with Excel's quote prefix, so it stays text.
"""

from __future__ import annotations

import re
from copy import copy
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

RISKY_START = ("=", "+", "-", "@", "\t", "\r")

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LEVEL_FILL = PatternFill("solid", fgColor="DDEBF7")


# XML cannot carry a carriage return (it reads back as a line feed) or most control
# characters; OOXML writes them as _xHHHH_, and a literal "_xHHHH_" as "_x005F_xHHHH_".
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f]|_x[0-9A-Fa-f]{4}_")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escape_text(text: str) -> str:
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    text = _ESCAPED.sub(lambda m: f"_x005F_x{m.group(1)}_", text)
    return re.sub(r"[\x00-\x08\x0b-\x1f]", lambda m: f"_x{ord(m.group(0)):04X}_", text)


def unescape_text(text: str) -> str:
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def is_risky(text: str) -> bool:
    return text.startswith(RISKY_START)


def text_cell(ws: Any, text: str) -> WriteOnlyCell:
    """A cell that holds ``text`` as text whatever it starts with."""
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def safe(ws: Any, value: Any) -> Any:
    """``value`` as it can be appended to a write-only sheet without becoming a formula."""
    if value.__class__ is str and value:
        if _NEEDS_ESCAPE.search(value) is not None:
            value = escape_text(value)
        if value[0] in "=+-@\t\r" or value.startswith("_x000D_"):
            return text_cell(ws, value)
    return value


_STYLE_CACHE: dict[tuple[int, ...], tuple[Any, Any, Any]] = {}


def _style_array(ws: Any, key: tuple[Any, ...]) -> Any:
    """The workbook's style array for a combination, built once per workbook.

    Setting ``cell.font`` etc. hashes and looks up style objects every time (most of the
    cost of a styled cell); copying a ready array is ~20x cheaper."""
    wb = ws.parent
    # Keyed by identity: hashing openpyxl style objects is itself the expensive part. The
    # cache keeps each key's objects alive, so an id is never reused for another style.
    ident = tuple(id(part) for part in key)
    cached = _STYLE_CACHE.get(ident)
    if cached is not None and cached[0] is wb:
        return cached[1]
    font, fill, alignment, border, quote = key
    cell = WriteOnlyCell(ws)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if alignment is not None:
        cell.alignment = alignment
    if border is not None:
        cell.border = border
    if quote:
        cell.quotePrefix = True
    _STYLE_CACHE[ident] = (wb, cell._style, key)  # key kept alive: ids stay unique
    return cell._style


def styled(ws: Any, value: Any, font=None, fill=None, alignment=None, border=None) -> WriteOnlyCell:
    quote = False
    if isinstance(value, str):
        value = escape_text(value)
        quote = is_risky(value) or value.startswith("_x000D_")
    cell = WriteOnlyCell(ws, value=value)
    if quote:
        cell.data_type = "s"
    cell._style = copy(_style_array(ws, (font, fill, alignment, border, quote)))
    return cell


def header_row(ws: Any, titles: list[str]) -> list[WriteOnlyCell]:
    return [styled(ws, t, font=HEADER_FONT, fill=HEADER_FILL, alignment=WRAP) for t in titles]


def declare_dimension(ws: Any, rows: int, cols: int) -> None:
    """Write ``<dimension>`` at the top of a write-only sheet (openpyxl leaves it out).

    Without it, openpyxl's read-only mode parses a whole sheet just to learn its size when
    the workbook is opened; Excel always writes it, and so do we when the size is known."""
    from openpyxl.utils import get_column_letter

    ref = f"A1:{get_column_letter(max(cols, 1))}{max(rows, 1)}"
    ws.calculate_dimension = lambda: ref
