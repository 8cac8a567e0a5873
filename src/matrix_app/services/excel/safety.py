"""Refuse hostile or broken files before a reader parses a byte of them.

An .xlsx is a zip of XML parts (an .ods too: ``ods_bounds`` bounds its one content part). We look at the container first: an OLE/CFB header means an
old .xls or a password-protected (encrypted) workbook; text means a CSV with the wrong name;
a bad zip means a truncated download. The declared uncompressed sizes are summed from the
zip directory - without inflating anything - so a zip bomb is refused up front. A DOCTYPE in
any part is refused outright; the parts we parse in Python (workbook, relationships, styles)
go through defusedxml, which ``require_defusedxml`` checks at run time, and sheets and shared
strings through the ``bounds`` pre-scan (expat, no DTD, no entities). ``load`` then opens the
workbook with calamine and bounds each sheet's shape before any of its cells is read.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import bounds, ods_bounds
from .bounds import SheetShape
from .errors import ExcelFileError

#: A workbook may unpack to at most this many bytes (a 100,000-row export is ~60 MB).
MAX_UNCOMPRESSED = 500 * 1024 * 1024
#: And no single part may be more compressed than this (XML compresses ~10-30x).
MAX_RATIO = 200

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def require_defusedxml() -> None:
    """openpyxl only uses defusedxml when it is importable; make sure it does."""
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a runtime dependency
        raise RuntimeError("defusedxml is required to read workbooks safely")


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = head.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes anything
            return False
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return printable / len(text) > 0.95


#: Files that passed ``check_workbook_file`` and their sheet parts, by what identifies the
#: file's bytes (an import checks in ``detect`` and again in ``load``: 0.3 s each on our
#: 2,000-commitment workbook, whose 2,013 sheets are each opened to look for a DOCTYPE).
_PASSED: dict[tuple, dict[str, str] | None] = {}


def _identity(path: Path, *limits: object) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (str(path.resolve()), st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns, limits)


#: Files remembered at most; the oldest is forgotten first, never the one being imported
#: (clearing them all, as this once did, could forget it between ``detect`` and ``load``).
_MAX_PASSED = 16


def _remember(key: tuple | None, parts: dict[str, str] | None) -> None:
    if key is not None:
        _PASSED.pop(key, None)
        while len(_PASSED) >= _MAX_PASSED:
            _PASSED.pop(next(iter(_PASSED)))
        _PASSED[key] = parts


def check_workbook_file(path: Path, max_uncompressed: int = MAX_UNCOMPRESSED) -> None:
    """Raise ExcelFileError unless ``path`` is a plausible, bounded .xlsx (or .ods) container;
    a file that passed and has not changed since (same size, times and inode) is not read
    again."""
    require_defusedxml()
    path = Path(path)
    limits = (max_uncompressed, MAX_RATIO, bounds.MAX_PART, bounds.MAX_SHEETS)
    key = _identity(path, *limits)
    if key is not None and key in _PASSED:
        return
    _check_workbook_file(path, max_uncompressed)
    _remember(key, None)


def _check_workbook_file(path: Path, max_uncompressed: int) -> None:
    if not path.is_file():
        raise ExcelFileError("missing", path=path)
    size = path.stat().st_size
    if size == 0:
        raise ExcelFileError("empty", path=path)
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(OLE_MAGIC):
        # Encrypted .xlsx files are OLE containers holding "EncryptionInfo"/"EncryptedPackage".
        with path.open("rb") as fh:
            blob = fh.read(min(size, 1 << 20))
        if "EncryptionInfo".encode("utf-16-le") in blob or b"EncryptedPackage" in blob:
            raise ExcelFileError("encrypted", path=path)
        raise ExcelFileError("xls", path=path)
    if not head.startswith(ZIP_MAGIC):
        raise ExcelFileError("csv" if _looks_like_text(head) else "not_xlsx", path=path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            total = 0
            for info in infos:
                total += info.file_size
                if (
                    info.compress_size
                    and info.file_size / info.compress_size > MAX_RATIO
                    and (info.file_size > 10 * 1024 * 1024)
                ):
                    raise ExcelFileError(
                        "too_big",
                        path=path,
                        size=f"{total / 1048576:.0f}",
                        limit=max_uncompressed // 1048576,
                    )
            if total > max_uncompressed:
                raise ExcelFileError(
                    "too_big",
                    path=path,
                    size=f"{total / 1048576:.0f}",
                    limit=max_uncompressed // 1048576,
                )
            if ods_bounds.is_ods(zf):
                _check_ods(path, zf, infos)
                return
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise ExcelFileError("not_xlsx", path=path)
            bounds.check_parts(path, zf)  # before anything reads workbook.xml or styles
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and not info.filename.startswith(
                    "xl/worksheets/"
                ):
                    with zf.open(info) as part:
                        if _DOCTYPE.search(part.read(4096)):
                            raise ExcelFileError("hostile_xml", path=path)
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    with zf.open(info) as part:
                        if _DOCTYPE.search(part.read(1024)):
                            raise ExcelFileError("hostile_xml", path=path)
    except zipfile.BadZipFile:
        raise ExcelFileError("truncated", path=path) from None
    except (OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise ExcelFileError("unreadable", path=path, detail=str(exc)) from None


def _check_ods(path: Path, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """An .ods: its content is there, and no part declares a DTD or entities (the content's
    cells are bounded by ``ods_bounds`` before calamine reads them)."""
    if ods_bounds.PART not in {i.filename for i in infos}:
        raise ExcelFileError("not_xlsx", path=path)
    for info in infos:
        small = info.filename.endswith(".xml") and info.filename != ods_bounds.PART
        if small and info.file_size > bounds.MAX_PART:  # styles, settings: parsed whole
            raise ExcelFileError(
                "part_too_big", path=path, part=info.filename,
                size=f"{info.file_size / 1048576:.0f}", limit=bounds.MAX_PART // 1048576,
            )  # fmt: skip
        if info.filename.endswith((".xml", ".rdf")):
            with zf.open(info) as part:
                if _DOCTYPE.search(part.read(4096)):
                    raise ExcelFileError("hostile_xml", path=path)


def is_ods(path: Path) -> bool:
    """Whether ``path`` (already checked) is an OpenDocument spreadsheet."""
    try:
        with zipfile.ZipFile(path) as zf:
            return ods_bounds.is_ods(zf)
    except (OSError, zipfile.BadZipFile):
        return False


def sheet_parts(path: Path) -> dict[str, str]:
    """Sheet title -> zip part name, read from the workbook's relationships (no openpyxl);
    an .ods keeps every sheet in content.xml, its titles read by its bounded scan."""
    key = _identity(Path(path), "parts", bounds.MAX_CELLS, bounds.MAX_ELEMENTS)
    if key is not None and (known := _PASSED.get(key)) is not None:
        return dict(known)
    parts = _sheet_parts(Path(path))
    _remember(key, dict(parts))
    return parts


def _sheet_parts(path: Path) -> dict[str, str]:
    from defusedxml import ElementTree as ET

    if is_ods(path):
        return {title: ods_bounds.PART for title in ods_bounds.scan(path, bounds.Budget())}

    ns = {
        "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "p": "http://schemas.openxmlformats.org/package/2006/relationships",
    }
    with zipfile.ZipFile(path) as zf:
        wb = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.findall("p:Relationship", ns)}
    out = {}
    for sheet in wb.findall("m:sheets/m:sheet", ns):
        rid = sheet.get(f"{{{ns['r']}}}id")
        target = targets.get(rid, "")
        if target.startswith("/"):
            part = target.lstrip("/")
        else:
            part = "xl/" + target
        out[sheet.get("name")] = part
    return out


@dataclass
class Opened:
    """A workbook opened for reading (``fast_read.FastBook``: calamine, every sheet scanned
    by ``bounds`` before its cells are read and cut to what the scan found).

    ``shapes`` maps the titles of the sheets scanned so far to that scan (extent, cell,
    formula and percentage counts), so nobody reads a sheet's XML a second time. Use it as
    a context manager: it closes.
    """

    wb: Any

    @property
    def shapes(self) -> dict[str, SheetShape]:
        return self.wb.shapes

    def __enter__(self) -> Opened:
        return self

    def __exit__(self, *exc: object) -> None:
        self.wb.close()


@contextlib.contextmanager
def _translated(path: Path) -> Iterator[None]:
    """What openpyxl, the zip module or the XML parser raise, as one sentence for the user."""
    try:
        yield
    except ExcelFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise ExcelFileError("truncated", path=path) from None
    except Exception as exc:  # openpyxl raises many kinds on damaged parts
        from defusedxml import DefusedXmlException

        chain = (exc, exc.__cause__, exc.__context__)
        if any(isinstance(e, DefusedXmlException) for e in chain):
            raise ExcelFileError("hostile_xml", path=path) from None
        detail = f"{type(exc).__name__}: {exc}"
        raise ExcelFileError("unreadable", path=path, detail=detail) from None


def load(path: Path) -> Opened:
    """The workbook's cached values (formulas are never evaluated), bounded.

    The container checks come first, then the shared strings are scanned (the reader loads
    them whole on opening), then each sheet is scanned before any of its cells is read;
    a workbook over a limit (``bounds``) is refused, naming the sheet. Cells are read by
    calamine (``fast_read``); openpyxl is kept for writing.
    """
    from .fast_read import number_styles, open_book

    path = Path(path)
    check_workbook_file(path)
    budget = bounds.Budget()
    with _translated(path):
        if is_ods(path):
            shapes = ods_bounds.scan(path, budget)  # calamine parses all of it on opening
            return Opened(open_book(path, budget, None, frozenset(), lambda: _translated(path),
                                    shapes))  # fmt: skip
        with zipfile.ZipFile(path) as zf:
            strings = bounds.scan_strings(path, zf, budget)
            percent, month = number_styles(zf)
        book = open_book(path, budget, strings, percent, lambda: _translated(path), month=month)
    return Opened(book)
