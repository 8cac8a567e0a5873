"""The recognizer interface every format module implements, and what a reader hands over.

A format module (one per family of templates, as tablib keeps one module per format) has::

    NAME: str                                   # "dfid", "worldbank", ...
    def recognize(grid, sheet) -> Match | None  # how sure it is that the sheet is its kind
    def read(grid, match, cells) -> list[Matrix] | SheetMapping

``read`` gives either ``Matrix`` objects (a commitment with its logframe rows, indicators,
baselines, targets, measurements, milestones) or, for column matrices, the ``SheetMapping``
the classic engine (``logframe.LogframeStager.stage_sheet``) reads. Readers take cells
through ``Cells``, which remembers what was used: whatever non-empty cell no reader used is
listed as a warning with the reason (``leftovers``), so nothing is dropped silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..errors import ProblemList
from ..logframe_read import Percent
from ..parse import (
    US_FISCAL_END,
    MonthDate,
    is_missing,
    normalize,
    parse_date,
    parse_number,
    split_reference,
    text_serial,
)
from ..value_marks import is_percent_text, loose_number


@dataclass
class Match:
    format: str
    score: float  # 0..1; the registry takes the best format per sheet
    sheet: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class IndicatorIn:
    name: str
    row: int
    column: str
    formula: str = ""
    dimension: str | None = None
    unit: str = ""
    means_of_verification: str = ""
    data_source: str = ""
    frequency: str = ""
    responsible: str = ""
    baseline: float | None = None
    baseline_date: dt.date | None = None
    targets: list[tuple[dt.date | None, float, int, str]] = field(default_factory=list)
    measurements: list[tuple[dt.date, float, int, str]] = field(default_factory=list)


@dataclass
class RowIn:
    level: Level
    narrative: str
    row: int
    column: str
    code: str = ""
    assumptions: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    progress: float | None = None
    indicators: list[IndicatorIn] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (title, address)


@dataclass
class Matrix:
    """One commitment as a sheet gives it."""

    sheet: str
    code: str
    title: str
    row: int | None
    rows: list[RowIn] = field(default_factory=list)
    institution: str = ""
    title_known: bool = True
    completion: str = ""  # the IRM's word for the commitment ("substantial"), when given
    support: list[str] = field(default_factory=list)  # supporting institutions, by name
    themes: str = ""  # "; "-separated, as Commitment.themes
    joins: bool = False  # an activity plan: its rows join the workbook's one other matrix
    details: dict[str, Any] = field(default_factory=dict)  # other Commitment fields a form gives


UNUSED_WHY = {
    "format": ("this format has no place for it", "este formato no tiene un lugar para ello"),
    "above": (
        "it is above the matrix (titles and notes are not imported)",
        "está sobre la matriz (títulos y notas no se importan)",
    ),
    "outside": (
        "it is outside the matrix's columns",
        "está fuera de las columnas de la matriz",
    ),
    "computation": (
        "one value per indicator and date is kept; the computation beside it is not",
        "se guarda un valor por indicador y fecha; el cálculo que lo acompaña no",
    ),
    "budget": (
        "on an activity's row it gives the budget or cost, which is not an indicator and has no "
        "place in the project",
        "en la fila de una actividad da el presupuesto o costo, que no es un indicador y no "
        "tiene lugar en el proyecto",
    ),
}


class Cells:
    """A sheet's grid (0-based) that remembers which cells were used."""

    def __init__(self, grid: list[list[Any]], sheet: str, problems: ProblemList) -> None:
        self.grid = grid
        self.sheet = sheet
        self.problems = problems
        self.used: set[tuple[int, int]] = set()
        self.decimal = "."
        self.fiscal_end = US_FISCAL_END
        #: Reads the sheet's hyperlinks (``links.sheet_links``) the first time one is asked.
        self.hyperlinks: Callable[[], Any] | None = None
        self._links: Any = None

    @property
    def rows(self) -> int:
        return len(self.grid)

    def raw(self, r: int, c: int) -> Any:
        if r >= len(self.grid) or c >= len(self.grid[r]):
            return None
        v = self.grid[r][c]
        return v.strip() if isinstance(v, str) else v

    def get(self, r: int, c: int) -> Any:
        v = self.raw(r, c)
        if v not in (None, ""):
            self.used.add((r, c))
        return v

    def text(self, r: int, c: int) -> str:
        v = self.get(r, c)
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return str(v).strip()

    def filled(self, r: int) -> list[int]:
        return [c for c in range(len(self.grid[r])) if self.raw(r, c) not in (None, "")]

    def norm(self, r: int, c: int) -> str:
        v = self.raw(r, c)
        return normalize(v) if v not in (None, "") else ""

    def link(self, r: int, c: int) -> str:
        """The address a cell's hyperlink points at, or ""."""
        if self.hyperlinks is None:
            return ""
        if self._links is None:
            self._links = self.hyperlinks()
        return self._links.get(r, c)

    def use_row(self, r: int) -> None:
        for c in self.filled(r):
            self.used.add((r, c))

    def set_aside(self, r: int, code: str, **params: Any) -> None:
        """A whole row left out on purpose, with a warning saying why."""
        cols = self.filled(r)
        text = " | ".join(str(self.raw(r, c)) for c in cols)
        self.problems.add(self.sheet, r + 1, None, text, code, warning=True, **params)
        self.use_row(r)

    def number(self, r: int, c: int, what: tuple[str, str]) -> tuple[float | None, dt.date | None]:
        """The number in a cell and the reference date written after it ("72% (2015)")."""
        v = self.get(r, c)
        if v in (None, ""):
            return None, None
        col = get_column_letter(c + 1)
        if is_missing(v):
            self.problems.add(self.sheet, r + 1, col, v, "missing_value", warning=True, what=what)
            return None, None
        if isinstance(v, dt.datetime | dt.date):
            self.problems.add(self.sheet, r + 1, col, v, "number")
            return None, None
        value, ref = split_reference(v)
        try:
            return parse_number(value, self.decimal), ref
        except ValueError:
            # "USD 1.2 million", "45 por ciento", "60*" (quoting the note the mark points to)
            if (found := loose_number(value, self.decimal, self.grid, r)) is not None:
                self.problems.add(self.sheet, r + 1, col, v, found[1], warning=True, **found[2])
                return found[0], ref
            self.problems.add(self.sheet, r + 1, col, v, "number")
            return None, None

    def is_percent(self, r: int, c: int) -> bool:
        v = self.raw(r, c)
        return isinstance(v, Percent) or is_percent_text(v)

    def date(self, r: int, c: int, what: tuple[str, str]) -> dt.date | None:
        v = self.get(r, c)
        if v in (None, ""):
            return None
        col = get_column_letter(c + 1)
        if is_missing(v):
            self.problems.add(self.sheet, r + 1, col, v, "missing_value", warning=True, what=what)
            return None
        if (serial := text_serial(v)) is not None:
            self.problems.add(self.sheet, r + 1, col, v, "serial_text", warning=True, date=serial)
            return serial
        if isinstance(v, MonthDate):
            when = parse_date(v)
            self.problems.add(self.sheet, r + 1, col, None, "month_cell", warning=True, date=when)
            return when
        try:
            return parse_date(v, self.fiscal_end)
        except ValueError:
            self.problems.add(self.sheet, r + 1, col, v, "date")
            return None

    def leftovers(
        self, header_row: int | None = None, why: dict[int, tuple[str, str]] | None = None
    ) -> None:
        """Warn about every non-empty cell nobody used: by column below ``header_row`` (0-based)
        when the column has a header, otherwise by row."""
        why = why or {}
        by_col: dict[int, list[int]] = {}
        for r in range(len(self.grid)):
            for c in self.filled(r):
                if (r, c) in self.used:
                    continue
                if header_row is not None and r > header_row:
                    by_col.setdefault(c, []).append(r)
                else:
                    by_col.setdefault(-1, []).append(r)
        for c, rows in sorted(by_col.items()):
            if c >= 0 and header_row is not None:
                head = self.raw(header_row, c)
                col = get_column_letter(c + 1)
                if head not in (None, ""):
                    cells = ", ".join(f"{col}{r + 1}" for r in rows[:3])
                    self.problems.add(
                        self.sheet, None, col, None, "unused_column", warning=True,
                        header=" ".join(str(head).split()), count=len(rows), cells=cells,
                        why=why.get(c, UNUSED_WHY["format"]),
                    )  # fmt: skip
                    continue
            for r in sorted(set(rows)):
                cols = [k for k in self.filled(r) if (r, k) not in self.used]
                text = " | ".join(str(self.raw(r, k)) for k in cols)
                first = get_column_letter(cols[0] + 1) if cols else None
                reason = UNUSED_WHY[
                    "above" if header_row is not None and r < header_row else "format"
                ]
                self.problems.add(
                    self.sheet, r + 1, first, text, "unused_row", warning=True,
                    why=why.get(-r - 1, reason),
                )  # fmt: skip
                for k in cols:
                    self.used.add((r, k))


_DATE_IN_HEADER = re.compile(r"\(([^()]+)\)")
#: The label before a header's date: "Milestone 1", "Target", "Baseline", "End target".
_HEADER_LABEL = re.compile(
    r"^\s*(?:baseline|milestone|target|end target|meta final|meta|hito|linea base|cible|jalon)"
    r"\s*\d*\b",
    re.IGNORECASE,
)


def header_date(
    text: str, fiscal_end: tuple[int, int] = US_FISCAL_END, year_end: tuple[int, int] = (12, 31)
) -> dt.date | None:
    """The date a column header states: "Milestone 1 (Dec 2016)", "FY2016", "Target (2019)".

    A year written alone falls on ``year_end`` (31 December; a World Bank framework counts
    its years as fiscal years, ending 30 June), a month or a period on its own last day."""
    found = _DATE_IN_HEADER.search(text)
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    unlabelled = _HEADER_LABEL.sub("", text.replace("\n", " ")).strip(" :-–")
    candidates = ([found.group(1)] if found else []) + [text, *lines[1:], unlabelled]
    words = re.findall(r"(?:fy|af)\s*'?\d{2,4}|\b\d{4}\b", text, re.IGNORECASE)
    for candidate in (c.strip() for c in [*candidates, *words]):
        if text_serial(candidate) is not None:
            continue  # "Target (30000)" counts something; a header never holds a day count
        try:
            when = parse_date(candidate, fiscal_end)
        except ValueError:
            continue
        if re.fullmatch(r"\d{4}", candidate):
            return dt.date(when.year, *year_end)
        return when
    return None


def unit_of(text: str, percent: bool = False) -> str:
    """A unit as the app writes it: "Percentage" -> "%", "Number" -> "number"."""
    norm = normalize(text)
    if norm in ("%", "percentage", "percent", "porcentaje", "pourcentage", "percentual") or (
        not norm and percent
    ):
        return "%"
    if norm in ("number", "numero", "nombre", "no.", "#", "count", "cantidad"):
        return "number"
    return text.strip() if norm not in ("days", "dias") else "days"
