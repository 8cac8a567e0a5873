"""An ILPES matrix gives an activity's budget in the indicators column ("Presupuesto: $
45.000.000"): it is not an indicator. The example (tests/data/excel_blind2, ILPES matrix
with section rows) imported each budget as an indicator named "Presupuesto: $ …"; the class:
a budget, cost or inputs line on an activity's row, in Spanish, English, Portuguese or
French, is listed as not imported with the reason, and a real indicator there is kept."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook

HEAD = ["Nivel", "Resumen narrativo", "Indicadores", "Medios de verificación", "Supuestos"]


def _book(path, budget):
    wb = Workbook()
    ws = wb.active
    ws.title = "MML"
    ws.append(["Compromiso 11: Atención ciudadana"])
    ws.append(HEAD)
    ws.append(["Fin", "Atención oportuna", "Usuarios satisfechos", "Encuesta"])
    ws.append(["Propósito", "Reclamos resueltos", "Tiempo de resolución", "Reportes"])
    ws.append(["Componente", "Sistema operando", "Servicios conectados", "Actas"])
    ws.append(["Actividad", "Diseñar la plataforma", budget, "Contrato"])
    ws.append(["Actividad", "Capacitar a los equipos", "Funcionarios capacitados", "Listas"])
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "budget",
    ["Presupuesto: $ 45.000.000", "Costo total $ 12 millones", "Budget: USD 40,000",
     "Cost (USD): 12,000", "Orçamento: R$ 90.000", "Coût : 15 000 €", "Inputs: 2 consultants",
     "Recursos: $ 8.500.000"],
)  # fmt: skip
def test_an_activitys_budget_is_not_an_indicator(project, tmp_path, budget):
    report = import_workbook(project, _book(tmp_path / "b.xlsx", budget))
    assert not report.problems
    names = {i.name for i in project.rows(m.Indicator)}
    assert budget not in names and "Funcionarios capacitados" in names
    said = [w.as_dict("en")["message"] for w in report.warnings]
    assert any("budget or cost" in s and "C6" in s for s in said), said


def test_a_resource_named_indicator_on_an_activity_is_kept(project, tmp_path):
    report = import_workbook(project, _book(tmp_path / "b.xlsx", "Recursos humanos asignados"))
    assert not report.problems
    assert "Recursos humanos asignados" in {i.name for i in project.rows(m.Indicator)}
