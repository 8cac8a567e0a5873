"""A paragraph of right-to-left (or mixed) user text, wrapped in reading order.

reportlab wraps a paragraph's words in the order they are given and draws each line left
to right; reordering a whole text for display before wrapping would put its last words on
the first line. This flowable wraps the logical text itself (Arabic shaped, each word
measured in the font that prints it) and hands reportlab lines already in visual order,
aligned right when the text starts right-to-left.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from .fonts import REGULAR
from .formatting import clean, markup
from .para import Paragraph
from .scripts import font_runs, shaped, starts_rtl, visual


class BidiParagraph(Flowable):
    def __init__(self, text: str, style: ParagraphStyle, suffix: str = "") -> None:
        super().__init__()
        self.text = clean(text) + (f" {suffix}" if suffix else "")
        self.style = style
        self.rtl = starts_rtl(self.text)
        font_runs(shaped(self.text))  # count, now, what no font prints (the front matter says)
        self._inner: Paragraph | None = None
        self._for_width: float | None = None

    # -- layout ---------------------------------------------------------------------------
    def _width(self, piece: str) -> float:
        size = self.style.fontSize
        total = 0.0
        for font, run in font_runs(shaped(piece)):
            name = self.style.fontName if font == "" else REGULAR if font == "=" else font
            total += stringWidth(run, name, size)
        return total

    def _lines(self, width: float) -> list[str]:
        room = max(10.0, width - 1.0)
        space = self._width(" ")
        lines: list[str] = []
        for hard in self.text.replace("\t", " ").split("\n"):
            current, used = "", 0.0
            for word in hard.split(" "):
                w = self._width(word)
                while w > room and len(word) > 1:  # a word longer than a line: cut it
                    cut = len(word)
                    while cut > 1 and self._width(word[:cut]) > room:
                        cut = max(1, cut * 3 // 4)
                    if current:
                        lines.append(current)
                        current, used = "", 0.0
                    lines.append(word[:cut])
                    word = word[cut:]
                    w = self._width(word)
                if current and used + space + w > room:
                    lines.append(current)
                    current, used = word, w
                else:
                    current = f"{current} {word}" if current else word
                    used += (space if used else 0.0) + w
            lines.append(current)
        return lines

    def _build(self, width: float) -> Paragraph:
        if self._inner is None or self._for_width != width:
            shown = "<br/>".join(
                markup(visual(line, self.rtl), reorder=False) or "\u00a0"
                for line in self._lines(width)
            )
            style = ParagraphStyle(
                f"{self.style.name}_bidi",
                parent=self.style,
                alignment=TA_RIGHT if self.rtl else TA_LEFT,
                splitLongWords=0,
            )
            self._inner = Paragraph(shown, style)
            self._for_width = width
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        w, h = self._build(availWidth).wrap(availWidth, availHeight)
        self.width, self.height = w, h
        return w, h

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # reportlab's Paragraph answers [itself] when every line fits (within its rounding);
        # a table cell being split takes any answer but "no split" ([]) as two parts: then
        # all of it stays here and nothing follows
        parts = self._build(availWidth).split(availWidth, availHeight)
        return [parts[0], Spacer(0, 0)] if len(parts) == 1 else parts

    def draw(self) -> None:
        assert self._inner is not None
        self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter


def heading_or_bidi(
    shown: str, style, key: str, level: int, plain: str, toc: str | None, text: str
):
    """A ``document.Heading`` (bookmark and contents entry) of markup ``shown``; when its
    plain ``text`` has right-to-left letters, a BidiParagraph carrying the same bookmark."""
    from .flowables import Heading
    from .scripts import has_rtl

    if not has_rtl(text):
        return Heading(shown, style, key, level, plain, toc)
    p = BidiParagraph(text, style)
    p.bookmark = (key, level, plain, toc)
    return p
