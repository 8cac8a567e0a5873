"""Values as people type them in spreadsheets: ``86,7``, ``86.7 %``, ``1.233``, ``julio 2016``.

``decimal`` is the file's decimal separator ("," in Spanish files, "." in English ones); a
single separator is read as a thousands separator only when it groups digits by three and the
file's convention says so. Each parser raises ``ValueError`` with the ``CellIssue`` code.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from enum import StrEnum

from ...domain.vocabulary import labels_of
from .periods import (
    MONTH_FILLERS,
    MONTH_PART,
    MONTHS,
    YEAR_PART,
    full_year,
    month_end,
    period_end,
)

_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_GROUPED = {
    ".": re.compile(r"^[-+]?\d{1,3}(\.\d{3})+$"),
    ",": re.compile(r"^[-+]?\d{1,3}(,\d{3})+$"),
}
_EXCEL_EPOCH = dt.date(1899, 12, 30)
#: An Excel day count typed as text ("42735", " 42735.0 "): a date cell formatted as text.
#: Five digits only, and only days from 1970 to 2099, so that "2016" stays a year and a year
#: followed by a digit ("20161", days of 1955) stays an error.
_SERIAL_TEXT = re.compile(r"(\d{5})(?:[.,]\d+)?")
_SERIAL_DAYS = (25569, 73050)


#: A typed number whose separator can only be a decimal mark: "62.40", "0.5", "1,233.5";
#: "12,450" (three digits after one separator) could be either.
_DECIMAL_MARK = {
    ".": re.compile(r"^[-+]?(?:\d+\.(?:\d{1,2}|\d{4,})|\d{1,3}(?:,\d{3})+\.\d+)%?$"),
    ",": re.compile(r"^[-+]?(?:\d+,(?:\d{1,2}|\d{4,})|\d{1,3}(?:\.\d{3})+,\d+)%?$"),
}
_LIST_MARK = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]|[-–•*])\s+")
_ONE_GROUP = re.compile(r"^[-+]?\d{1,3}[.,]\d{3}%?$")


def decimal_of(values: Iterable[object]) -> str | None:
    """The decimal mark a sheet's own typed numbers show ("." when it writes "62.40" and
    "18.25", "," when "12,5"), "mixed" when it writes both, None when none tells."""
    seen = set()
    for value in values:
        for line in str(value).splitlines() if isinstance(value, str) else ():
            line = _LIST_MARK.sub("", line)  # "1. 3 (2015)": the first indicator's 3
            text = _SPACES.sub("", str(split_reference(line)[0]))
            seen.update(mark for mark, rx in _DECIMAL_MARK.items() if rx.match(text))
    return None if not seen else seen.pop() if len(seen) == 1 else "mixed"


def ambiguous_number(value: object) -> bool:
    """Text like "12,450" or "1.233": thousands or decimals, only the sheet's habit says."""
    return isinstance(value, str) and bool(_ONE_GROUP.match(_SPACES.sub("", value)))


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


def text_serial(value: object) -> dt.date | None:
    """The day a text holding an Excel day count names ("42735" -> 31 Dec 2016), or None."""
    if not isinstance(value, str):
        return None
    found = _SERIAL_TEXT.fullmatch(value.strip())
    if found is None or not _SERIAL_DAYS[0] <= int(found[1]) <= _SERIAL_DAYS[1]:
        return None
    return _EXCEL_EPOCH + dt.timedelta(days=int(found[1]))


#: Fiscal years end on 30 September unless a format says otherwise (US federal year, as in
#: USAID tables; the World Bank's ends on 30 June).
US_FISCAL_END = (9, 30)
WB_FISCAL_END = (6, 30)


class MonthDate(dt.datetime):
    """A date cell whose format shows no day ("mmm-yy", "mmmm yyyy", "mm/yyyy"): what the
    reader sees is a month, read as its last day as a month written as text is."""


def parse_date(value: object, fiscal_end: tuple[int, int] = US_FISCAL_END) -> dt.date:
    """A date from a date cell, an Excel serial, ISO text, ``31/07/2016`` or ``julio 2016``.

    A period without a day means its last day: a month ("julio 2016", "dic-2015") its last
    day, a bare year 31 December, a semester ("2do semestre 2016", "H2 2016") 30 June or 31
    December, a quarter ("Q3 2016", "3er trimestre 2016") its last month's last day, a fiscal
    year ("FY2016") the day it ends (``fiscal_end``), a bimestre or cuatrimestre ("3er
    bimestre 2016", "2C 2016") its last month's last day, "Año 2016" 31 December, an ordinal
    however written ("1.º", "1.er", "2e", "segunda"); "fin de 2016" / "end of 2016" 31
    December, "mediados de 2016" / "mid-2016" 30 June, "début 2016" / "early 2016" 31 March; a
    part of a month ("fin juin 2022", "end of June 2022") is that month. Months and periods in Spanish,
    English, French, Portuguese, Indonesian and Russian (``periods``: "Maret 2019", "IV
    квартал 2019", "1st Qtr 2018"). Day-first is assumed for ``a/b/yyyy`` unless only
    month-first makes sense (``07/31/2016``); "2020/01" and "01/2020" are a month. Five
    digits as text are an Excel day count (``text_serial``), as in a number cell.
    """
    if isinstance(value, MonthDate):
        return month_end(value.year, value.month)
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
    if (serial := text_serial(value)) is not None:
        return serial
    text = normalize(value).strip(" .")
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", text):
            a, b, y = int(m[1]), int(m[2]), full_year(int(m[3]))
            if b > 12 >= a:
                a, b = b, a
            return dt.date(y, b, a)
        if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})", text):  # "2020-01", "2020/01"
            return month_end(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{4})", text):
            return month_end(int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{4})", text):
            return dt.date(int(m[1]), 12, 31)
        if (period := period_end(text, fiscal_end)) is not None:
            return period
        if m := YEAR_PART.fullmatch(text):
            month = 12 if m["end"] else 6 if m["mid"] else 3
            return month_end(int(m["year"]), month)
        if (m := MONTH_PART.fullmatch(text)) and m["month"] in MONTHS:
            return parse_date(m["month"] + m["rest"], fiscal_end)  # "fin juin 2022": June
        words = re.findall(r"[^\W\d_]+|\d+", text)
        words = [w for w in words if w not in MONTH_FILLERS]
        months = [MONTHS[w] for w in words if w in MONTHS]
        numbers = [int(w) for w in words if w.isdigit()]
        if len(months) == 1 and len(words) == len(numbers) + 1:
            year = next((n for n in numbers if n > 31), None)
            days = [n for n in numbers if n <= 31]
            if year is None and len(numbers) == 1 and re.search(r"[^\W\d_][-/. ']\d{2}$", text):
                return month_end(full_year(numbers[0]), months[0])  # "dic-15", "Dec '15"
            if year is not None and len(numbers) == 1:
                return month_end(year, months[0])
            if year is not None and len(numbers) == 2 and len(days) == 1:
                return dt.date(year, months[0], days[0])
    except ValueError:
        pass
    raise ValueError("date")


#: What people write in a cell that has no value yet; read as empty, with a warning.
MISSING = {
    "s/i", "si/", "s/d", "s.i.", "s.d.", "n/a", "n.a.", "n.a", "na", "n/d", "n.d.", "nd",
    "tbd", "tbc", "tbd.", "-", "--", "—", "–", "?", "...", "…", "sin informacion",
    "sin dato", "sin datos", "no aplica", "not applicable", "non applicable", "nao se aplica", "por definir", "a definir", "no disponible",
    "non disponible", "nao disponivel", "a determinar", "nc", "nr", "sans objet", "s.o.",
    "nao aplicavel", "sem informacao", "sem dados",
}  # fmt: skip
_REFERENCE = re.compile(r"^(.*?\S)\s*\(\s*(?:ref\.?\s*|año\s*|year\s*|annee\s*)?([^()]+?)\s*\)\s*$")


def is_missing(value: object) -> bool:
    """True for the texts that stand for "no value yet" ("s/i", "N/A", "TBD", "—" ...)."""
    return isinstance(value, str) and normalize(value) in MISSING


def split_reference(value: object) -> tuple[object, dt.date | None]:
    """``"72% (2015)"`` -> ("72%", 31 Dec 2015): a value with its reference date in brackets.

    The date follows ``parse_date`` (a year means its last day); text whose brackets hold no
    date comes back whole."""
    if not isinstance(value, str):
        return value, None
    found = _REFERENCE.match(value.strip())
    if found is None or text_serial(found.group(2)) is not None:  # "1200 (30000)": a count
        return value, None
    try:
        return found.group(1), parse_date(found.group(2))
    except ValueError:
        return value, None


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
