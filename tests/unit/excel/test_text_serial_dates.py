"""A date cell formatted as text holds Excel's day count ("42735"): five digits written as
text in a date column read as that day, like a number cell, with a warning that says so;
"2016" stays a year, and digits that could be something else stay a located error."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.errors import ImportProblems
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.parse import parse_date, split_reference
from matrix_app.services.project import Project


@pytest.mark.parametrize(
    ("text", "day"),
    [("42735", "2016-12-31"), (" 43465 ", "2018-12-31"), ("42735.0", "2016-12-31"),
     ("42551,0", "2016-06-30"), ("25569", "1970-01-01")],
)  # fmt: skip
def test_five_digits_as_text_are_a_day_count(text, day):
    assert parse_date(text).isoformat() == day


@pytest.mark.parametrize("text", ["20161", "99999", "42 735", "42,735", "427350"])
def test_digits_that_may_be_something_else_stay_an_error(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_a_year_stays_a_year_and_a_bracketed_count_is_no_date():
    assert parse_date("2016") == dt.date(2016, 12, 31)
    assert split_reference("1200 (30000)") == ("1200 (30000)", None)


def _logframe(path, baseline_date, target_date):
    wb = Workbook()
    ws = wb.active
    ws.title = "Matriz"
    ws.append(["Nivel", "Resumen narrativo", "Indicador", "Línea base", "Fecha línea base",
               "Meta", "Fecha meta", "Medios de verificación", "Supuestos"])  # fmt: skip
    ws.append(["Fin", "Mejorar la transparencia", "Índice de transparencia", 40,
               baseline_date, 60, target_date, "Informe anual", None])  # fmt: skip
    ws.append(["Propósito", "Las entidades publican sus datos", "Entidades que publican", 10,
               "2015", 50, "43465.0", "Portal", "Hay presupuesto"])  # fmt: skip
    wb.save(path)
    return path


def test_a_logframe_reads_baseline_and_target_day_counts_typed_as_text(tmp_path):
    path = _logframe(tmp_path / "lf.xlsx", "42369", " 43830 ")
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        got = {i.name: i for i in project.rows(m.Indicator)}
        due = {t.indicator_id: t.due_date for t in project.rows(m.Target)}
    assert got["Índice de transparencia"].baseline_date == dt.date(2015, 12, 31)
    assert due[got["Índice de transparencia"].id] == dt.date(2019, 12, 31)
    assert got["Entidades que publican"].baseline_date == dt.date(2015, 12, 31)  # a year
    assert due[got["Entidades que publican"].id] == dt.date(2018, 12, 31)
    said = {(w.row, w.column) for w in report.warnings if w.issue.code == "serial_text"}
    assert said == {(2, "E"), (2, "G"), (3, "G")}
    es = next(w for w in report.warnings if w.issue.code == "serial_text").message("es")
    assert "número de día de Excel" in es


def test_an_ambiguous_number_keeps_its_located_error(tmp_path):
    path = _logframe(tmp_path / "lf.xlsx", "20161", "43830")
    with Project.new(tmp_path / "p.nap") as project, pytest.raises(ImportProblems) as err:
        import_workbook(project, path)
    (problem,) = err.value.problems
    assert (problem.row, problem.column, problem.issue.code) == (2, "E", "date")


def test_a_follow_up_sheet_reads_milestone_dates_typed_as_day_counts(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Seguimiento"
    ws.append(["Compromiso 3 – Datos abiertos municipales"])
    ws.append(["Hito", "Institución responsable", "Fecha de inicio", "Fecha de término",
               "% de avance"])  # fmt: skip
    ws.append(["Publicar el catálogo", "Municipalidad", "42736", "42916.0", "50%"])
    path = tmp_path / "seg.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        (hito,) = [r for r in project.rows(m.Result) if r.level == "activity"]
    assert (hito.start_date, hito.end_date) == (dt.date(2017, 1, 1), dt.date(2017, 6, 30))
    assert sum(w.issue.code == "serial_text" for w in report.warnings) == 2
