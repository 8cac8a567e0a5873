"""The same plan on a Spanish and an English sheet: imported once, from the first sheet;
the other sheet's titles and milestones become translations of the first's (never second
commitments), and the import says so. Two sheets that differ in dates stay two plans' worth
of commitments."""

import pytest

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

from .ogp_tracker_helpers import workbook

ES = ["N.º", "Compromiso", "Institución responsable", "Hito", "Fecha de inicio",
      "Fecha de finalización", "Avance"]  # fmt: skip
EN = ["No.", "Commitment", "Lead institution", "Milestone", "Start date", "End date",
      "Progress"]  # fmt: skip


def _sheet(head, c1, c2, m1, m2, end="31/12/2019"):
    return [head, ["1", c1, "Hacienda", m1, "01/03/2019", end, "100%"],
            ["2", c2, "AyA", m2, "01/06/2019", "30/06/2020", "25%"]]  # fmt: skip


@pytest.mark.parametrize("first", ["es", "en"])
def test_the_second_language_sheet_is_stored_as_translations(tmp_path, first):
    es = _sheet(ES, "Datos de compras", "Agua", "Publicar datos", "Crear comités")
    en = _sheet(EN, "Procurement data", "Water", "Publish data", "Set up committees")
    sheets = {"Español": es, "English": en} if first == "es" else {"English": en, "Español": es}
    path = workbook(tmp_path / "b.xlsx", sheets)
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        titles = sorted((c.code, c.title) for c in project.rows(m.Commitment))
        texts = {r.id: r.narrative for r in project.rows(m.Result)}
        texts |= {c.id: c.title for c in project.rows(m.Commitment)}
        tr = sorted((texts[t.row_id], t.text, t.lang) for t in project.rows(m.Translation))
    own, other = (es, en) if first == "es" else (en, es)
    assert titles == [("1", own[1][1]), ("2", own[2][1])]  # once, from the first sheet
    codes = {x.issue.code for x in report.warnings}
    if first == "es":  # the project's texts are Spanish unless set: English translations
        assert tr == sorted((own[r][c], other[r][c], "en") for r in (1, 2) for c in (1, 3))
        assert "translated_sheet" in codes
    else:  # a Spanish translation of English texts in a Spanish project: none, said
        assert tr == []
        assert "translated_sheet_unused" in codes


def test_sheets_with_other_dates_are_not_translations(tmp_path):
    es = _sheet(ES, "Datos de compras", "Agua", "Publicar datos", "Crear comités")
    en = _sheet(EN, "Procurement data", "Water", "Publish data", "Set up committees",
                end="31/12/2020")  # fmt: skip
    path = workbook(tmp_path / "b.xlsx", {"Español": es, "English": en})
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        assert len(project.rows(m.Commitment)) == 4
        assert project.rows(m.Translation) == []
