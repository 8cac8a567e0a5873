"""Blind set 3: a follow-up whose header has a group row above it ("HITOS" merged over
Descripción | Fecha de inicio | Fecha de término, "AVANCE" over % | Medio de verificación |
Estado). The row below is the header: the milestones land with their dates, progress and
evidence; the group row is a band over the columns, not columns; a totals row creates
nothing."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


def _import(tmp_path, title, rows, merged):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for ref in merged:
        ws.merge_cells(ref)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    project = Project.new(tmp_path / "p.nap")
    report = import_workbook(project, path)
    return project, report


def _milestones(project):
    return {
        r.narrative: (r.start_date, r.end_date, r.progress)
        for r in project.rows(m.Result)
        if r.level == "activity"
    }


def test_english_group_headers_over_the_header_row(tmp_path):
    project, report = _import(
        tmp_path,
        "Tracker",
        [
            ["National Action Plan 2019-2021 - tracker"],
            [
                "No.",
                "Commitment",
                "Lead institution",
                "MILESTONES",
                None,
                None,
                "PROGRESS",
                None,
                None,
            ],
            [None, None, None, "Description", "Start date", "End date", "%", "Evidence", "Status"],
            [
                3,
                "Open contracting portal",
                "Treasury",
                "Publish the contracts data",
                "2019-09-30",
                "2020-06-30",
                "100%",
                "https://contracts.example.org",
                "Complete",
            ],
            [
                None,
                None,
                None,
                "Train procuring entities",
                "2020-01-31",
                "2021-06-30",
                "40%",
                None,
                "Ongoing",
            ],
            ["Average progress of the plan", None, None, None, None, None, "70%"],
            [None, None, None, "Average progress of the commitment", None, None, "70%"],
        ],
        ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2", "A4:A5", "B4:B5", "C4:C5", "A6:F6"],
    )
    with project:
        got = _milestones(project)
        assert got == {
            "Publish the contracts data": (dt.date(2019, 9, 30), dt.date(2020, 6, 30), 100.0),
            "Train procuring entities": (dt.date(2020, 1, 31), dt.date(2021, 6, 30), 40.0),
        }
        (evidence,) = project.rows(m.Evidence)
        assert "contracts.example.org" in (evidence.url or evidence.title or "")
        (c,) = project.rows(m.Commitment)
        assert c.code == "3"
        totals = [w for w in report.warnings if w.row in (6, 7)]
        assert totals and all(w.issue.code == "unused_row" for w in totals)  # listed, not lost
        assert not any("MILESTONES" in w.message("en") and w.column == "D"
                       for w in report.warnings)  # fmt: skip


def test_portuguese_group_headers_with_the_milestone_not_first_in_its_band(tmp_path):
    project, _report = _import(
        tmp_path,
        "Acompanhamento",
        [
            ["Compromisso", "MARCOS", None, None, None, "EXECUÇÃO", None],
            [None, "N.º", "Descrição", "Início", "Fim", "%", "Meio de verificação"],
            [
                "Compromisso 2: Dados abertos municipais",
                1,
                "Publicar o catálogo de dados",
                "2017-03-31",
                "2017-12-31",
                "50%",
                "Relatório anual",
            ],
            [None, 2, "Formar os servidores", "2018-01-31", "2018-06-30", "0%", None],
        ],
        ["A1:A2", "B1:E1", "F1:G1", "A3:A4"],
    )
    with project:
        got = _milestones(project)
        assert got == {
            "Publicar o catálogo de dados": (dt.date(2017, 3, 31), dt.date(2017, 12, 31), 50.0),
            "Formar os servidores": (dt.date(2018, 1, 31), dt.date(2018, 6, 30), 0.0),
        }
        assert [e.title or e.note for e in project.rows(m.Evidence)] == ["Relatório anual"]
