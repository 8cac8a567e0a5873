"""USAID Performance Indicator Reference Sheet (PIRS, ADS 201): one indicator per sheet.

A form, not a table: "Label: | value" lines - Activity (the commitment), Result Measured
("IR 1: ..." - the output the indicator measures), Name of Indicator, Definition, Unit of
Measure, Data Source, Method of Data Collection, Frequency, Responsible Individual(s) - then a
"Baseline and targets" table: "Fiscal Year | Target | Actual | Notes", the baseline's year in
its row's first cell ("Baseline (FY2016)"). Years are US fiscal years (ending 30 September),
as in the IPTT. Several sheets of one activity make one commitment with an output per result.
Spanish words too (Ficha de referencia del indicador: Nombre del indicador, Definición...).
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..parse import US_FISCAL_END, normalize
from .base import Cells, IndicatorIn, Match, Matrix, RowIn, header_date, unit_of

NAME = "pirs"
#: A label's words (normalised, without the colon) -> what it fills.
_LABELS = {
    "activity": "activity", "activity name": "activity", "project": "activity",
    "project name": "activity", "actividad": "activity", "proyecto": "activity",
    "result measured": "result", "result": "result", "resultado medido": "result",
    "resultado": "result",
    "name of indicator": "name", "indicator": "name", "indicator name": "name",
    "nombre del indicador": "name", "indicador": "name",
    "definition": "formula", "precise definition": "formula", "precise definition(s)": "formula",
    "definicion": "formula", "definicion precisa": "formula",
    "unit of measure": "unit", "unit": "unit", "unidad de medida": "unit",
    "data source": "data_source", "data source(s)": "data_source", "fuente de datos": "data_source",
    "method of data collection": "means_of_verification",
    "method of data collection and construction": "means_of_verification",
    "metodo de recoleccion de datos": "means_of_verification",
    "frequency and timing of data acquisition": "frequency", "frequency": "frequency",
    "frecuencia": "frequency", "frecuencia y momento de la recoleccion": "frequency",
    "responsible individual(s)": "responsible", "responsible individual": "responsible",
    "responsible": "responsible", "responsable": "responsible", "responsables": "responsible",
}  # fmt: skip
_TITLE = re.compile(r"performance indicator reference sheet|\bpirs\b|ficha de referencia")
_RESULT = re.compile(
    r"^\s*(?:goal|so|sub-?ir|ir|da|do|ri|sub-?ri|od|oe)\s*[\d.]*\s*[:.\-–]\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
_YEAR_HEADS = ("fiscal year", "year", "fy", "ano fiscal", "ano", "periodo")
_VALUE_HEADS = {"target": "target", "targets": "target", "meta": "target", "actual": "actual",
                "actuals": "actual", "real": "actual", "notes": "notes", "note": "notes",
                "notas": "notes", "comments": "notes", "observaciones": "notes"}  # fmt: skip


def _label(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip().endswith(":"):
        return None
    return _LABELS.get(normalize(value).rstrip(" :"))


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    labels = {_label(row[0]) for row in grid[:40] if row}
    if "name" not in labels:
        return None
    title = " ".join(normalize(v) for row in grid[:3] for v in row if isinstance(v, str))
    if _TITLE.search(title) or len(labels & {"unit", "data_source", "frequency", "formula"}) >= 2:
        return Match(NAME, 0.93, sheet)
    return None


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    cells.fiscal_end = US_FISCAL_END
    facts: dict[str, tuple[int, str]] = {}
    head = None
    for r in range(cells.rows):
        filled = cells.filled(r)
        if not filled:
            continue
        key = _label(cells.raw(r, filled[0]))
        if key is not None and filled[0] == 0:
            value = " ".join(cells.text(r, c) for c in filled[1:]).strip()
            cells.get(r, 0)
            facts.setdefault(key, (r, value))
            continue
        if normalize(cells.raw(r, filled[0])).rstrip(" :") in _YEAR_HEADS:
            head = r
            break
    title = facts.get("activity", (None, ""))[1] or cells.sheet
    mx = Matrix(cells.sheet, "", title, facts.get("activity", (None, ""))[0],
                title_known="activity" in facts)  # fmt: skip
    if mx.row is not None:
        mx.row += 1
    result_row, result = facts.get("result", (0, ""))
    found = _RESULT.match(result)
    narrative = (found[1] if found else result).strip() or facts.get("name", (0, ""))[1]
    row = RowIn(Level.OUTPUT, narrative, result_row + 1, "B")
    mx.rows.append(row)
    name_row, name = facts.get("name", (0, ""))
    ind = IndicatorIn(name, name_row + 1, "B")
    row.indicators.append(ind)
    for key in ("formula", "means_of_verification", "data_source", "frequency", "responsible"):
        setattr(ind, key, facts.get(key, (0, ""))[1])
    ind.unit = unit_of(facts.get("unit", (0, ""))[1])
    if head is not None:
        _table(cells, head, ind)
    cells.leftovers(head)
    return [mx]


def _table(cells: Cells, head: int, ind: IndicatorIn) -> None:
    """The baseline and targets table under the form: a row per fiscal year."""
    cols = {c: _VALUE_HEADS.get(cells.norm(head, c)) for c in cells.filled(head)[1:]}
    cells.use_row(head)
    for r in range(head + 1, cells.rows):
        filled = cells.filled(r)
        if not filled:
            continue
        label = cells.text(r, 0)
        when = header_date(label, US_FISCAL_END) if label else None
        baseline = normalize(label).startswith(("baseline", "linea de base", "linea base"))
        if when is None and not baseline:
            continue  # a notes line under the table: listed by leftovers
        for c, kind in cols.items():
            col = get_column_letter(c + 1)
            if kind not in ("target", "actual"):
                continue  # notes have no place beside a value: listed by leftovers
            value, ref = cells.number(r, c, ("value", "el valor"))
            if value is None:
                continue
            if cells.is_percent(r, c) and not ind.unit:
                ind.unit = "%"
            if baseline:
                ind.baseline, ind.baseline_date = value, ref or when
            elif kind == "target":
                ind.targets.append((ref or when, value, r + 1, col))
            elif kind == "actual":
                ind.measurements.append((ref or when, value, r + 1, col))
