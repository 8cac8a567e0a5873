"""Numbers, percentages and dates as the interface language writes them, and back.

The editor shows ``86,7 %`` and ``31 may 2015`` in Spanish, ``86.7%`` and ``31 May 2015`` in
English. Typed input is parsed in the language's own way, with ISO dates (2015-05-31)
always accepted, so that what a focal point copies from a spreadsheet still works.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from ...domain import vocabulary as v
from ...messages import current_language


class InputError(ValueError):
    """Typed input that cannot be used; the message is already in the user's language."""


def lang() -> str:
    return current_language()


def locale() -> QLocale:
    if lang() == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Chile)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def vocab(value: str | None) -> str:
    """A vocabulary value's label in the interface language."""
    return v.label(value, lang())


#: The numeric date format for typing, per language (ISO is accepted in both).
EDIT_DATE_FORMAT = {"es": "dd-MM-yyyy", "en": "yyyy-MM-dd"}
DISPLAY_DATE_FORMAT = "d MMM yyyy"


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_text(d: dt.date | None) -> str:
    """A date for reading: 31 May 2015 / 31 may 2015."""
    if d is None:
        return ""
    return locale().toString(qdate(d), DISPLAY_DATE_FORMAT)


def date_edit_text(d: dt.date | None) -> str:
    """A date for typing over: 2015-05-31 / 31-05-2015."""
    if d is None:
        return ""
    return qdate(d).toString(EDIT_DATE_FORMAT.get(lang(), "yyyy-MM-dd"))


def date_placeholder() -> str:
    return (
        QCoreApplication.translate("Format", "YYYY-MM-DD")
        if lang() != "es"
        else QCoreApplication.translate("Format", "DD-MM-YYYY")
    )


def parse_date(text: str | None) -> dt.date | None:
    """Empty -> None; ISO, the language's numeric form or the shown form (31 may 2015) ->
    date; else InputError."""
    text = (text or "").strip()
    if not text:
        return None
    shown = locale().toDate(text, DISPLAY_DATE_FORMAT)
    if shown.isValid():
        return dt.date(shown.year(), shown.month(), shown.day())
    formats = [
        "yyyy-MM-dd",
        EDIT_DATE_FORMAT.get(lang(), "yyyy-MM-dd"),
        "dd/MM/yyyy",
        "d-M-yyyy",
        "d/M/yyyy",
    ]
    for fmt in formats:
        q = QDate.fromString(text, fmt)
        if q.isValid():
            return dt.date(q.year(), q.month(), q.day())
    raise InputError(
        QCoreApplication.translate("Format", "“%1” is not a date; write it as %2.")
        .replace("%1", text)
        .replace("%2", date_placeholder())
    )


def number_text(value: float | None, decimals: int | None = None) -> str:
    """A number for reading and typing: 1.233 / 86,7 (es), 1,233 / 86.7 (en)."""
    if value is None:
        return ""
    loc = locale()
    if decimals is None:
        if float(value).is_integer():
            return loc.toString(int(value))
        for decimals in range(1, 7):
            if math.isclose(round(value, decimals), value, rel_tol=0, abs_tol=1e-9):
                break
    return loc.toString(float(value), "f", decimals)


def parse_number(text: str | None) -> float | None:
    """Empty -> None; a number in the language's form (or with a dot) -> float; else InputError."""
    text = (text or "").strip().replace("\u00a0", " ")
    if not text:
        return None
    for loc in (locale(), QLocale.c()):
        value, ok = loc.toDouble(text)
        if ok and not (math.isnan(value) or math.isinf(value)):
            return value
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise InputError(
            QCoreApplication.translate("Format", "“%1” is not a number.").replace("%1", text)
        ) from None
    if math.isnan(value) or math.isinf(value):
        raise InputError(
            QCoreApplication.translate("Format", "“%1” is not a number.").replace("%1", text)
        )
    return value


def percent_text(share: float | None, decimals: int = 1) -> str:
    """A share (0.867) as a percentage: 86,7 % (es) or 86.7% (en)."""
    if share is None:
        return ""
    text = locale().toString(share * 100.0, "f", decimals)
    return f"{text}\u00a0%" if lang() == "es" else f"{text}%"


def size_text(size: int | None) -> str:
    """A file size: 845 bytes, 12,4 KB, 1,2 MB."""
    if size is None:
        return ""
    if size < 1024:
        return QCoreApplication.translate("Format", "%1 bytes").replace(
            "%1", locale().toString(size)
        )
    if size < 1024 * 1024:
        return QCoreApplication.translate("Format", "%1 KB").replace(
            "%1", locale().toString(size / 1024, "f", 1)
        )
    return QCoreApplication.translate("Format", "%1 MB").replace(
        "%1", locale().toString(size / 1048576, "f", 1)
    )


def local_time_text(iso: str | None) -> str:
    """A stored UTC timestamp in the user's local time: 31 May 2015 14:05."""
    if not iso:
        return ""
    try:
        stamp = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    q = QDateTime.fromSecsSinceEpoch(int(stamp.timestamp()))  # local time
    return locale().toString(q, "d MMM yyyy HH:mm")


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return (
        QCoreApplication.translate("Format", "Yes")
        if value
        else QCoreApplication.translate("Format", "No")
    )
