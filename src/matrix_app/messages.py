"""Language choice for messages produced below the GUI (CLI, errors, reports).

The GUI uses Qt's translator for its own strings; errors raised by the engine carry a code
and parameters and are rendered here, so both faces show the same sentence in the user's
language.
"""

from __future__ import annotations

import os

_current: str | None = None


def current_language() -> str:
    """ "es" or "en": set by the GUI from its settings, else MATRIX_LANG, else LANG."""
    if _current:
        return _current
    for var in ("MATRIX_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def set_language(lang: str | None) -> None:
    global _current
    _current = lang if lang in ("en", "es") else None


class MatrixError(Exception):
    """An error a user can act on: a code, parameters, and a sentence in en and es."""

    #: code -> (English, Spanish) templates; subclasses extend it.
    TEMPLATES: dict[str, tuple[str, str]] = {}

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def localized(self, lang: str) -> dict[str, object]:
        """Parameters that are put into words in the message's language, not the one current
        when the error was raised: here, found problems (objects with ``describe(lang)``)."""
        problems = self.params.get("problems")
        if problems is None:
            return {}
        return {"detail": "; ".join(p.describe(lang) for p in list(problems)[:3])}  # type: ignore[attr-defined]

    def message(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        en, es = self.TEMPLATES.get(code_key := self.code, (code_key, code_key))
        template = es if lang == "es" else en
        try:
            return template.format(**{**self.params, **self.localized(lang)})
        except (KeyError, IndexError):
            return template

    def __str__(self) -> str:
        return self.message()
