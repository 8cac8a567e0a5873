"""What every part of the story needs: language, period, date, styles and small helpers.

User text can be of any length (up to ``domain.limits.MAX_TEXT_CHARS``). Text that flows
(descriptions, narratives) prints in full; a table cell shows at most ``CELL_LIMIT``
characters and sends the rest to a numbered note printed under the table (``cell`` and
``take_notes``); places with no room at all (headers, contents, chart titles, summary cells)
shorten with a visible mark and the text is printed in full where it belongs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from .bidi_paragraph import BidiParagraph
from .formatting import chunks, clean, fmt_number, markup, shorten
from .labels import text
from .para import Paragraph
from .scripts import has_rtl
from .styles import Styles

#: Characters a table cell prints before the rest goes to a note under the table.
CELL_LIMIT = 1200


@dataclass
class Ctx:
    lang: str
    period: str  # vocabulary.Period value: which narratives to print
    when: dt.date  # "as of" date: schedule and indicator status
    styles: Styles
    width: float  # frame width in points
    height: float = 755.0  # frame height in points
    draft: bool = False  # a draft for the public consultation
    commitment_pages: bool = True  # whether the commitments' pages are printed (links)
    inputs: object = None  # inputs.ReportInputs: comments, profile, translations
    consultation: tuple[dt.date | None, dt.date | None] = (None, None)  # its dates
    notes: list[tuple[str, str]] = field(default_factory=list)  # (label, full text)
    _joined: dict = field(default_factory=dict)

    def t(self, key: str, **params: object) -> str:
        """A fixed text, escaped for Paragraph markup."""
        return markup(text(key, self.lang, **params))

    def plain(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def p(self, markup_text: str, style: str = "cell") -> Paragraph:
        return Paragraph(markup_text, getattr(self.styles, style))

    def blocks(self, value: str | None, style: str = "body") -> list[Flowable]:
        """User text as paragraphs that flow over pages (long ones in bounded chunks)."""
        base = getattr(self.styles, style)
        joined = self._joined.get(style)
        if joined is None:
            from reportlab.lib.styles import ParagraphStyle

            joined = ParagraphStyle(f"{style}_joined", parent=base, spaceAfter=0)
            self._joined[style] = joined
        if value and has_rtl(value):
            return [
                BidiParagraph(b, base if last else joined) for b, last in chunks(value, escaped=str)
            ]
        return [Paragraph(b, base if last else joined) for b, last in chunks(value)]

    def number(self, n: int) -> str:
        return fmt_number(n, self.lang, 0)

    def user(
        self, value: str | None, style: str = "cell", limit: int | None = None, mark: str = ""
    ) -> Flowable:
        """A paragraph of user text, printed literally; with ``limit``, shortened to that many
        characters followed by a visible mark (``mark``: a labels key, else the length)."""
        if limit is None:
            if value and has_rtl(value):
                return BidiParagraph(value, getattr(self.styles, style))
            return Paragraph(markup(value), getattr(self.styles, style))
        short, cut = shorten(value, limit)
        note = ""
        if cut:
            note = (
                self.plain(mark)
                if mark
                else self.plain("shortened", n=self.number(len(clean(value))))
            )
        if has_rtl(short):
            return BidiParagraph(short, getattr(self.styles, style), note)
        shown = markup(short)
        if cut:
            shown += f' <font color="#5f6b7a">{markup(note)}</font>'
        return Paragraph(shown, getattr(self.styles, style))

    def label(self, markup_text: str, style: str = "cell_bold") -> Paragraph:
        """A row's label cell: repeated with "(cont.)" when the row splits across pages."""
        p = Paragraph(markup_text, getattr(self.styles, style))
        p.continued = text("continued", self.lang, label=markup_text.replace("\u2003", ""))
        return p

    def cell(
        self, value: str | None, style: str = "cell", label: str = "", limit: int = CELL_LIMIT
    ) -> Flowable:
        """User text in a table cell: at most ``limit`` characters; the rest of a longer
        text goes to a numbered note under the table (``take_notes``)."""
        short, cut = shorten(value, limit)
        rtl = has_rtl(short)
        if not cut:
            if rtl:
                return BidiParagraph(short, getattr(self.styles, style))
            return Paragraph(markup(short), getattr(self.styles, style))
        self.notes.append((label, clean(value)))
        if rtl:
            note = self.plain("shortened.note", n=len(self.notes))
            return BidiParagraph(short, getattr(self.styles, style), note)
        mark = self.t("shortened.note", n=len(self.notes))
        return Paragraph(
            f'{markup(short)} <font color="#5f6b7a">{mark}</font>', getattr(self.styles, style)
        )

    def take_notes(self) -> list[Flowable]:
        """The notes of the table just built (full texts of its shortened cells)."""
        out: list[Flowable] = []
        for n, (label, full) in enumerate(self.notes, 1):
            title = self.t("note.label", n=n, label=label) if label else f"({n})"
            out.append(Paragraph(title, self.styles.h4))
            out += self.blocks(full, "small")
        self.notes = []
        return out
