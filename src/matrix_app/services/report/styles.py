"""Paragraph and table styles of the report, in one place so the look stays consistent."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from .fonts import BOLD, ITALIC, REGULAR

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
ACCENT_LIGHT = colors.HexColor("#dce8f5")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#b8c2cc")
ZEBRA = colors.HexColor("#f4f6f8")
TARGET = colors.HexColor("#9aa5b1")
ACTUAL = colors.HexColor("#c2410c")

#: Colours of completion levels, from nothing to complete.
COMPLETION_COLOURS = {
    "no_evidence": colors.HexColor("#9aa5b1"),
    "not_started": colors.HexColor("#d64545"),
    "limited": colors.HexColor("#f0b429"),
    "substantial": colors.HexColor("#3ebd93"),
    "complete": colors.HexColor("#1d4e89"),
    "withdrawn": colors.HexColor("#616e7c"),
}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    note: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h2c: ParagraphStyle
    h3: ParagraphStyle
    h4: ParagraphStyle
    h3t: ParagraphStyle
    cover_title: ParagraphStyle
    cover_title_long: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_line: ParagraphStyle
    toc_title: ParagraphStyle
    toc_levels: list[ParagraphStyle]


def make_styles() -> Styles:
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13.2, textColor=INK, spaceAfter=5
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName=BOLD,
        fontSize=17,
        leading=21,
        textColor=ACCENT,
        spaceBefore=4,
        spaceAfter=10,
        keepWithNext=1,
    )
    h3 = ParagraphStyle(
        "h3",
        parent=body,
        fontName=BOLD,
        fontSize=10,
        leading=13,
        textColor=ACCENT,
        spaceBefore=8,
        spaceAfter=3,
        keepWithNext=1,
    )
    return Styles(
        body=body,
        h3t=ParagraphStyle("h3t", parent=h3, keepWithNext=0),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, textColor=colors.white),
        note=ParagraphStyle(
            "note", parent=body, fontName=ITALIC, textColor=MUTED, spaceBefore=2, spaceAfter=6
        ),
        h1=h1,
        h2=ParagraphStyle(
            "h2",
            parent=h1,
            fontSize=12.5,
            leading=16,
            spaceBefore=12,
            spaceAfter=6,
        ),
        h2c=ParagraphStyle(
            "h2c",
            parent=h1,
            fontSize=14.5,
            leading=18.5,
            spaceBefore=0,
            spaceAfter=8,
        ),
        h4=ParagraphStyle(
            "h4",
            parent=body,
            fontName=BOLD,
            fontSize=9.5,
            leading=12.5,
            textColor=INK,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        h3=h3,
        cover_title=ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=BOLD,
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            alignment=TA_LEFT,
            spaceAfter=14,
        ),
        cover_title_long=ParagraphStyle(
            "cover_title_long",
            parent=body,
            fontName=BOLD,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            alignment=TA_LEFT,
            spaceAfter=12,
        ),
        cover_sub=ParagraphStyle(
            "cover_sub", parent=body, fontSize=15, leading=20, textColor=INK, spaceAfter=10
        ),
        cover_line=ParagraphStyle(
            "cover_line", parent=body, fontSize=11, leading=15, textColor=MUTED, spaceAfter=3
        ),
        toc_title=ParagraphStyle("toc_title", parent=h1, alignment=TA_LEFT),
        toc_levels=[
            ParagraphStyle(
                "toc0",
                parent=body,
                fontName=BOLD,
                fontSize=10,
                leading=13,
                leftIndent=0,
                firstLineIndent=0,
                spaceBefore=5,
                spaceAfter=0,
            ),
            ParagraphStyle(
                "toc1",
                parent=body,
                fontSize=9,
                leading=11.5,
                leftIndent=14,
                firstLineIndent=0,
                spaceBefore=0,
                spaceAfter=0,
            ),
        ],
    )


def grid_style(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> TableStyle:
    """A data table: dark header row(s), hairline grid, light zebra stripes."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT))
    if zebra and rows > header_rows:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)


def facts_style() -> TableStyle:
    """A two-column label / value table (commitment facts)."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), REGULAR, 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ]
    )


CENTER = TA_CENTER
