"""Donor results frameworks as IFAD, Norad, AFD, Brazil's PPA and UNDP keep them: a column
header that names a year dates its values ("Mid-Term (2022)", "Meta prevista 2023",
"Achieved 2020", "Réalisé 2021", "Year 1 (2020)" under "Targets"); a result coded 1.2 or
A1.2.1 goes under the row its code names, whatever the row order; level words and codes
("Development Objective", "Objetivo", "Intermediate result", "OS1", "R1.2"); the title
from a label | value line ("Project:" | ..., "Programa: 4001 - ...") or beside the kind of
sheet after a dash ("... – Logical Framework").

The examples are tests/data/excel_blind5 (ifad, norad, afd, brp, undp); each case below
varies the language, the wording or the position."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.logframe_read import guess_level, year_head

D = dt.date


def _book(path, rows, title="Matrix"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _import(project, path):
    report = import_workbook(project, path)
    assert not report.problems, [p.as_dict("en") for p in report.problems]
    return report


def _figures(project, name):
    ind = next(i for i in project.rows(m.Indicator) if i.name == name)
    targets = sorted((t.due_date, t.value) for t in project.rows(m.Target, indicator_id=ind.id))
    done = sorted(
        (x.measured_on, x.value) for x in project.rows(m.Measurement, indicator_id=ind.id)
    )
    return ind, targets, done


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        ("Mid-Term (2022)", "", ("target", "2022-12-31")),
        ("End Target (2025)", "", ("target", "2025-12-31")),
        ("Meta prevista 2023", "", ("target", "2023-12-31")),
        ("2021 Target", "", ("target", "2021-12-31")),
        ("Cible 2022", "", ("target", "2022-12-31")),
        ("Achieved 2020", "", ("measurement", "2020-12-31")),
        ("Réalisé 2021", "", ("measurement", "2021-12-31")),
        ("Apurado 2020", "", ("measurement", "2020-12-31")),
        ("Logrado 2019", "", ("measurement", "2019-12-31")),
        ("Year 1 (2020)", "TARGETS (by frequency of data collection)", ("target", "2020-12-31")),
        ("FINAL (2022)", "Metas", ("target", "2022-12-31")),
        ("Year 1 (2020)", "", None),  # no word says what the figure is
        ("Comments on the 2019 survey and what it found last time", "", None),
    ],
)
def test_a_header_naming_a_year_dates_its_figures(text, group, expected):
    assert year_head(text, group) == expected


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Development Objective: Incomes increased", "purpose"),
        ("Objetivo", "purpose"),
        ("Objective 2", "purpose"),
        ("Objectif de développement", "purpose"),
        ("Resultado intermediário", "output"),
        ("Intermediate result 1.1", "output"),
        ("Immediate outcome", "output"),
        ("Résultat intermédiaire", "output"),
        ("Intermediate outcome", "purpose"),
        ("Ultimate outcome", "goal"),
        ("OG", "goal"),
        ("G1", "goal"),
        ("OS1", "purpose"),
        ("O2", "purpose"),
        ("R1.2", "output"),
        ("A1.2.1", "activity"),
        ("Objetivo general", "goal"),
    ],
)
def test_level_words_and_codes(text, level):
    found, _rest = guess_level(text)
    assert found is not None and found.value == level


def test_a_lone_letter_names_no_level():
    assert guess_level("A")[0] is None
    assert guess_level("O")[0] is None
    assert guess_level("Objetivo raro")[0] is None
    assert guess_level("Objetivo estratégico")[0] is None


@pytest.mark.parametrize(
    ("labels", "mid", "end"),
    [
        (("Goal: ", "Development Objective: ", "Output 1: "), "Mid-Term (2022)",
         "End Target (2025)"),
        (("Fin: ", "Objetivo: ", "Resultado intermedio 1: "), "Meta intermedia 2022",
         "Meta final 2025"),
    ],
    ids=["ifad-en", "es"],
)  # fmt: skip
def test_two_header_rows_with_dated_targets_and_a_source_group(project, tmp_path, labels, mid, end):
    goal, do, out = labels
    rows = [
        ["Market Access Programme – Logical Framework"],
        [],
        ["Results Hierarchy", "Indicators", None, None, None, "Means of Verification", None,
         None, "Assumptions"],
        [None, "Name", "Baseline", mid, end, "Source", "Frequency", "Responsibility", None],
        [goal + "Poverty reduced", "Assets index", "0", "20", "40", "Impact survey",
         "Baseline, completion", "M&E officer", None],
        [do + "Incomes increased", "Average income", "850", "1,000", "1,300",
         "Household survey", "Annual", "M&E officer", "Stable prices"],
        [out + "Farmers trained", "Farmers trained", "0", "120", "250", "Training reports",
         "Quarterly", "Service providers", None],
    ]  # fmt: skip
    _import(project, _book(tmp_path / "f.xlsx", rows, "Logframe"))
    (c,) = project.rows(m.Commitment)
    assert c.title == "Market Access Programme"
    levels = {r.narrative: r.level for r in project.rows(m.Result)}
    assert levels == {"Poverty reduced": "goal", "Incomes increased": "purpose",
                      "Farmers trained": "output"}  # fmt: skip
    ind, targets, _done = _figures(project, "Average income")
    assert targets == [(D(2022, 12, 31), 1000.0), (D(2025, 12, 31), 1300.0)]
    assert (ind.data_source, ind.frequency, ind.responsible) == (
        "Household survey", "Annual", "M&E officer",
    )  # fmt: skip
    assert not ind.means_of_verification


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        # Norad: outputs 1.1, 2.1, 1.2 in that row order, the number in the level cell
        (["Level", "Result statement", "Indicator", "Baseline value", "Baseline year",
          "Target value", "Target year", "Achieved 2020", "Achieved 2021",
          "Source of verification", "Risks and assumptions"],
         [["Outcome 1", "Councils accountable", "Hearings held", 4, 2019, 20, 2023, 7, 11,
           "Minutes", None],
          ["Outcome 2", "Parliament acts", "Issues taken up", 2, 2019, 10, 2023, 3, 5,
           "Hansard", None],
          ["Output 1.1", "CSOs trained", "Members trained", 0, 2019, 300, 2023, 120, 210,
           "Records", None],
          ["Output 2.1", "Briefs published", "Briefs", 0, 2019, 24, 2023, 6, 11, "Website",
           None],
          ["Output 1.2", "Scorecards done", "Scorecards", 0, 2019, 40, 2023, 12, 25,
           "Reports", None]]),
        # French, codes in their own column, an activity above every result
        (["Code", "Niveau", "Intitulé", "Indicateur", "Valeur de référence",
          "Année de référence", "Cible 2023", "Réalisé 2020", "Réalisé 2021",
          "Source de vérification"],
         [["OS1", "Objectif spécifique", "Councils accountable", "Hearings held", "4", 2019,
           "20", "7", "11", "Minutes"],
          ["OS2", "Objectif spécifique", "Parliament acts", "Issues taken up", "2", 2019,
           "10", "3", "5", "Hansard"],
          ["R2.1", "Résultat", "Briefs published", "Briefs", "0", 2019, "24", "6", "11",
           "Website"],
          ["R1.2", "Résultat", "Scorecards done", "Scorecards", "0", 2019, "40", "12", "25",
           "Reports"],
          ["R1.1", "Résultat", "CSOs trained", "Members trained", "0", 2019, "300", "120",
           "210", "Records"]]),
    ],
    ids=["norad-en", "afd-fr"],
)  # fmt: skip
def test_results_go_under_the_row_their_code_names(project, tmp_path, header, rows):
    book = [["Results framework"], ["Project:", "Civil society for budget accountability"],
            [], header, *rows]  # fmt: skip
    _import(project, _book(tmp_path / "n.xlsx", book))
    (c,) = project.rows(m.Commitment)
    assert c.title == "Civil society for budget accountability"
    by_id = {r.id: r.narrative for r in project.rows(m.Result)}
    parent = {r.narrative: by_id.get(r.parent_id) for r in project.rows(m.Result)}
    assert parent["CSOs trained"] == parent["Scorecards done"] == "Councils accountable"
    assert parent["Briefs published"] == "Parliament acts"
    _ind, targets, done = _figures(project, "Members trained")
    assert targets == [(D(2023, 12, 31), 300.0)]
    assert done == [(D(2020, 12, 31), 120.0), (D(2021, 12, 31), 210.0)]


def test_activities_coded_to_a_result_of_two_numbers(project, tmp_path):
    """A1.2.1 goes under R1.2 although it is listed first, A1.1.1 under R1.1 after R1.2."""
    rows = [
        ["Matrice de suivi des indicateurs – Projet d'appui aux communes"],
        [],
        ["Code", "Niveau", "Intitulé", "Indicateur", "Cible 2022", "Source de vérification"],
        ["A1.2.1", "Activité", "Publier le calendrier"],
        ["OS1", "Objectif spécifique", "Communes transparentes", "Budgets publiés", "77", "X"],
        ["R1.1", "Résultat", "Agents formés", "Agents", "1233", "Listes"],
        ["R1.2", "Résultat", "Transferts prévisibles", "Part à temps", "80", "Trésor"],
        ["A1.1.1", "Activité", "Former les agents"],
    ]
    _import(project, _book(tmp_path / "a.xlsx", rows, "Matrice"))
    (c,) = project.rows(m.Commitment)
    assert c.title == "Projet d'appui aux communes"
    results = {r.narrative: r for r in project.rows(m.Result)}
    assert results["Publier le calendrier"].parent_id == results["Transferts prévisibles"].id
    assert results["Former les agents"].parent_id == results["Agents formés"].id
    assert results["Agents formés"].parent_id == results["Communes transparentes"].id
    _ind, targets, _done = _figures(project, "Part à temps")
    assert targets == [(D(2022, 12, 31), 80.0)]


@pytest.mark.parametrize(
    ("label", "code", "title"),
    [
        ("Programa: 4001 - Transparência e Integridade", "4001", "Transparência e Integridade"),
        ("Programa: Transparência e Integridade", "", "Transparência e Integridade"),
        ("Grant Name: Kenya TB Programme 2021-2023", "", "Kenya TB Programme 2021-2023"),
        ("Project title and Atlas Project Number: Local Governance (00112345)", "",
         "Local Governance (00112345)"),
    ],
)  # fmt: skip
def test_title_lines_with_a_code_or_a_long_label(project, tmp_path, label, code, title):
    rows = [
        ["Plano Plurianual 2020-2023"],
        [label],
        [],
        ["Atributo", "Descrição", "Indicador", "Índice de referência", "Data de referência",
         "Meta prevista 2023", "Apurado 2020", "Apurado 2021", "Periodicidade"],
        ["Objetivo", "Gestão transparente", "Índice de transparência", "45,3%",
         dt.datetime(2018, 12, 31), "80%", "52,1%", "61,0%", "Anual"],
        ["Resultado intermediário", "Dados abertos publicados", "Conjuntos publicados",
         "1.233,5", dt.datetime(2019, 6, 30), "3.500", "2.104", "2.870", "Anual"],
    ]  # fmt: skip
    _import(project, _book(tmp_path / "p.xlsx", rows, "Programa"))
    (c,) = project.rows(m.Commitment)
    assert (c.code, c.title) == (code, title)
    levels = {r.narrative: r.level for r in project.rows(m.Result)}
    assert levels == {"Gestão transparente": "purpose", "Dados abertos publicados": "output"}
    ind, targets, done = _figures(project, "Conjuntos publicados")
    assert (ind.baseline_value, ind.baseline_date) == (1233.5, D(2019, 6, 30))
    assert targets == [(D(2023, 12, 31), 3500.0)]
    assert done == [(D(2020, 12, 31), 2104.0), (D(2021, 12, 31), 2870.0)]


def test_targets_group_over_yearly_columns_and_a_level_named_column(project, tmp_path):
    rows = [
        ["V. RESULTS FRAMEWORK"],
        ["Project title and Atlas Project Number:", "Local Governance (00112345)"],
        [],
        ["EXPECTED OUTPUTS", "OUTPUT INDICATORS", "DATA SOURCE", "BASELINE", None,
         "TARGETS (by frequency of data collection)", None, None, "RISKS"],
        [None, None, None, "Value", "Year", "Year 1 (2020)", "Year 2 (2021)", "FINAL (2022)",
         None],
        ["Output 1: Councils publish budgets", "Councils publishing online", "Websites", 12,
         2019, 20, 30, 40, "Elections"],
        ["Output 2: Citizens take part", "Women in meetings (%)", "Minutes", "18%", 2019,
         "25%", "32%", "40%", None],
    ]  # fmt: skip
    _import(project, _book(tmp_path / "u.xlsx", rows, "RRF"))
    (c,) = project.rows(m.Commitment)
    assert c.title == "Local Governance (00112345)"
    levels = {r.narrative: r.level for r in project.rows(m.Result)}
    assert levels == {"Councils publish budgets": "output", "Citizens take part": "output"}
    ind, targets, _done = _figures(project, "Women in meetings (%)")
    assert (ind.baseline_value, ind.baseline_date) == (18.0, D(2019, 12, 31))
    assert targets == [(D(2020, 12, 31), 25.0), (D(2021, 12, 31), 32.0),
                       (D(2022, 12, 31), 40.0)]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "items", "sources", "impact"),
    [
        (["Results Chain", None, "Performance Indicators with Targets and Baselines",
          "Data Sources and Reporting Mechanisms", "Risks"],
         ["a. By 2025, share of reports on time increased to 90% (2019 baseline: 40%)\n"
          "b. By 2025, payment time reduced to 10 days (2019 baseline: 28 days)",
          "1a. By 2023, at least 1,200 officers certified (2019 baseline: not applicable)"],
         ["a–b. Annual PFM reports", "1a. Training records"],
         "Impact the Project is Aligned with"),
        (["Cadena de resultados", None, "Indicadores con metas y líneas de base",
          "Fuentes de datos", "Riesgos"],
         ["a. Para 2025, la proporción de informes a tiempo aumenta a 90% (línea base 2019: "
          "40%)\nb. Para 2025, el tiempo de pago baja a 10 días (línea base 2019: 28)",
          "1a. Para 2023, al menos 1.200 funcionarios certificados (línea base 2019: no "
          "aplica)"],
         ["a-b. Informes anuales", "1a. Registros de formación"],
         "Impacto esperado:"),
    ],
    ids=["adb-en", "es"],
)  # fmt: skip
def test_dmf_lettered_indicators_and_sections(project, tmp_path, header, items, sources, impact):
    rows = [
        ["DESIGN AND MONITORING FRAMEWORK"],
        ["Project: Finance Reform Project"],
        [impact, "Public finance improved"],
        [],
        header,
        ["Outcome", "Budget execution improved", items[0], sources[0], "Elections"],
        ["Outputs", "1. IFMIS rolled out", items[1], sources[1], None],
        [],
        ["Key Activities with Milestones"],
        ["1. IFMIS rolled out"],
        ["1.1 Complete the design by Q2 2021"],
        [],
        ["Inputs"],
        ["ADB: $50.00 million (loan)"],
    ]  # fmt: skip
    _import(project, _book(tmp_path / "d.xlsx", rows, "DMF"))
    (c,) = project.rows(m.Commitment)
    assert c.title == "Finance Reform Project"
    results = {r.narrative: r for r in project.rows(m.Result)}
    assert {k: r.level for k, r in results.items()} == {
        "Public finance improved": "goal", "Budget execution improved": "purpose",
        "1. IFMIS rolled out": "output", "1.1 Complete the design by Q2 2021": "activity",
    }  # fmt: skip
    assert results["1.1 Complete the design by Q2 2021"].parent_id == results[
        "1. IFMIS rolled out"].id  # fmt: skip
    inds = sorted(project.rows(m.Indicator), key=lambda i: i.name)
    assert len(inds) == 3
    first = next(i for i in inds if "90%" in i.name)
    assert "baseline" not in first.name.lower() and "base" not in first.name.lower()
    assert (first.baseline_value, first.baseline_date) == (40.0, D(2019, 12, 31))
    assert first.data_source == sources[0].split(". ", 1)[1]
    _ind, targets, _done = _figures(project, first.name)
    assert targets == [(D(2025, 12, 31), 90.0)]
    certified = next(i for i in inds if "1.200" in i.name or "1,200" in i.name)
    assert certified.baseline_value is None and certified.baseline_date is None
    _ind, targets, _done = _figures(project, certified.name)
    assert targets == [(D(2023, 12, 31), 1200.0)]


@pytest.mark.parametrize(
    ("label", "indicator_label", "sentence"),
    [
        ("Intended Outcome as stated in the Country Programme Results and Resource Framework:",
         "Outcome indicators as stated in the Country Programme, including baseline and "
         "targets:",
         "Indicator 2.1: Citizens who trust local government (%). Baseline (2017): 38%. "
         "Target (2022): 55%."),
        ("Efecto esperado:", "Indicadores del efecto:",
         "Indicador 1: Citizens who trust local government (%). Línea base 2017: 38%. "
         "Meta 2022: 55%"),
    ],
    ids=["undp-en", "es"],
)  # fmt: skip
def test_an_outcome_named_above_the_matrix(project, tmp_path, label, indicator_label, sentence):
    rows = [
        ["V. RESULTS FRAMEWORK"],
        [label, "Local governments are accountable"],
        [indicator_label, sentence],
        ["Applicable Output(s) from the UNDP Strategic Plan:", "Output 2.2.2: Institutions"],
        ["Project title and Atlas Project Number:", "Local Governance (00112345)"],
        [],
        ["EXPECTED OUTPUTS", "OUTPUT INDICATORS", "DATA SOURCE", "BASELINE", "TARGET (2022)",
         "DATA COLLECTION METHODS & RISKS"],
        ["Output 1: Councils publish budgets", "Councils publishing online", "Websites", 12,
         40, "Annual review"],
    ]  # fmt: skip
    report = import_workbook(project, _book(tmp_path / "u.xlsx", rows, "RRF"))
    assert not report.problems, [p.as_dict("en") for p in report.problems]
    assert any(w.row == 4 for w in report.warnings)  # the corporate output: not a result
    results = {r.narrative: r for r in project.rows(m.Result)}
    oc = results["Local governments are accountable"]
    assert oc.level == "purpose"
    assert results["Councils publish budgets"].parent_id == oc.id
    ind, targets, _done = _figures(project, "Citizens who trust local government (%)")
    assert ind.result_id == oc.id
    assert (ind.baseline_value, ind.baseline_date) == (38.0, D(2017, 12, 31))
    assert targets == [(D(2022, 12, 31), 55.0)]


@pytest.mark.parametrize(
    ("codes_head", "types", "ind_head"),
    [
        (["Type", "Code", "Description"], ("Goal", "Objective", "Objective"),
         ["Goal / Objective", "Indicator", "Baseline Value", "Baseline Year", "Baseline Source",
          "2021 Target", "2022 Target", "Comments"]),
        (["Tipo", "Código", "Descripción"], ("Fin", "Propósito", "Propósito"),
         ["Objetivo", "Indicador", "Línea base", "Año línea base", "Fuente de datos",
          "Meta 2021", "Meta 2022", "Observaciones"]),
    ],
    ids=["globalfund-en", "es"],
)  # fmt: skip
def test_two_sheets_tied_by_codes(project, tmp_path, codes_head, types, ind_head):
    wb = Workbook()
    ws = wb.active
    ws.title = "Goals & Objectives"
    for row in (["Performance Framework"], ["Grant Name: Kenya TB Programme"], [], codes_head,
                [types[0], "G1", "Reduce TB"], [types[1], "O1", "Find more cases"],
                [types[2], "O2", "Treat resistant TB"]):  # fmt: skip
        ws.append(row)
    ws = wb.create_sheet("Indicators")
    for row in (
        ["Performance Framework – Indicators"],
        ["Grant Name: Kenya TB Programme"],
        [],
        ind_head,
        [
            "O1",
            "Treatment coverage (%)",
            "N: 72,943; D: 139,000; P: 52%",
            2019,
            "TIBU",
            "N: 83,400; D: 139,000; P: 60%",
            "70%",
            None,
        ],
        ["G1", "Incidence per 100,000", "292", 2019, "WHO", "270", "255", None],
        ["O1", "Cases notified", "72943", 2019, "TIBU", "83400", "97300", "note"],
    ):
        ws.append(row)  # fmt: skip
    wb.save(tmp_path / "gf.xlsx")
    report = _import(project, tmp_path / "gf.xlsx")
    assert not [w for w in report.warnings if w.issue.code == "unread_sheet"]
    (c,) = project.rows(m.Commitment)
    assert c.title == "Kenya TB Programme"
    results = {r.narrative: r for r in project.rows(m.Result)}
    assert {k: r.level for k, r in results.items()} == {
        "Reduce TB": "goal", "Find more cases": "purpose", "Treat resistant TB": "purpose",
    }  # fmt: skip
    ind, targets, _done = _figures(project, "Treatment coverage (%)")
    assert ind.result_id == results["Find more cases"].id
    assert (ind.baseline_value, ind.baseline_date, ind.data_source) == (
        52.0, D(2019, 12, 31), "TIBU",
    )  # fmt: skip
    assert targets == [(D(2021, 12, 31), 60.0), (D(2022, 12, 31), 70.0)]
    inc, _t, _d = _figures(project, "Incidence per 100,000")
    assert inc.result_id == results["Reduce TB"].id
    cases, _t, _d = _figures(project, "Cases notified")
    assert cases.result_id == results["Find more cases"].id


@pytest.mark.parametrize(
    ("words", "target_word"),
    [
        (("Project title", "Project objective", "Impact indicator", "Baseline", "Year",
          "Outcome", "Outcome indicator", "Output 1"), "Annual target Year 1"),
        (("Nombre del proyecto", "Objetivo del proyecto", "Indicador de impacto", "Línea de base",
          "Año", "Propósito", "Indicador del propósito", "Componente 1"), "Meta"),
    ],
    ids=["danida-en", "es"],
)  # fmt: skip
def test_a_vertical_label_value_form(project, tmp_path, words, target_word):
    title, objective, impact_ind, base, year, outcome, outcome_ind, output = words
    rows = [
        ["Results Framework"],
        [title, "Public Accountability in Uganda"],
        [objective, "Public funds are accountable"],
        [impact_ind, "Open Budget Index score"],
        [base, year, 2017, 55],
        [target_word, year, 2022, 65],
        [],
        [outcome, "Government acts on audits"],
        [outcome_ind, "Recommendations implemented (%)"],
        [base, year, 2017, "32%"],
        [target_word, year, 2022, "60%"],
        [],
        [output, "Reports reach Parliament"],
    ]
    _import(project, _book(tmp_path / "v.xlsx", rows, "Results framework"))
    (c,) = project.rows(m.Commitment)
    assert c.title == "Public Accountability in Uganda"
    results = {r.narrative: r for r in project.rows(m.Result)}
    assert {k: r.level for k, r in results.items()} == {
        "Public funds are accountable": "goal", "Government acts on audits": "purpose",
        "Reports reach Parliament": "output",
    }  # fmt: skip
    assert results["Reports reach Parliament"].parent_id == results["Government acts on audits"].id
    ind, targets, _done = _figures(project, "Recommendations implemented (%)")
    assert ind.result_id == results["Government acts on audits"].id
    assert (ind.baseline_value, ind.baseline_date) == (32.0, D(2017, 12, 31))
    assert targets == [(D(2022, 12, 31), 60.0)]
