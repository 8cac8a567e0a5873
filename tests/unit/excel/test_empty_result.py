"""A workbook read as a logframe that yields no commitment is refused, never written as an
empty plan with a success (issue 13: an empty result is never written without saying so)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from matrix_app.services.excel.errors import ImportProblems
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


def _milestones_without_commitment(path) -> None:
    """Shaped like a follow-up sheet whose title line names no commitment (as
    tests/data/excel_blind2's b2_ogp_resumen_y_hojas.xlsx was read before its "Compromiso N°
    2: …" label was understood, importing 0 rows)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "C2"
    ws.append(["Seguimiento de hitos – segundo semestre de 2015"])
    ws.append([])
    ws.append([])
    ws.append(
        ["Hito", "Fecha de inicio", "Fecha de término", "% de avance", "Medio de verificación"]
    )
    ws.append(["Publicar el portal", "marzo 2015", "junio 2015", 1, "https://example.org"])
    ws.append(["Capacitar a los servicios", "julio 2015", "diciembre 2015", 0.5, ""])
    wb.save(path)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_commitment_is_an_error_and_nothing_is_written(tmp_path, lang, monkeypatch):
    monkeypatch.setenv("MATRIX_LANG", lang)
    book = tmp_path / "vacia.xlsx"
    _milestones_without_commitment(book)
    project = Project.new(tmp_path / "p.nap")
    try:
        with pytest.raises(ImportProblems) as caught:
            import_workbook(project, book)
        codes = [p.issue.code for p in caught.value.problems]
        assert "no_commitment" in codes
        with project.read() as s:
            from sqlmodel import select

            from matrix_app.domain import models as m

            assert s.exec(select(m.ActionPlan)).all() == []
            assert s.exec(select(m.Commitment)).all() == []
    finally:
        project.close()
