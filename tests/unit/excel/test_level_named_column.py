"""A matrix with no level column whose narrative column is headed by the level itself
("Producto estratégico | Indicador | … | Efectivo 2013 | Meta 2016", DIPRES's Formulario H;
"Outputs | Indicator | Means of verification"): every row is a result of that level.

The example (tests/data/excel_blind2/b2_dipres_formulario_h.xlsx) was not recognised at all;
the class is any output-named column beside two logframe columns, with a value cell holding
its computation on a second line (kept out, and said)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import detect, import_workbook


def _book(path, header, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Formulario H"
    ws.append(["Compromiso N° 14: Indicadores de desempeño"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (["Producto estratégico", "Indicador", "Fórmula de cálculo", "Efectivo 2013", "Meta 2016",
          "Medios de verificación"],
         [["Respuesta a solicitudes", "Eficacia/Producto\nSolicitudes en plazo", "(a/b)*100",
           "92,1 %\n(1.842/2.000)*100", "96,0 %\n(2.208/2.300)*100", "Portal"],
          ["Gestión de reclamos", "Tiempo de resolución", "Σ días/N°", "12,4", "10,0",
           "Registro"]]),
        (["Outputs", "Indicator", "Formula", "Actual 2013", "Target 2016", "Means of verification"],
         [["Respuesta a solicitudes", "Solicitudes en plazo", "(a/b)*100",
           "92.1 %\n(1842/2000)*100", "96.0 %\n(2208/2300)*100", "Portal"],
          ["Gestión de reclamos", "Tiempo de resolución", "days/N", "12.4", "10.0",
           "Registro"]]),
    ],
    ids=["dipres-es", "outputs-en"],
)  # fmt: skip
def test_every_row_is_an_output_of_the_column_s_level(project, tmp_path, header, rows):
    report = import_workbook(project, _book(tmp_path / "h.xlsx", header, rows))
    assert not report.problems, [p.as_dict("en") for p in report.problems]
    (c,) = project.rows(m.Commitment)
    assert (c.code, c.title) == ("14", "Indicadores de desempeño")
    results = {r.narrative: r for r in project.rows(m.Result)}
    assert set(results) == {"Respuesta a solicitudes", "Gestión de reclamos"}
    assert {r.level for r in results.values()} == {"output"}
    ind = next(i for i in project.rows(m.Indicator) if i.name == "Solicitudes en plazo")
    assert ind.result_id == results["Respuesta a solicitudes"].id
    (x,) = project.rows(m.Measurement, indicator_id=ind.id)
    assert (x.measured_on, x.value) == (dt.date(2013, 12, 31), 92.1)
    (t,) = project.rows(m.Target, indicator_id=ind.id)
    assert (t.due_date, t.value) == (dt.date(2016, 12, 31), 96)
    said = [w.as_dict("en")["message"] for w in report.warnings if w.issue.code == "unused_lines"]
    assert len(said) == 2 and any("(1" in s and "computation" in s for s in said), said


def test_a_fin_column_is_not_taken_for_a_level(tmp_path):
    path = _book(tmp_path / "f.xlsx", ["Hito", "Inicio", "Fin", "Medio de verificación"],
                 [["Publicar datos", "01/2016", "06/2016", "Portal"]])  # fmt: skip
    found = detect(path)
    assert all(mt.data.get("mapping") is None or mt.data["mapping"].level is None
               for mt in found.matches.values())  # fmt: skip
