"""The report's typeface: DejaVu Sans, bundled and embedded in every PDF.

reportlab's built-in fonts use cp1252 and cannot print "≥ ≤ → Ł"; DejaVu Sans covers Spanish
and far more. The four TTFs and their licence live in ``resources/fonts``.
"""

from __future__ import annotations

from pathlib import Path

from ...paths import resources_dir

FAMILY = "MatrixSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    FAMILY,
    f"{FAMILY}-Bold",
    f"{FAMILY}-Italic",
    f"{FAMILY}-BoldItalic",
)
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


class FontMissing(FileNotFoundError):
    pass


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> str:
    """Register the family once per process (idempotent); returns the regular font name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FAMILY in pdfmetrics.getRegisteredFontNames():
        return REGULAR
    folder = fonts_dir()
    for name, file in FILES.items():
        path = folder / file
        if not path.is_file():
            raise FontMissing(f"report font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return REGULAR
