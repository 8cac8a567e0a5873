"""Hostile workbooks, forged small: a real openpyxl workbook whose sheet XML is then edited.

Each builder writes a file of a few KB to a few MB that *declares* or *references* far more
than it holds - the shape of the attacks in issue 18. The sheet XML is streamed into the zip,
so building a million-row sheet costs the test no memory. Also usable from a script, to
measure (``python tests/security/hostile_books.py OUTDIR``).
"""

from __future__ import annotations

import re
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

LOGFRAME_HEADER = [
    "Nivel",
    "Resumen narrativo",
    "Indicadores",
    "Medios de verificación",
    "Supuestos",
]
LOGFRAME_ROWS = [
    ["Matriz de Marco Lógico"],
    ["Compromiso N° 4: Portal de Transparencia"],
    [],
    LOGFRAME_HEADER,
    ["Fin", "Fortalecer la transparencia", "", "", ""],
    ["Propósito", "Los organismos usan el Portal", "% de organismos", "Reportes", "Adhieren"],
    ["Componentes", "1. Portal instalado", "N° de servicios", "Registro", "PISEE disponible"],
    ["Actividades", "1.1 Conectar 225 servicios", "", "", ""],
]
SHEET = "Marco lógico"


def logframe_book(path: Path, far: str | None = None, far_value: object = None) -> Path:
    """A classic logframe matrix; ``far`` adds one cell there (formatted, maybe with a value)."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for row in LOGFRAME_ROWS:
        ws.append(row)
    if far:
        ws[far] = far_value
        ws[far].fill = PatternFill("solid", fgColor="FFFF00")  # formatted: openpyxl writes it
    wb.save(path)
    return path


def _sheet_part(zf: zipfile.ZipFile, title: str) -> str:
    wb = zf.read("xl/workbook.xml").decode()
    rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', wb)
    assert rid, title
    target = re.search(rf'Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels) or re.search(
        rf'Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels
    )
    assert target
    t = target.group(1)
    return t.lstrip("/") if t.startswith("/") else "xl/" + t


SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def forge(
    base: Path,
    dest: Path,
    title: str,
    rows: Iterable[bytes] = (),
    dimension: str | None = None,
    strings: list[str] | None = None,
) -> Path:
    """Copy ``base``, appending raw ``<row>`` XML to sheet ``title`` (streamed) and giving it
    a shared-string table of ``strings`` (index 0 on); ``dimension`` replaces the sheet's
    declared ``<dimension ref>``."""
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        part = _sheet_part(zin, title)
        for info in zin.infolist():
            data = zin.read(info.filename)
            if strings and info.filename == "[Content_Types].xml":
                override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST}"/>'
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            if strings and info.filename == "xl/_rels/workbook.xml.rels":
                rel = f'<Relationship Id="rIdSst" Type="{SST_REL}" Target="sharedStrings.xml"/>'
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            if info.filename != part:
                zout.writestr(info.filename, data)
                continue
            if dimension:
                new = f'<dimension ref="{dimension}"'.encode()
                data = re.sub(rb'<dimension ref="[^"]*"', new, data)
            head, tail = data.split(b"</sheetData>")
            with zout.open(info.filename, "w") as out:
                out.write(head)
                chunk: list[bytes] = []
                for row in rows:
                    chunk.append(row)
                    if len(chunk) >= 5000:
                        out.write(b"".join(chunk))
                        chunk = []
                out.write(b"".join(chunk))
                out.write(b"</sheetData>" + tail)
        if strings:
            ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            items = "".join(f"<si><t>{s}</t></si>" for s in strings)
            zout.writestr("xl/sharedStrings.xml", f'<sst xmlns="{ns}">{items}</sst>')
    return dest


def edit_sheet(base: Path, dest: Path, title: str, fn: Callable[[bytes], bytes]) -> Path:
    """Copy ``base`` with sheet ``title``'s XML passed through ``fn``."""
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        part = _sheet_part(zin, title)
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, fn(data) if info.filename == part else data)
    return dest


def many_rows(first: int, last: int) -> Iterator[bytes]:
    """Activity rows ``first..last`` as inline strings (no shared-string table needed)."""
    for r in range(first, last + 1):
        yield (
            f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Actividad</t></is></c>'
            f'<c r="B{r}" t="inlineStr"><is><t>1.{r} Tarea {r}</t></is></c></row>'
        ).encode()


def shared_string_rows(first: int, count: int, index: int, width: int = 4) -> Iterator[bytes]:
    """``count`` rows whose B.. cells all point at shared string ``index``."""
    cols = "BCDEFGH"[:width]
    for r in range(first, first + count):
        cells = "".join(f'<c r="{c}{r}" t="s"><v>{index}</v></c>' for c in cols)
        yield f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Actividad</t></is></c>{cells}</row>'.encode()


def build_all(folder: Path) -> dict[str, Path]:
    """The three workbooks of issue 18 (and a base) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    base = logframe_book(folder / "base.xlsx")
    far = logframe_book(folder / "far_cell.xlsx", "XFD1048576", "x")
    rows = forge(base, folder / "million_rows.xlsx", SHEET, many_rows(9, 1_048_575))
    big = "x" * 32_000
    strings = forge(
        base, folder / "shared_strings.xlsx", SHEET,
        shared_string_rows(9, 75_000, 0), strings=[big],
    )  # fmt: skip
    return {"far_cell": far, "million_rows": rows, "shared_strings": strings}


if __name__ == "__main__":
    for name, p in build_all(Path(sys.argv[1])).items():
        print(name, p, p.stat().st_size)
