"""Dates, numbers and user text as they appear in a report, per language.

Pure functions with no reportlab import, so they are cheap to test and reuse (the report is
published in Spanish and English: "86,7 %" and "31 de julio de 2016" versus "86.7%" and
"31 July 2016").
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from .fonts import FAMILY
from .scripts import font_runs, visual

#: Characters a PDF text cannot carry or that reportlab's parser chokes on: C0 and C1
#: controls (but tab and line breaks), lone surrogates and the non-characters U+FFFE/FFFF.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")

MONTHS = {
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ).split(),
}


def fmt_date(value: dt.date | None, lang: str) -> str:
    """A date written out: "31 de julio de 2016" (es) or "31 July 2016" (en); "" for None."""
    if value is None:
        return ""
    month = MONTHS["es" if lang == "es" else "en"][value.month - 1]
    if lang == "es":
        return f"{value.day} de {month} de {value.year}"
    return f"{value.day} {month} {value.year}"


def fmt_month(value: dt.date, lang: str) -> str:
    """A short month and year for chart axes: "jul 2016" (es), "Jul 2016" (en)."""
    month = MONTHS["es" if lang == "es" else "en"][value.month - 1][:3]
    return f"{month} {value.year}"


def fmt_period(start: dt.date | None, end: dt.date | None, lang: str) -> str:
    """ "1 July 2014 – 30 June 2016"; one side may be missing."""
    if start is None and end is None:
        return ""
    return f"{fmt_date(start, lang) or '…'} – {fmt_date(end, lang) or '…'}"


def fmt_number(value: float | int | None, lang: str, decimals: int = 2) -> str:
    """Grouped thousands and at most ``decimals`` decimals, trailing zeros dropped.

    es: 46.636 and 86,7; en: 46,636 and 86.7. None (or NaN) gives "".
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if lang == "es":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def fmt_percent(share: float | None, lang: str, decimals: int = 1) -> str:
    """A share (0.867) as a percentage: "86,7 %" (es, with a no-break space) or "86.7%" (en)."""
    if share is None:
        return ""
    return fmt_share_of_100(share * 100.0, lang, decimals)


def fmt_share_of_100(value: float | None, lang: str, decimals: int = 1) -> str:
    """A value already in percent (86.7) with the percent sign placed per language."""
    if value is None:
        return ""
    number = fmt_number(value, lang, decimals)
    return f"{number}\u00a0%" if lang == "es" else f"{number}%"


def fmt_value(value: float | None, unit: str, lang: str) -> str:
    """An indicator value: a percent sign for "%" units, otherwise the bare number."""
    if value is None:
        return ""
    if unit.strip() == "%":
        return fmt_share_of_100(value, lang, 2)
    return fmt_number(value, lang)


def clean(text: str | None) -> str:
    """User text without the characters a PDF cannot print (controls, lone surrogates);
    NEL and the Unicode line and paragraph separators become line breaks."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _UNPRINTABLE.sub("", text)


def shorten(text: str | None, limit: int) -> tuple[str, bool]:
    """At most ``limit`` characters of ``text``, cut at a word when one is near; and whether
    anything was cut. Whitespace is kept (line breaks matter in narratives)."""
    text = clean(text)
    # lines count too: 500 line breaks are a page-tall cell in 500 characters
    max_lines = max(4, limit // 30)
    if text.count("\n") >= max_lines:
        lines = text.split("\n")
        return shorten("\n".join(lines[:max_lines]).rstrip(), limit)[0], True
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip(), True


def markup(text: str | None, reorder: bool = True) -> str:
    """User text made safe for a reportlab Paragraph: printed literally, line breaks kept.

    Paragraph parses a mini-markup (<b>, <font>, <img src=...>, <a href=...>); escaping
    ``& < >`` (and quotes) means nothing typed by a user can change the document or make
    reportlab read a file. Each line with right-to-left letters is shaped and put in visual
    order (``reorder``; off for lines already in that order), and characters the report's
    font lacks are set in a font that has them (``scripts``).
    """
    text = clean(text)
    if not text:
        return ""
    if text.isascii():
        safe = _escape(text)
        return safe.replace("\t", " ").replace("\n", "<br/>")
    lines = text.replace("\t", " ").split("\n")
    if reorder:
        lines = [visual(line) for line in lines]
    return "<br/>".join(_in_fonts(line) for line in lines)


def _escape(text: str) -> str:
    """``xml.sax.saxutils.escape`` with both quotes, as plain replaces (a report escapes
    tens of thousands of cells; saxutils loops in Python over its extra entities)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "'" in text:
        text = text.replace("'", "&#39;")
    return text


def _in_fonts(line: str) -> str:
    out = []
    for font, piece in font_runs(line):
        safe = _escape(piece)
        if font:
            name = FAMILY if font == "=" else font
            safe = f'<font face="{name}">{safe}</font>'
        out.append(safe)
    return "".join(out)


def paragraphs(text: str | None) -> list[str]:
    """User text split at blank lines into escaped paragraphs, so long text flows over pages."""
    return [markup(b) for b in _blocks(text)]


#: Characters of one laid-out paragraph: reportlab re-wraps what is left of a paragraph on
#: every page it splits over, so a 100,000-character paragraph would cost minutes.
CHUNK = 2500


def chunks(
    text: str | None, size: int = CHUNK, escaped: Callable[[str], str] | None = None
) -> list[tuple[str, bool]]:
    """User text as escaped paragraphs of at most ``size`` characters each, with whether a
    chunk ends its paragraph (chunks of one paragraph are printed with no space between).

    A paragraph longer than ``size`` is cut at a line break, else after a sentence, else at
    a space, else (a text without spaces, e.g. Chinese) anywhere. ``escaped`` turns a
    chunk into markup (default ``markup``; ``str`` keeps the plain text).
    """
    escaped = escaped or markup
    out: list[tuple[str, bool]] = []
    for block in _blocks(text):
        while len(block) > size:
            cut = block.rfind("\n", 0, size)
            if cut < size // 2:
                cut = max(block.rfind(". ", 0, size), block.rfind("。", 0, size))
                cut = cut + 1 if cut >= size // 2 else -1
            if cut < size // 2:
                cut = block.rfind(" ", 0, size)
            if cut < size // 2:
                cut = size
            head, block = block[:cut].rstrip(), block[cut:].lstrip()
            if head:
                out.append((escaped(head), False))
        if block:
            out.append((escaped(block), True))
        elif out:
            out[-1] = (out[-1][0], True)
    return out


def _blocks(text: str | None) -> list[str]:
    text = clean(text)
    if not text.strip():
        return []
    blocks, current = [], []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def safe_link(url: str) -> str | None:
    """The URL as a link target when it is a web or mail address, else None (shown as text)."""
    u = url.strip()
    if u.lower().startswith(("http://", "https://", "mailto:")) and not any(
        c in u for c in ' \n\r\t"<>'
    ):
        return escape(u, {'"': "&quot;"})
    return None


def fmt_size(size: int, lang: str) -> str:
    """A file size: "812 B", "14,2 KB" (es) / "14.2 KB" (en), "3,1 MB"."""
    if size < 1024:
        return f"{fmt_number(size, lang, 0)} B"
    if size < 1024 * 1024:
        return f"{fmt_number(size / 1024, lang, 1)} KB"
    return f"{fmt_number(size / 1048576, lang, 1)} MB"


def short_sha(sha256: str | None) -> str:
    return (sha256 or "")[:12]


def truncate(text: str, limit: int) -> str:
    """Plain text cut to ``limit`` characters with an ellipsis (running headers)."""
    head = text[: limit * 4 + 64]  # never scan a 100,000-character text for a header
    short = " ".join(clean(head).split())
    if len(short) <= limit and len(head) == len(text):
        return short
    return short[: max(0, limit - 1)].rstrip() + "…"
