"""A results matrix whose only level names are outline codes ("1", "1.1", "1.1.1"; Excel
keeps the first two as numbers): the depth of a code gives its level and the code its
parent - several top codes are outcomes, a single one the goal."""

import pytest

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

from .ogp_tracker_helpers import workbook


def _import(tmp_path, head, rows):
    sheet = [["Project: Open municipalities"], [], head, *rows]
    path = workbook(tmp_path / "codes.xlsx", {"Results": sheet})
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        res = {r.id: r for r in project.rows(m.Result)}
        return {
            r.narrative: (r.level, res[r.parent_id].narrative if r.parent_id else None)
            for r in res.values()
        }


HEADS = {
    "en": ["No.", "Result", "Indicator", "Baseline (2019)", "Target (2023)"],
    "es": ["N°", "Resultado", "Indicador", "Línea base (2019)", "Meta (2023)"],
}


@pytest.mark.parametrize("lang", sorted(HEADS))
def test_several_top_codes_are_outcomes(tmp_path, lang):
    got = _import(tmp_path, HEADS[lang], [
        [1, "Budgets published", "Communities publishing", 12, 52],
        [1.1, "Websites meet the standard", "Websites", 5, 40],
        ["1.1.1", "Build the template", None, None, None],
        [1.2, "Staff trained", "Staff", 0, 300],
        ["1.2.1", "Run trainings", None, None, None],
        [2, "Residents take part", "Residents", 800, 5000],
        [2.1, "Participatory budgets", "Communities", 0, 10],
        ["2.1.1", "Hold hearings", None, None, None],
    ])  # fmt: skip
    assert got == {
        "Budgets published": ("purpose", None),
        "Residents take part": ("purpose", None),
        "Websites meet the standard": ("output", "Budgets published"),
        "Staff trained": ("output", "Budgets published"),
        "Participatory budgets": ("output", "Residents take part"),
        "Build the template": ("activity", "Websites meet the standard"),
        "Run trainings": ("activity", "Staff trained"),
        "Hold hearings": ("activity", "Participatory budgets"),
    }


def test_a_single_top_code_is_the_goal(tmp_path):
    got = _import(tmp_path, HEADS["en"], [
        ["1.", "Better local services", "Satisfaction", 40, 60],
        ["1.1.", "Budgets published", "Communities", 12, 52],
        ["1.1.1.", "Websites meet the standard", "Websites", 5, 40],
        ["1.2.", "Residents take part", "Residents", 800, 5000],
    ])  # fmt: skip
    assert got == {
        "Better local services": ("goal", None),
        "Budgets published": ("purpose", None),
        "Websites meet the standard": ("output", "Budgets published"),
        "Residents take part": ("purpose", None),
    }
