"""Low-level python-docx helpers of the Word report: runs, right-to-left marks, links,
fields, shading and grid tables (python-docx has no API for several of these)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from .formatting import _blocks, clean

#: A cell's content: a string, or lines of (text, kind) with kind "", "bold", "small",
#: "link" (text, url) — see ``_fill_cell``.
Cell = str | list[tuple]

#: Width of the text column in millimetres (A4 less 20 mm margins each side).
TEXT_MM = 170.0


def _is_rtl(value: str) -> bool:
    """Whether the first strongly directional character of ``value`` is right-to-left."""
    for ch in value[:200]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _rtl(paragraph, run=None, whole: bool = True) -> None:
    """Mark ``run`` (else all runs) right-to-left, and with ``whole`` the paragraph too."""
    from docx.oxml import OxmlElement

    ppr = paragraph._p.get_or_add_pPr()
    if whole and ppr.find(_qn("w:bidi")) is None:
        ppr.append(OxmlElement("w:bidi"))
    for r in [run] if run is not None else paragraph.runs:
        rpr = r._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _add_text(
    paragraph, value: str, bold: bool = False, small: bool = False, muted=False, line=False
):
    """A run of text; right-to-left text marks its paragraph so too, except in a ``line``
    of several parts (running header and footer), where only the run is marked."""
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(value)
    if bold:
        run.bold = True
    if small:
        run.font.size = Pt(8)
    if muted:
        run.font.color.rgb = RGBColor(0x5F, 0x6B, 0x7A)
    if _is_rtl(value):
        _rtl(paragraph, run, whole=not line)
    return run


def _para(container, value: str | None, style: str | None = None, **kw):
    """A paragraph of (cleaned) user or fixed text; line breaks and tabs are kept."""
    p = container.add_paragraph(style=style)
    shown = clean(value)
    if shown:
        _add_text(p, shown, **kw)
    return p


def _blocks_into(container, value: str | None, style: str | None = None) -> bool:
    """User text as paragraphs (split at blank lines); whether there was any."""
    found = False
    for block in _blocks(value):
        _para(container, block, style)
        found = True
    return found


def _hyperlink(paragraph, url: str, shown: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement

    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(_qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(_qn("w:val"), "Hyperlink")
    colour = OxmlElement("w:color")
    colour.set(_qn("w:val"), "1D4E89")
    underline = OxmlElement("w:u")
    underline.set(_qn("w:val"), "single")
    rpr.extend([style, colour, underline])
    t = OxmlElement("w:t")
    t.text = shown
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.extend([rpr, t])
    link.append(run)
    paragraph._p.append(link)


def _field(paragraph, instr: str, placeholder: str = "") -> None:
    """A complex field (begin / instruction / separate / result / end) in ``paragraph``."""
    from docx.oxml import OxmlElement

    def fld(kind: str):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(_qn("w:fldCharType"), kind)
        if kind == "begin":
            f.set(_qn("w:dirty"), "true")
        r.append(f)
        return r

    paragraph._p.append(fld("begin"))
    r = OxmlElement("w:r")
    i = OxmlElement("w:instrText")
    i.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    i.text = f" {instr} "
    r.append(i)
    paragraph._p.append(r)
    paragraph._p.append(fld("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    paragraph._p.append(r)
    paragraph._p.append(fld("end"))


def _shade(cell, hex_colour: str) -> None:
    from docx.oxml import OxmlElement

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(_qn("w:val"), "clear")
    shd.set(_qn("w:color"), "auto")
    shd.set(_qn("w:fill"), hex_colour)
    tcpr.append(shd)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement

    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(_qn("w:val"), "true")
    trpr.append(h)


def _fill_cell(cell, content: Cell, bold: bool = False) -> None:
    lines: list[tuple] = (
        [(content, "bold" if bold else "")] if isinstance(content, str) else content
    )
    first = True
    for line in lines:
        value, kind = line[0], line[1]
        if not clean(value).strip() and kind != "link":
            continue
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if kind == "link":
            _hyperlink(p, line[2], clean(value))
            continue
        for block_no, block in enumerate(_blocks(value) or [clean(value)]):
            if block_no:
                p = cell.add_paragraph()
            _add_text(p, block, bold=kind == "bold", small=kind == "small", muted=kind == "small")


def _table(
    doc, head: Sequence[str] | None, rows: Iterable[Sequence[Cell]], widths: Sequence[float]
):
    """A grid table; its header row (bold, shaded) repeats on every page it spans."""
    from docx.shared import Mm, Pt

    rows = list(rows)
    scale = TEXT_MM / sum(widths)
    widths = [w * scale for w in widths]
    table = doc.add_table(0, len(widths), Mm(TEXT_MM))
    table.style = "Table Grid"
    table.autofit = False
    if head is not None:
        cells = table.add_row().cells
        for cell, value in zip(cells, head, strict=True):
            _fill_cell(cell, value, bold=True)
            _shade(cell, "E6ECF3")
        _repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            _fill_cell(cell, value)
    for column, w in zip(table.columns, widths, strict=True):
        column.width = Mm(w)  # the grid: LibreOffice lays columns out by it
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Mm(w)
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(2)
    doc.add_paragraph()
    return table
