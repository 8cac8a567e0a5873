"""DFID logframe: an indicator's Source is its means of verification whether the text sits
on the "Source" row or on the row under it, merged over the value columns (the blind set's
layout: the text was listed as "not imported"), and whether "Source" is written in the value
rows' label column or under the indicator's name (the 2011 template; the second blind set
listed every source as not imported)."""

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

HEAD = [None, None, None, "Baseline (2015)", "Milestone 1 (Dec 2016)", "Target (Dec 2017)"]


def _logframe(path, source_below: bool, label_col: int = 2):
    wb = Workbook()
    ws = wb.active
    ws.title = "Logframe"
    ws.append(["PROJECT NAME", "Transparency Portal"])
    ws.append(["OUTCOME", "Outcome Indicator 1", *HEAD[2:]])
    ws.append(["Requests answered on time", "Share of requests answered in 20 days", "Planned",
               40, 60, 80])  # fmt: skip
    ws.append([None, None, "Achieved", None, 58, None])
    if source_below:
        ws.append([None] * label_col + ["Source"])
        ws.append([None, None, None, "CPLT audit reports"])
        ws.merge_cells("D6:F6")
    else:
        ws.append([None, None, "Source", "CPLT audit reports"])
        ws.merge_cells("D5:F5")
    wb.save(path)


@pytest.mark.parametrize("label_col", [2, 1], ids=["label-column", "under-the-name"])
def test_the_source_text_on_its_row_or_under_it_is_the_means_of_verification(tmp_path, label_col):
    for below in (False, True) if label_col == 2 else (True,):
        path = tmp_path / f"dfid_{below}.xlsx"
        _logframe(path, below, label_col)
        with Project.new(tmp_path / f"p_{below}.nap") as project:
            report = import_workbook(project, path)
            [ind] = project.rows(m.Indicator)
            assert ind.means_of_verification == "CPLT audit reports", below
            unused = [w for w in report.warnings if "CPLT" in str(w.value)]
            assert unused == [], below
