"""Indicators written as ADB's design and monitoring framework writes them: several in one
cell, each with its letter ("a.", "1a.", "2b."), its target and due year in the sentence
("By 2025, ... increased to 90%") and its baseline in brackets ("(2019 baseline: 40%)");
the sources beside them shared by letter ("a–b. Ministry of Finance reports").

``dmf_item`` takes one such line apart; ``by_letter`` gives each indicator its source."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The item's letter: "a.", "b)", "1a.", "2b." (the output's number and the item's letter).
_MARK = re.compile(r"^\s*(\d*[a-z])[.)]\s+", re.IGNORECASE)
#: A range of letters before a shared source: "a–b.", "2a–c.", "1a, 1b." ("a." alone too).
_MARKS = re.compile(
    r"^\s*(\d*)([a-z])(?:\s*[-–—]\s*\d*([a-z])|((?:\s*,\s*\d*[a-z])+))?[.)]\s+", re.IGNORECASE
)
_BASE_WORDS = (
    r"baseline|base|l[ií]nea\s+(?:de\s+)?base|linha\s+(?:de\s+)?base|valeur\s+de\s+r[ée]f[ée]rence|"
    r"r[ée]f[ée]rence|situation\s+de\s+r[ée]f[ée]rence"
)
#: "(2019 baseline: 40%)", "(baseline 2019: 40%)", "(línea base 2019: 40 %)".
_BASELINE = re.compile(
    rf"\s*\(\s*(?:((?:19|20)\d{{2}})\s+(?:{_BASE_WORDS})|(?:{_BASE_WORDS})\s*\(?((?:19|20)\d{{2}})\)?)"
    r"\s*:\s*([^()]*)\)\s*",
    re.IGNORECASE,
)
#: "By 2025, ...", "Para 2025, ...", "D'ici 2025, ...", "Até 2025, ...": the due year.
_BY_YEAR = re.compile(
    r"^\s*(?:by|para|al|hacia|hasta|d'ici(?:\s+[aà])?|d’ici(?:\s+[aà])?|en|at[eé]|em)\s+"
    r"(?:(?:the\s+)?end\s+of\s+|fin(?:es|s)?\s+de\s+)?((?:19|20)\d{2})\b\s*,?",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d[\d,.\u00a0\u202f]*(?:\s?%)?")


@dataclass
class DmfItem:
    name: str
    key: str  # its letter mark ("a", "2b"), or ""
    baseline: str | None = None  # as written: "40%", "not applicable"
    baseline_year: int | None = None
    target: str | None = None  # the figure the sentence sets: "90%", "1,200"
    due_year: int | None = None


def is_dmf(lines: list[str]) -> bool:
    """Whether a cell's lines are DMF items: a bracketed baseline or a "By 2025," lead."""
    return any(_BASELINE.search(x) or _BY_YEAR.match(_MARK.sub("", x)) for x in lines)


def dmf_item(line: str) -> DmfItem:
    """One lettered item: its name is the sentence as written without its letter and its
    bracketed baseline; the target is the first figure after the due year."""
    mark = _MARK.match(line)
    key = mark.group(1).lower() if mark else ""
    text = line[mark.end() :] if mark else line
    item = DmfItem(text.strip(), key)
    if found := _BASELINE.search(text):
        item.baseline = found.group(3).strip().rstrip(".") or None
        item.baseline_year = int(found.group(1) or found.group(2))
        text = (text[: found.start()] + " " + text[found.end() :]).strip()
        item.name = text.rstrip(" ;")
    if by := _BY_YEAR.match(text):
        item.due_year = int(by.group(1))
        if figure := _FIGURE.search(text, by.end()):
            item.target = figure.group(0).strip().rstrip(".,")
    return item


def by_letter(lines: list[str], keys: list[str]) -> list[str | None] | None:
    """Each indicator's line of a column written by letter ("a–b. Reports" for a and b,
    "2a. Records" for 2a), or None when the lines carry no letters."""
    out: list[str | None] = [None] * len(keys)
    lettered = False
    for line in lines:
        found = _MARKS.match(line)
        if not found:
            continue
        lettered = True
        number, first, last, listed = found.groups()
        letters = {first.lower()}
        if last:
            letters = {chr(c) for c in range(ord(first.lower()), ord(last.lower()) + 1)}
        if listed:
            letters |= {x.strip()[-1].lower() for x in listed.split(",") if x.strip()}
        text = line[found.end() :].strip()
        for i, key in enumerate(keys):
            if key and key[-1] in letters and key[:-1] in (number, ""):
                out[i] = text
    return out if lettered else None
