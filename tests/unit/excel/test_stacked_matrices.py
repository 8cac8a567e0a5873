"""Two or more matrices kept one under the other in one sheet ("Hoja1"), each under its own
"Compromiso N: …" label and its header written again: each is its own commitment.

The example (tests/data/excel_blind2/b2_mml_dos_compromisos_hoja1.xlsx) was refused: the
second label was read as a row with an unknown level. The class: any label that names a
commitment alone on its row, below the first header, in Spanish, English or Portuguese,
with or without the header repeated under it."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook

HEAD = {
    "es": ["Nivel", "Objetivo", "Indicador", "Línea base", "Meta 2017"],
    "en": ["Level", "Narrative summary", "Indicator", "Baseline", "Target 2017"],
    "pt": ["Nível", "Resumo narrativo", "Indicador", "Linha de base", "Meta 2017"],
}
LABEL = {"es": "Compromiso {n}: {t}", "en": "Commitment {n}: {t}", "pt": "Compromisso {n} – {t}"}
LEVELS = {"es": ("Fin", "Propósito"), "en": ("Goal", "Purpose"), "pt": ("Fim", "Propósito")}


def _book(path, lang, repeat_header):
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    goal, purpose = LEVELS[lang]
    ws.append(["Seguimiento de compromisos – Municipalidad"])
    for n, title in ((3, "Presupuesto participativo"), (4, "Concejo abierto")):
        ws.append([])
        ws.append([LABEL[lang].format(n=n, t=title)])
        if n == 3 or repeat_header:
            ws.append(HEAD[lang])
        ws.append([goal, f"Fin del {n}"])
        ws.append([purpose, f"Propósito del {n}", f"Indicador del {n}", "4", str(10 * n)])
    wb.save(path)
    return path


@pytest.mark.parametrize("repeat_header", [True, False], ids=["header-again", "label-only"])
@pytest.mark.parametrize("lang", ["es", "en", "pt"])
def test_each_labelled_matrix_is_its_own_commitment(project, tmp_path, lang, repeat_header):
    report = import_workbook(project, _book(tmp_path / "h.xlsx", lang, repeat_header))
    assert not report.problems, [p.as_dict("en") for p in report.problems]
    commitments = {c.code: c for c in project.rows(m.Commitment)}
    assert {k: c.title for k, c in commitments.items()} == {
        "3": "Presupuesto participativo",
        "4": "Concejo abierto",
    }
    for code in ("3", "4"):
        results = project.rows(m.Result, commitment_id=commitments[code].id)
        assert {r.narrative for r in results} == {f"Fin del {code}", f"Propósito del {code}"}
        (ind,) = [i for r in results for i in project.rows(m.Indicator, result_id=r.id)]
        assert ind.name == f"Indicador del {code}"
        (target,) = project.rows(m.Target, indicator_id=ind.id)
        assert target.value == 10 * int(code)
    skipped = [w for w in report.warnings if w.issue.code in ("no_level", "unused_column")]
    assert not skipped


def test_a_result_that_only_mentions_a_commitment_stays_a_result(project, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Compromiso 5: Datos abiertos"])
    ws.append(HEAD["es"])
    ws.append(["Fin", "Cumplir el compromiso 5 del plan"])
    ws.append(["Propósito", "Servicios publican", "Servicios con datos", "1", "9"])
    wb.save(tmp_path / "one.xlsx")
    report = import_workbook(project, tmp_path / "one.xlsx")
    assert not report.problems
    (c,) = project.rows(m.Commitment)
    narratives = {r.narrative for r in project.rows(m.Result, commitment_id=c.id)}
    assert "Cumplir el compromiso 5 del plan" in narratives
