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
    _set_coverage()
    return REGULAR


def _cmap(font_name: str) -> set[int]:
    from reportlab.pdfbase import pdfmetrics

    return set(pdfmetrics.getFont(font_name).face.charToGlyph)


def _set_coverage() -> None:
    from .scripts import Coverage, set_coverage

    faces = [_cmap(name) for name in FILES]
    set_coverage(Coverage(faces[0], set.intersection(*faces), load_fallbacks))


#: Fallback fonts registered so far: (name, characters it has).
_fallbacks: list[tuple[str, set[int]]] | None = None


def load_fallbacks() -> list[tuple[str, set[int]]]:
    """Register the fallback fonts (bundled in ``fonts/extra`` or found on the system)
    the first time a character DejaVu lacks is met; a font reportlab cannot read (e.g.
    CFF outlines) is skipped."""
    global _fallbacks
    if _fallbacks is not None:
        return _fallbacks
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    from .scripts import find_fallback_files

    found: list[tuple[str, set[int]]] = []
    for n, path in enumerate(find_fallback_files(fonts_dir() / "extra")):
        name = f"{FAMILY}-Fallback{n}"
        try:
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
            found.append((name, _cmap(name)))
        except (TTFError, OSError, ValueError, KeyError):
            continue
    _fallbacks = found
    return found
