"""A logframe pasted from Word: bullets ("•", "▪", "◦", "-", "–") start the lines, cells end
with line breaks, numbers hold no-break spaces. None of it is part of a narrative or an
assumption, several bulleted indicator lines are several indicators, and each lands under
its result."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.logframe_cells import unbullet
from matrix_app.services.project import Project

NB = "\u00a0"
HEADERS = {
    "en": ["Level", "Narrative summary", "Indicators", "Baseline", "Target",
           "Means of verification", "Assumptions"],
    "es": ["Nivel", "Resumen narrativo", "Indicadores", "Línea base", "Meta",
           "Medios de verificación", "Supuestos"],
    "fr": ["Niveau", "Logique d'intervention", "Indicateurs", "Situation de référence",
           "Cible", "Sources de vérification", "Hypothèses"],
}  # fmt: skip
LEVELS = {"en": ("Goal", "Purpose"), "es": ("Fin", "Propósito"), "fr": ("Objectif global", "Objectif spécifique")}  # fmt: skip


@pytest.mark.parametrize("lang", list(HEADERS))
@pytest.mark.parametrize(("b1", "b2"), [("•", "▪"), ("-", "–"), ("◦", "●")])
def test_bullets_and_line_breaks_pasted_from_word_are_not_text(tmp_path, lang, b1, b2):
    goal, purpose = LEVELS[lang]
    wb = Workbook()
    ws = wb.active
    ws.append([h + "\n" for h in HEADERS[lang]])
    ws.append([goal + "\n", f"{b1} Better local services\n\n", f"{b1} Share of districts\n",
               f"35{NB}%\n", f"60{NB}%\n", f"{b1} Annual report\n", "\n"])  # fmt: skip
    ws.append([purpose, f"{b2}{NB}Assemblies are accountable\n",
               f"{b2} Public hearings held\n{b2} Citizens rating them open\n", "46\n",
               f"1{NB}200\n", f"{b2} Minutes\n", f"{b2} Calendars kept\n{b2} Funds arrive\n"])  # fmt: skip
    path = tmp_path / "lf.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        results = {r.id: r for r in project.rows(m.Result)}
        inds = sorted((results[i.result_id].narrative, i.name) for i in project.rows(m.Indicator))
        targets = sorted(t.value for t in project.rows(m.Target))
    by_name = {r.narrative: r for r in results.values()}
    assert set(by_name) == {"Better local services", "Assemblies are accountable"}
    assert by_name["Assemblies are accountable"].assumptions == "Calendars kept\nFunds arrive"
    assert not by_name["Better local services"].assumptions
    assert inds == [
        ("Assemblies are accountable", "Citizens rating them open"),
        ("Assemblies are accountable", "Public hearings held"),
        ("Better local services", "Share of districts"),
    ]
    assert 60.0 in targets and 1200.0 in targets


def test_unbullet_keeps_what_is_text():
    assert unbullet("• A\n\n▪ B \n") == "A\nB"
    assert unbullet("1.1 Train staff") == "1.1 Train staff"
    assert unbullet("Co-design - with users") == "Co-design - with users"
    assert unbullet("-5% fewer complaints") == "-5% fewer complaints"
