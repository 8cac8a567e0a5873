"""Columns a classic matrix adds beside the four of the logframe that the model has a place
for: the baseline's date, who is responsible, how often, the data source, the dimension, the
value reached with its date, the target's year, a Code column, a "Result" narrative column."""

import datetime as dt

from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.logframe import header_role


def _write(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Compromiso 3"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _import(project, tmp_path, header, *rows):
    path = _write(tmp_path / "m.xlsx", [["Compromiso N° 3: Datos abiertos"], header, *rows])
    report = import_workbook(project, path)
    unused = [w for w in report.warnings if w.issue.code == "unused_column"]
    return report, unused


HEAD = ["Nivel", "Resumen narrativo", "Indicadores", "Medios de verificación", "Supuestos"]
GOAL = ["Fin", "Mejorar la gestión", None, None, None]


def _indicator(project, name):
    return next(i for i in project.rows(m.Indicator) if i.name == name)


def test_baseline_date_column_dates_the_baseline_and_a_year_alone_is_its_31_december(
    project, tmp_path
):
    _report, unused = _import(
        project, tmp_path, [*HEAD, "Línea base", "Fecha línea base"], GOAL,
        ["Propósito", "Datos publicados", "Conjuntos publicados", "Portal", None, "400", "dic-2015"],
        ["Componente", "Portal", "Servicios conectados", "Registro", None, "0", 2014],
    )  # fmt: skip
    assert not unused
    assert _indicator(project, "Conjuntos publicados").baseline_date == dt.date(2015, 12, 31)
    assert _indicator(project, "Servicios conectados").baseline_date == dt.date(2014, 12, 31)


def test_ano_base_and_annee_de_reference_are_the_baseline_date():
    for text in ("Año línea base", "Ano base", "Année de référence", "Baseline date"):
        assert header_role(text) == "baseline_date", text
    assert header_role("Línea base") == "baseline"
    assert header_role("Valores de referencia\n(incluido año de referencia)") == "baseline"


def test_a_year_in_the_baseline_header_dates_the_baseline(project, tmp_path):
    _import(
        project, tmp_path, [*HEAD, "Línea base 2014", "Meta 2016"], GOAL,
        ["Propósito", "Datos publicados", "Conjuntos publicados", "Portal", None, "400", "900"],
        ["Componente", "Portal", "Servicios conectados", "Registro", None, "s/i", "20"],
    )  # fmt: skip
    ind = _indicator(project, "Conjuntos publicados")
    assert (ind.baseline_value, ind.baseline_date) == (400, dt.date(2014, 12, 31))
    assert _indicator(project, "Servicios conectados").baseline_date is None  # no value, no date
    (target,) = project.rows(m.Target, indicator_id=ind.id)
    assert (target.due_date, target.value) == (dt.date(2016, 12, 31), 900)


def test_responsible_frequency_data_source_and_dimension_columns(project, tmp_path):
    header = ["Nivel", "Objetivo", "Dimensión", "Indicador", "Responsable", "Frecuencia",
              "Fuente de datos", "Fuente"]  # fmt: skip
    _report, unused = _import(
        project, tmp_path, header, ["Fin", "Mejorar la gestión"],
        ["Propósito", "Datos publicados", "Eficacia", "Conjuntos publicados", "DOS", "Anual",
         "Encuesta Nacional", "Informe anual"],
    )  # fmt: skip
    assert not unused
    ind = _indicator(project, "Conjuntos publicados")
    assert (ind.responsible, ind.frequency, ind.data_source) == (
        "DOS",
        "Anual",
        "Encuesta Nacional",
    )
    assert ind.dimension == "efficacy"
    assert ind.means_of_verification == "Informe anual"  # plain "Fuente" stays the means


def test_a_dimension_the_model_does_not_know_is_left_out_with_a_warning(project, tmp_path):
    report, _unused = _import(
        project, tmp_path, ["Nivel", "Objetivo", "Dimensión", "Indicador", "Fuente"],
        ["Fin", "Mejorar la gestión"],
        ["Propósito", "Datos publicados", "Producto", "Conjuntos publicados", "Informe"],
    )  # fmt: skip
    assert _indicator(project, "Conjuntos publicados").dimension is None
    (warning,) = [w for w in report.warnings if w.issue.code == "vocabulary"]
    assert (warning.row, warning.column, warning.value) == (4, "C", "Producto")


def test_english_and_portuguese_headers_of_the_new_roles():
    assert header_role("Responsible") == header_role("Responsável") == "responsible"
    assert header_role("Frequency") == header_role("Fréquence") == "frequency"
    assert header_role("Frequência") == "frequency"
    assert header_role("Data source") == header_role("Fonte de dados") == "data_source"
    assert header_role("Source") == header_role("Medios de verificación") == "means_of_verification"
    assert header_role("Source of data") == "means_of_verification"  # the EU template's
    assert header_role("Dimension") == "dimension"
    assert header_role("% de avance") is None  # a completion, not a value reached


def test_value_reached_with_its_date_is_a_measurement_and_ano_meta_dates_the_target(
    project, tmp_path
):
    header = [*HEAD, "Meta", "Año meta", "Avance", "Fecha avance"]
    _report, unused = _import(
        project, tmp_path, header, GOAL,
        ["Propósito", "Datos publicados", "Conjuntos publicados", "Portal", None, "900", 2016,
         "450", "30/06/2016"],
    )  # fmt: skip
    assert not unused
    ind = _indicator(project, "Conjuntos publicados")
    (target,) = project.rows(m.Target, indicator_id=ind.id)
    assert (target.due_date, target.value) == (dt.date(2016, 12, 31), 900)
    (x,) = project.rows(m.Measurement, indicator_id=ind.id)
    assert (x.measured_on, x.value) == (dt.date(2016, 6, 30), 450)


def test_english_actual_and_actual_date_and_a_result_column_beside_a_level_column(
    project, tmp_path
):
    header = ["Level", "Result", "Indicator", "Baseline", "Target", "Actual", "Actual date"]
    _report, unused = _import(
        project, tmp_path, header,
        ["Goal", "Citizens follow public spending", None],
        ["Purpose", "Budget data published monthly", "Reports on time", "0", "12", "5",
         "Q3 2016"],
    )  # fmt: skip
    assert not unused
    results = {r.level: r.narrative for r in project.rows(m.Result)}
    assert results["purpose"] == "Budget data published monthly"
    (x,) = project.rows(m.Measurement)
    assert (x.measured_on, x.value) == (dt.date(2016, 9, 30), 5)


def test_code_column_places_an_activity_under_its_component_whatever_the_row_order(
    project, tmp_path
):
    header = ["Código", "Nivel", "Objetivo", "Indicador", "Medio de verificación"]
    _report, unused = _import(
        project, tmp_path, header,
        ["F", "Fin", "Fortalecer la confianza"],
        ["P", "Propósito", "Servicios publican datos"],
        ["C1", "Componente", "Catálogo publicado", "Servicios con catálogo", "Informe"],
        ["A2.1", "Actividad", "Dictar talleres"],
        ["C2", "Componente", "Servicios capacitados", "Encargados capacitados", "Listas"],
        ["A1.1", "Actividad", "Definir metadatos"],
    )  # fmt: skip
    assert not unused
    results = {r.narrative: r for r in project.rows(m.Result)}
    assert results["Dictar talleres"].parent_id == results["Servicios capacitados"].id
    assert results["Definir metadatos"].parent_id == results["Catálogo publicado"].id


def test_a_description_column_beside_a_level_column_is_the_narrative(project, tmp_path):
    """The example: an English matrix headed "Code | Level | Description | Indicator" (an
    Excel Table on a third sheet, tests/data/excel_blind2) was not recognised at all; the
    class: a plain "Description"/"Descripción"/"Descrição" beside a Level column."""
    for header, words in [
        (["Level", "Description", "Indicator", "Baseline", "Target 2017", "Actual 2017"], "en"),
        (["Nivel", "Descripción", "Indicador", "Línea base", "Meta 2017", "Efectivo 2017"], "es"),
        (["Nível", "Descrição", "Indicador", "Linha de base", "Meta 2017", "Real 2017"], "pt"),
    ]:
        goal = {"en": "Goal", "es": "Fin", "pt": "Fim"}[words]
        purpose = {"en": "Purpose", "es": "Propósito", "pt": "Propósito"}[words]
        _report, unused = _import(
            project, tmp_path, header,
            [goal, f"Citizens follow spending ({words})"],
            [purpose, f"Spending published ({words})", f"Portals online ({words})", "12", "60",
             "71"],
        )  # fmt: skip
        assert not unused, (words, unused)
        results = {r.narrative for r in project.rows(m.Result)}
        assert f"Spending published ({words})" in results
        ind = next(i for i in project.rows(m.Indicator) if i.name == f"Portals online ({words})")
        (x,) = project.rows(m.Measurement, indicator_id=ind.id)
        assert (x.measured_on, x.value) == (dt.date(2017, 12, 31), 71)


def test_description_alone_is_not_taken_for_a_logframe(tmp_path):
    from matrix_app.services.excel.importing import detect

    path = _write(tmp_path / "d.xlsx", [["Description", "Indicator", "Owner"], ["a", "b", "c"]])
    assert detect(path).kind == "other"
