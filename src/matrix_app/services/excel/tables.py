"""The Excel Tables (ListObjects) a sheet keeps its matrix in, and the rows below them.

A hand-kept matrix is often an Excel Table ("Tabla2", A6:I12) with notes, sources and
signatures typed under it. Excel grows a Table when a row is typed just below it, so a row
under the Table's range is not one of its rows: when the matrix's header is a Table's, the
rows after the last Table of the sheet are listed as not imported and left out, instead of
becoming results under the last row.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import range_boundaries

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TABLE_REL = "/relationships/table"
_MAX_TABLE_PART = 1024 * 1024  # a table part holds its range and column names only


def sheet_tables(path: Path, part: str) -> list[tuple[str, str, int, int]]:
    """(name, ref, first row, last row) of each Table of the sheet stored in ``part``
    (rows 1-based); none for an .ods, a damaged part or a sheet without Tables."""
    from defusedxml.ElementTree import fromstring

    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    out = []
    try:
        with zipfile.ZipFile(path) as zf:
            if rels not in zf.NameToInfo or zf.getinfo(rels).file_size > _MAX_TABLE_PART:
                return []
            for rel in fromstring(zf.read(rels)).iter(_REL):
                if not str(rel.get("Type", "")).endswith(_TABLE_REL):
                    continue
                target = str(rel.get("Target", ""))
                target = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target))
                )
                info = zf.NameToInfo.get(target)
                if info is None or info.file_size > _MAX_TABLE_PART:
                    continue
                table = fromstring(zf.read(target))
                ref = str(table.get("ref", ""))
                _c1, first, _c2, last = range_boundaries(ref)
                if first is not None and last is not None:
                    out.append(
                        (str(table.get("displayName") or table.get("name")), ref, first, last)
                    )
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, SyntaxError):
        return []  # openpyxl and the bounds explain a damaged file elsewhere
    return out


def set_aside_below(
    grid: list[list[Any]],
    sheet: str,
    header: int,
    tables: list[tuple[str, str, int, int]],
    problems: Any,
) -> None:
    """Leave out (with a warning each) the rows under the sheet's last Table when the
    matrix's header row (0-based ``header``) is inside a Table; a notes or signature row
    there is left to the reader, which sets it aside as such."""
    from .logframe_read import NOTES_ROW
    from .logframe_words import signature_start

    if not any(first - 1 <= header <= last - 1 for _n, _ref, first, last in tables):
        return
    name, ref, _first, end = max(tables, key=lambda t: t[3])
    for r in range(end, len(grid)):
        texts = [str(v) for v in grid[r] if v not in (None, "")]
        if texts and not (NOTES_ROW.match(texts[0]) or signature_start(texts)):
            problems.add(sheet, r + 1, None, " | ".join(texts), "outside_table", warning=True,
                         table=name, ref=ref)  # fmt: skip
            grid[r] = []
