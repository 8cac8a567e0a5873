"""Findings of the fourth blind set (tests/data/excel_blind4), each as a class: quarters and
semesters written with a letter beside the year ("2019-T3", "T3 2019", "2019Q3", "2019-S1")
are periods that end on their last day."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.errors import ImportProblems
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.parse import parse_date
from matrix_app.services.project import Project


def _import(tmp_path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Seguimiento"
    for row in rows:
        ws.append(row)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    project = Project.new(tmp_path / "p.nap")
    import_workbook(project, path)
    return project


def _milestones(project):
    return {
        r.narrative: (r.start_date, r.end_date)
        for r in project.rows(m.Result)
        if r.level == "activity"
    }


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2019-T3", dt.date(2019, 9, 30)),
        ("2019 T3", dt.date(2019, 9, 30)),
        ("T3-2019", dt.date(2019, 9, 30)),
        ("T3 de 2019", dt.date(2019, 9, 30)),
        ("2019-Q3", dt.date(2019, 9, 30)),
        ("2019Q3", dt.date(2019, 9, 30)),
        ("3T2019", dt.date(2019, 9, 30)),
        ("2019-3T", dt.date(2019, 9, 30)),
        ("2020-T4", dt.date(2020, 12, 31)),
        ("2019-S1", dt.date(2019, 6, 30)),
        ("S1 2019", dt.date(2019, 6, 30)),
        ("2º tri 2019", dt.date(2019, 6, 30)),
    ],
)
def test_a_quarter_or_semester_beside_its_year_is_its_last_day(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["T3", "2019-T5", "2019-S3", "2019-7T"])
def test_a_quarter_without_a_year_or_out_of_range_is_not_a_date(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_spanish_follow_up_with_year_quarter_dates(tmp_path):
    project = _import(tmp_path, [
        ["Plan de Acción – Matriz de seguimiento"],
        ["N°", "Compromiso", "Institución responsable", "Hito", "Fecha inicio",
         "Fecha término", "% de avance", "Estado"],
        ["1", "Datos abiertos", "Ministerio", "Diagnóstico", "2019-T3", "2020-T1", "100%",
         "Cumplido"],
        [None, None, None, "Publicación", "2020 T2", "2020-S2", "45%", "En proceso"],
    ])  # fmt: skip
    with project:
        assert _milestones(project) == {
            "Diagnóstico": (dt.date(2019, 9, 30), dt.date(2020, 3, 31)),
            "Publicación": (dt.date(2020, 6, 30), dt.date(2020, 12, 31)),
        }


def test_english_follow_up_with_quarter_first_dates(tmp_path):
    project = _import(tmp_path, [
        ["National Action Plan – follow-up"],
        ["No.", "Commitment", "Lead institution", "Milestone", "Start date", "End date",
         "Completion", "Status"],
        ["1", "Open contracting", "Procurement Office", "Publish data", "Q1-2021", "2021Q4",
         "100%", "Completed"],
        [None, None, None, "Train staff", "T2 2021", "2022-T1", "0%", "Not started"],
    ])  # fmt: skip
    with project:
        assert _milestones(project) == {
            "Publish data": (dt.date(2021, 3, 31), dt.date(2021, 12, 31)),
            "Train staff": (dt.date(2021, 6, 30), dt.date(2022, 3, 31)),
        }


# A number written with its unit or currency: the number (scaled) is the value, and a
# warning says what was left out; two numbers in one cell stay an error.


def _logframe(tmp_path, head, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Logframe"
    ws.append(["Logical framework – Open procurement"])
    ws.append(head)
    for row in rows:
        ws.append(row)
    path = tmp_path / "lf.xlsx"
    wb.save(path)
    return path


_EN = ["Level", "Results chain", "Indicator", "Baseline (year)", "Target (year)",
       "Means of verification"]  # fmt: skip


def test_english_values_with_units_and_currencies(tmp_path):
    path = _logframe(tmp_path, _EN, [
        ["Outcome", "Faster procurement", "Average days to approve a contract",
         "45 days (2018)", "30 days (2021)", "e-procurement system"],
        ["Output", "Savings", "Savings from e-procurement", "USD 0", "USD 1.2 million",
         "Audit"],
        ["Output", "Hospitals", "Hospitals reporting", "3 hospitals", "1,500 USD", "Reports"],
    ])  # fmt: skip
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        got = {i.name: i for i in project.rows(m.Indicator)}
        days = got["Average days to approve a contract"]
        assert days.baseline_value == 45.0
        assert days.baseline_date == dt.date(2018, 12, 31)
        assert got["Savings from e-procurement"].baseline_value == 0.0
        assert got["Hospitals reporting"].baseline_value == 3.0
        targets = {t.value for t in project.rows(m.Target)}
        assert targets == {30.0, 1200000.0, 1500.0}
    dropped = [p.message("en") for p in report.warnings if p.issue.code == "unit_dropped"]
    assert any("1200000" in t and "“USD million”" in t for t in dropped), dropped
    assert any("“days (2018)”" not in t and "“days”" in t for t in dropped), dropped


def test_spanish_values_with_currency_scale_and_unit(tmp_path):
    head = ["Nivel", "Resumen narrativo", "Indicador", "Línea base", "Meta",
            "Medios de verificación"]  # fmt: skip
    path = _logframe(tmp_path, head, [
        ["Propósito", "Compras más rápidas", "Días promedio de adjudicación", "45 días",
         "30 días", "Informe"],
        ["Componente", "Ahorro", "Ahorro anual", "US$ 1.200.000", "€ 2,5 millones", "DNCP"],
        ["Componente", "Obras", "Monto de obras", "$ 45.000.000", "1.200.000 USD", "DNCP"],
    ])  # fmt: skip
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        got = {i.name: i.baseline_value for i in project.rows(m.Indicator)}
        assert got == {
            "Días promedio de adjudicación": 45.0,
            "Ahorro anual": 1200000.0,
            "Monto de obras": 45000000.0,
        }
        assert {t.value for t in project.rows(m.Target)} == {30.0, 2500000.0, 1200000.0}


@pytest.mark.parametrize("text", ["3 of 5", "between 10 and 20", "entre 10 y 20 días"])
def test_two_numbers_in_a_value_cell_stay_an_error(tmp_path, text):
    path = _logframe(tmp_path, _EN, [
        ["Outcome", "Faster procurement", "Average days", text, "30", "System"],
    ])  # fmt: skip
    with Project.new(tmp_path / "p.nap") as project, pytest.raises(ImportProblems) as raised:
        import_workbook(project, path)
    assert [(p.value, p.issue.code) for p in raised.value.problems] == [(text, "number")]


# A deadline column ("Prazo", "Plazo", "Échéance") beside a start column is the milestone's
# end; "Responsible body" and its variants name the lead institution.


@pytest.mark.parametrize(
    ("head", "inst"),
    [
        (["Marco", "Órgão responsável", "Data de início", "Prazo", "Status", "% de execução"],
         "CGU"),
        (["Hito", "Organismo responsable", "Fecha de inicio", "Plazo", "Estado", "% de avance"],
         "MEF"),
        (["Jalon", "Organisme responsable", "Début", "Échéance", "Statut", "Réalisation"],
         "DGA"),
        (["Milestone", "Responsible body", "Start", "Deadline", "Status", "Completion"],
         "MoF"),
        (["Milestone", "Implementing body", "Start date", "Deadline", "Status", "Progress"],
         "MoJ"),
    ],
)  # fmt: skip
def test_a_deadline_beside_a_start_is_the_end_and_the_body_leads(tmp_path, head, inst):
    project = _import(tmp_path, [
        ["Plano de ação – monitoramento"],
        head,
        ["Compromisso 1 – Dados abertos"],
        ["Publicar a base", inst, "out/2018", "dez/2018", "Concluído", "100%"],
        ["Formar os técnicos", inst, "jan/2019", "1º semestre 2019", "Em curso", "50%"],
    ])  # fmt: skip
    with project:
        assert _milestones(project) == {
            "Publicar a base": (dt.date(2018, 10, 31), dt.date(2018, 12, 31)),
            "Formar os técnicos": (dt.date(2019, 1, 31), dt.date(2019, 6, 30)),
        }
        names = {i.name for i in project.rows(m.Institution)}
        assert names == {inst}


def test_a_plazo_range_alone_still_gives_both_dates(tmp_path):
    project = _import(tmp_path, [
        ["Matriz de seguimiento"],
        ["Compromiso", "Hito", "Institución responsable", "Plazo", "% de avance"],
        ["1. Datos abiertos", "Publicar datos", "MEF", "julio 2014 - diciembre 2015", "100%"],
    ])  # fmt: skip
    with project:
        assert _milestones(project) == {
            "Publicar datos": (dt.date(2014, 7, 31), dt.date(2015, 12, 31)),
        }
