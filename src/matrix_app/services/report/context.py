"""What every part of the story needs: language, period, date, styles and small helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Paragraph

from .formatting import markup
from .labels import text
from .styles import Styles


@dataclass
class Ctx:
    lang: str
    period: str  # vocabulary.Period value: which narratives to print
    when: dt.date  # "as of" date: schedule and indicator status
    styles: Styles
    width: float  # frame width in points

    def t(self, key: str, **params: object) -> str:
        """A fixed text, escaped for Paragraph markup."""
        return markup(text(key, self.lang, **params))

    def plain(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def p(self, markup_text: str, style: str = "cell") -> Paragraph:
        return Paragraph(markup_text, getattr(self.styles, style))

    def user(self, value: str | None, style: str = "cell") -> Paragraph:
        """A paragraph of user text, printed literally."""
        return Paragraph(markup(value), getattr(self.styles, style))
