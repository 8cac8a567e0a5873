"""OpenDocument spreadsheets written as LibreOffice writes them, for the .ods tests.

``ods(path, tables)`` takes sheets as lists of rows; a row or a cell may be repeated
(``Rep(n, x)``), as LibreOffice writes a formatted empty tail, and the XML of a table may be
given whole, so the hostile tests can write what an attacker would."""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)


@dataclass
class Rep:
    """``n`` repetitions of a row or a cell (``number-rows/columns-repeated``)."""

    n: int
    of: Any = None


@dataclass
class Pct:
    """A percentage cell: ``value`` 0.35 shown "35 %"."""

    value: float


def cell(v: Any, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if isinstance(v, Rep):
        return cell(v.of, v.n)
    if v is None:
        return f"<table:table-cell{rep}/>"
    if isinstance(v, Pct):
        return (f'<table:table-cell{rep} office:value-type="percentage" '
                f'office:value="{v.value}"><text:p>{v.value * 100:g} %</text:p>'
                "</table:table-cell>")  # fmt: skip
    if isinstance(v, dt.date):
        return (f'<table:table-cell{rep} office:value-type="date" '
                f'office:date-value="{v.isoformat()}"><text:p>{v:%d/%m/%Y}</text:p>'
                "</table:table-cell>")  # fmt: skip
    if isinstance(v, int | float):
        return (f'<table:table-cell{rep} office:value-type="float" office:value="{v}">'
                f"<text:p>{v}</text:p></table:table-cell>")  # fmt: skip
    lines = "".join(f"<text:p>{escape(x)}</text:p>" for x in str(v).split("\n"))
    return f'<table:table-cell{rep} office:value-type="string">{lines}</table:table-cell>'


def row(cells: Any) -> str:
    if isinstance(cells, Rep):
        body = "".join(cell(v) for v in cells.of)
        return f'<table:table-row table:number-rows-repeated="{cells.n}">{body}</table:table-row>'
    return "<table:table-row>" + "".join(cell(v) for v in cells) + "</table:table-row>"


def table(name: str, rows: list[Any] | str, hidden: bool = False) -> str:
    style = ' table:style-name="hidden"' if hidden else ""
    body = rows if isinstance(rows, str) else "".join(row(r) for r in rows)
    return f"<table:table table:name={quoteattr(name)}{style}>{body}</table:table>"


def ods(path: Path, tables: list[str], prolog: str = "", extra: dict[str, str] | None = None):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {NS}>'
               "<office:body><office:spreadsheet>" + "".join(tables)
               + "</office:spreadsheet></office:body></office:document-content>")  # fmt: skip
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        f'manifest:media-type="{MIMETYPE}"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", MIMETYPE, compress_type=zipfile.ZIP_STORED)
        parts = {"META-INF/manifest.xml": manifest, "content.xml": content, **(extra or {})}
        for name, text in parts.items():
            z.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)
    return path
