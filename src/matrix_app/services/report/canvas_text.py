"""One line of user text drawn straight on the canvas (running header and footer): in
visual order, each character in a font that has it (``scripts``)."""

from __future__ import annotations

from .fonts import REGULAR
from .scripts import font_runs, visual


def _runs(value: str, font: str) -> list[tuple[str, str]]:
    return [
        (font if f == "" else REGULAR if f == "=" else f, piece)
        for f, piece in font_runs(visual(value))
    ]


def text_width(value: str, font: str, size: float) -> float:
    """Width of one line of user text drawn with ``draw_text``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(piece, f, size) for f, piece in _runs(value, font))


def draw_text(canv, x: float, y: float, value: str, font: str, size: float) -> None:
    """One line of user text on the canvas (running header, footer), left-aligned at x: in
    visual order, each character in a font that has it."""
    for f, piece in _runs(value, font):
        canv.setFont(f, size)
        canv.drawString(x, y, piece)
        x += canv.stringWidth(piece, f, size)
