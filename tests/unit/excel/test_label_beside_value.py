"""A commitment's label in one cell and its name in the next ("Compromiso 1:" | "Datos
abiertos", "Entidad responsable:" | "DNP") reads as "Compromiso 1: Datos abiertos" in one
cell does: above a follow-up table or a logframe, as a section row across a table, and as
the label of a second matrix stacked in the same sheet; in Spanish, English, Portuguese and
French wording."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook

WORDS = {
    "es": ("Compromiso 1:", "Entidad responsable:", ["Hito", "Fecha de inicio",
           "Fecha de término", "% de avance"]),
    "en": ("Commitment 1:", "Lead agency:", ["Milestone", "Start date", "End date",
           "% complete"]),
    "pt": ("Compromisso 1:", "Entidade responsável:", ["Marco", "Início", "Fim",
           "% de execução"]),
    "fr": ("Engagement 1 :", "Institution responsable :", ["Jalon", "Date de début",
           "Date de fin", "% de réalisation"]),
}  # fmt: skip


def _leads(project, commitment):
    names = {i.id: i.name for i in project.rows(m.Institution)}
    return [names[x.institution_id] for x in project.rows(m.CommitmentInstitution)
            if x.commitment_id == commitment.id and x.role == "lead"]  # fmt: skip


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_labels_above_a_follow_up_table_with_the_value_in_the_next_cell(project, tmp_path, lang):
    commitment, lead, head = WORDS[lang]
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoja 1"
    ws.append(["Plan de acción – seguimiento"])
    ws.append([None, commitment, "Datos abiertos municipales"])  # not in the first column
    ws.append([None, lead, "Ministerio de Datos"])
    ws.append([])
    ws.append(head)
    ws.append(["Publicar el catálogo", "01/03/2018", "30/06/2018", "50%"])
    path = tmp_path / f"seg_{lang}.xlsx"
    wb.save(path)
    report = import_workbook(project, path)
    (c,) = project.rows(m.Commitment)
    assert (c.code, c.title) == ("1", "Datos abiertos municipales")
    assert _leads(project, c) == ["Ministerio de Datos"]
    unused = [w.as_dict("en")["message"] for w in report.warnings if w.row in (2, 3)]
    assert not unused, unused


def test_a_logframe_under_a_two_cell_commitment_label(project, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "MML"
    ws.append(["Compromiso 5:", "Presupuesto participativo"])
    ws.append(["Nivel", "Resumen narrativo", "Indicador", "Medios de verificación",
               "Supuestos"])  # fmt: skip
    ws.append(["Fin", "Más participación", "Votantes", "Actas", None])
    path = tmp_path / "mml.xlsx"
    wb.save(path)
    import_workbook(project, path)
    (c,) = project.rows(m.Commitment)
    assert (c.code, c.title) == ("5", "Presupuesto participativo")


def test_a_second_stacked_matrix_labelled_in_two_cells(project, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    head = ["Level", "Narrative summary", "Indicator", "Baseline", "Target 2017"]
    for n, title in ((3, "Participatory budget"), (4, "Open council")):
        ws.append([f"Commitment {n}:", title])
        ws.append(head)
        ws.append(["Goal", f"Goal of {n}"])
    path = tmp_path / "h.xlsx"
    wb.save(path)
    import_workbook(project, path)
    got = {c.code: c.title for c in project.rows(m.Commitment)}
    assert got == {"3": "Participatory budget", "4": "Open council"}


def test_section_rows_of_a_follow_up_table_in_two_cells(project, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Seguimiento"
    ws.append(["Hito", "Institución responsable", "Fecha de inicio", "Fecha de término"])
    ws.append(["Compromiso 2:", "Gobierno digital"])
    ws.append(["Lanzar la plataforma", "Agesic", "01/02/2018", "31/12/2018"])
    ws.append(["Compromiso 3:", "Compras abiertas"])
    ws.append(["Publicar contratos", "ACCE", "01/03/2018", "30/11/2018"])
    path = tmp_path / "s.xlsx"
    wb.save(path)
    import_workbook(project, path)
    got = {c.code: c.title for c in project.rows(m.Commitment)}
    assert got == {"2": "Gobierno digital", "3": "Compras abiertas"}
    names = {r.narrative for r in project.rows(m.Result)}
    assert names == {"Lanzar la plataforma", "Publicar contratos"}


def test_blocks_whose_title_and_lead_labels_have_their_value_in_the_next_cell(project, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    for code, title, lead in (("4", "Open contracting", "Cabinet Office"),
                              ("5", "Beneficial ownership", "Companies House")):  # fmt: skip
        ws.append([])
        ws.append([f"Commitment {code}:", title])
        ws.append(["Lead department:", lead])
        ws.append(["Milestone", "Start date", "End date", "% complete"])
        ws.append([f"Milestone of {code}", "2017-01-01", "2017-06-30", 100])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    import_workbook(project, path)
    got = {c.code: (c.title, _leads(project, c)) for c in project.rows(m.Commitment)}
    assert got == {"4": ("Open contracting", ["Cabinet Office"]),
                   "5": ("Beneficial ownership", ["Companies House"])}  # fmt: skip
