"""Blind set 3: what is written below a matrix is not the matrix. Under a signature line
("____ | ____", "Prepared by:") the names and posts of who signs are set aside, as are the
rows under a notes block that name no level nor indicator, and the rows under the Excel
Table that holds the matrix; each listed as not imported, never silently. A blank spacer
row inside the matrix does not end it."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.worksheet.table import Table

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


def _import(tmp_path, rows, title="Matriz", table=None, merged=()):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for ref in merged:
        ws.merge_cells(ref)
    if table:
        ws.add_table(Table(displayName="Tabla1", ref=table))
    path = tmp_path / "book.xlsx"
    wb.save(path)
    project = Project.new(tmp_path / "p.nap")
    report = import_workbook(project, path)
    results = {r.narrative: r for r in project.rows(m.Result)}
    return project, report, results


def _aside(report, code):
    return {w.row: w.message("en") for w in report.warnings if w.issue.code == code}


def test_names_under_a_signature_line_are_not_activities(tmp_path):
    project, report, results = _import(
        tmp_path,
        [
            ["MATRIZ DE MARCO LÓGICO"],
            ["Programa: Archivo digital"],
            [None, "Resumen narrativo", "Indicadores", "Línea base", "Meta", "Supuestos"],
            ["FIN", "Ciudadanía confía en los registros", "Índice de confianza", 58, 70, None],
            ["COMPONENTES", "Documentos digitalizados", "Documentos", 0, 1000, None],
            [],  # a spacer row inside the matrix does not end it
            ["ACTIVIDADES", "Comprar escáneres"],
            [None, "----------"],  # nor does a dashed separator line
            [None, "Digitalizar los fondos"],
            [],
            [None, "____________________", None, "____________________"],
            [None, "Jefe de Planificación", None, "Director Nacional"],
            [None, "Ana Pérez", None, "Luis Soto"],
        ],
        merged=("A7:A9",),
    )
    with project:
        assert set(results) == {"Ciudadanía confía en los registros", "Documentos digitalizados",
                                "Comprar escáneres", "Digitalizar los fondos"}  # fmt: skip
        aside = _aside(report, "signature_row")
        assert set(aside) == {12, 13}
        assert "Jefe de Planificación" in aside[12] and "signature" in aside[12]
        (first, *_) = [w for w in report.warnings if w.issue.code == "signature_row"]
        assert "firma" in first.message("es")


def test_a_prepared_by_label_starts_a_signature_block_in_english(tmp_path):
    project, report, results = _import(
        tmp_path,
        [
            ["Level", "Narrative summary", "Indicators", "Baseline", "Target", "Source"],
            ["Goal", "Citizens trust public records", "Trust index", 58, 70, "Survey"],
            ["Output", "Records digitised", "Records", 0, 1000, "Catalogue"],
            ["Activity", "Buy scanners"],
            ["Prepared by:", None, None, "Approved by:"],
            [None, "Head of Planning", None, "National Director"],
        ],
        title="Logframe",
    )
    with project:
        assert "Head of Planning" not in results
        assert set(results) == {"Citizens trust public records", "Records digitised",
                                "Buy scanners"}  # fmt: skip
        assert 6 in _aside(report, "signature_row")


def test_rows_naming_no_level_under_a_notes_block_are_notes(tmp_path):
    project, report, results = _import(
        tmp_path,
        [
            ["Nivel", "Objetivo", "Indicador", "Línea base", "Meta"],
            ["Fin", "Vecinos inciden en la inversión", "Índice de confianza", 72, 80],
            ["Componente", "Plataforma habilitada", "Votos emitidos", 1233, 5000],
            ["Actividad", "Contratar la plataforma"],
            [],
            ["Notas:"],
            [None, "Jefa de División", None, "Intendente Regional"],
            ["Actividad", "Capacitar a los consejeros"],  # a level again: the matrix goes on
        ],
    )
    with project:
        assert "Jefa de División" not in results
        assert "Capacitar a los consejeros" in results
        assert 7 in _aside(report, "notes_row")


def test_rows_under_the_excel_table_are_not_its_rows(tmp_path):
    project, report, results = _import(
        tmp_path,
        [
            ["Cadre logique – Engagement 3 : Budget participatif"],
            [],
            ["Niveau", "Logique d'intervention", "Indicateurs", "Valeur de référence", "Cible"],
            ["Objectif global", "Les habitants participent au budget", "Taux", 12, 30],
            [None, None, None, None, None],  # a spacer row inside the Table: the matrix goes on
            ["Produit", "Plateforme de vote ouverte", "Votes", 0, 5000],
            ["Activité", "Développer la plateforme", None, None, None],
            [None, "Marie Dupont", None, "Directrice"],  # typed under the Table
        ],
        title="Matrice",
        table="A3:E7",
    )
    with project:
        assert "Marie Dupont" not in results
        assert set(results) == {"Les habitants participent au budget",
                                "Plateforme de vote ouverte", "Développer la plateforme"}  # fmt: skip
        aside = _aside(report, "outside_table")
        assert set(aside) == {8}
        assert "Tabla1" in aside[8] and "A3:E7" in aside[8]


def test_names_under_a_follow_up_signature_line_are_not_milestones(tmp_path):
    project, report, results = _import(
        tmp_path,
        [
            ["N°", "Compromiso", "Hito", "Fecha de inicio", "Fecha de término", "Avance"],
            [1, "Portal de datos abiertos", "Publicar el portal", "2016-01", "2016-06", "1"],
            [None, None, "Capacitar a los municipios", "2016-03-31", "2016-12-31", "50%"],
            [],
            [None, "____________", "____________"],
            [None, "Coordinador", "Secretaria Ejecutiva"],
        ],
        title="Seguimiento",
    )
    with project:
        assert "Secretaria Ejecutiva" not in results
        assert {"Publicar el portal", "Capacitar a los municipios"} <= set(results)
        assert 6 in _aside(report, "signature_row")


def test_a_follow_up_kept_in_an_excel_table_ends_with_the_table(tmp_path):
    project, report, results = _import(
        tmp_path,
        [
            ["Compromiso", "Hito", "Inicio", "Término", "% de avance"],
            ["Portal de datos abiertos", "Publicar el portal", "2016-01", "2016-06", "1"],
            ["Portal de datos abiertos", "Capacitar a los municipios", "2016-03", "2016-12", "0"],
            [None, "Revisado: Ana Pérez", None, None, None],  # typed under the Table
        ],
        title="Hitos",
        table="A1:E3",
    )
    with project:
        assert "Revisado: Ana Pérez" not in results
        assert {"Publicar el portal", "Capacitar a los municipios"} <= set(results)
        assert set(_aside(report, "outside_table")) == {4}
