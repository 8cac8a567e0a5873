"""USAID IPTT: the life-of-project target is dated as its header says, and when it falls on a
year's own target it replaces it with a warning naming what it replaced - never silently
(the blind set lost FY2017's 65 under a 'LOP Target (FY2018)' dated FY2017)."""

import datetime as dt

from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


def _iptt(path, lop_header):
    wb = Workbook()
    ws = wb.active
    ws.title = "IPTT"
    ws.append(["Indicator Performance Tracking Table"])
    ws.append(["Indicator", "Unit", "Baseline (FY15)", "FY2016 Target", "FY2017 Target",
               lop_header])  # fmt: skip
    ws.append(["Goal: Municipal transparency improved"])
    ws.append(["Municipalities meeting the standard", "Number", 30, 50, 65, 80])
    wb.save(path)


def _targets(project):
    return sorted((t.due_date, t.value) for t in project.rows(m.Target))


def test_a_lop_target_with_its_year_keeps_every_yearly_target(tmp_path):
    _iptt(tmp_path / "a.xlsx", "LOP Target (FY2018)")
    with Project.new(tmp_path / "a.nap") as project:
        report = import_workbook(project, tmp_path / "a.xlsx")
        assert _targets(project) == [
            (dt.date(2016, 9, 30), 50.0),
            (dt.date(2017, 9, 30), 65.0),
            (dt.date(2018, 9, 30), 80.0),
        ]
        assert "target_replaced" not in {w.issue.code for w in report.warnings}


def test_a_lop_target_without_a_year_replaces_the_last_year_with_a_warning(tmp_path):
    _iptt(tmp_path / "b.xlsx", "Life of Project Target")
    with Project.new(tmp_path / "b.nap") as project:
        report = import_workbook(project, tmp_path / "b.xlsx")
        assert _targets(project) == [(dt.date(2016, 9, 30), 50.0), (dt.date(2017, 9, 30), 80.0)]
        replaced = [w for w in report.warnings if w.issue.code == "target_replaced"]
        assert [(w.row, w.column, w.value) for w in replaced] == [(4, "E", 65)]
        assert "2017-09-30" in replaced[0].message("en") and "65" in replaced[0].message("es")
