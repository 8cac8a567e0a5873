"""What the logframe engine reads out of single cells and rows: an "Activities | Means |
Costs" block row, the matrix's title line, the indicators of a cell (ILPES/DIPRES:
dimension, name and formula on separate lines), list numbering before figures ("1.1 23 %"),
one value per line, a commitment's code and title from a cell ("Compromiso 5: ..."), a
year typed in a date column, and the output a coded activity (A2.1) belongs to."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from ...domain.vocabulary import Level
from .logframe_read import SheetMapping, indicator_name, split_lines
from .logframe_titles import _TITLE
from .logframe_words import labelled_institution
from .parse import normalize
from .units import split_unit

if TYPE_CHECKING:
    from .logframe import _Context

_BLOCK_WORDS = {"means", "moyens", "medios", "meios", "costs", "couts", "costos", "custos",
                "costes", "inputs", "insumos", "recursos", "resources", "budget",
                "presupuesto"}  # fmt: skip


def _block_word(word: str) -> bool:
    """ "Medios", or "Medios: equipo técnico" - the label with the activity's means after it."""
    return word in _BLOCK_WORDS or (":" in word and word.split(":")[0].strip() in _BLOCK_WORDS)


#: A bullet that starts a line pasted from Word or typed: "•", "▪", "◦", "●", "‣", "-", "–".
_BULLET_START = re.compile(r"^[ \t\u00a0]*[-–—•▪◦●‣·○■□➢►*][ \t\u00a0]+", re.MULTILINE)


def unbullet(text: str) -> str:
    """A narrative or assumption without the bullets starting its lines, its blank lines and
    its no-break spaces (what pasting from Word adds; none of it is part of the text)."""
    text = _BULLET_START.sub("", text.replace("\u00a0", " ").replace("\r", ""))
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


_ACTIVITY_WORDS = {"activities", "activites", "actividades", "atividades", "activity"}
_BLOCK_WHY = (
    "it is the activities block's means and costs, which a monitoring matrix does not hold",
    "son los medios y costos del bloque de actividades, que una matriz de seguimiento no guarda",
)


def activities_block(cells, r: int, cols: dict[str, int], blocked: dict) -> str:
    """An "Activities | Means | Costs" row (EU, cadre logique): what follows are activities,
    and the columns under Means and Costs hold no indicators; they are listed as unused.
    "header" when the row is only that, "inline" when it also holds the first activity
    (the 2004 cadre logique: "Activités | 1.1 ... | Moyens : | Coûts :"), else ""."""
    filled = cells.filled(r)
    words = {c: cells.norm(r, c).rstrip(" :.") for c in filled}
    if not any(w in _ACTIVITY_WORDS for w in words.values()):
        return ""
    others = [c for c, w in words.items() if w not in _ACTIVITY_WORDS]
    narrative = cols.get("narrative")
    inline = narrative in others and not _block_word(words[narrative])
    block = [c for c in others if not (inline and c == narrative)]
    if not block or not all(_block_word(words[c]) for c in block):
        return ""
    for c in filled:
        if c != narrative or not inline:
            cells.used.add((r, c))
    for c in block:
        blocked[c] = _BLOCK_WHY
    return "inline" if inline else "header"


_MATRIX_TITLES = (
    "matriz de marco logico",
    "logframe matrix",
    "logical framework",
    "cadre logique",
    "matriz de seguimiento",
)  # a sheet's title is not content


def mark_heading(cells, mapping: SheetMapping) -> None:
    """The title line the commitment's code and title came from counts as used, and so does
    the label line naming its lead institution."""
    title = normalize(mapping.commitment_title)
    if mapping.commitment_institution:
        cells.used.update(
            labelled_institution(cells.grid[: mapping.header_row - mapping.header_rows])[1]
        )
    for r in range(mapping.header_row - 1):
        for c in cells.filled(r):
            text = cells.norm(r, c)
            ours = "   ·   " in str(cells.raw(r, c))  # our own sheet's plan/lead/period line
            if (title and title in text) or ours or any(w in text for w in _MATRIX_TITLES):
                cells.used.add((r, c))


_DIMENSIONS = {
    "eficacia": "efficacy", "efficacy": "efficacy", "effectiveness": "efficacy",
    "efficacite": "efficacy", "eficiencia": "efficiency", "efficiency": "efficiency",
    "efficience": "efficiency", "calidad": "quality", "quality": "quality",
    "qualite": "quality", "qualidade": "quality", "economia": "economy", "economy": "economy",
    "economie": "economy",
}  # fmt: skip
_FORMULA = re.compile(r"^\s*(?:f[oó]rmula|formula|c[aá]lculo)\s*:\s*", re.IGNORECASE)


def dimension(line: str) -> str | None:
    """The dimension a line names: "Eficacia", "Calidad:", DIPRES's "Eficacia/Producto"."""
    return _DIMENSIONS.get(normalize(line).split("/")[0].strip().rstrip(":"))


def indicator_lines(value: Any) -> list[tuple[str, str, str | None]]:
    """(name, formula, dimension) per indicator in a cell.

    ILPES/DIPRES cells hold, per indicator, the dimension on a line ("Eficacia"), the name on
    the next and the formula after it; other cells hold one indicator per line."""
    lines = split_lines(value)
    if not any(dimension(x) for x in lines):
        out = []
        for x in lines:
            x = indicator_name(x)
            if _FORMULA.match(x) and out:
                name, _f, dim = out[-1]
                out[-1] = (name, _FORMULA.sub("", x), dim)
            else:
                out.append((x, "", None))
        return out
    blocks: list[list[Any]] = []
    for x in lines:
        dim = dimension(x)
        if dim is not None or not blocks:
            blocks.append([dim, None, []])
            if dim is not None:
                continue
        block = blocks[-1]
        if block[1] is None:
            block[1] = indicator_name(x)
        else:
            block[2].append(_FORMULA.sub("", x))
    return [(b[1], " ".join(b[2]), b[0]) for b in blocks if b[1]]


_CODE = re.compile(r"^\s*\d+\.\d+(?:\.\d+)*\s+")  # "1.1 ", "1.2.1 " (not "1.233 (2018)")
_THOUSANDS = re.compile(r"^\s*\d{1,3}(?:\.\d{3})+\s+")


def _listed(first: str) -> bool:
    """What may follow a list number: a figure, a word or a sign ("92.1 %" is a value)."""
    return first.isalnum() or (first != "" and first in '$€£¥+-−<>≤≥~"“«¿¡')


def numbered(values: list[Any]) -> tuple[list[Any], bool]:
    """Lines without their list number ("1.1 23 % (2020)" -> "23 % (2020)") and whether any
    had one; a number only counts as a list number when a figure or a word follows it."""
    out, any_code = [], False
    for v in values:
        if isinstance(v, str) and (m_ := _CODE.match(v)) and _listed(v[m_.end() :][:1]):
            if _THOUSANDS.match(v) and split_unit(v) is not None:
                out.append(v)  # "1.200.000 USD": an amount, not list number 1.200.000
                continue
            out.append(v[m_.end() :])
            any_code = True
        else:
            out.append(v)
    return out, any_code


def is_percent(value: Any) -> bool:
    from .logframe_read import Percent

    return isinstance(value, Percent) or (isinstance(value, str) and "%" in value)


def lines_or_value(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, dt.datetime | dt.date | int | float):
        return [value]
    return split_lines(value)


def pick(values: list[Any], i: int, n: int) -> Any:
    if not values:
        return None
    if len(values) == n:
        return values[i]
    return values[0] if len(values) == 1 and n == 1 else (values[i] if i < len(values) else None)


def commitment_from_cell(value: Any) -> tuple[str, str]:
    if isinstance(value, int | float):
        return (str(int(value)) if float(value).is_integer() else str(value)), ""
    text = str(value).strip()
    if m_ := _TITLE.match(text):
        return m_.group(1), m_.group(2).strip()
    if m_ := re.match(r"^([0-9]+(?:\.[0-9]+)*)\s*[:.\-–—]?\s*(.*)$", text):
        return m_.group(1), m_.group(2).strip()
    return "", text


#: What an activity's row gives in the indicators column of an ILPES matrix: its budget.
_BUDGET = re.compile(
    r"^\s*(?:presupuesto|costos?|coste|monto|recursos|insumos|budget|costs?|inputs|resources|"
    r"or[cç]amento|custos?|co[uû]ts?|ressources|moyens)\b\s*(?:[:$(]|total|estimad|\d|$)",
    re.IGNORECASE,
)


def budget_cell(cells: Any, r: int, c: int | None) -> bool:
    """Whether the cell gives a budget or cost ("Presupuesto: $ 45.000.000"), not a name."""
    v = cells.raw(r, c) if c is not None else None
    return isinstance(v, str) and bool(_BUDGET.match(v))


def next_matrix(row: list[Any], header: list[Any]) -> tuple[str, str] | bool | None:
    """A row that starts another matrix in the same sheet, as hand-kept sheets stack them:
    a lone "Compromiso 4: Concejo abierto" label (or "Compromiso 4:" | "Concejo abierto" in
    two cells) gives its (code, title); the header written
    again below it gives ``True``; any other row ``None``."""
    filled = [v for v in row if v not in (None, "")]
    if len(filled) == 2 and all(isinstance(v, str) for v in filled):
        m_ = _TITLE.match(filled[0].strip())  # "Compromiso 4:" | "Concejo abierto"
        if m_ and not m_.group(2).strip(" :"):
            return m_.group(1), filled[1].strip()
    if len(filled) == 1 and isinstance(filled[0], str):
        m_ = _TITLE.match(filled[0].strip())
        if m_ and m_.group(2).strip():
            return m_.group(1), m_.group(2).strip()
    words = [normalize(v) for v in row if v not in (None, "")]
    if len(words) >= 2 and words == [normalize(v) for v in header if v not in (None, "")]:
        return True
    return None


def year_text(value: Any) -> Any:
    """A year typed as a number in a date column ("Año línea base": 2015) as its text, which
    means its 31 December (``parse_date``), rather than a day counted from 1900."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 1900 <= value <= 2100:
        return str(int(value)) if float(value).is_integer() else value
    return value


_PARENT_LEVEL = {Level.OUTPUT: Level.PURPOSE, Level.ACTIVITY: Level.OUTPUT}


def place_coded_results(ctx: _Context) -> None:
    """A result goes under the row of the level above whose number its own code starts
    with, wherever the sheet lists it (before its parent, or among another's rows): output
    1.2 under outcome 1, A1.2.1 under R1.2, A2.1 under output C2 or 2; the longest match
    first. A code of one number (or none) says nothing of the parent: the row order stays."""
    numbers: dict[Level, dict[str, str]] = {}
    for r in ctx.rows:
        number = re.sub(r"^[A-Za-z]+\s*", "", r.code).rstrip(".")
        if number:
            numbers.setdefault(r.level, {}).setdefault(number, r.staged.id)
    for r in ctx.rows:
        parents = numbers.get(_PARENT_LEVEL.get(r.level), {})  # type: ignore[arg-type]
        parts = re.sub(r"^[A-Za-z]+\s*", "", r.code).rstrip(".").split(".")
        for n in range(len(parts) - 1, 0, -1):
            if (parent := parents.get(".".join(parts[:n]))) is not None:
                r.parent = r.staged.values["parent_id"] = parent
                break


#: A section line below a DMF's results: "Key Activities with Milestones" (the activities
#: follow, each under the output line it repeats), "Inputs" (the budget: notes from there on).
_ACTIVITY_SECTION = re.compile(
    r"^(?:key |main |principales |major )?(?:activities|actividades|activites|atividades)"
    r"(?: (?:clave|principales|cles|principais|chave))?"
    r"(?: (?:with|y|con|et|avec|e|com) (?:milestones|hitos|jalons|marcos|metas))?$"
)
_INPUT_SECTION = re.compile(r"^(?:inputs|insumos|intrants|moyens|recursos|resources|inputs:)$")


def lone_text(row: list[Any], cols: dict[str, int]) -> str | None:
    """The one text of a row whose only cell is at or left of the narrative column."""
    filled = [c for c, v in enumerate(row) if v not in (None, "")]
    if (
        len(filled) != 1
        or filled[0] > cols.get("narrative", 0)
        or not isinstance(row[filled[0]], str)
    ):
        return None
    return row[filled[0]].strip()


def section_line(row: list[Any], cols: dict[str, int]) -> str:
    """ "activities" or "inputs" for a DMF's section line alone in its row, else ""."""
    text = lone_text(row, cols)
    norm = normalize(text).rstrip(" :.") if text else ""
    if _ACTIVITY_SECTION.match(norm):
        return "activities"
    return "inputs" if _INPUT_SECTION.match(norm) else ""


def output_named(ctx: _Context, text: str) -> str | None:
    """The id of the output a line repeats (the activities block's "1. IFMIS rolled out")."""
    key = normalize(text)
    return next(
        (r.staged.id for r in ctx.rows
         if r.level == Level.OUTPUT and normalize(r.staged.values.get("narrative", "")) == key),
        None,
    )  # fmt: skip
