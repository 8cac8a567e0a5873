"""An indicator's plain "Fonte" (Brazil's PPA: the organ that measures it) is its data
source, whether or not a means-of-verification column stands beside it; the Spanish and
English plain "Fuente" / "Source" stay its means of verification."""

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

CASES = {
    "pt": (["Nível", "Descrição", "Indicador", "Linha de base", "Meta 2023", "Fonte"], None),
    "pt-both": (["Nível", "Descrição", "Indicador", "Linha de base", "Meta 2023", "Fontes",
                 "Meios de verificação"], "Relatório anual"),
    "es": (["Nivel", "Descripción", "Indicador", "Línea base", "Meta 2023", "Fuente"], None),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(CASES))
def test_plain_fonte_is_the_data_source(tmp_path, lang):
    head, mov = CASES[lang]
    wb = Workbook()
    ws = wb.active
    ws.title = "Programa"
    ws.append(["Programa: 4001 - Transparência"])
    ws.append([])
    ws.append(head)
    ws.append(["Propósito", "Transparência ativa ampliada", "Índice de transparência", 45, 80,
               "CGU", *([mov] if mov else [])])  # fmt: skip
    ws.append(["Componente", "Dados abertos publicados", "Conjuntos publicados", 1200, 3500,
               "Portal de Dados", *([mov] if mov else [])])  # fmt: skip
    path = tmp_path / "ppa.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        got = sorted((i.data_source, i.means_of_verification) for i in project.rows(m.Indicator))
    if lang == "es":
        assert got == [("", "CGU"), ("", "Portal de Dados")]
    else:
        assert got == [("CGU", mov or ""), ("Portal de Dados", mov or "")]
