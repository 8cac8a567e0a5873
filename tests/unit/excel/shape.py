"""What a workbook looks like when openpyxl opens it again: values, types, styles, layout.

``describe`` is a plain, JSON-able picture of everything the export decides - cell values
and types, number formats, fonts, fills, alignment, borders, quote prefixes, column widths,
row heights, merges, freeze panes, filters, drop-downs, hidden sheets, print set-up - so a
change of the library that writes the file can be checked against what the old writer made
(``golden/``). Colours keep their last six hex digits (writers differ on the alpha byte).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import load_workbook


def _rgb(color: Any) -> str | None:
    if color is None or color.type != "rgb" or not isinstance(color.rgb, str):
        return None
    return color.rgb[-6:].upper()


def _style(cell: Any) -> tuple:
    f, fill, a, b = cell.font, cell.fill, cell.alignment, cell.border
    font = (bool(f.b), float(f.sz or 11), _rgb(f.color) if f.color is not None else None)
    solid = fill.patternType == "solid"
    fill_ = _rgb(fill.fgColor) if solid else None
    align = (bool(a.wrap_text), a.vertical or None, a.horizontal or None)
    sides = tuple(
        (s.style, _rgb(s.color) if s.color is not None else None)
        for s in (b.left, b.right, b.top, b.bottom)
    )
    return (font, fill_, align, sides, bool(cell.quotePrefix), cell.number_format)


def _value(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    return v


def _widths(ws: Any) -> dict[str, float]:
    """Width per column letter (a writer may store neighbours of one width as one range)."""
    from openpyxl.utils import get_column_letter

    out = {}
    for d in ws.column_dimensions.values():
        if d.width and d.min:
            for i in range(d.min, (d.max or d.min) + 1):
                out[get_column_letter(i)] = round(d.width, 2)
    return dict(sorted(out.items()))


def describe(path: Path | str) -> dict[str, Any]:
    wb = load_workbook(path)
    styles: list[list] = []
    index: dict[str, int] = {}
    out: dict[str, Any] = {
        "sheets": wb.sheetnames,
        "properties": {"creator": wb.properties.creator, "title": wb.properties.title},
        "styles": styles,
    }
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for c in row:
                key = repr(_style(c))
                if c.value is None and c.style_id == 0:
                    continue
                if key not in index:
                    index[key] = len(styles)
                    styles.append(list(_style(c)))
                cells.append([c.coordinate, _value(c.value), c.data_type, index[key]])
        ps = ws.page_setup
        dvs = [
            {
                "sqref": str(d.sqref),
                "type": d.type,
                "formula1": d.formula1,
                "allow_blank": bool(d.allow_blank),
                "show_error": bool(d.showErrorMessage),
                "error_style": d.errorStyle or "stop",
                "error_title": d.errorTitle,
                "error": d.error,
                "show_input": bool(d.showInputMessage),
            }
            for d in ws.data_validations.dataValidation
        ]
        out[ws.title] = {
            "state": ws.sheet_state,
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "widths": _widths(ws),
            "heights": {str(k): d.height for k, d in sorted(ws.row_dimensions.items()) if d.height},
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "validations": sorted(dvs, key=lambda d: d["sqref"]),
            "print": {
                "orientation": ps.orientation,
                "paper": str(ps.paperSize) if ps.paperSize else None,
                # 1 is the attribute's default: a writer may leave it out
                "fit_width": 1 if ps.fitToWidth is None else ps.fitToWidth,
                "fit_height": 1 if ps.fitToHeight is None else ps.fitToHeight,
                "fit": bool(
                    ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage
                ),
                "title_rows": ws.print_title_rows,
                "footer": ws.oddFooter.center.text,
            },
            "cells": cells,
        }
    wb.close()
    return out
