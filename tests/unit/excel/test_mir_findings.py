"""Blind set 3, Mexico's MIR as a class: the commitment is named by a title line
("Programa presupuestario: …", "Programme budgétaire : …"), never by a year in the sheet's
name; "Año" (or "Year", "Fecha") under a merged "Línea base" / "Baseline" header is the
baseline's date; and a sheet's own typed numbers say how it writes decimals ("62.40" and
"18.25": "12,450" is twelve thousand; "12,75": "1.250" is twelve hundred), a number still
unclear when the sheet writes both being a located error."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.errors import ImportProblems
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

ES_HEAD = (
    ["Nivel", "Resumen narrativo", "Indicadores", None, "Línea base", None, "Meta 2017",
     "Medios de verificación", "Supuestos"],
    [None, None, "Nombre del indicador", "Método de cálculo", "Valor", "Año", None, None, None],
)  # fmt: skip
ES_MERGED = ("A{h}:A{s}", "B{h}:B{s}", "C{h}:D{h}", "E{h}:F{h}", "G{h}:G{s}", "H{h}:H{s}")


def _book(tmp_path, title, above, head, rows, merged=ES_MERGED):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in [*above, *head, *rows]:
        ws.append(list(row))
    h = len(above) + 1
    for ref in merged:
        ws.merge_cells(ref.format(h=h, s=h + 1))
    path = tmp_path / "mir.xlsx"
    wb.save(path)
    return path


def _indicators(tmp_path, path):
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        got = {i.name: i for i in project.rows(m.Indicator)}
        targets = {t.indicator_id: t.value for t in project.rows(m.Target)}
        (c,) = project.rows(m.Commitment)
        return c, {
            n: (i.baseline_value, i.baseline_date, targets.get(i.id)) for n, i in got.items()
        }


MX_ROWS = [
    ["Fin", "Contribuir a un gobierno abierto", "Índice de transparencia", "Puntaje / 100",
     "62.40", 2016, "70.00", "Encuesta", None],
    ["Componente", "Datos abiertos publicados", "Conjuntos publicados", "Suma", "12,450", 2016,
     "15,000", "Registro", None],
    ["Actividad", "Capacitar a los enlaces", "Tiempo de respuesta", "Días / solicitudes",
     "18.25", 2015, "15.00", "Reportes", None],
]  # fmt: skip


def test_a_mexican_mir_names_its_programme_dates_its_baselines_and_groups_thousands(tmp_path):
    above = [
        ["Matriz de Indicadores para Resultados (MIR) – Ejercicio fiscal 2017"],
        ["Ramo: 27 Función Pública"],
        ["Programa presupuestario: Políticas de transparencia"],
        [],
    ]
    path = _book(tmp_path, "MIR 2017", above, ES_HEAD, MX_ROWS)
    c, got = _indicators(tmp_path, path)
    assert (c.code, c.title) == ("", "Políticas de transparencia")
    assert got["Índice de transparencia"] == (62.4, dt.date(2016, 12, 31), 70.0)
    assert got["Conjuntos publicados"] == (12450.0, dt.date(2016, 12, 31), 15000.0)
    assert got["Tiempo de respuesta"] == (18.25, dt.date(2015, 12, 31), 15.0)


def test_a_french_budget_programme_with_the_year_before_the_value(tmp_path):
    head = (
        [None, "Logique d'intervention", "Indicateurs", "Valeur de référence", None, "Cible",
         "Sources de vérification", "Hypothèses"],
        [None, None, None, "Année", "Valeur", None, None, None],
    )  # fmt: skip
    rows = [
        ["Objectif global", "Les citoyens suivent le budget", "Taux de consultation", 2015,
         "12,75", "30", "Enquête", None],
        ["Produit", "Portail budgétaire ouvert", "Visites mensuelles", 2016, "1.250", "5.000",
         "Statistiques", None],
    ]  # fmt: skip
    above = [["Programme budgétaire : Transparence des finances locales"], []]
    merged = ("A{h}:A{s}", "B{h}:B{s}", "C{h}:C{s}", "D{h}:E{h}", "F{h}:F{s}")
    path = _book(tmp_path, "Cadre 2016", above, head, rows, merged)
    c, got = _indicators(tmp_path, path)
    assert (c.code, c.title) == ("", "Transparence des finances locales")
    assert got["Taux de consultation"] == (12.75, dt.date(2015, 12, 31), 30.0)
    assert got["Visites mensuelles"] == (1250.0, dt.date(2016, 12, 31), 5000.0)


def test_english_headers_with_comma_decimals_read_the_point_as_thousands(tmp_path):
    head = (
        ["Level", "Narrative summary", "Indicators", None, "Baseline", None, "Target",
         "Means of verification", "Assumptions"],
        [None, None, "Indicator", "Formula", "Value", "Year", None, None, None],
    )  # fmt: skip
    rows = [
        ["Goal", "Citizens follow the budget", "Visits", "Sum of visits", "1.250", 2016,
         "5.000", "Web analytics", None],
        ["Output", "Portal open", "Score", "Points", "12,75", 2016, "20", "Survey", None],
    ]  # fmt: skip
    path = _book(tmp_path, "Logframe", [["Project: Open budget portal"]], head, rows)
    c, got = _indicators(tmp_path, path)
    assert c.title == "Open budget portal"
    assert got["Visits"] == (1250.0, dt.date(2016, 12, 31), 5000.0)
    assert got["Score"] == (12.75, dt.date(2016, 12, 31), 20.0)


def test_a_sheet_writing_decimals_both_ways_leaves_a_grouped_number_as_a_located_error(
    tmp_path,
):
    rows = [
        *MX_ROWS,
        ["Actividad", "Revisar la calidad", "Calidad", "Puntos", "12,5", 2016, "20", "Informe",
         None],
    ]  # fmt: skip
    path = _book(tmp_path, "MIR", [["Programa: Datos"]], ES_HEAD, rows)
    with Project.new(tmp_path / "p.nap") as project, pytest.raises(ImportProblems) as err:
        import_workbook(project, path)
    located = {(p.row, p.column) for p in err.value.problems if p.issue.code == "ambiguous_number"}
    assert located == {(5, "E"), (5, "G")}  # "12,450" and "15,000"
    (problem, *_) = [p for p in err.value.problems if p.issue.code == "ambiguous_number"]
    assert "miles o decimales" in problem.message("es")


@pytest.mark.parametrize(
    ("line", "sheet", "title"),
    [
        ("Programa presupuestario (Pp): E005 Transparencia", "MIR 2018", "E005 Transparencia"),
        ("Denominación del programa: Datos abiertos", "MIR", "Datos abiertos"),
        ("Clave y nombre del programa: Archivo", "Hoja1", "Archivo"),
        ("Budget programme: Open contracting", "PAD 2019", "Open contracting"),
        ("Programa orçamentário: Dados abertos", "Quadro 2016", "Dados abertos"),
    ],
)
def test_a_programme_line_names_the_commitment_and_a_sheet_year_is_no_code(line, sheet, title):
    from matrix_app.services.excel.logframe_titles import commitment_heading

    assert commitment_heading([["Matriz de Indicadores para Resultados"], [line]], sheet) == (
        "",
        title,
    )
    assert commitment_heading([["Matriz de Indicadores para Resultados"]], sheet)[0] == ""
