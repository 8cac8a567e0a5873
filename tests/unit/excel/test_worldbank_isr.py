"""The World Bank's Implementation Status & Results report (ISR) gives each indicator three
rows - Value, Date, Comment - under Baseline | Actual (Previous) | Actual (Current) | End
Target: every value is dated by the cell below it, the actuals are measurements.

The example (tests/data/excel_blind2/b2_wb_isr_actuals.xlsx) was refused: the Date row was
read as an indicator whose values were dates. The class: the row kinds in English or
Spanish, dates as date cells or as text, a comment listed as not read, an actual with no
date said, not guessed."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook

WORDS = {
    "en": ("Project Development Objective Indicators", "Indicator Name", "Baseline",
           "Actual (Previous)", "Actual (Current)", "End Target", "Value", "Date", "Comment"),
    "es": ("Indicadores de resultados del ODP", "Nombre del indicador", "Línea de base",
           "Valor real (anterior)", "Valor real (actual)", "Meta final", "Valor", "Fecha",
           "Comentario"),
}  # fmt: skip


def _isr(path, lang, dates, undated=False):
    section, name, base, prev, cur, end, value, date, comment = WORDS[lang]
    wb = Workbook()
    ws = wb.active
    ws.title = "ISR"
    ws.append(["Implementation Status & Results Report"])
    ws.append(["Public Sector Modernization Project (P153437)"])
    ws.append(["Project Development Objective (PDO): Improve public services"])
    ws.append([section])
    ws.append([name, None, base, prev, cur, end])
    ws.append(["Procedures online (Percentage)", value, 20, 35, 48, 70])
    ws.append([None, date, *dates])
    ws.append([None, comment, None, None, "Includes municipalities", None])
    if undated:
        ws.append(["Users satisfied (Percentage)", value, 60, 64, None, 80])
    wb.save(path)
    return path


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(
    "dates",
    [
        [dt.datetime(2015, 6, 30), dt.datetime(2016, 12, 31), dt.datetime(2017, 6, 30),
         dt.datetime(2020, 6, 30)],
        ["30-Jun-2015", "31-Dec-2016", "30-Jun-2017", "30-Jun-2020"],
    ],
    ids=["date-cells", "date-text"],
)  # fmt: skip
def test_each_value_is_dated_by_the_row_below(project, tmp_path, lang, dates):
    report = import_workbook(project, _isr(tmp_path / "isr.xlsx", lang, dates))
    assert not report.problems, [p.as_dict("en") for p in report.problems]
    (c,) = project.rows(m.Commitment)
    assert c.title == "Public Sector Modernization Project (P153437)"
    (ind,) = project.rows(m.Indicator)
    assert (ind.name, ind.unit) == ("Procedures online", "%")
    assert (ind.baseline_value, ind.baseline_date) == (20, dt.date(2015, 6, 30))
    assert [(t.due_date, t.value) for t in project.rows(m.Target)] == [(dt.date(2020, 6, 30), 70)]
    got = sorted((x.measured_on, x.value) for x in project.rows(m.Measurement))
    assert got == [(dt.date(2016, 12, 31), 35), (dt.date(2017, 6, 30), 48)]
    unused = [
        w.as_dict("en")["message"] for w in report.warnings if w.issue.code == "unused_column"
    ]
    assert any("E8" in u for u in unused), unused  # the comment is said to be left out


def test_an_actual_without_a_date_is_said_not_guessed(project, tmp_path):
    dates = ["30-Jun-2015", "31-Dec-2016", "30-Jun-2017", "30-Jun-2020"]
    report = import_workbook(project, _isr(tmp_path / "isr.xlsx", "en", dates, undated=True))
    assert not report.problems
    said = [w for w in report.warnings if w.issue.code == "ambiguous_date"]
    assert said and "Date row" in said[0].as_dict("en")["message"]
    satisfied = next(i for i in project.rows(m.Indicator) if i.name == "Users satisfied")
    assert project.rows(m.Measurement, indicator_id=satisfied.id) == []
