"""A World Bank results framework whose PDO row is labelled just "PDO" (or "ODP", "PDO:")
still gives the purpose, and a first "ID" / "Code" / "No." / "#" column (PDO1, IR1) is listed
as not imported (the model has no indicator code) while the rest is read without it."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

PDO = "To improve the efficiency of public procurement"


def _book(tmp_path, label: str, id_head: str | None, pdo_col: int = 1, spanish: bool = False):
    wb = Workbook()
    ws = wb.active
    ws.title = "Results Framework"
    pad = [None] if id_head else []
    ws.append(["Results Framework and Monitoring"])
    ws.append(["Project Name: Procurement Reform (P1)"])
    ws.append([None] * pdo_col + ([label, PDO] if label.rstrip(":") == label else [label + PDO]))
    section = "Indicadores de resultados del ODP" if spanish else "PDO Level Results Indicators"
    ws.append([*pad, section])
    names = (["Nombre del indicador", "Línea de base", "Año 1 (FY20)", "Meta final (FY21)"] if spanish
             else ["Indicator Name", "Baseline", "YR1 (FY20)", "End Target (FY21)"])  # fmt: skip
    ws.append(([id_head] if id_head else []) + names)
    ws.append((["PDO1"] if id_head else []) + ["Cycle time", 120, 100, 45])
    ws.append((["PDO2"] if id_head else []) + ["Savings", 0, 3, 12])
    path = tmp_path / "rf.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("label", "id_head", "spanish"),
    [
        ("PDO", None, False),
        ("PDO:", None, False),
        ("PDO", "ID", False),
        ("PDO statement", "Code", False),
        ("ODP", "No.", True),
        ("Objetivo de desarrollo del proyecto (ODP)", "#", True),
        ("Project Development Objective (PDO)", "Indicator ID", False),
    ],
)
def test_a_short_pdo_label_and_an_id_column(tmp_path, label, id_head, spanish):
    path = _book(tmp_path, label, id_head, spanish=spanish)
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        results = {r.narrative: r for r in project.rows(m.Result)}
        assert list(results) == [PDO]
        assert results[PDO].level == "purpose"
        inds = {i.name: i for i in project.rows(m.Indicator)}
        assert set(inds) == {"Cycle time", "Savings"}
        assert inds["Cycle time"].baseline_value == 120.0
        assert {t.value for t in project.rows(m.Target)} == {100.0, 45.0, 3.0, 12.0}
    if id_head:
        unused = [w for w in report.warnings if w.issue.code == "unused_column"]
        assert [w.column for w in unused] == ["A"]  # listed, not dropped silently
