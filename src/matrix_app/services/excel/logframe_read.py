"""How a classic logframe sheet is read: its header row, its level names, its cells.

``detect_mapping`` finds the header row of a matrix - a title above, a header in Spanish,
English, French or Portuguese with its usual variants, levels as Fin / Purpose / Componentes
/ Expected results / Actividades / Objectif global / Atividades in any case, accents or
numbering - and says what each column holds (a ``SheetMapping``). ``read_grid`` gives the
cached values of a sheet, a percentage cell as a ``Percent`` (0.41 shown as 41% -> 41).
The rows are turned into a commitment by ``logframe.LogframeStager``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import KW_ONLY, dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from ...domain.vocabulary import Level
from .logframe_depth import outline_column
from .logframe_level_words import LEVEL_PHRASES, LONE_LEVEL_WORDS, code_level, lone_level_word
from .logframe_sheet import WORDS
from .logframe_titles import commitment_heading
from .logframe_words import (
    COMMA_WORDS,
    CORE_ROLES,
    EXACT_HEADERS,
    HEADER_RULES,
    RESULT_HEADERS,
    dated_band,
    labelled_institution,
)
from .logframe_years import year_head, year_series  # noqa: F401 - year_head re-exported
from .parse import decimal_of, normalize

_ACTIVITY_CODE = re.compile(r"^\s*(?:[A-Za-z]{1,2}\s*)?(\d+)\.(\d+)")
_ROMAN = re.compile(r"^[ivxlc]+$")
_BULLET = re.compile(r"^\s*(?:[-–•*·▪◦●]|\d+(?:\.\d+)*[.)]|[a-z][.)])\s+", re.IGNORECASE)
# What our own printable logframe sheet adds to a cell, so that re-importing an exported sheet
# finds the rows: an activity's dates on a last line, an indicator's figures after a dash.
_DATES_LINE = re.compile(r"\n\s*\((\d{4}-\d{2}-\d{2})?\s*[–-]\s*(\d{4}-\d{2}-\d{2})?\)\s*$")
_FIGURES = re.compile(
    r"\s+—\s+(?:"
    + "|".join(
        re.escape(WORDS[lang][k]) for lang in WORDS for k in ("baseline", "target", "latest")
    )
    + r")\s+-?\d.*$",  # "— meta institucional" in a name is not a figure
    re.IGNORECASE | re.DOTALL,
)
#: A row that is a note, not a matrix row: "Notas:", "Fuente:", "Source:", "Elaborado por".
NOTES_ROW = re.compile(
    r"^\s*(?:(?=.*_{4})|(?:notas?|notes?|nb|n\.b\.|fuente|fuentes|source|sources|fontes?|"
    r"elaborad[oa] por|prepared by|observaci[oó]n(?:es)?|observa[cç][aã]o|observa[cç][oõ]es|"
    r"obs\.?|remarques?|nota bene|firma|signature|assinatura|conditions? pr[eé]alables?|"
    r"pre-?conditions?|condiciones previas|condi[cç][oõ]es pr[eé]vias|pr[eé]-?condi[cç][oõ]es|"
    r"pressupostos (?:para o|de) in[ií]cio|supuestos (?:previos|de inicio))\s*[:.\-–_])",
    re.IGNORECASE,
)  # a signature line ("Firma del jefe: ____") is a note too


def guess_level(text: object) -> tuple[Level | None, str]:
    """The level a cell names, and any text after it ("Componente 1: Modelo" -> output, "Modelo")."""
    if (coded := code_level(text)) is not None:
        return coded, ""
    # "Objetivo(s) específico(s)", "Realização(ões)": a plural in brackets is the singular
    norm = re.sub(r"\((?:s|es|oes|aes)\)", "", normalize(text))
    words = re.findall(r"[^\W\d_]+|[0-9]+", norm)  # any script: "цель", "tujuan"
    while words and (words[0].isdigit() or (len(words) > 1 and _ROMAN.match(words[0]))):
        words = words[1:]
    for level, phrases in LEVEL_PHRASES:
        for phrase in sorted(phrases, key=len, reverse=True):
            p = phrase.split()
            if words[: len(p)] == p:
                raw = str(text)
                if phrase in LONE_LEVEL_WORDS and not lone_level_word(raw, len(p)):
                    continue  # "Objetivo estratégico", "Objective tree": not a level
                rest = ""
                if ":" in raw:
                    rest = raw.split(":", 1)[1].strip()
                return level, rest
    return None, ""


def header_role(text: object) -> str | None:
    norm = normalize(text)
    if not norm:
        return None
    if norm.rstrip(" :") in EXACT_HEADERS:
        return EXACT_HEADERS[norm.rstrip(" :")]
    head = norm.split("(", 1)[0].strip()
    if head and head != norm:
        # "Cibles (y compris année de référence)": the words before the brackets name the
        # column; the bracketed qualifier only says what its cells carry beside the value
        role = header_role(head)
        if role is not None:
            return role
    for role, keys in HEADER_RULES:
        if any(k in norm for k in keys):
            return role
    return None


def row_roles(row: list[Any]) -> dict[str, int]:
    """The role each header cell of ``row`` names, at the first column naming it."""
    roles: dict[str, int] = {}
    for c, value in enumerate(row):
        role = header_role(value) if isinstance(value, str) else None
        if role and role not in roles:
            roles[role] = c
    return roles


@dataclass
class SheetMapping:
    """How to read one sheet as logframe rows. Column indexes are 0-based."""

    sheet: str
    header_row: int  # 1-based; data starts on the next row
    columns: dict[str, int] = field(default_factory=dict)
    # The rest by name only: a field added here once took the wizard's decimal mark, which
    # passed its arguments by position (every import from the wizard read "." and named a
    # lead institution ".").
    _: KW_ONLY
    levels: dict[str, str] = field(default_factory=dict)  # normalized cell text -> Level value
    commitment_code: str = ""
    commitment_title: str = ""
    commitment_institution: str = ""  # the lead a label line above names ("Institución
    # responsable: …")
    decimal: str = "."
    decimal_mixed: bool = False  # the sheet writes decimals both ways: "12,450" is unclear
    header_rows: int = 1  # two when a second header row refines the first (DIPRES, EU)
    skip_rows: tuple[int, ...] = ()  # 1-based rows the user set aside (wizard)
    row_levels: dict[int, str] = field(default_factory=dict)  # 1-based row -> Level value:
    # a section row ("these rows are levels") naming a result whose rows follow
    series: dict[int, tuple[str, str]] = field(default_factory=dict)  # 0-based column ->
    # ("measurement" | "target", ISO date): a yearly figure (DIPRES "2013 | 2014 | Meta 2016");
    # ("baseline", ISO date) for a baseline column whose header names its year
    current_date: int | None = None  # 0-based column of the current value's "Reference date"
    level: str | None = None  # every row's level when no column gives one: the narrative's
    # header names it (DIPRES Formulario H: "Producto estratégico")

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": {k: get_column_letter(v + 1) for k, v in self.columns.items()},
            "levels": self.levels,
            "commitment_code": self.commitment_code,
            "commitment_title": self.commitment_title,
            "commitment_institution": self.commitment_institution,
            "decimal": self.decimal,
            "header_rows": self.header_rows,
            "skip_rows": list(self.skip_rows),
            "row_levels": {str(k): v for k, v in self.row_levels.items()},
            "series": {get_column_letter(k + 1): list(v) for k, v in self.series.items()},
            "current_date": (
                get_column_letter(self.current_date + 1) if self.current_date is not None else None
            ),
            "level": self.level,
        }


class Percent(float):
    """A number read from a cell formatted as a percentage, already times 100 (0.41 -> 41)."""


def read_grid(ws: Any, max_row: int | None = None) -> list[list[Any]]:
    """The sheet's cached values; numbers shown as percentages come back as percents (86.7).

    ``ws`` is a ``fast_read.FastSheet`` (``safety.load``), bounded to where its data ends;
    ``max_row`` reads less still. Trailing empty rows are dropped.
    """
    grid = ws.values(max_row)
    while grid and not any(v not in (None, "") for v in grid[-1]):
        grid.pop()
    return grid


def sheet_decimal(
    header: list[Any], rows: list[list[Any]], columns: dict[str, int]
) -> tuple[str, bool]:
    """(decimal mark, written both ways) of the sheet whose header and data ``rows`` these
    are: its own figures say ("62.40": Mexico's MIR), else its header's language does."""
    spanish = any(
        isinstance(v, str) and any(w in normalize(v) for w in COMMA_WORDS) for v in header
    )
    figures = [columns[k] for k in ("baseline", "target", "current") if k in columns]
    found = decimal_of(row[c] for row in rows for c in figures if c < len(row))
    return (found if found in (".", ",") else "," if spanish else "."), found == "mixed"


def detect_mapping(grid: list[list[Any]], sheet: str, scan: int = 30) -> SheetMapping | None:
    """Find the header row of a classic logframe matrix and what each column holds."""
    for r, row in enumerate(grid[:scan]):
        roles = row_roles(row)
        if "narrative" not in roles and "level" in roles:  # "Level | Result | Indicator"
            result = next((c for c, v in enumerate(row) if c not in roles.values()
                           and normalize(v).rstrip(" :") in RESULT_HEADERS), None)  # fmt: skip
            if result is not None:
                roles["narrative"] = result
        outline = None
        if "narrative" not in roles and "level" not in roles:  # "No. | Result | Indicator"
            result = next((c for c, v in enumerate(row) if c not in roles.values()
                           and normalize(v).rstrip(" :") in RESULT_HEADERS), None)  # fmt: skip
            if result is not None and (outline := outline_column(grid[r + 1 :], result, roles)):
                roles["narrative"], roles["level"] = result, outline[0]
        level = None
        if (
            "narrative" not in roles
            and "level" not in roles
            and len(CORE_ROLES & roles.keys()) >= 2
        ):
            named = _level_named_column(row, roles)  # "Producto estratégico | Indicador | …"
            if named is not None:
                roles["narrative"], level = named
        if len(CORE_ROLES & roles.keys()) < 2 or (
            "narrative" not in roles and "level" not in roles
        ):
            continue
        mapping = SheetMapping(sheet, r + 1, roles, level=level)
        top = r
        if r + 1 < len(grid) and _sub_header(grid[r + 1], roles, row):
            mapping.header_row, mapping.header_rows = r + 2, 2
            r += 1
        if level is not None and _other_level_prefix(
            grid[r + 1 : r + 60], roles["narrative"], level
        ):
            mapping.level = level = None  # "Results" over "Module objective: …", "Output A: …"
        if "level" not in roles and level is None:
            first = roles.get("narrative", 0)
            for c in range(first + 1):
                hits = sum(
                    guess_level(row2[c])[0] is not None
                    for row2 in grid[r + 1 : r + 60]
                    if c < len(row2) and isinstance(row2[c], str)
                )
                if hits:
                    mapping.columns["level"] = c
                    break
        if "level" not in mapping.columns and "narrative" in roles:
            outline = outline_column(grid[r + 1 :], roles["narrative"], roles)
            if outline:
                mapping.columns["level"] = outline[0]
                mapping.level = None
        if outline:  # "1 | 1.1 | 1.1.1": the codes alone give the levels
            mapping.levels = outline[1]
        if "narrative" not in mapping.columns:
            mapping.columns["narrative"] = mapping.columns["level"]
        if _narrative_beside(grid[top : r + 1], grid[r + 1 : r + 60], mapping.columns):
            mapping.columns["narrative"] += 1  # "Results Chain" merged over "Outcome | ..."
        mapping.decimal, mapping.decimal_mixed = sheet_decimal(row, grid[r + 1 :], mapping.columns)
        code, title = commitment_heading(grid[:top], sheet)
        mapping.commitment_code, mapping.commitment_title = code, title
        mapping.commitment_institution = labelled_institution(grid[:top])[0]
        mapping.series = year_series(grid[top : top + mapping.header_rows], mapping.columns)
        ref_date = next(
            (c for c, v in enumerate(grid[r]) if c not in roles.values() and c not in mapping.series
             and any(w in normalize(v) for w in _REF_DATE)),
            None,
        )  # fmt: skip
        if "current" in roles:  # the EU 2016 template's "Current value | Reference date"
            mapping.current_date = ref_date
        elif ref_date is not None and "baseline" in roles and "baseline_date" not in roles:
            roles["baseline_date"] = ref_date  # "Índice de referência | Data de referência"
        return mapping
    return None


def _narrative_beside(head: list[list[Any]], rows: list[list[Any]], cols: dict[str, int]) -> bool:
    """Whether a header over two columns (ADB's "Results Chain" merged over "Outcome" and
    its statement) has the level words alone in the first and the narratives in the next,
    which has no header of its own."""
    c = cols.get("narrative")
    if c is None or cols.get("level") != c or c + 1 in cols.values():
        return False
    if any(c + 1 < len(h) and h[c + 1] not in (None, "") for h in head):
        return False
    return any(
        c + 1 < len(row)
        and isinstance(row[c], str)
        and isinstance(row[c + 1], str)
        and guess_level(row[c])[0] is not None
        and not guess_level(row[c])[1]
        and ":" not in row[c]
        for row in rows
    )


def _level_named_column(row: list[Any], roles: dict[str, int]) -> tuple[int, str] | None:
    """A column headed by an output's name and nothing else ("Producto estratégico",
    "Componentes", "Outputs"): its cells are the narratives, all of that level. Only outputs:
    "Fin" alone is also an end date's header."""
    for c, v in enumerate(row):
        if isinstance(v, str) and c not in roles.values():
            found, rest = guess_level(v)
            if found == Level.OUTPUT and not rest.strip():
                return c, found.value
    return None


def _other_level_prefix(rows: list[list[Any]], c: int, level: str) -> bool:
    """Whether a column headed by one level's name ("Results") has cells that start with
    another level's word and a colon ("Module objective: …"): then each cell's prefix gives
    its level, as when level and narrative share a column."""
    for row in rows:
        v = row[c] if c < len(row) else None
        if isinstance(v, str) and ":" in v:
            found, rest = guess_level(v)
            if found is not None and rest and found.value != level:
                return True
    return False


#: The current value's date beside it: the EU 2016 template's "Reference date", a tracking
#: sheet's "Fecha avance" / "Actual date" / "Fecha de medición".
_REF_DATE = ("reference date", "fecha de referencia", "date de reference", "data de referencia",
             "fecha avance", "fecha de avance", "fecha del avance", "actual date",
             "achieved date", "date achieved", "fecha de medicion", "fecha medicion",
             "measurement date", "date of measurement", "data de medicao", "data da medicao",
             "date de mesure")  # fmt: skip


_PLAIN_SOURCE = ("source", "sources", "fuente", "fuentes", "fonte", "fontes", "data source")


def _sub_header(row: list[Any], roles: dict[str, int], top: list[Any] | None = None) -> bool:
    """A second header row under the first ("INDICADORES" over "Enunciado" and "Fórmula de
    cálculo"): text cells only, no level in them, at least one naming a role; a column
    the first row left without a role takes the one its second row names, a date under a
    baseline's or target's group header its date (``logframe_words.dated_band``)."""
    cells = [(c, v) for c, v in enumerate(row) if v not in (None, "")]
    if not cells or not all(isinstance(v, str) and len(v.split()) <= 8 for _c, v in cells):
        return False
    if any(guess_level(v)[0] is not None for _c, v in cells):
        return False
    named = {c: header_role(v) for c, v in cells}
    if top is not None and (dated := dated_band(top, row, roles)):
        for c, role in dated.items():
            if role in roles:  # the value moves from under the header to its own column
                roles[role] = c
            else:
                named[c] = role
    taken = set(roles.values())
    if not any(role and c not in taken for c, role in named.items()):
        return False  # a data row whose indicator says "plazo" names no column anew
    mov = roles.get("means_of_verification")
    if (
        mov is not None
        and "data_source" not in roles
        and normalize(dict(cells).get(mov, "")) in _PLAIN_SOURCE
    ):
        # "Means of Verification" over "Source | Frequency | Responsibility": the source
        # of the indicator's data, beside how often and by whom it is collected
        del roles["means_of_verification"]
        roles["data_source"] = mov
        named[mov] = None
    for c, role in named.items():
        if role and role not in roles and c not in taken:
            roles[role] = c
    return True


def split_lines(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, str):
        return [str(value)]
    out = []
    for line in re.split(r"[\r\n]+", value):
        line = _BULLET.sub("", line).strip()
        if line:
            out.append(line)
    return out


def split_dates(narrative: str) -> tuple[str, dict[str, dt.date]]:
    """A narrative without the "(start – end)" line our export adds, and those dates."""
    found = _DATES_LINE.search(narrative)
    if not found:
        return narrative, {}
    dates = {}
    for key, text in (("start_date", found.group(1)), ("end_date", found.group(2))):
        if text:
            try:
                dates[key] = dt.date.fromisoformat(text)
            except ValueError:
                return narrative, {}
    return narrative[: found.start()].rstrip(), dates


def indicator_name(line: str) -> str:
    """An indicator line without the "— baseline ...; target ..." our export appends."""
    return _FIGURES.sub("", line).strip() or line
