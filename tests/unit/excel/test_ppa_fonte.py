"""An indicator's plain "Fonte" (Brazil's PPA: the organ that measures it) is its data
source, whether or not a means-of-verification column stands beside it; the Spanish and
English plain "Fuente" / "Source" stay its means of verification."""

import pytest

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

from .ogp_tracker_helpers import workbook

CASES = {
    "pt": (["Nível", "Descrição", "Indicador", "Linha de base", "Meta 2023", "Fonte"], None),
    "pt-both": (["Nível", "Descrição", "Indicador", "Linha de base", "Meta 2023", "Fontes",
                 "Meios de verificação"], "Relatório anual"),
    "es": (["Nivel", "Descripción", "Indicador", "Línea base", "Meta 2023", "Fuente"], None),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(CASES))
def test_plain_fonte_is_the_data_source(tmp_path, lang):
    head, mov = CASES[lang]
    more = [mov] if mov else []
    rows = [["Programa: 4001 - Transparência"], [], head,
            ["Propósito", "Transparência ativa ampliada", "Índice de transparência", 45, 80,
             "CGU", *more],
            ["Componente", "Dados abertos publicados", "Conjuntos publicados", 1200, 3500,
             "Portal de Dados", *more]]  # fmt: skip
    path = workbook(tmp_path / "ppa.xlsx", {"Programa": rows})
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        got = sorted((i.data_source, i.means_of_verification) for i in project.rows(m.Indicator))
    if lang == "es":
        assert got == [("", "CGU"), ("", "Portal de Dados")]
    else:
        assert got == [("CGU", mov or ""), ("Portal de Dados", mov or "")]
