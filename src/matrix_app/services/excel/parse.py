"""Values as people type them in spreadsheets: ``86,7``, ``86.7 %``, ``1.233``, ``julio 2016``.

``decimal`` is the file's decimal separator ("," in Spanish files, "." in English ones); a
single separator is read as a thousands separator only when it groups digits by three and the
file's convention says so. Each parser raises ``ValueError`` with the ``CellIssue`` code.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from enum import StrEnum

from ...domain.vocabulary import labels_of

MONTHS = {
    "enero": 1, "january": 1, "jan": 1, "ene": 1,
    "febrero": 2, "february": 2, "feb": 2,
    "marzo": 3, "march": 3, "mar": 3,
    "abril": 4, "april": 4, "apr": 4, "abr": 4,
    "mayo": 5, "may": 5,
    "junio": 6, "june": 6, "jun": 6,
    "julio": 7, "july": 7, "jul": 7,
    "agosto": 8, "august": 8, "aug": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "september": 9, "sep": 9, "sept": 9, "set": 9,
    "octubre": 10, "october": 10, "oct": 10,
    "noviembre": 11, "november": 11, "nov": 11,
    "diciembre": 12, "december": 12, "dec": 12, "dic": 12,
}  # fmt: skip

_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_GROUPED = {
    ".": re.compile(r"^[-+]?\d{1,3}(\.\d{3})+$"),
    ",": re.compile(r"^[-+]?\d{1,3}(,\d{3})+$"),
}
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def normalize(text: object) -> str:
    """Lowercase, no accents, single spaces: how headers and vocabulary are compared."""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("_", " ").replace("\n", " ").casefold()
    return re.sub(r"\s+", " ", s).strip()


def parse_number(value: object, decimal: str = ".") -> float:
    """A float from a number cell or typed text; ``decimal`` is the file's separator."""
    if isinstance(value, bool):
        raise ValueError("number")
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("number")
        return float(value)
    text = _SPACES.sub("", str(value))
    if text.endswith("%"):
        text = text[:-1]
    if not text:
        raise ValueError("number")
    if "," in text and "." in text:
        dec = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if dec == "," else ",", "").replace(",", ".")
    elif "," in text:
        if decimal == "." and _GROUPED[","].match(text):
            text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
    elif "." in text and decimal == "," and _GROUPED["."].match(text):
        text = text.replace(".", "")
    try:
        number = float(text)
    except ValueError:
        raise ValueError("number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError("number")
    return number


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(y: int) -> int:
    return y + 2000 if y < 100 else y


def parse_date(value: object) -> dt.date:
    """A date from a date cell, an Excel serial, ISO text, ``31/07/2016`` or ``julio 2016``.

    A month without a day means its last day ("by July 2016"); a bare year, 31 December.
    Day-first is assumed for ``a/b/yyyy`` unless only month-first makes sense (``07/31/2016``).
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError("date")
    if isinstance(value, int | float):
        if 1 <= value < 2958466:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError("date")
    text = normalize(value).strip(" .")
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", text):
            a, b, y = int(m[1]), int(m[2]), _year(int(m[3]))
            if b > 12 >= a:
                a, b = b, a
            return dt.date(y, b, a)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            return _month_end(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{4})", text):
            return _month_end(int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{4})", text):
            return dt.date(int(m[1]), 12, 31)
        words = re.findall(r"[a-z]+|\d+", text)
        words = [w for w in words if w not in ("de", "del", "of", "the")]
        months = [MONTHS[w] for w in words if w in MONTHS]
        numbers = [int(w) for w in words if w.isdigit()]
        if len(months) == 1 and len(words) == len(numbers) + 1:
            year = next((n for n in numbers if n > 31), None)
            days = [n for n in numbers if n <= 31]
            if year is not None and len(numbers) == 1:
                return _month_end(year, months[0])
            if year is not None and len(numbers) == 2 and len(days) == 1:
                return dt.date(year, months[0], days[0])
    except ValueError:
        pass
    raise ValueError("date")


_TRUE = {"true", "yes", "si", "verdadero", "x", "1", "y", "s"}
_FALSE = {"false", "no", "falso", "0", "n"}


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = normalize(value)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("bool")


def vocabulary_parser(enums: Iterable[type[StrEnum]]) -> tuple[Callable[[object], str], str]:
    """A parser accepting a value's identifier or its English or Spanish label."""
    table: dict[str, str] = {}
    shown: list[str] = []
    for enum in enums:
        for member in enum:
            for lang in ("en", "es"):
                for value, text in labels_of(enum, lang):
                    if value == member.value:
                        table.setdefault(normalize(text), value)
            table.setdefault(normalize(member.value), member.value)
        for (_, en), (_, es) in zip(labels_of(enum, "en"), labels_of(enum, "es"), strict=True):
            shown.append(en if en == es else f"{en} / {es}")
    allowed = ", ".join(dict.fromkeys(shown))

    def parse(value: object) -> str:
        found = table.get(normalize(value))
        if found is None:
            raise ValueError("vocabulary")
        return found

    return parse, allowed
