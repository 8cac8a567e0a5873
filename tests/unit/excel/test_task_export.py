"""Task lists exported from project tools: tasks without a parent are commitments, their
subtasks (tied by the parent's name or ID, listed before or after it) the milestones; the
tool's own columns are listed as not imported."""

import datetime as dt

from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

from .ogp_tracker_helpers import imported, workbook

d = dt.date


def test_asana_parent_by_name(tmp_path):
    rows = [
        ["Task ID", "Created At", "Name", "Section/Column", "Assignee", "Start Date",
         "Due Date", "Notes", "Parent task", "Institución responsable", "Avance (%)"],
        ["11", "2022-01-10", "Compromiso 1: Presupuesto digital", "Eje A", "Ana", "2022-02-01",
         "2023-06-30", "Cocreado", None, "Dirección de Planificación", None],
        ["21", "2022-01-10", "Habilitar la plataforma", "Eje A", "Ana", "2022-02-01",
         "2022-08-31", None, "Compromiso 1: Presupuesto digital", None, 100],
        ["22", "2022-01-10", "Celebrar asambleas", "Eje A", "Ana", "2022-09-01", "2023-03-31",
         None, "Compromiso 1: Presupuesto digital", None, 25],
    ]  # fmt: skip
    path = workbook(tmp_path / "a.xlsx", {"Tasks": rows})
    got = imported(tmp_path, path)
    assert (got["1"]["title"], got["1"]["lead"]) == ("Presupuesto digital",
                                                     ["Dirección de Planificación"])  # fmt: skip
    assert got["1"]["milestones"] == [
        ("Habilitar la plataforma", d(2022, 2, 1), d(2022, 8, 31), 100.0),
        ("Celebrar asambleas", d(2022, 9, 1), d(2023, 3, 31), 25.0),
    ]
    with Project.new(tmp_path / "q.nap") as project:
        report = import_workbook(project, path)
    unused = " ".join(str(x.as_dict("en")) for x in report.warnings)
    for header in ("Task ID", "Created At", "Section/Column", "Assignee"):
        assert f"“{header}”" in unused and "task tool" in unused


def test_jira_parent_by_key_subtask_first(tmp_path):
    rows = [
        ["Issue key", "Issue Type", "Summary", "Assignee", "Parent", "Lead agency",
         "Start date", "Due date", "Progress"],
        ["OGP-3", "Sub-task", "Publish the register", "Bo", "OGP-1", None, "2021-01-01",
         "2021-06-30", "50%"],
        ["OGP-1", "Epic", "Commitment 4: Beneficial ownership", "Bo", None,
         "Corporate Affairs Commission", "2021-01-01", "2022-12-31", None],
        ["OGP-2", "Epic", "Commitment 5: Open contracting", "Bo", None, "Procurement Bureau",
         "2021-01-01", "2022-12-31", None],
        ["OGP-4", "Sub-task", "Adopt OCDS", "Bo", "OGP-2", None, None, "2021-12-31", "0%"],
    ]  # fmt: skip
    got = imported(tmp_path, workbook(tmp_path / "j.xlsx", {"Export": rows}))
    assert {k: (v["title"], v["lead"]) for k, v in got.items()} == {
        "4": ("Beneficial ownership", ["Corporate Affairs Commission"]),
        "5": ("Open contracting", ["Procurement Bureau"]),
    }
    assert got["4"]["milestones"] == [("Publish the register", d(2021, 1, 1), d(2021, 6, 30), 50.0)]
    assert got["5"]["milestones"] == [("Adopt OCDS", None, d(2021, 12, 31), 0.0)]
