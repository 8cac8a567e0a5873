"""IDB results matrices ("Matriz de Resultados", "Results Matrix"), Spanish and English:
the objective line is the purpose, result/outcome section rows hold its indicators, product
/output sections hold the components' ("Componente 1: …" rows are outputs); a year header is
that calendar year's end, "Año línea de base" dates the baseline, "Meta final (2021)" is the
last target, "45 días" and "US$ 1.200.000" are numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook

WORDS = {
    "es": ("Matriz de Resultados", "Proyecto: Compras abiertas", "Objetivo del proyecto:",
           ["Indicadores", "Unidad de medida", "Línea de base", "Año línea de base", "2019",
            "2020", "Meta final (2021)", "Medios de verificación", "Comentarios"],
           "Resultados", "Productos", "Componente 1: Portal", "45 días", "US$ 1.200.000",
           1200000.0),
    "en": ("Annex 2 – Results Matrix", "Project: Open procurement", "Project objective:",
           ["Indicators", "Unit of measure", "Baseline", "Baseline year", "2019", "2020",
            "Final target (2021)", "Means of verification", "Comments"],
           "Outcome indicators", "Output indicators", "Component 1: Portal", "45 days",
           "USD 1,200,000", 1200000.0),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_an_idb_results_matrix(project, tmp_path, lang):
    title, proj, obj, head, res, prod, comp, days, money, amount = WORDS[lang]
    wb = Workbook()
    ws = wb.active
    ws.title = "MR"
    ws.append([title])
    ws.append([proj])
    ws.append([obj, "Better procurement"])
    ws.append([])
    ws.append(head)
    ws.append([res])
    ws.append(["Days to award", "d", days, 2018, "40", "35", "30", "SICP", "note"])
    ws.append([prod])
    ws.append([comp])
    ws.append(["Savings", "$", "0", 2018, "10", "20", money, "Report", None])
    path = tmp_path / f"idb_{lang}.xlsx"
    wb.save(path)
    report = import_workbook(project, path)
    (c,) = project.rows(m.Commitment)
    assert c.title == proj.split(": ", 1)[1]
    results = {r.narrative: r for r in project.rows(m.Result)}
    assert results["Better procurement"].level == "purpose"
    assert results[comp].level == "output"
    inds = {i.name: i for i in project.rows(m.Indicator)}
    days_i, savings = inds["Days to award"], inds["Savings"]
    assert days_i.result_id == results["Better procurement"].id
    assert savings.result_id == results[comp].id
    assert (days_i.baseline_value, days_i.baseline_date) == (45.0, dt.date(2018, 12, 31))
    assert days_i.means_of_verification == "SICP"
    targets = sorted((t.due_date, t.value) for t in project.rows(m.Target)
                     if t.indicator_id == savings.id)  # fmt: skip
    assert targets == [(dt.date(2019, 12, 31), 10.0), (dt.date(2020, 12, 31), 20.0),
                       (dt.date(2021, 12, 31), amount)]  # fmt: skip
    unused = [w.as_dict("en") for w in report.warnings if w.column == "I"]
    assert [w["reason"] for w in unused] == ["unused_column"]  # comments: listed
