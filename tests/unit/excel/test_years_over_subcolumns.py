"""Years merged over "Target | Actual" sub-columns (Kenya's county M&E matrices: "2019" over
"Target | Actual", the same in Spanish and French): each sub-column is that year's target or
measurement, dated at the year's end; "Baseline (2018)" dates the baseline."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

WORDS = {
    "en": ("Level", "Result", "Key performance indicator", "Baseline (2018)", "Target",
           "Actual", "Data source", "Outcome", "Output"),
    "es": ("Nivel", "Resultado", "Indicador", "Línea base (2018)", "Meta", "Logrado",
           "Fuente", "Propósito", "Componente"),
    "fr": ("Niveau", "Résultat", "Indicateur", "Situation de référence (2018)", "Cible",
           "Réalisé", "Source", "Effet", "Extrant"),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(WORDS))
@pytest.mark.parametrize("years", [(2019, 2020), (2021, 2022)])
def test_years_over_target_and_actual(tmp_path, lang, years):
    lvl, res, ind, base, tgt, act, src, outcome, output = WORDS[lang]
    y1, y2 = years
    wb = Workbook()
    ws = wb.active
    ws.append(["Programme: Health"])
    ws.append([lvl, res, ind, base, y1, None, str(y2), None, src])
    ws.append([None, None, None, None, tgt, act, tgt, act, None])
    ws.append([outcome, "Fewer deaths", "Skilled deliveries", "62%", "65%", "64%", "70%",
               None, "DHIS2"])  # fmt: skip
    ws.append([output, "More units", "Functional units", 120, 140, 138, 160, 161, "Reports"])
    for rng in ("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "I2:I3"):
        ws.merge_cells(rng)
    path = tmp_path / "ke.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        names = {i.id: i.name for i in project.rows(m.Indicator)}
        base_of = {i.name: (i.baseline_value, i.baseline_date) for i in project.rows(m.Indicator)}
        targets = sorted(
            (names[t.indicator_id], t.due_date, t.value) for t in project.rows(m.Target)
        )
        measures = sorted(
            (names[x.indicator_id], x.measured_on, x.value) for x in project.rows(m.Measurement)
        )
    e1, e2 = dt.date(y1, 12, 31), dt.date(y2, 12, 31)
    assert base_of["Functional units"] == (120.0, dt.date(2018, 12, 31))
    assert targets == [("Functional units", e1, 140.0), ("Functional units", e2, 160.0),
                       ("Skilled deliveries", e1, 65.0), ("Skilled deliveries", e2, 70.0)]  # fmt: skip
    assert measures == [("Functional units", e1, 138.0), ("Functional units", e2, 161.0),
                        ("Skilled deliveries", e1, 64.0)]  # fmt: skip
