"""An activity plan on its own sheet beside the logframe (DFID's "Activities" sheet): each
activity joins the logframe's commitment under the output its number names, with its dates.

The example (tests/data/excel_blind2/b2_dfid_activities_sheet.xlsx) imported the logframe
and listed every cell of the Activities sheet as not imported. The class: a work plan with
an output-number column, in English or Spanish, rows in any order; alone in a workbook it is
refused with a sentence (which commitment it belongs to is not guessed); an OGP follow-up
sheet of dated activities stays what it is."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.errors import ImportProblems
from matrix_app.services.excel.importing import detect, import_workbook

HEAD = [None, None, None, "Baseline (Mar 2019)", "Milestone 1 (Mar 2020)", "Target (Mar 2022)"]
PLAN = {
    "en": ["Output", "No.", "Activity", "Responsible", "Start", "End"],
    "es": ["Producto", "N°", "Actividad", "Responsable", "Inicio", "Término"],
}


def _logframe(ws):
    ws.title = "Logframe"
    ws.append(["PROJECT NAME", "Open Contracting"])
    for label, narrative, name in (("OUTPUT 1", "Contracts published", "Contracts in OCDS"),
                                   ("OUTPUT 2", "Monitors trained", "Monitors reporting")):  # fmt: skip
        ws.append([label, f"{label.title()} Indicator 1", *HEAD[2:]])
        ws.append([narrative, name, "Planned", 0, 10, 20])
        ws.append([None, None, "Achieved", None, 12, None])


def _book(path, lang, with_logframe=True):
    wb = Workbook()
    if with_logframe:
        _logframe(wb.active)
        ws = wb.create_sheet("Activities")
    else:
        ws = wb.active
        ws.title = "Activities"
    ws.append(["Activities"])
    ws.append(PLAN[lang])
    ws.append([1, "1.1", "Publish the pipeline", "Ministry", "Apr 2019", "Sep 2019"])
    ws.append([2, "2.1", "Train monitors", "Partner", "Jun 2019", "Mar 2020"])
    ws.append([1, "1.2", "Link payments", "Treasury", "Oct 2019", "Mar 2021"])
    wb.save(path)
    return path


@pytest.mark.parametrize("lang", ["en", "es"])
def test_activities_join_the_logframe_under_their_output(project, tmp_path, lang):
    book = _book(tmp_path / "lf.xlsx", lang)
    assert detect(book).matches["Activities"].format == "activity_plan"
    report = import_workbook(project, book)
    assert not report.problems, [p.as_dict("en") for p in report.problems]
    (c,) = project.rows(m.Commitment)
    results = {r.narrative: r for r in project.rows(m.Result, commitment_id=c.id)}
    out1, out2 = results["Contracts published"], results["Monitors trained"]
    assert results["Publish the pipeline"].parent_id == out1.id
    assert results["Link payments"].parent_id == out1.id  # listed after output 2's
    assert results["Train monitors"].parent_id == out2.id
    link = results["Link payments"]
    assert (link.level, link.start_date, link.end_date) == (
        "activity", dt.date(2019, 10, 31), dt.date(2021, 3, 31),
    )  # fmt: skip
    said = [w.as_dict("en")["message"] for w in report.warnings]
    assert any(PLAN[lang][3] in s and "not imported" in s for s in said), said


def test_an_activity_plan_alone_is_refused_not_guessed(project, tmp_path):
    book = _book(tmp_path / "alone.xlsx", "en", with_logframe=False)
    with pytest.raises(ImportProblems) as refused:
        import_workbook(project, book)
    text = " ".join(p.as_dict("en")["message"] for p in refused.value.problems)
    assert "lists activities by output number" in text and "Activities" in text
    assert project.rows(m.Commitment) == []


def test_an_ogp_follow_up_sheet_of_activities_stays_one(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Compromiso", "Actividad", "Producto", "Fecha de inicio", "Fecha de término"])
    ws.append(["1. Datos abiertos", "Publicar catálogo", "Catálogo", "01/2017", "06/2017"])
    wb.save(tmp_path / "ogp.xlsx")
    assert detect(tmp_path / "ogp.xlsx").matches["Sheet"].format != "activity_plan"
