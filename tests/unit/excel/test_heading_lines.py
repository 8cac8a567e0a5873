"""Lines above a logframe that name the commitment: a template's name then a dash or colon
and the project's title ("Indicative logframe matrix – Support to …", "Marco lógico - …",
"Cadre logique : …", "Quadro lógico — …"), and a label line naming the lead institution
("Institución responsable: X", "Responsible institution:" | "X" in the next cell, "Organisme
responsable :", "Instituição responsável:"), above plain cells or an Excel Table."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.table import Table

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.logframe_titles import commitment_heading

HEAD = {
    "en": ["Level", "Narrative summary", "Indicator", "Baseline", "Target", "Assumptions"],
    "es": ["Nivel", "Resumen narrativo", "Indicador", "Línea base", "Meta", "Supuestos"],
    "fr": ["Niveau", "Logique d'intervention", "Indicateur", "Situation de référence",
           "Cible", "Hypothèses"],
    "pt": ["Nível", "Resumo narrativo", "Indicador", "Linha de base", "Meta", "Pressupostos"],
}  # fmt: skip
GOAL = {"en": "Goal", "es": "Fin", "fr": "Objectif global", "pt": "Objetivo geral"}


def _leads(project, commitment):
    names = {i.id: i.name for i in project.rows(m.Institution)}
    return [names[x.institution_id] for x in project.rows(m.CommitmentInstitution)
            if x.commitment_id == commitment.id and x.role == "lead"]  # fmt: skip


def _book(tmp_path, lang, above, table=False, name="m.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.title = "Logframe"
    for line in above:
        ws.append(line)
    ws.append([])
    top = len(above) + 2  # the header's row, under a blank one
    ws.append(HEAD[lang])
    ws.append([GOAL[lang], "Better public services", "Satisfaction", "40", "60", None])
    if table:
        ws.add_table(Table(displayName="Matrix", ref=f"A{top}:F{top + 1}"))
    path = tmp_path / name
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("lang", "line", "title"),
    [
        ("en", "Indicative logframe matrix – Support to Open Government in Jordan",
         "Support to Open Government in Jordan"),
        ("es", "Marco lógico - Fortalecimiento de la gestión municipal",
         "Fortalecimiento de la gestión municipal"),
        ("fr", "Cadre logique : Appui à la décentralisation", "Appui à la décentralisation"),
        ("pt", "Quadro lógico — Governo aberto nos municípios", "Governo aberto nos municípios"),
        ("en", "Results framework: Public procurement reform", "Public procurement reform"),
    ],
)  # fmt: skip
def test_the_title_after_a_template_name_is_the_commitment(project, tmp_path, lang, line, title):
    path = _book(tmp_path, lang, [[None, line]])  # not in the first column
    report = import_workbook(project, path)
    (c,) = project.rows(m.Commitment)
    assert c.title == title
    assert not [w for w in report.warnings if w.row == 1]  # the title line is used


@pytest.mark.parametrize(
    "line",
    ["Anexo II – Matriz de Resultados", "Logframe – version 2", "Matriz de marco lógico: 2019",
     "Logframe - Draft 3", "Cadre logique : annexe 4"],
)  # fmt: skip
def test_an_annex_version_or_year_after_a_template_name_is_no_title(line):
    assert commitment_heading([[line]], "Hoja") == ("", "Hoja")


@pytest.mark.parametrize(
    ("lang", "cells"),
    [
        ("es", ["Institución responsable: Ministerio de Hacienda"]),
        ("en", ["Responsible institution:", "Ministerio de Hacienda"]),
        ("fr", [None, "Organisme responsable : Ministerio de Hacienda"]),
        ("pt", ["Instituição responsável:", None, "Ministerio de Hacienda"]),
        ("en", ["Lead agency: Ministerio de Hacienda"]),
    ],
)  # fmt: skip
@pytest.mark.parametrize("table", [False, True])
def test_a_label_line_names_the_lead_institution(project, tmp_path, lang, cells, table):
    above = [["Compromiso 5: Presupuesto abierto"], cells]
    report = import_workbook(project, _book(tmp_path, lang, above, table))
    (c,) = project.rows(m.Commitment)
    assert (c.code, c.title) == ("5", "Presupuesto abierto")
    assert _leads(project, c) == ["Ministerio de Hacienda"]
    assert not [w for w in report.warnings if w.row in (1, 2)]


def test_no_label_line_no_lead(project, tmp_path):
    import_workbook(project, _book(tmp_path, "es", [["Compromiso 5: Presupuesto abierto"]]))
    (c,) = project.rows(m.Commitment)
    assert _leads(project, c) == []
