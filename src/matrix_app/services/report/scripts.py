"""Printing any script: a font for every character, Arabic shaping, right-to-left order.

The report's font (DejaVu Sans) covers Latin, Greek, Cyrillic, Arabic and Hebrew but no
Chinese, Japanese or Korean. Characters it lacks are printed in the first fallback font
that has them: TrueType fonts bundled in ``resources/fonts/extra`` (an option for
installers) or found on the system (Droid Sans Fallback, WenQuanYi, Nanum, Microsoft
YaHei, Malgun Gothic...). A character no font can print becomes U+FFFD, is counted, and
the report says so (never an empty box).

reportlab draws glyphs left to right as given. Arabic is shaped into its contextual
presentation forms with ``arabic_reshaper`` and every right-to-left line is put in visual
order with ``python-bidi`` (the Unicode bidi algorithm); both are small pure-Python or
single-binary wheels (~0.3 MB, against 2.1 MB for uharfbuzz, which reportlab can also use
but then still needs its own bidi package). No reportlab import here: fonts.py hands the
coverage in.
"""

from __future__ import annotations

import contextvars
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

#: Printed for a character that no available font has.
REPLACEMENT = "\ufffd"

#: File names of TrueType fallback fonts to look for on the system, best first (reportlab
#: cannot embed CFF-outline fonts such as Noto Sans CJK .otf/.ttc, so they are not listed).
SYSTEM_FALLBACKS = (
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
    "wqy-zenhei.ttc",
    "wqy-microhei.ttc",
    "NanumGothic.ttf",
    "NanumBarunGothic.ttf",
    "msyh.ttc",
    "msgothic.ttc",
    "malgun.ttf",
    "simsun.ttc",
    "Arial Unicode.ttf",
    "ArialUnicodeMS.ttf",
    "uming.ttc",
    "ukai.ttc",
)

SYSTEM_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    os.path.expanduser("~/.local/share/fonts"),
    os.path.expanduser("~/.fonts"),
    "/Library/Fonts",
    "/System/Library/Fonts",
    os.path.join(os.environ.get("WINDIR", "C:\\Windows"), "Fonts"),
)


class Coverage:
    """Which font prints which character: the base font, else a fallback, else none."""

    def __init__(
        self,
        base: set[int],
        everywhere: set[int],
        load_fallbacks: Callable[[], list[tuple[str, set[int]]]],
    ) -> None:
        self.base = base  # the regular face
        self.everywhere = everywhere  # all four faces (bold, italic...) of the family
        self._load = load_fallbacks
        self._fallbacks: list[tuple[str, set[int]]] | None = None
        self._cache: dict[str, str | None] = {}
        # any character the family's four faces lack (a regex: one C-speed scan per text)
        self.outside = re.compile(f"[^{_ranges(everywhere)}]")

    def fallbacks(self) -> list[tuple[str, set[int]]]:
        if self._fallbacks is None:
            self._fallbacks = self._load()
        return self._fallbacks

    def font_for(self, ch: str) -> str | None:
        """ "" for the family's own faces, the regular face's name "=" when only it has the
        character, a fallback font's name, or None when no font has it."""
        found = self._cache.get(ch, 0)
        if found != 0:
            return found  # type: ignore[return-value]
        code = ord(ch)
        if code in self.everywhere or unicodedata.category(ch) in ("Zs", "Cc", "Cf", "Zl"):
            found = ""
        elif code in self.base:
            found = "="
        else:
            found = next((name for name, cmap in self.fallbacks() if code in cmap), None)
        self._cache[ch] = found
        return found


def _ranges(codes: set[int]) -> str:
    """A regex character-class body matching exactly ``codes`` (plus spaces and controls,
    which need no glyph)."""
    wanted = sorted(codes | set(range(0x20)) | {0x20, 0xA0})
    out: list[str] = []
    start = prev = wanted[0]
    for code in [*wanted[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        out.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = code
    return "".join(out)


#: Right-to-left scripts: Hebrew to NKo/Samaritan/Arabic extended, presentation forms, and
#: the right-to-left blocks of the supplementary planes.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)

_coverage: Coverage | None = None

#: The characters of the report being built that no font could print (see ``collecting``).
_missing: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "report_missing_chars", default=None
)


def set_coverage(coverage: Coverage) -> None:
    global _coverage
    _coverage = coverage


def start_collecting() -> list[str]:
    """Collect, for the report built in this thread, the characters no font can print."""
    found: list[str] = []
    _missing.set(found)
    return found


def find_fallback_files(extra_dir: Path | None = None) -> list[Path]:
    """Bundled fallback fonts (any .ttf/.ttc in ``extra_dir``), then known system fonts."""
    out: list[Path] = []
    if extra_dir is not None and extra_dir.is_dir():
        out += sorted(p for p in extra_dir.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))
    wanted = {name.lower(): rank for rank, name in enumerate(SYSTEM_FALLBACKS)}
    found: dict[int, Path] = {}
    for folder in SYSTEM_DIRS:
        if not os.path.isdir(folder):
            continue
        for root, _dirs, files in os.walk(folder):
            for f in files:
                rank = wanted.get(f.lower())
                if rank is not None and rank not in found:
                    found[rank] = Path(root) / f
    return out + [found[r] for r in sorted(found)]


def has_rtl(text: str) -> bool:
    """Whether ``text`` has any right-to-left letter (Hebrew, Arabic, Syriac, Thaana...)."""
    if text.isascii() or _RTL.search(text) is None:
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def starts_rtl(text: str) -> bool:
    """Whether the first strongly directional letter of ``text`` is right-to-left."""
    if text.isascii():
        return False
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def shaped(text: str) -> str:
    """Arabic letters in their contextual forms (logical order kept); other text as is."""
    if text.isascii() or not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    import arabic_reshaper

    return arabic_reshaper.reshape(text)


def visual(line: str, rtl: bool | None = None) -> str:
    """One line of text in the order it is drawn: shaped, and reordered when it has
    right-to-left letters (``rtl``: force the base direction; None: from the text)."""
    if not has_rtl(line):
        return line
    from bidi import get_display

    base = None if rtl is None else ("R" if rtl else "L")
    return get_display(shaped(line), base_dir=base) if base else get_display(shaped(line))


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (font, piece): font "" for the paragraph's own, "=" for the
    family's regular face, a fallback's name; unprintable characters become U+FFFD and
    are counted for the report's note."""
    cov = _coverage
    if cov is None or text.isascii() or cov.outside.search(text) is None:
        return [("", text)]
    runs: list[tuple[str, str]] = []
    missing = _missing.get()
    for ch in text:
        font = cov.font_for(ch)
        if font is None:
            if missing is not None:
                missing.append(ch)
            font, ch = "", REPLACEMENT
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def regular_name() -> str:
    from .fonts import REGULAR

    return REGULAR
