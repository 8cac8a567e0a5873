"""A number typed with something beside it that is not part of it: a percent word ("45 por
ciento", "45 percent", "45 pour cent", "45 persen", "45 процентов"), a footnote mark ("60*",
"12¹", "45 (a)", "30 [2]"), a unit or currency ("45 días", "USD 1.2 million", ``units``).

Each reading is a rule the importer states: ``loose_number`` gives the number with the
warning code and its parameters, so the preview says what was read and what was left out.
Text that still holds more than one number, or a word that is none of these, stays an error.
"""

from __future__ import annotations

import re
from typing import Any

from .parse import parse_number
from .units import split_unit

_NUMBER = r"[-+]?\d[\d\s\u00a0\u202f.,']*?"
#: Per cent in words, in the languages the import reads.
_PERCENT_WORD = re.compile(
    rf"^\s*(?P<num>{_NUMBER})\s*(?P<word>por\s*ciento|per\s*cent|percent|pour\s*cent|"
    r"por\s*cento|persen|процент(?:а|ов)?|pct\.?)\s*$",
    re.IGNORECASE,
)
#: A footnote mark right after a number: asterisks, daggers, superscript digits, a letter in
#: brackets, a number in square brackets. "(2)" is not one: brackets with digits are a
#: reference year or a count elsewhere.
_FOOTNOTE = re.compile(
    rf"^\s*(?P<num>{_NUMBER}%?)\s*(?P<mark>\*{{1,3}}|[†‡§]{{1,2}}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{{1,2}}|"
    r"\(\s*[a-zA-Z]\s*\)|\[\s*\d{1,2}\s*\])\s*$"
)


def _plain(number: float) -> str:
    return f"{number:.15g}"


def footnote_note(grid: list[list[Any]], mark: str, row: int) -> str:
    """The note a footnote mark points to: a cell on another row starting with the mark
    ("* Dato provisional ...", "(a) Estimated"), shortened; "" when none is found."""
    bare = mark.strip("()[] ")
    starts = re.compile(rf"^\s*(?:\(\s*{re.escape(bare)}\s*\)|\[\s*{re.escape(bare)}\s*\]|"
                        rf"{re.escape(bare)})(?:[\s.):]|$)")  # fmt: skip
    for r, cells in enumerate(grid):
        if r == row:
            continue
        for value in cells:
            if isinstance(value, str) and starts.match(value) and len(value.strip()) > len(mark):
                text = " ".join(value.split())
                return text if len(text) <= 60 else text[:57] + "..."
    return ""


def loose_number(
    value: object, decimal: str = ".", grid: list[list[Any]] | None = None, row: int = -1
) -> tuple[float, str, dict[str, Any]] | None:
    """(number, warning code, its parameters) for a number typed with a percent word, a
    footnote mark or a unit; None when the text is not one of these. With the sheet's
    ``grid`` (0-based ``row`` of the value), a footnote's warning quotes its note."""
    if not isinstance(value, str):
        return None
    if found := _FOOTNOTE.match(value):
        try:
            number = parse_number(found["num"], decimal)
        except ValueError:
            return None
        mark = found["mark"].strip()
        note = footnote_note(grid, mark, row) if grid is not None else ""
        said = (f" (its note: “{note}”)", f" (su nota: “{note}”)") if note else ("", "")
        return number, "footnote_mark", {"number": _plain(number), "mark": mark, "note": said}
    if found := _PERCENT_WORD.match(value):
        try:
            number = parse_number(found["num"], decimal)
        except ValueError:
            return None
        word = " ".join(found["word"].split())
        return number, "percent_word", {"number": _plain(number), "word": word}
    if (unit := split_unit(value, decimal)) is not None:  # "USD 1.2 million", "45 días"
        return unit[0], "unit_dropped", {"number": _plain(unit[0]), "dropped": unit[1]}
    return None


def is_percent_text(value: object) -> bool:
    """Text that says it is a percentage: "45%" or "45 por ciento"."""
    return isinstance(value, str) and ("%" in value or _PERCENT_WORD.match(value) is not None)


#: Progress as done over planned steps: "3/5 mesas", "4 / 4 talleres", "0/3", "2 de 4",
#: "2 sur 4", "2 of 4", "2 из 4" (a word may follow, naming what is counted).
_FRACTION = re.compile(
    r"^\s*(?P<done>\d{1,4})\s*(?:/|\bde\b|\bof\b|\bsur\b|\bdo\b|\bиз\b)\s*"
    r"(?P<of>\d{1,4})(?:\s+[^\W\d_][^\d]*)?\s*$",
    re.IGNORECASE,
)


def fraction_progress(value: object) -> tuple[float, dict[str, Any]] | None:
    """The percentage a progress typed as a fraction of its steps gives ("3/5 mesas" -> 60),
    with the warning's parameters; None when it is no such fraction (or counts more done
    than planned)."""
    if not isinstance(value, str) or not (found := _FRACTION.match(value)):
        return None
    done, of = int(found["done"]), int(found["of"])
    if of == 0 or done > of:
        return None
    pct = round(100 * done / of, 2)
    return pct, {"done": done, "of": of, "number": _plain(pct)}
