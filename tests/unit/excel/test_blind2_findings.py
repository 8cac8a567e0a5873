"""Findings of the second blind set (tests/data/excel_blind2), each as a class: a header
whose bracketed qualifier mentions a reference year still names its column by the words
before the brackets; a French follow-up's "Justificatif" is the milestone's evidence."""

from __future__ import annotations

from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.formats.ogp_words import header_role as ogp_role
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.logframe_read import header_role
from matrix_app.services.excel.parse import normalize
from matrix_app.services.project import Project


def test_a_bracketed_reference_year_does_not_turn_a_column_into_a_baseline_date():
    assert header_role("Cibles\n(y compris année de référence)") == "target"
    assert header_role("Valeurs de référence\n(y compris année de référence)") == "baseline"
    assert header_role("Metas (incluido año de referencia)") == "target"
    # the words inside the brackets still count when those before them name nothing
    assert header_role("(Línea base)") == "baseline"
    assert header_role("Fecha línea base") == "baseline_date"


def test_the_french_eu_template_lands_its_baselines_and_targets(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cadre logique"
    ws.append(["Matrice du cadre logique – Engagement 8 : Budget participatif"])
    ws.append([None, "Chaîne des résultats", "Indicateurs",
               "Valeurs de référence\n(y compris année de référence)",
               "Cibles\n(y compris année de référence)",
               "Sources et moyens de vérification", "Hypothèses"])  # fmt: skip
    ws.append(["Impact (Objectif général)", "Renforcer la participation des habitants",
               "Taux de participation", "12,5\u00a0% (2015)", "30\u00a0% (2019)",
               "Rapports communaux", None])  # fmt: skip
    ws.append(["Effet(s) direct(s)", "Les communes allouent une part de leur budget",
               "Montant alloué (EUR)", "1\u00a0233\u00a0000 (2015)", "5\u00a0000\u00a0000 (2019)",
               "Comptes administratifs", "Stabilité budgétaire"])  # fmt: skip
    path = tmp_path / "cadre.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        got = {i.name: i for i in project.rows(m.Indicator)}
        assert got["Taux de participation"].baseline_value == 12.5
        assert got["Montant alloué (EUR)"].baseline_value == 1233000.0
        targets = {t.value for t in project.rows(m.Target)}
        assert targets == {30.0, 5000000.0}


def test_justificatif_is_the_evidence_column_of_a_french_follow_up():
    assert ogp_role(normalize("Justificatif"), {}) == "evidence"
    assert ogp_role(normalize("Pièces justificatives"), {}) == "evidence"


def test_an_iptt_baseline_fy_column_is_the_baseline_year_not_its_value(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "IPTT"
    ws.append(["Indicator Performance Tracking Table (IPTT)"])
    ws.append(["Activity: Citizen Oversight of Local Budgets"])
    ws.append(["Indicator", "Unit", "Baseline FY", "Baseline value", "FY2017 Target",
               "FY2017 Actual"])  # fmt: skip
    ws.append(["IR 2.1: Civil society oversight of municipal budgets increased"])
    ws.append(["Number of CSOs monitoring municipal budgets", "Number", "FY16", 12, 30, 27])
    path = tmp_path / "iptt.xlsx"
    wb.save(path)
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        (got,) = project.rows(m.Indicator)
        assert got.baseline_value == 12.0
        assert got.baseline_date.isoformat() == "2016-09-30"
