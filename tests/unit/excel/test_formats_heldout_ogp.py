"""The OGP held-out set (tests/data/excel_heldout, make_ogp.py): OGP follow-up sheets as agencies keep them
(commitments merged over their milestones, named in a title line, a section row, label
lines or repeated on every row of an Excel Table; dates and percentages written in many
ways; notes and signatures below), a French cadre logique and a Portuguese MML - each
imports as its expected project, says what it left out and why, and imports a second time
without adding anything."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from matrix_app.services.excel.importing import detect, import_workbook
from matrix_app.services.project import Project

from .test_formats_variants import lost_cells

DATA = Path(__file__).resolve().parents[2] / "data"
sys.path.insert(0, str(DATA / "excel_formats"))
sys.path.insert(0, str(DATA / "excel_heldout"))
from check import differences  # noqa: E402
from make_ogp import CASES  # noqa: E402


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.file)
def test_heldout_workbook_imports_as_expected(case, tmp_path):
    path = DATA / "excel_heldout" / case.file
    found = detect(path)
    assert {mt.format for mt in found.matches.values()} == {case.family}
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        assert differences(project, case.expected) == []
        reasons = {w.issue.code for w in report.warnings}
        assert set(case.warnings) <= reasons, reasons
        assert lost_cells(path, project, report.warnings, case.layout) == []
        again = import_workbook(project, path)
        assert again.totals().added == 0, {t: c.added for t, c in again.counts.items()}


def test_a_commitment_named_like_another_stays_apart(tmp_path):
    """A commitment "Portal de Transparencia Municipal" is not "Portal de Transparencia", though both
    have a milestone worded the same: two commitments, each with its own milestone."""
    path = DATA / "excel_heldout" / "py_nombres_parecidos.xlsx"
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        from matrix_app.domain import models as m

        titles = sorted(c.title for c in project.rows(m.Commitment))
        assert titles == ["Portal de Transparencia", "Portal de Transparencia Municipal"]
        same = [r for r in project.rows(m.Result) if r.narrative == "Capacitar a los funcionarios"]
        assert len({r.commitment_id for r in same}) == 2


def test_the_generated_heldout_set_is_the_committed_one(tmp_path):
    from make_ogp import main

    main(tmp_path)
    for case in CASES:
        new = load_workbook(tmp_path / case.file)
        old = load_workbook(DATA / "excel_heldout" / case.file)
        assert new.sheetnames == old.sheetnames
        for a, b in zip(new.worksheets, old.worksheets, strict=True):
            assert [[c.value for c in r] for r in a.iter_rows()] == [
                [c.value for c in r] for r in b.iter_rows()
            ]


def test_only_a_total_row_is_set_aside_not_milestones_that_start_alike(tmp_path):
    from make_variants import Sheet, write

    from matrix_app.domain import models as m

    path = tmp_path / "totales.xlsx"
    rows = [
        ["Compromiso", "Hito", "Fecha inicio", "Fecha término", "% de avance"],
        ["1. Datos abiertos", "General guidelines published", "ene-2016", "jun-2016", "100%"],
        [None, "Total de municipios capacitados", "2016", "2017", "40%"],
        [None, "Avance total del compromiso", None, None, "70%"],
    ]
    write(path, [Sheet("Hoja1", rows, ["A2:A4"])])
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        names = sorted(r.narrative for r in project.rows(m.Result))
        assert names == ["General guidelines published", "Total de municipios capacitados"]
        assert [(w.issue.code, w.row) for w in report.warnings] == [("unused_row", 4)]
