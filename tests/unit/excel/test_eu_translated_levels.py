"""The EU 2016 logframe as the EU translates it: level labels with their "(s)" plurals and a
bracketed second name ("Efeito(s) direto(s) (Objetivo(s) específico(s))", "Realizações",
"Incidence(s)", "Réalisations", "Efecto(s) directo(s)", "Realizaciones"), and the Portuguese
baseline header "Valores de base (incluindo ano de referência)"."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.logframe_read import guess_level, header_role
from matrix_app.services.project import Project

HEADERS = {
    "pt": ["Cadeia de resultados", "Indicadores",
           "Valores de base\n(incluindo ano de referência)",
           "Metas\n(incluindo ano de referência)", "Fontes e meios de verificação",
           "Pressupostos"],
    "es": ["Cadena de resultados", "Indicadores",
           "Valores de referencia\n(incluido año de referencia)",
           "Metas\n(incluido año de referencia)", "Fuentes y medios de verificación",
           "Supuestos"],
    "fr": ["Chaîne des résultats", "Indicateurs", "Valeurs de base\n(y compris année de référence)",
           "Cibles\n(y compris année de référence)", "Sources et moyens de vérification",
           "Hypothèses"],
}  # fmt: skip
LEVELS = {
    "pt": ("Impacte\n(Objectivo geral)", "Efeito(s) directo(s)\n(Objectivo(s) específico(s))",
           "Realização(ões)"),
    "es": ("Impacto (Objetivo general)", "Efecto(s) directo(s) (Objetivo(s) específico(s))",
           "Realizaciones"),
    "fr": ("Incidence(s)\n(Objectif(s) global(aux))",
           "Effet(s) direct(s) (Objectif(s) spécifique(s))", "Réalisations"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(HEADERS))
def test_the_translated_eu_template_lands_its_levels_and_baselines(tmp_path, lang):
    goal, purpose, output = LEVELS[lang]
    wb = Workbook()
    ws = wb.active
    ws.title = "Logframe"
    ws.append([f"Compromisso 4: Governo aberto ({lang})"])
    ws.append([None, *HEADERS[lang]])
    ws.append([goal, "Governo mais aberto", "Índice de abertura", "40 (2016)", "60 (2020)",
               "Inquérito", None])  # fmt: skip
    ws.append([purpose, "Dados publicados", "Conjuntos publicados", "12 (2016)", "50 (2020)",
               "Portal", "Apoio político"])  # fmt: skip
    ws.append([output, "1. Portal criado", "Portal em linha", "0 (2016)", "1 (2019)",
               "Sítio web", None])  # fmt: skip
    ws.append([None, "2. Técnicos formados", "Técnicos formados", "5 (2017)", "80 (2019)",
               "Relatórios", None])  # fmt: skip
    ws.merge_cells("A5:A6")
    path = tmp_path / f"eu_{lang}.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        levels = {r.narrative: r.level for r in project.rows(m.Result)}
        base = {i.name: (i.baseline_value, i.baseline_date) for i in project.rows(m.Indicator)}
    assert levels == {"Governo mais aberto": "goal", "Dados publicados": "purpose",
                      "1. Portal criado": "output", "2. Técnicos formados": "output"}  # fmt: skip
    assert base["Índice de abertura"] == (40.0, dt.date(2016, 12, 31))
    assert base["Técnicos formados"] == (5.0, dt.date(2017, 12, 31))


@pytest.mark.parametrize(
    ("label", "level"),
    [("Efeito(s) direto(s)", "purpose"), ("Efeitos diretos", "purpose"),
     ("Realizações", "output"), ("Realização 2 relativa ao efeito direto 1", "output"),
     ("Incidence", "goal"), ("Réalisation 1", "output"), ("Efectos directos", "purpose"),
     ("Realización 1.1", "output"), ("Extrants", "output")],
)  # fmt: skip
def test_eu_level_labels_in_portuguese_french_and_spanish(label, level):
    assert guess_level(label)[0] == level


def test_portuguese_baseline_headers():
    assert header_role("Valores de base\n(incluindo ano de referência)") == "baseline"
    assert header_role("Valor de base") == "baseline"
    assert header_role("Ano de base") == "baseline_date"
