"""Numbers, percentages and dates in the interface language (86,7 % in Spanish, 86.7% in English).

Everything goes through the default QLocale, which ``app.apply_language`` sets to match the
chosen language, so the whole window agrees on one convention.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def percent(share: float | None, decimals: int = 0) -> str:
    """A share (0.867) as a percentage in the locale's style: "86.7%" or "86,7 %"."""
    if share is None:
        return ""
    locale = QLocale()
    text = locale.toString(share * 100.0, "f", decimals)
    sign = locale.percent()
    if locale.language() in (QLocale.Language.Spanish, QLocale.Language.French):
        return f"{text}\u00a0{sign}"
    return f"{text}{sign}"


#: How dates are shown (and edited, in date pickers) throughout the window.
DATE_FORMAT = "d MMM yyyy"


def date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)
