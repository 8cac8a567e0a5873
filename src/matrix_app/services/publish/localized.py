"""User texts in the page's language: the content translations where there are, the
original where there are not, and a mark saying so (no Qt).

A project's texts are written in its content language (``translations.content_lang``); the
pages of the other language print each text's translation, or the original marked with its
language (``lang`` attribute, for screen readers) and a visible "not translated" note.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from ..translations import Translations
from .labels import text


class Localized:
    """One language's view of the project's user texts."""

    def __init__(self, lang: str, index: Translations | None):
        self.lang = lang
        self.index = index or Translations()
        self.source = self.index.content_lang
        self.missing = 0  # untranslated texts shown so far (for the page's note)
        mark = escape(text("untranslated.mark", lang))
        self._marked = f'<small class="untranslated">{mark}</small>'  # one per language

    def text(self, obj: Any, field: str, table: str) -> tuple[str, bool]:
        """(what to print, whether it is in the page's language)."""
        original = getattr(obj, field) or ""
        if self.lang == self.source or not original.strip():
            return original, True
        got = self.index.texts.get((table, obj.id, field, self.lang))
        return (got, True) if got is not None else (original, False)

    def plain(self, obj: Any, field: str, table: str) -> str:
        """The text to print where no mark can go (a page title, a chart's title)."""
        return self.text(obj, field, table)[0]

    def inline(self, obj: Any, field: str, table: str) -> str | Markup:
        """The text, or the original in a ``lang`` span followed by the "not translated"
        mark (escaped here: the result is Markup)."""
        value, ok = self.text(obj, field, table)
        if ok:
            return value
        self.missing += 1
        return Markup(f'<span lang="{self.source}">{escape(value)}</span> {self._marked}')

    def block_lang(self, obj: Any, field: str, table: str) -> tuple[str, str]:
        """(text, language code of the text when it is not the page's, else "")."""
        value, ok = self.text(obj, field, table)
        if not ok:
            self.missing += 1
        return value, "" if ok else self.source
