"""The IRM's assessment table (blind set 3): commitments "1. ..." with their milestones
"1.1 ..." on the rows after, and marks under the completion scale over two header rows (or
one): each commitment's completion is the mark on its own row, its milestones are its
activities named as written; the other marks are listed as not imported."""

from __future__ import annotations

from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


def _import(tmp_path, rows, merges=()):
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 1"
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    path = tmp_path / "irm.xlsx"
    wb.save(path)
    project = Project.new(tmp_path / "p.nap")
    return project, import_workbook(project, path)


def _dump(project):
    out = {}
    for c in project.rows(m.Commitment):
        acts = sorted((r.narrative, r.progress) for r in project.rows(m.Result, commitment_id=c.id))
        out[(c.code, c.title)] = (c.completion, acts)
    return out


def _row(text, marks, width):
    row = [text] + [None] * (width - 1)
    for c in marks:
        row[c] = "✔"
    return row


def test_two_header_rows_give_each_commitment_its_completion(tmp_path):
    head1 = ["Commitment overview", "Specificity", None, "Potential impact", None,
             "Completion", None, None, None]  # fmt: skip
    head2 = [None, "Low", "High", "Minor", "Transformative", "Not started", "Limited",
             "Substantial", "Complete"]  # fmt: skip
    rows = [
        ["IRM Progress Report – Table 1: Assessment of progress by commitment"],
        head1,
        head2,
        _row("1. Participatory budgeting", [2, 4, 7], 9),
        _row("1.1 Issue the joint circular", [2, 3, 8], 9),
        _row("1.2 Train 300 local governments", [1, 3, 6], 9),
        _row("2. Freedom of information", [1, 3, 5], 9),
        _row("2.1 Adopt FOI manuals", [1, 3, 5], 9),
        [],
        ["Note: ✔ marks the researcher's assessment."],
    ]
    project, report = _import(tmp_path, rows, ["A2:A3", "B2:C2", "D2:E2", "F2:I2"])
    with project:
        assert _dump(project) == {
            ("1", "Participatory budgeting"): ("substantial", [
                ("1.1 Issue the joint circular", 100.0),
                ("1.2 Train 300 local governments", None)]),
            ("2", "Freedom of information"): ("not_started", [("2.1 Adopt FOI manuals", 0.0)]),
        }  # fmt: skip
    unused = {w.issue.params.get("header") for w in report.warnings}
    assert "Specificity / High" in unused and "Potential impact / Minor" in unused


def test_one_header_row_in_spanish_with_x_marks(tmp_path):
    rows = [
        ["Compromiso", "Especificidad alta", "No iniciado", "Limitado", "Sustancial", "Completo"],
        ["1. Datos abiertos municipales", "X", None, "X", None, None],
        ["1.1 Publicar el catálogo", "X", None, None, None, "X"],
        ["2. Presupuesto ciudadano", None, None, None, None, "x"],
    ]
    project, _report = _import(tmp_path, rows)
    with project:
        assert _dump(project) == {
            ("1", "Datos abiertos municipales"): ("limited", [("1.1 Publicar el catálogo", 100.0)]),
            ("2", "Presupuesto ciudadano"): ("complete", []),
        }  # fmt: skip
