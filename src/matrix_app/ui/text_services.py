"""What the app needs of Qt's text services (ICU underneath on Linux), checked in one call.

The installer ships a cut-down ICU data library (packaging/icu_slim.py keeps root, English
and Spanish); ``matrix-app --smoke-test`` prints this check so the bundle check proves that
Spanish collation, locale case mapping and line breaking still work in the frozen build.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QTextBoundaryFinder

#: Spanish order: accents sort with their letter, ñ is a letter of its own after n.
SPANISH_ORDER = ["ábaco", "Ávila", "azul", "nube", "ñandú", "oso"]
#: Root (ICU without Spanish data) would put ñandú before nube.
SENTENCE = "La señora Núñez llegó, ¿verdad? Sí: año 2016-2018."
#: Where a line may break in SENTENCE (UAX #14): after each space, never inside "2016-2018"
#: (a hyphen before a digit does not break, rule LB25).
SENTENCE_BREAKS = [3, 10, 16, 23, 32, 36, 40]


def spanish_sorted(words: list[str]) -> list[str]:
    collator = QCollator(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    return sorted(words, key=collator.sortKey)


def line_breaks(text: str) -> list[int]:
    """Positions where a line may break (UAX #14), end of text excluded."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found = []
    while (position := finder.toNextBoundary()) not in (-1, len(text)):
        found.append(position)
    return found


def text_services_check() -> tuple[bool, str]:
    """(all fine, one line saying what was checked)."""
    shuffled = [SPANISH_ORDER[i] for i in (4, 1, 5, 3, 2, 0)]
    order_ok = spanish_sorted(shuffled) == SPANISH_ORDER
    upper = QLocale(QLocale.Language.Spanish).toUpper("ñandú")
    upper_ok = upper == "ÑANDÚ"
    breaks_ok = line_breaks(SENTENCE) == SENTENCE_BREAKS
    ok = order_ok and upper_ok and breaks_ok
    word = {True: "ok", False: "FAILED"}
    return ok, (
        f"text: Spanish collation {word[order_ok]} ({' < '.join(spanish_sorted(shuffled))}), "
        f"case {word[upper_ok]} ({upper}), line breaks {word[breaks_ok]}"
    )
