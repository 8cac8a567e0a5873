"""A results matrix without a level column whose objective cells start with a level word
("Module objective: …", "Output A: …", "Objetivo del módulo: …", "Résultat 1 : …") takes
each row's level from that word and keeps only the text after it as the narrative, even
when the column is headed by one level's name ("Results", "Resultados")."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


@pytest.mark.parametrize(
    ("head", "purpose", "output", "ind", "base", "target", "mov"),
    [
        ("Results", "Module objective: ", "Output A: ", "Indicator", "Baseline", "Target",
         "Means of verification"),
        ("Resultados", "Objetivo del módulo: ", "Producto A: ", "Indicador", "Línea de base",
         "Meta", "Medios de verificación"),
        ("Résultats", "Objectif du module : ", "Résultat 1 : ", "Indicateur",
         "Valeur de référence", "Cible", "Sources de vérification"),
        ("Objectives", "Purpose: ", "Output: ", "Indicator", "Baseline", "Target",
         "Means of verification"),
    ],
)  # fmt: skip
def test_a_level_word_before_the_objective_gives_its_level(
    tmp_path, head, purpose, output, ind, base, target, mov
):
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrix"
    ws.append(["Project: Good Governance"])
    ws.append([])
    ws.append([head, ind, base, target, mov])
    ws.append([purpose + "Institutions manage finances", "Reports published", 45, 80, "Web"])
    ws.append([None, "Days to approve", 45, 30, "System"])
    ws.append([output + "Audits are strengthened", "Audits per year", 120, 200, "Report"])
    ws.merge_cells("A4:A5")
    path = tmp_path / "m.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        results = {r.narrative: r for r in project.rows(m.Result)}
        assert set(results) == {"Institutions manage finances", "Audits are strengthened"}
        top, out = results["Institutions manage finances"], results["Audits are strengthened"]
        assert (top.level, out.level) == ("purpose", "output")
        assert out.parent_id == top.id
        by_result = {i.name: i.result_id for i in project.rows(m.Indicator)}
        assert by_result == {"Reports published": top.id, "Days to approve": top.id,
                             "Audits per year": out.id}  # fmt: skip
