"""The formats corpus (tests/data/excel_formats): each workbook imports as its expected project,
says what it left out and why, and imports a second time without adding anything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.errors import ImportProblems
from matrix_app.services.excel.importing import detect, import_workbook
from matrix_app.services.project import Project

DATA = Path(__file__).resolve().parents[2] / "data" / "excel_formats"
sys.path.insert(0, str(DATA))
from check import differences  # noqa: E402
from make_corpus import CASES  # noqa: E402


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.file)
def test_corpus_workbook_imports_as_expected(case, tmp_path):
    found = detect(DATA / case.file)
    assert {mt.format for mt in found.matches.values()} == {case.family}
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, DATA / case.file)
        assert differences(project, case.expected) == []
        reasons = {w.issue.code for w in report.warnings}
        assert set(case.warnings) <= reasons, reasons
        again = import_workbook(project, DATA / case.file)
        assert again.totals().added == 0, {t: c.added for t, c in again.counts.items()}
        assert differences(project, case.expected) == []


def test_the_generated_workbooks_are_the_committed_ones(tmp_path):
    from make_corpus import main

    main(tmp_path)
    from openpyxl import load_workbook

    for case in CASES:
        new, old = load_workbook(tmp_path / case.file), load_workbook(DATA / case.file)
        assert new.sheetnames == old.sheetnames
        for a, b in zip(new.worksheets, old.worksheets, strict=True):
            assert [[c.value for c in r] for r in a.iter_rows()] == [
                [c.value for c in r] for r in b.iter_rows()
            ]


def test_cli_dry_run_json_lists_what_was_left_out(tmp_path):
    nap = tmp_path / "p.nap"
    Project.new(nap).close()
    done = subprocess.run(
        [sys.executable, "-m", "matrix_app", "import-xlsx", str(nap),
         str(DATA / "handmade_hoja1.xlsx"), "--dry-run", "--json"],
        capture_output=True, text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "",
                                             "PYTHONPATH": str(Path(m.__file__).parents[2])},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    by_reason = {}
    for w in out["warnings"]:
        by_reason.setdefault(w["reason"], []).append(w)
    (budget,) = by_reason["unused_column"]
    assert budget["column"] == "J" and "Presupuesto" in budget["message"]
    assert "(non-empty cells: 3, e.g. J7, J9, J10) was not imported" in budget["message"]
    assert [w["row"] for w in by_reason["notes_row"]] == [13]
    assert {w["value"] for w in by_reason["missing_value"]} == {"—", "TBD"}
    assert out["written"] is False


def _book(path, rows, title="Compromiso 5"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


HEADER = ["Nivel", "Resumen narrativo", "Indicadores", "Meta", "Fecha meta",
          "Medios de verificación", "Supuestos"]  # fmt: skip


def test_a_code_the_project_gives_another_title_is_refused_naming_both(tmp_path):
    with Project.new(tmp_path / "p.nap") as project:
        plan = project.create(m.ActionPlan, title="NAP")
        project.create(m.Commitment, plan_id=plan.id, code="5", title="Ley de lobby")
        path = _book(tmp_path / "x.xlsx", [
            ["Compromiso N° 5: Portal de Transparencia"], HEADER,
            ["Propósito", "Los organismos publican", "Organismos", 10, "2016", "Informe", ""],
        ])  # fmt: skip
        with pytest.raises(ImportProblems) as err:
            import_workbook(project, path)
        (problem,) = err.value.problems
        assert problem.issue.code == "commitment_mismatch"
        text = problem.message("en")
        assert "Portal de Transparencia" in text and "Ley de lobby" in text
        assert project.rows(m.Commitment)[0].title == "Ley de lobby"


def test_a_code_guessed_from_the_sheet_name_keeps_the_projects_title(tmp_path):
    with Project.new(tmp_path / "p.nap") as project:
        plan = project.create(m.ActionPlan, title="NAP")
        project.create(m.Commitment, plan_id=plan.id, code="5", title="Ley de lobby")
        path = _book(tmp_path / "x.xlsx", [
            HEADER, ["Propósito", "Los sujetos pasivos publican", "Audiencias", 10, "2016",
                     "Informe", ""],
        ])  # fmt: skip
        import_workbook(project, path)
        (c,) = project.rows(m.Commitment)
        assert c.title == "Ley de lobby"


def test_an_ambiguous_date_is_a_located_error(tmp_path):
    with Project.new(tmp_path / "p.nap") as project:
        path = _book(tmp_path / "x.xlsx", [
            ["Compromiso 2: Datos abiertos"], HEADER,
            ["Propósito", "Se publican datos", "Conjuntos", 10, "2015-2016", "Portal", ""],
        ])  # fmt: skip
        with pytest.raises(ImportProblems) as err:
            import_workbook(project, path)
        (problem,) = err.value.problems
        assert (problem.row, problem.column, problem.issue.code) == (3, "E", "date")
        assert project.rows(m.Commitment) == []
