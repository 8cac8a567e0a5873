"""Commitments as blocks of label | value lines repeated down one sheet: each number or
commitment label opens a block, its lead and partners, then each milestone's lines; a line
the reader does not know is listed as not imported."""

import datetime as dt

import pytest

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

from .ogp_tracker_helpers import imported, workbook

LABELS = {
    "en": ("Commitment №", "Commitment", "Lead agency", "Partner agencies", "Milestone",
           "Start date", "End date", "Progress", "Remarks"),
    "es": ("Compromiso N°", "Compromiso", "Institución responsable", "Instituciones de apoyo",
           "Hito", "Fecha de inicio", "Fecha de término", "% de avance", "Observaciones"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_each_block_is_a_commitment(tmp_path, lang):
    code, com, lead, partners, mil, start, end, progress, remark = LABELS[lang]
    rows = [
        ["Plan 2018-2019 – status"], [],
        [code, "1"], [com, "Proactive publication"], [lead, "Ministry of Justice"],
        [partners, "Public Service Hall; IDFI"],
        [mil, "Adopt the regulation"], [start, "January 2019"], [end, "30/06/2019"],
        [progress, "100%"],
        [mil, "Publish 50 bodies"], [start, "July 2019"], [end, "31/12/2019"],
        [progress, "40%"], [remark, "Delayed by the elections"],
        [],
        [code, "2"], [com, "E-petitions"], [lead, "Parliament"],
        [mil, "Launch the portal"], [end, "December 2019"], [progress, "75%"],
    ]  # fmt: skip
    path = workbook(tmp_path / "b.xlsx", {"Commitments": rows})
    got = imported(tmp_path, path)
    assert {k: (v["title"], v["lead"], v["support"]) for k, v in got.items()} == {
        "1": ("Proactive publication", ["Ministry of Justice"], ["IDFI", "Public Service Hall"]),
        "2": ("E-petitions", ["Parliament"], []),
    }
    assert got["1"]["milestones"] == [
        ("Adopt the regulation", dt.date(2019, 1, 31), dt.date(2019, 6, 30), 100.0),
        ("Publish 50 bodies", dt.date(2019, 7, 31), dt.date(2019, 12, 31), 40.0),
    ]
    assert got["2"]["milestones"] == [("Launch the portal", None, dt.date(2019, 12, 31), 75.0)]
    with Project.new(tmp_path / "q.nap") as project:
        report = import_workbook(project, path)
        assert project.rows(m.Commitment)
    assert any("Delayed by the elections" in str(x.value) for x in report.warnings)
