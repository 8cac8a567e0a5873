"""reportlab's Paragraph, cheaper for what a report has most: short plain-text cells.

Two costs dominated the report's profile besides drawing (issue 16):

- every Paragraph runs reportlab's markup parser (an ``HTMLParser``) over its text, even
  when the text is plain: no tag and no entity. Such a text becomes one fragment of the
  style's font, so this class copies a fragment parsed once per style and sets its text,
  exactly as the parser would have (same whitespace cleaning);
- a table measures every cell when it lays out a row and again when it draws it, and the
  layout pass measures what the output pass measures again. Wrapping depends on the width
  alone, so a paragraph keeps its lines for the width it last wrapped at.

The PDF is byte for byte the one reportlab's own Paragraph gives (tests/unit/report).
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import _FUZZ, cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

#: id(style) -> (style, the fragment its plain text parses to).
_templates: dict[int, tuple[object, object]] = {}


def _clean(text: str) -> str:
    """reportlab's ``cleanBlockQuotedText`` (whitespace runs and line breaks to one space,
    ends trimmed), with str.split when the text has neither of the two characters where
    reportlab's idea of whitespace differs from Python's (no-break and zero-width space)."""
    if "\xa0" in text or "\u200b" in text:
        return cleanBlockQuotedText(text)
    return " ".join(text.split())


def _template(style):
    found = _templates.get(id(style))
    if found is not None and found[0] is style:
        return found[1]
    if len(_templates) > 512:  # styles made per flowable (deep copies in splits): bounded
        _templates.clear()
    _style, frags, _bullets = ParaParser().parse("x", style)
    frag = frags[0]
    _templates[id(style)] = (style, frag)
    return frag


class Paragraph(_Paragraph):
    """A reportlab Paragraph with a fast path for plain text and its wrap kept per width."""

    def __init__(self, text, style=None, bulletText=None, frags=None, **kw) -> None:
        if (
            frags is None
            and style is not None
            and bulletText is None
            and not kw
            and isinstance(text, str)
            and "<" not in text
            and "&" not in text  # the parser makes a fragment of each entity: leave it that
            and getattr(style, "bulletText", None) is None
            and not getattr(style, "textTransform", None)
        ):
            cleaned = _clean(text)
            if cleaned:
                frag = _template(style).clone(text=cleaned)
                frag.link = []
                frag.us_lines = []
                self.caseSensitive = 1
                self.encoding = "utf8"
                self._setup(cleaned, style, None, [frag], None)
                return
        if kw or style is None:
            super().__init__(text, style, bulletText, frags, **kw)
            return
        self.caseSensitive = 1
        self.encoding = "utf8"
        self._setup(text, style, bulletText or getattr(style, "bulletText", None), frags, _clean)

    def wrap(self, availWidth, availHeight):
        kept = self.__dict__.get("_wrapped")
        if kept is not None and kept[0] == availWidth and self.__dict__.get("blPara") is kept[1]:
            self.width, self.height = kept[2], kept[3]
            return kept[2], kept[3]
        width, height = super().wrap(availWidth, availHeight)
        if availWidth >= _FUZZ:  # else reportlab answered "no room" without wrapping
            self._wrapped = (availWidth, self.__dict__.get("blPara"), width, height)
        return width, height
