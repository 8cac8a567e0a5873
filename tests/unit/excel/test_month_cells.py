"""Date cells whose number format shows no day ("mmm-yy", "mmmm yyyy", "mm/yyyy") mean the
month: the pre-scan marks them from styles.xml (calamine gives no formats) and they read as
the month's last day, as a month written as text does, with a warning."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel import quick_scan, safety
from matrix_app.services.excel.fast_read import month_format
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.parse import MonthDate, parse_date
from matrix_app.services.project import Project

FORMATS = {
    "B": ("mmm-yy", True),
    "C": ("mmmm yyyy", True),
    "D": ("mm/yyyy", True),
    "E": ("[$-es-ES]mmm-yy;@", True),
    "F": ("dd/mm/yyyy", False),
    "G": ('"Mes" mmmm "de" yyyy', True),
    "H": ("d-mmm-yy", False),
    "I": ("mmm-yy h:mm", False),
}


def _book(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Hito", *FORMATS])
    ws.append(["x", *[dt.datetime(2022, 2, 1)] * len(FORMATS)])
    for col, (fmt, _) in FORMATS.items():
        ws[f"{col}2"].number_format = fmt
    ws["J2"] = 0.5
    ws["J2"].number_format = "0%"  # a percentage beside them still reads as one
    wb.save(path)
    return path


@pytest.mark.parametrize("quick", [True, False])
def test_month_only_cells_read_as_the_month_end(tmp_path, monkeypatch, quick):
    if not quick:
        monkeypatch.setattr(quick_scan, "scan", lambda *a, **k: None)
    with safety.load(_book(tmp_path / "m.xlsx")) as opened:
        row = opened.wb["Plan"].values()[1]
    for i, (_, month) in enumerate(FORMATS.values(), start=1):
        assert isinstance(row[i], MonthDate) is month, FORMATS
        assert parse_date(row[i]) == (dt.date(2022, 2, 28) if month else dt.date(2022, 2, 1))
    assert row[9] == 50


def test_month_format_codes():
    assert month_format("mmm-yy") and month_format("MMMM YYYY") and month_format("mm/yyyy")
    assert not month_format("yyyy-mm-dd") and not month_format("hh:mm") and not month_format("0")
    assert not month_format('"Day" mmm-yy dd')


def test_a_month_cell_in_a_plan_is_its_last_day_with_a_warning(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["No.", "Compromiso", "Institución responsable", "Hito", "Inicio", "Fin"])
    ws.append(["1", "Datos abiertos", "Ministerio", "Publicar datos", dt.datetime(2024, 2, 1),
               dt.datetime(2024, 11, 15)])  # fmt: skip
    ws["E2"].number_format = "mmmm yyyy"
    ws["F2"].number_format = "dd/mm/yyyy"
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        (result,) = project.rows(m.Result)
    assert (result.start_date, result.end_date) == (dt.date(2024, 2, 29), dt.date(2024, 11, 15))
    said = [w for w in report.warnings if w.issue.code == "month_cell"]
    assert [(w.row, w.column) for w in said] == [(2, "E")]
    assert "2024-02-29" in said[0].message("es")
