"""The addresses of a sheet's hyperlinks: a cell reading "Ver evidencia" or "Link" whose
link points at the evidence gives that address.

calamine reads values only. openpyxl would build every cell to give a few links, so the
links are read from the parts themselves, and only when a reader asks (``Cells.link``): the
sheet's relationships (a small part, size-checked like the Tables') name the external
targets; if there is none, the sheet is not opened again. Otherwise the sheet's XML, which
the bounds scan has already measured, is streamed in chunks to its ``<hyperlinks>`` element
at the end (C regular expressions, no tree), whose tags give each cell's relationship id.
A link inside the workbook (``location``, or a target "#Sheet!A1") points at no evidence and
is left out.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from openpyxl.utils.cell import range_boundaries

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_HYPERLINK_REL = "/relationships/hyperlink"
_MAX_RELS = 4 * 1024 * 1024
_MAX_LINKS = 8 * 1024 * 1024  # the <hyperlinks> element: 100,000 links fit
_CHUNK = 1 << 20
_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?hyperlinks[\s>]")
_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?hyperlinks\s*>")
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?hyperlink\s([^>]*)>")
_REF = re.compile(rb'\bref\s*=\s*["\']([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)["\']')
_ID = re.compile(rb'(?<![\w.-])(?:[A-Za-z_][\w.-]*:)id\s*=\s*["\']([^"\'<>]{1,255})["\']')


#: Rows that links over ranges may cover in all (each range is filed under every row it
#: covers, so a cell's address costs the few ranges on its row, not every range of the sheet).
#: A sheet's links beyond it (only a crafted sheet has them) are left out.
MAX_RANGE_ROWS = 200_000


class Links:
    """0-based (row, column) -> address; a link over a range covers each of its cells."""

    def __init__(self, ranges: list[tuple[int, int, int, int, str]]) -> None:
        self.cells: dict[tuple[int, int], str] = {}
        self.rows: dict[int, list[tuple[int, int, str]]] = {}
        budget = MAX_RANGE_ROWS
        for r1, c1, r2, c2, url in ranges:
            if (r1, c1) == (r2, c2):
                self.cells.setdefault((r1, c1), url)
                continue
            covered = max(0, min(r2 - r1 + 1, budget))
            budget -= covered
            for r in range(r1, r1 + covered):
                self.rows.setdefault(r, []).append((c1, c2, url))

    def get(self, r: int, c: int) -> str:
        if (found := self.cells.get((r, c))) is not None:
            return found
        for c1, c2, url in self.rows.get(r, ()):
            if c1 <= c <= c2:
                return url
        return ""


def _targets(zf: zipfile.ZipFile, part: str) -> dict[str, str]:
    from defusedxml.ElementTree import fromstring

    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    info = zf.NameToInfo.get(rels)
    if info is None or info.file_size > _MAX_RELS:
        return {}
    return {
        str(rel.get("Id")): str(rel.get("Target", ""))
        for rel in fromstring(zf.read(rels)).iter(_REL)
        if str(rel.get("Type", "")).endswith(_HYPERLINK_REL)
        and str(rel.get("TargetMode", "")).lower() == "external"
        and rel.get("Target")
        and not str(rel.get("Target")).startswith("#")  # a place in the workbook
    }


def _element(fh) -> bytes:
    """The bytes of the sheet's ``<hyperlinks>`` element ("" when it has none)."""
    carry, found = b"", b""
    while block := fh.read(_CHUNK):
        data = carry + block
        if not found:
            start = _START.search(data)
            if start is None:
                carry = data[-64:]
                continue
            data = data[start.start() :]
        found = data if not found else found + block
        if (end := _END.search(found)) is not None:
            return found[: end.end()]
        if len(found) > _MAX_LINKS:
            return b""
    return found


def sheet_links(path: Path, part: str) -> Links:
    """The external hyperlinks of the sheet stored in ``part``; none for an .ods, a damaged
    part or a sheet without links (openpyxl and the bounds explain a damaged file)."""
    out: list[tuple[int, int, int, int, str]] = []
    if not part.endswith(".xml"):
        return Links(out)
    try:
        with zipfile.ZipFile(path) as zf:
            targets = _targets(zf, part)
            if not targets or part not in zf.NameToInfo:
                return Links(out)
            with zf.open(part) as fh:
                element = _element(fh)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, SyntaxError, OSError):
        return Links(out)
    for attrs in _TAG.findall(element):
        ref, rid = _REF.search(attrs), _ID.search(attrs)
        if ref is None or rid is None or (url := targets.get(rid.group(1).decode())) is None:
            continue
        c1, r1, c2, r2 = range_boundaries(ref.group(1).decode())
        out.append((r1 - 1, c1 - 1, r2 - 1, c2 - 1, url))
    return Links(out)
