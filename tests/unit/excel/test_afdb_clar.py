"""The AfDB's results-based logical framework: IMPACT / EFFET(S) / PRODUITS are goal,
purpose and output, the risks and mitigation column is the assumptions, and the title comes
from "Pays et titre du projet : …" (or "Country and project name:", "País y nombre del
proyecto:")."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


@pytest.mark.parametrize(
    ("title", "levels", "heads"),
    [
        ("Pays et titre du projet : Sénégal – PAMA", ("IMPACT", "EFFETS", "PRODUITS"),
         ("Chaîne des résultats", "Indicateur", "Situation de référence", "Cible",
          "Moyens de vérification", "Risques / mesures d'atténuation")),
        ("Country and project name: Kenya – PFM", ("Impact", "Effet", "Produit(s)"),
         ("Results chain", "Indicator", "Baseline", "Target", "Means of verification",
          "Risks / mitigation measures")),
        ("País y nombre del proyecto: Perú – GOB", ("Impacto", "Effet(s)", "Productos"),
         ("Cadena de resultados", "Indicador", "Línea de base", "Meta",
          "Medios de verificación", "Riesgos y medidas de mitigación")),
    ],
)  # fmt: skip
def test_an_afdb_clar(tmp_path, title, levels, heads):
    wb = Workbook()
    ws = wb.active
    ws.append([title])
    ws.append([])
    ws.append([None, *heads])
    ws.append([levels[0], "Better services", "Satisfaction", 35, 60, "Survey", None])
    ws.append([levels[1], "Transparent administration", "Days to pay", 90, 45, "Treasury",
               "Risk: instability"])  # fmt: skip
    ws.append([levels[2], "System operational", "Entities", 10, 25, "Reports", "Power cuts"])
    path = tmp_path / "clar.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        (commitment,) = project.rows(m.Commitment)
        assert commitment.title == title.split(":", 1)[1].strip()
        got = {r.narrative: (r.level, r.assumptions) for r in project.rows(m.Result)}
        assert got == {
            "Better services": ("goal", ""),
            "Transparent administration": ("purpose", "Risk: instability"),
            "System operational": ("output", "Power cuts"),
        }
