"""A follow-up sheet whose "Meta" / "Hito" column holds only list marks ("a)", "b)", "1.",
"ii.") beside the milestone's description ("Descripción de la meta", "Milestone
description", a bare "Descripción"): the description is the milestone, with its dates and
progress, and the column of marks is listed as not imported (the app numbers milestones
itself), with why."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook

CASES = {
    "uy": (["N°", "Compromiso", "Organismo responsable", "Meta", "Descripción de la meta",
            "Inicio", "Fin", "% de cumplimiento"], ("a)", "b)")),
    "es": (["Compromiso", "Institución", "Hito", "Descripción", "Fecha de inicio",
            "Fecha de término", "% de avance"], ("1.", "2.")),
    "en": (["Commitment", "Lead agency", "Milestone", "Milestone description", "Start date",
            "End date", "% complete"], ("(i)", "(ii)")),
    "pt": (["Compromisso", "Órgão responsável", "Marco", "Descrição do marco", "Início", "Fim",
            "% de execução"], ("i.", "ii.")),
}  # fmt: skip


def _book(path, key):
    head, (m1, m2) = CASES[key]
    wb = Workbook()
    ws = wb.active
    ws.title = "Seguimiento"
    ws.append(["Plan de acción – seguimiento"])
    ws.append(head)
    name = 2 if key == "uy" else 1  # the commitment's column, merged over its milestones
    first = ["4.2"] if key == "uy" else []
    ws.append([*first, "Compras abiertas", "ACCE", m1, "Publicar las compras", "mar-2019",
               "dic-2019", 100])  # fmt: skip
    ws.append([*([None] if first else []), None, None, m2, "Publicar los contratos",
               "setiembre 2019", "2020", "41"])  # fmt: skip
    ws.merge_cells(start_row=3, start_column=name, end_row=4, end_column=name)
    wb.save(path)
    return path


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_description_beside_a_column_of_marks_is_the_milestone(project, tmp_path, key):
    report = import_workbook(project, _book(tmp_path / f"{key}.xlsx", key))
    got = {r.narrative: (r.start_date, r.end_date, r.progress) for r in project.rows(m.Result)}
    assert got == {
        "Publicar las compras": (dt.date(2019, 3, 31), dt.date(2019, 12, 31), 100.0),
        "Publicar los contratos": (dt.date(2019, 9, 30), dt.date(2020, 12, 31), 41.0),
    }
    head = CASES[key][0]
    (marks,) = [w for w in report.warnings if w.issue.code == "unused_column"
                and w.issue.params["header"] == head[2 if key != "uy" else 3]]  # fmt: skip
    assert "numbers the milestones" in marks.message("en")
    assert "numera los hitos" in marks.message("es")
    unused = [w.as_dict("en")["message"] for w in report.warnings
              if w.issue.code in ("unused_column", "unused_row")]  # fmt: skip
    assert not any("escrip" in u or "description" in u for u in unused), unused


def test_a_milestone_column_of_names_keeps_them_beside_a_description(project, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Seguimiento"
    ws.append(["Compromiso", "Hito", "Descripción del hito", "Fecha de inicio",
               "Fecha de término"])  # fmt: skip
    ws.append(["Compras abiertas", "Publicar las compras", "En formato abierto",
               "01/03/2019", "31/12/2019"])  # fmt: skip
    path = tmp_path / "names.xlsx"
    wb.save(path)
    report = import_workbook(project, path)
    assert [r.narrative for r in project.rows(m.Result)] == ["Publicar las compras"]
    assert any(w.issue.code == "unused_column" and w.column == "C" for w in report.warnings)
