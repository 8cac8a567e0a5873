"""A starting point for the import wizard on a sheet no layout recognised.

Recognition (``detect_mapping`` and the formats) wants a whole logframe: a narrative or a
level column beside indicators. A sheet that misses that - an indicator table with units
and yearly targets, a follow-up list without a narrative header - is not recognised, and the
wizard used to open it on row 1 with every picker empty, although the sheet's own header
said what most columns hold. This guess is only a start: the user sees it, changes it, and
still picks the narrative or the level before the import can go on.
"""

from __future__ import annotations

from typing import Any

from .logframe_read import SheetMapping, row_roles, sheet_decimal

#: Rows looked at for the header, as ``detect_mapping`` does.
SCAN_ROWS = 30


def guess_header(grid: list[list[Any]], sheet: str, scan: int = SCAN_ROWS) -> SheetMapping | None:
    """The row whose cells name the most roles (two at least), each role at its first
    column there; ``None`` when no row names two. The earliest such row wins a tie: a
    header comes before the rows it heads."""
    best: tuple[int, dict[str, int]] | None = None
    for r, row in enumerate(grid[:scan]):
        roles = row_roles(row)
        if len(roles) >= 2 and (best is None or len(roles) > len(best[1])):
            best = (r, roles)
    if best is None:
        return None
    r, roles = best
    decimal, mixed = sheet_decimal(grid[r], grid[r + 1 :], roles)
    return SheetMapping(sheet, r + 1, roles, decimal=decimal, decimal_mixed=mixed)
