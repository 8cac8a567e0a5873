"""Build the Excel-formats corpus: workbooks laid out like the public templates agencies and
donors keep (ILPES/CEPAL, EU, DFID, World Bank, USAID, OGP follow-up sheets, hand-made).

Run ``python tests/data/excel_formats/make_corpus.py`` to (re)write the .xlsx files beside
this script. ``CASES`` also holds, for each workbook, the project it must import as: the
logframe rows (level, narrative, parent's narrative), and the indicators with their
baselines, targets and measurements (dates as ISO text). ``tests/unit/excel/
test_formats_corpus.py`` imports every workbook through the CLI and compares.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.table import Table

HERE = Path(__file__).resolve().parent


class P(float):
    """A number stored as a fraction in a cell formatted as a percentage (0.41 shown 41%)."""


@dataclass
class Sheet:
    title: str
    rows: list[list[Any]]
    merges: list[str] = field(default_factory=list)
    hidden: bool = False
    table: str | None = None  # an Excel Table over this range


@dataclass
class Case:
    file: str
    family: str
    sheets: list[Sheet]
    expected: list[dict[str, Any]]  # one dict per commitment
    warnings: tuple[str, ...] = ()  # warning reasons the import must give (at least)


def write(path: Path, sheets: list[Sheet]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for spec in sheets:
        ws = wb.create_sheet(spec.title)
        for r, row in enumerate(spec.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(r, c)
                if isinstance(value, P):
                    cell.value = float(value)
                    cell.number_format = "0%"
                else:
                    cell.value = value
        for rng in spec.merges:
            ws.merge_cells(rng)
        if spec.hidden:
            ws.sheet_state = "hidden"
        if spec.table:
            ws.add_table(Table(displayName="Matriz", ref=spec.table))
    wb.properties.creator = "make_corpus.py"
    wb.properties.created = dt.datetime(2016, 1, 1)
    wb.properties.modified = dt.datetime(2016, 1, 1)
    wb.save(path)


def ind(of: str, name: str, **kw: Any) -> dict[str, Any]:
    out = {"of": of, "name": name, "targets": [], "measurements": []}
    out.update(kw)
    return out


# --------------------------------------------------------------------------------------------
# ILPES / CEPAL "Matriz de Marco Lógico" (Manual 42, DIPRES)

ILPES_FIN = "Contribuir a la transparencia de la gestión pública"
ILPES_PROP = "Los organismos publican su información en un portal único"
ILPES_C1 = "1. Portal instalado en la administración central"
ILPES_C2 = "2. Portal instalado en municipios"
ilpes_dipres = Case(
    "ilpes_dipres.xlsx",
    "ilpes",
    [
        Sheet(
            "MML",
            [
                ["MATRIZ DE MARCO LÓGICO"],
                ["Compromiso N° 5: Portal de Transparencia del Estado"],
                [],
                [None, "Resumen narrativo de objetivos", "Indicadores (fórmula)",
                 "Medios de verificación", "Supuestos"],
                ["FIN", ILPES_FIN, None, None, None],
                ["PROPÓSITO", ILPES_PROP,
                 "Eficacia\nPorcentaje de organismos que publican en el Portal\n"
                 "(N° de organismos que publican / N° de organismos obligados) * 100",
                 "Reportes del Portal", "Los organismos adhieren voluntariamente"],
                ["COMPONENTES", ILPES_C1,
                 "Eficacia\nNúmero de servicios conectados al Portal\nΣ servicios conectados",
                 "Registro de conexiones", "La plataforma está disponible"],
                [None, ILPES_C2,
                 "Calidad\nPorcentaje de municipios satisfechos con el Portal\n"
                 "(N° de municipios satisfechos / N° de municipios encuestados) * 100\n"
                 "Economía\nCosto promedio por municipio conectado\n"
                 "Gasto total del componente / N° de municipios conectados",
                 "Encuesta anual a municipios\nInforme de ejecución presupuestaria", None],
                ["ACTIVIDADES", "1.1 Conectar los servicios de la administración central"],
                [None, "2.1 Firmar convenios con los municipios"],
                [None, "1.2 Capacitar a los funcionarios de los servicios"],
                [],
                ["Fuente: elaboración propia sobre la base del Manual 42 (ILPES/CEPAL)."],
            ],
            ["A7:A8", "A9:A11"],
        )
    ],
    [
        {
            "code": "5",
            "title": "Portal de Transparencia del Estado",
            "results": [
                ("goal", ILPES_FIN, None),
                ("purpose", ILPES_PROP, None),
                ("output", ILPES_C1, ILPES_PROP),
                ("output", ILPES_C2, ILPES_PROP),
                ("activity", "1.1 Conectar los servicios de la administración central", ILPES_C1),
                ("activity", "1.2 Capacitar a los funcionarios de los servicios", ILPES_C1),
                ("activity", "2.1 Firmar convenios con los municipios", ILPES_C2),
            ],
            "assumptions": {
                ILPES_PROP: "Los organismos adhieren voluntariamente",
                ILPES_C1: "La plataforma está disponible",
            },
            "indicators": [
                ind(ILPES_PROP, "Porcentaje de organismos que publican en el Portal",
                    dimension="efficacy", means_of_verification="Reportes del Portal",
                    formula="(N° de organismos que publican / N° de organismos obligados) * 100"),
                ind(ILPES_C1, "Número de servicios conectados al Portal", dimension="efficacy",
                    formula="Σ servicios conectados",
                    means_of_verification="Registro de conexiones"),
                ind(ILPES_C2, "Porcentaje de municipios satisfechos con el Portal",
                    dimension="quality", means_of_verification="Encuesta anual a municipios",
                    formula="(N° de municipios satisfechos / N° de municipios encuestados) * 100"),
                ind(ILPES_C2, "Costo promedio por municipio conectado", dimension="economy",
                    formula="Gasto total del componente / N° de municipios conectados",
                    means_of_verification="Informe de ejecución presupuestaria"),
            ],
        }
    ],
    ("notes_row",),
)  # fmt: skip

PT_GOAL = "Contribuir para a integridade na administração pública"
PT_PURP = "Órgãos federais adotam programas de integridade"
PT_R1 = "1. Programas de integridade aprovados"
ilpes_pt = Case(
    "ilpes_mml_portugues.xlsx",
    "ilpes",
    [
        Sheet(
            "MML Compromisso 3",
            [
                ["Matriz de Marco Lógico"],
                ["Compromisso 3: Programas de integridade nos órgãos federais"],
                ["Nível", "Resumo narrativo", "Indicadores", "Linha de base", "Meta",
                 "Meios de verificação", "Pressupostos"],
                ["Objetivo geral", PT_GOAL, None, None, None, None, None],
                ["Objetivo específico", PT_PURP,
                 "Eficácia\nPercentual de órgãos com programa de integridade",
                 "12,5 % (2015)", "60 % (2018)", "Relatório da CGU", "Apoio da alta direção"],
                ["Resultados", PT_R1, "Número de programas aprovados", "0 (2015)", "1.233 (2018)",
                 "Diário Oficial", None],
                ["Atividades", "1.1 Elaborar guia de integridade", None, None, None, None, None],
                [None, "1.2 Capacitar 1.500 servidores", None, None, None, None, None],
                ["Nota: a meta será revista em 2017."],
            ],
            ["A7:A8"],
        ),
        Sheet("Listas", [["Objetivo geral"], ["Objetivo específico"], ["Resultados"]],
              hidden=True),
    ],
    [
        {
            "code": "3",
            "title": "Programas de integridade nos órgãos federais",
            "results": [
                ("goal", PT_GOAL, None),
                ("purpose", PT_PURP, None),
                ("output", PT_R1, PT_PURP),
                ("activity", "1.1 Elaborar guia de integridade", PT_R1),
                ("activity", "1.2 Capacitar 1.500 servidores", PT_R1),
            ],
            "indicators": [
                ind(PT_PURP, "Percentual de órgãos com programa de integridade",
                    dimension="efficacy", unit="%", baseline=12.5, baseline_date="2015-12-31",
                    means_of_verification="Relatório da CGU", targets=[("2018-12-31", 60.0)]),
                ind(PT_R1, "Número de programas aprovados", baseline=0.0,
                    baseline_date="2015-12-31", means_of_verification="Diário Oficial",
                    targets=[("2018-12-31", 1233.0)]),
            ],
        }
    ],
    ("notes_row", "hidden_sheet"),
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# EU logframe (2016+ template), English and French

EU_IMPACT = "Public procurement in Chile is more transparent and competitive"
EU_OUTCOME = "Procuring entities publish contracting data in open formats"
EU_O1 = "1. Contracting data published in the Open Contracting Data Standard"
EU_O2 = "2. Civil society organisations trained to use contracting data"
eu_en = Case(
    "eu_logframe.xlsx",
    "eu",
    [
        Sheet(
            "Logframe",
            [
                ["Indicative logframe matrix – Commitment 3: Open contracting in public procurement"],
                [],
                [None, "Results chain", "Indicators", "Baselines (incl. reference year)",
                 "Current value\nReference date", "Targets (incl. reference year)",
                 "Sources and means of verification", "Assumptions"],
                ["Impact (Overall objective)", EU_IMPACT,
                 "Share of tenders with more than one bidder", "45% (2015)", "52% (2017)",
                 "70% (2019)", "ChileCompra statistics", None],
                ["Outcome(s) (Specific objective(s))", EU_OUTCOME,
                 "Number of entities publishing OCDS data", "0 (2015)", "120 (2017)",
                 "850 (2019)", "OCDS registry", "Entities keep their e-procurement systems"],
                ["Outputs", EU_O1, "Releases published per month", "0 (2015)", "1,200 (2017)",
                 "5,000 (2019)", "OCDS registry", "Budget approved"],
                [None, EU_O2, "Organisations trained", "N/A", "18 (2017)", "40 (2019)",
                 "Attendance lists", None],
                [],
                [None, "Activities", "Means", "Costs"],
                [None, "1.1 Adapt the e-procurement system to OCDS", "Technical assistance",
                 "EUR 120,000"],
                [None, "2.1 Run training sessions for civil society", "Trainers and venues",
                 "EUR 45,000"],
            ],
            ["A6:A7"],
        )
    ],
    [
        {
            "code": "3",
            "title": "Open contracting in public procurement",
            "results": [
                ("goal", EU_IMPACT, None),
                ("purpose", EU_OUTCOME, None),
                ("output", EU_O1, EU_OUTCOME),
                ("output", EU_O2, EU_OUTCOME),
                ("activity", "1.1 Adapt the e-procurement system to OCDS", EU_O1),
                ("activity", "2.1 Run training sessions for civil society", EU_O2),
            ],
            "assumptions": {EU_OUTCOME: "Entities keep their e-procurement systems",
                            EU_O1: "Budget approved"},
            "indicators": [
                ind(EU_IMPACT, "Share of tenders with more than one bidder", unit="%",
                    baseline=45.0, baseline_date="2015-12-31",
                    means_of_verification="ChileCompra statistics",
                    targets=[("2019-12-31", 70.0)], measurements=[("2017-12-31", 52.0)]),
                ind(EU_OUTCOME, "Number of entities publishing OCDS data", baseline=0.0,
                    baseline_date="2015-12-31", means_of_verification="OCDS registry",
                    targets=[("2019-12-31", 850.0)], measurements=[("2017-12-31", 120.0)]),
                ind(EU_O1, "Releases published per month", baseline=0.0,
                    baseline_date="2015-12-31", means_of_verification="OCDS registry",
                    targets=[("2019-12-31", 5000.0)], measurements=[("2017-12-31", 1200.0)]),
                ind(EU_O2, "Organisations trained", baseline=None,
                    means_of_verification="Attendance lists",
                    targets=[("2019-12-31", 40.0)], measurements=[("2017-12-31", 18.0)]),
            ],
        }
    ],
    ("missing_value", "unused_column"),
)  # fmt: skip

FR_OG = "Renforcer la redevabilité des collectivités locales"
FR_OS = "Les communes publient leurs budgets et comptes"
FR_R1 = "R1. Un portail budgétaire communal est opérationnel"
eu_fr = Case(
    "eu_cadre_logique.xlsx",
    "eu",
    [
        Sheet(
            "Cadre logique",
            [
                ["Cadre logique – Engagement 2 : Budgets communaux ouverts"],
                [None, "Logique d'intervention", "Indicateurs objectivement vérifiables",
                 "Valeur de référence (année)", "Cible (année)",
                 "Sources et moyens de vérification", "Hypothèses"],
                ["Objectif global", FR_OG, "Indice de confiance des citoyens", "3,2 (2016)",
                 "4,0 (2020)", "Enquête Afrobaromètre", None],
                ["Objectif spécifique", FR_OS, "Part des communes publiant leur budget",
                 "15 % (2016)", "80 % (2020)", "Portail budgétaire",
                 "Les maires soutiennent la réforme"],
                ["Résultats attendus", FR_R1, "Nombre de communes connectées", "0 (2016)",
                 "1 200 (2020)", "Statistiques du portail", None],
                ["Activités", "1.1 Développer le portail", None, None, None, None, None],
                [None, "1.2 Former les agents communaux", None, None, None, None, None],
            ],
            ["A6:A7"],
        )
    ],
    [
        {
            "code": "2",
            "title": "Budgets communaux ouverts",
            "results": [
                ("goal", FR_OG, None),
                ("purpose", FR_OS, None),
                ("output", FR_R1, FR_OS),
                ("activity", "1.1 Développer le portail", FR_R1),
                ("activity", "1.2 Former les agents communaux", FR_R1),
            ],
            "indicators": [
                ind(FR_OG, "Indice de confiance des citoyens", baseline=3.2,
                    baseline_date="2016-12-31", means_of_verification="Enquête Afrobaromètre",
                    targets=[("2020-12-31", 4.0)]),
                ind(FR_OS, "Part des communes publiant leur budget", unit="%", baseline=15.0,
                    baseline_date="2016-12-31", means_of_verification="Portail budgétaire",
                    targets=[("2020-12-31", 80.0)]),
                ind(FR_R1, "Nombre de communes connectées", baseline=0.0,
                    baseline_date="2016-12-31", means_of_verification="Statistiques du portail",
                    targets=[("2020-12-31", 1200.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# DFID / UK logframe


def dfid_block(label, narrative, indicators, assumptions=None, header_dates=None):
    """Rows of one DFID block: per indicator a header line, then Planned / Achieved / Source."""
    dates = header_dates or ("2015", "Dec 2016", "Dec 2017", "Jun 2018")
    rows = []
    for i, (name, planned, achieved, source) in enumerate(indicators):
        head = [
            label if i == 0 else None,
            name.split("|")[0],
            None,
            f"Baseline ({dates[0]})",
            f"Milestone 1 ({dates[1]})",
            f"Milestone 2 ({dates[2]})",
            f"Target ({dates[3]})",
        ]
        if i == 0:
            head.append("Assumptions")
        rows.append(head)
        first = [narrative if i == 0 else None, name.split("|")[1], "Planned", *planned]
        if i == 0 and assumptions:
            first.append(assumptions)
        rows.append(first)
        rows.append([None, None, "Achieved", *achieved])
        rows.append([None, None, "Source", source])
    return rows


DF_IMPACT = "Public resources in Chile are used more accountably"
DF_OUTCOME = "Citizens use budget information to hold agencies to account"
DF_OUT1 = "Budget data published in open formats"
dfid1 = Case(
    "dfid_logframe.xlsx",
    "dfid",
    [
        Sheet(
            "Logframe",
            [
                ["PROJECT NAME", "Commitment 6: Open budget data"],
                [],
                *dfid_block("IMPACT", DF_IMPACT, [
                    ("Impact Indicator 1|Open Budget Index score", (55, 58, 62, 66),
                     (None, 57, None, None), "Open Budget Survey (IBP)")]),
                *dfid_block("OUTCOME", DF_OUTCOME, [
                    ("Outcome Indicator 1|Visits to the budget portal per month (thousands)",
                     (4, 8, 12, 20), (None, 9.5, "n.a.", None), "Portal statistics")],
                    assumptions="Internet access keeps growing"),
                *dfid_block("OUTPUT 1", DF_OUT1, [
                    ("Output Indicator 1.1|Datasets published", (0, 20, 40, 60),
                     (None, 25, None, None), "Open data portal"),
                    ("Output Indicator 1.2|Agencies publishing monthly", (P(0.1), P(0.3), P(0.5),
                     P(0.8)), (None, P(0.35), None, None), "Ministry of Finance report")]),
                ["IMPACT WEIGHTING", P(1.0), None, None, "RISK RATING", "Medium"],
                ["INPUTS (£)", "DFID (£)", "Govt (£)", "Other (£)", "Total (£)"],
                [None, 250000, 50000, 0, 300000],
            ],
            ["D6:G6", "D10:G10", "D14:G14", "D18:G18"],
        )
    ],
    [
        {
            "code": "6",
            "title": "Open budget data",
            "results": [
                ("goal", DF_IMPACT, None),
                ("purpose", DF_OUTCOME, None),
                ("output", DF_OUT1, DF_OUTCOME),
            ],
            "assumptions": {DF_OUTCOME: "Internet access keeps growing"},
            "indicators": [
                ind(DF_IMPACT, "Open Budget Index score", baseline=55.0,
                    baseline_date="2015-12-31", means_of_verification="Open Budget Survey (IBP)",
                    targets=[("2016-12-31", 58.0), ("2017-12-31", 62.0), ("2018-06-30", 66.0)],
                    measurements=[("2016-12-31", 57.0)]),
                ind(DF_OUTCOME, "Visits to the budget portal per month (thousands)",
                    baseline=4.0, baseline_date="2015-12-31",
                    means_of_verification="Portal statistics",
                    targets=[("2016-12-31", 8.0), ("2017-12-31", 12.0), ("2018-06-30", 20.0)],
                    measurements=[("2016-12-31", 9.5)]),
                ind(DF_OUT1, "Datasets published", baseline=0.0, baseline_date="2015-12-31",
                    means_of_verification="Open data portal",
                    targets=[("2016-12-31", 20.0), ("2017-12-31", 40.0), ("2018-06-30", 60.0)],
                    measurements=[("2016-12-31", 25.0)]),
                ind(DF_OUT1, "Agencies publishing monthly", unit="%", baseline=10.0,
                    baseline_date="2015-12-31", means_of_verification="Ministry of Finance report",
                    targets=[("2016-12-31", 30.0), ("2017-12-31", 50.0), ("2018-06-30", 80.0)],
                    measurements=[("2016-12-31", 35.0)]),
            ],
        }
    ],
    ("missing_value", "unused_row"),
)  # fmt: skip

DF2_IMPACT = "Local governments are more responsive to citizens"
DF2_OUTCOME = "Municipalities run participatory budgeting"
DF2_OUT1 = "Participatory budgeting guidelines adopted"
DF2_OUT2 = "Municipal staff trained"
dfid2 = Case(
    "dfid_two_outputs.xlsx",
    "dfid",
    [
        Sheet(
            "Sheet1",
            [
                ["PROJECT TITLE", "Participatory budgeting in municipalities"],
                ["PURPOSE CODE", "15112"],
                [],
                *dfid_block("IMPACT", DF2_IMPACT, [
                    ("Impact Indicator 1|Citizen satisfaction with municipal services (%)",
                     (42, 45, 48, 55), (None, 44, 47, None), "National survey")],
                    header_dates=("2014", "Mar 2015", "Mar 2016", "Mar 2017")),
                *dfid_block("OUTCOME", DF2_OUTCOME, [
                    ("Outcome Indicator 1|Municipalities with participatory budgets", (5, 20, 35, 50),
                     (None, 18, 37, None), "SUBDERE records")],
                    assumptions="Mayors keep their commitment",
                    header_dates=("2014", "Mar 2015", "Mar 2016", "Mar 2017")),
                *dfid_block("OUTPUT 1", DF2_OUT1, [
                    ("Output Indicator 1.1|Guidelines approved (0 = no, 1 = yes)", (0, 1, 1, 1),
                     (None, 1, None, None), "Official gazette")],
                    header_dates=("2014", "Mar 2015", "Mar 2016", "Mar 2017")),
                ["IMPACT WEIGHTING", P(0.4), None, None, "RISK RATING", "Low"],
                *dfid_block("OUTPUT 2", DF2_OUT2, [
                    ("Output Indicator 2.1|Staff trained", (0, 150, 300, 500),
                     (None, 160, "TBD", None), "Training records"),
                    ("Output Indicator 2.2|Women among staff trained (%)", (None, 40, 45, 50),
                     (None, 52, None, None), "Training records")],
                    header_dates=("2014", "Mar 2015", "Mar 2016", "Mar 2017")),
                ["IMPACT WEIGHTING", P(0.6), None, None, "RISK RATING", "Medium"],
            ],
        )
    ],
    [
        {
            "code": "",
            "title": "Participatory budgeting in municipalities",
            "results": [
                ("goal", DF2_IMPACT, None),
                ("purpose", DF2_OUTCOME, None),
                ("output", DF2_OUT1, DF2_OUTCOME),
                ("output", DF2_OUT2, DF2_OUTCOME),
            ],
            "assumptions": {DF2_OUTCOME: "Mayors keep their commitment"},
            "indicators": [
                ind(DF2_IMPACT, "Citizen satisfaction with municipal services (%)",
                    baseline=42.0, baseline_date="2014-12-31",
                    means_of_verification="National survey",
                    targets=[("2015-03-31", 45.0), ("2016-03-31", 48.0), ("2017-03-31", 55.0)],
                    measurements=[("2015-03-31", 44.0), ("2016-03-31", 47.0)]),
                ind(DF2_OUTCOME, "Municipalities with participatory budgets", baseline=5.0,
                    baseline_date="2014-12-31", means_of_verification="SUBDERE records",
                    targets=[("2015-03-31", 20.0), ("2016-03-31", 35.0), ("2017-03-31", 50.0)],
                    measurements=[("2015-03-31", 18.0), ("2016-03-31", 37.0)]),
                ind(DF2_OUT1, "Guidelines approved (0 = no, 1 = yes)", baseline=0.0,
                    baseline_date="2014-12-31", means_of_verification="Official gazette",
                    targets=[("2015-03-31", 1.0), ("2016-03-31", 1.0), ("2017-03-31", 1.0)],
                    measurements=[("2015-03-31", 1.0)]),
                ind(DF2_OUT2, "Staff trained", baseline=0.0, baseline_date="2014-12-31",
                    means_of_verification="Training records",
                    targets=[("2015-03-31", 150.0), ("2016-03-31", 300.0), ("2017-03-31", 500.0)],
                    measurements=[("2015-03-31", 160.0)]),
                ind(DF2_OUT2, "Women among staff trained (%)", baseline=None,
                    means_of_verification="Training records",
                    targets=[("2015-03-31", 40.0), ("2016-03-31", 45.0), ("2017-03-31", 50.0)],
                    measurements=[("2015-03-31", 52.0)]),
            ],
        }
    ],
    ("missing_value", "unused_row"),
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# World Bank results framework (PAD annex 1)

WB_HEAD = [
    "Indicator Name",
    "Core",
    "Unit of Measure",
    "Baseline",
    "YR1",
    "YR2",
    "YR3",
    "End Target",
    "Frequency",
    "Data Source/Methodology",
    "Responsibility for Data Collection",
]
WB_PDO = (
    "To strengthen the transparency and accountability of public institutions in the "
    "management of public resources"
)
WB_C1 = "Component 1: Transparency portal and open data"
WB_C2 = "Component 2: Institutional capacity for access to information"
wb1 = Case(
    "worldbank_results_framework.xlsx",
    "worldbank",
    [
        Sheet(
            "Results Framework",
            [
                ["Annex 1: Results Framework and Monitoring"],
                ["Country: Chile", None, None, "Project Name: Public Sector Transparency Project "
                 "(P151234)"],
                ["Project Development Objective (PDO): " + WB_PDO],
                ["Baseline year: FY2015"],
                ["PDO Level Results Indicators"],
                WB_HEAD,
                ["Agencies meeting active transparency standards", None, "Percentage", 40, 50,
                 60, 70, 80, "Annual", "CPLT audit", "CPLT"],
                ["Information requests answered on time", "x", "Percentage", 62, 70, 75, 80, 85,
                 "Annual", "Portal statistics", "CPLT"],
                ["Intermediate Results Indicators"],
                WB_HEAD,
                [WB_C1],
                ["Datasets published on the open data portal", None, "Number", 1200, 1500,
                 2000, 2600, 3000, "Semi-annual", "datos.gob.cl", "Ministry SEGPRES"],
                [WB_C2],
                ["Officials trained in access to information", None, "Number", 0, 500, 1200,
                 2000, 2500, "Annual", "Training records", "CPLT"],
            ],
            ["A3:K3", "A5:K5", "A9:K9", "A11:K11", "A13:K13"],
        )
    ],
    [
        {
            "code": "",
            "title": "Public Sector Transparency Project (P151234)",
            "results": [
                ("purpose", WB_PDO, None),
                ("output", WB_C1, WB_PDO),
                ("output", WB_C2, WB_PDO),
            ],
            "indicators": [
                ind(WB_PDO, "Agencies meeting active transparency standards", unit="%",
                    baseline=40.0, baseline_date="2015-06-30", frequency="Annual",
                    data_source="CPLT audit", responsible="CPLT",
                    targets=[("2016-06-30", 50.0), ("2017-06-30", 60.0), ("2018-06-30", 80.0)]),
                ind(WB_PDO, "Information requests answered on time", unit="%", baseline=62.0,
                    baseline_date="2015-06-30", frequency="Annual",
                    data_source="Portal statistics", responsible="CPLT",
                    targets=[("2016-06-30", 70.0), ("2017-06-30", 75.0), ("2018-06-30", 85.0)]),
                ind(WB_C1, "Datasets published on the open data portal", unit="number",
                    baseline=1200.0, baseline_date="2015-06-30", frequency="Semi-annual",
                    data_source="datos.gob.cl", responsible="Ministry SEGPRES",
                    targets=[("2016-06-30", 1500.0), ("2017-06-30", 2000.0),
                             ("2018-06-30", 3000.0)]),
                ind(WB_C2, "Officials trained in access to information", unit="number",
                    baseline=0.0, baseline_date="2015-06-30", frequency="Annual",
                    data_source="Training records", responsible="CPLT",
                    targets=[("2016-06-30", 500.0), ("2017-06-30", 1200.0),
                             ("2018-06-30", 2500.0)]),
            ],
        }
    ],
    ("unused_column",),
)  # fmt: skip
# YR3 (2018) and End Target (2018) share a date: the end target wins (it is the commitment).

WB2_PDO = "To improve the efficiency and transparency of municipal public procurement"
WB2_C1 = "Component 1: E-procurement in municipalities"
WB2_HEAD = [
    "Indicator Name",
    "Unit of Measure",
    "Baseline (FY2015)",
    "FY2016",
    "FY2017",
    "End Target (FY2018)",
    "Frequency",
    "Data Source/Methodology",
    "Responsibility for Data Collection",
]
wb2 = Case(
    "worldbank_fy_columns.xlsx",
    "worldbank",
    [
        Sheet(
            "Annex 1",
            [
                ["Results Framework"],
                ["Project Name: Municipal Procurement Modernization"],
                ["PDO Statement"],
                [WB2_PDO],
                ["PDO Level Results Indicators"],
                WB2_HEAD,
                ["Average days to award a contract", "Days", 90, 80, 70, 60, "Annual",
                 "ChileCompra", "ChileCompra"],
                ["Intermediate Results Indicators"],
                WB2_HEAD,
                [WB2_C1],
                ["Municipalities using e-procurement", "Percentage", P(0.35), P(0.5), P(0.65),
                 P(0.9), "Annual", "ChileCompra", "SUBDERE"],
            ],
        )
    ],
    [
        {
            "code": "",
            "title": "Municipal Procurement Modernization",
            "results": [("purpose", WB2_PDO, None), ("output", WB2_C1, WB2_PDO)],
            "indicators": [
                ind(WB2_PDO, "Average days to award a contract", unit="days", baseline=90.0,
                    baseline_date="2015-06-30", frequency="Annual", data_source="ChileCompra",
                    responsible="ChileCompra",
                    targets=[("2016-06-30", 80.0), ("2017-06-30", 70.0), ("2018-06-30", 60.0)]),
                ind(WB2_C1, "Municipalities using e-procurement", unit="%", baseline=35.0,
                    baseline_date="2015-06-30", frequency="Annual", data_source="ChileCompra",
                    responsible="SUBDERE",
                    targets=[("2016-06-30", 50.0), ("2017-06-30", 65.0), ("2018-06-30", 90.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# USAID Indicator Performance Tracking Table

US_GOAL = "Citizens hold public institutions accountable"
US_SO = "Public institutions disclose information proactively"
US_IR = "Municipalities adopt the transparency portal"
usaid = Case(
    "usaid_iptt.xlsx",
    "usaid",
    [
        Sheet(
            "IPTT",
            [
                ["Indicator Performance Tracking Table (IPTT)"],
                ["Project: Transparency and Accountability Program – Chile"],
                [],
                ["Indicator", "Unit of measure", "Baseline", None, "FY2016", None, None, None,
                 None, "FY2017", None, None, None, None, "Life of Project Target"],
                [None, None, "Year", "Value", "Target", "Q1", "Q2", "Q3", "Q4", "Target", "Q1",
                 "Q2", "Q3", "Q4", None],
                ["Goal: " + US_GOAL],
                ["SO 1: " + US_SO],
                ["1.1 Agencies complying with active transparency", "%", 2015, P(0.41), P(0.5),
                 P(0.43), P(0.45), P(0.48), P(0.52), P(0.6), P(0.55), None, None, None, P(0.75)],
                ["IR 1.1: " + US_IR],
                ["1.1.1 Municipalities connected to the portal", "Number", 2015, 20, 60, 25, 34,
                 41, 58, 120, "N/A", None, None, None, 200],
            ],
            ["C4:D4", "E4:I4", "J4:N4", "A6:O6", "A7:O7", "A9:O9"],
        )
    ],
    [
        {
            "code": "",
            "title": "Transparency and Accountability Program – Chile",
            "results": [
                ("goal", US_GOAL, None),
                ("purpose", US_SO, None),
                ("output", US_IR, US_SO),
            ],
            "indicators": [
                ind(US_SO, "1.1 Agencies complying with active transparency", unit="%",
                    baseline=41.0, baseline_date="2015-09-30",
                    targets=[("2016-09-30", 50.0), ("2017-09-30", 75.0)],
                    measurements=[("2015-12-31", 43.0), ("2016-03-31", 45.0),
                                  ("2016-06-30", 48.0), ("2016-09-30", 52.0),
                                  ("2016-12-31", 55.0)]),
                ind(US_IR, "1.1.1 Municipalities connected to the portal", unit="number",
                    baseline=20.0, baseline_date="2015-09-30",
                    targets=[("2016-09-30", 60.0), ("2017-09-30", 200.0)],
                    measurements=[("2015-12-31", 25.0), ("2016-03-31", 34.0),
                                  ("2016-06-30", 41.0), ("2016-09-30", 58.0)]),
            ],
        }
    ],
    ("missing_value",),
)  # fmt: skip
# FY2017's own target (60 %, 120) falls on the life-of-project date: the LOP target wins.

# --------------------------------------------------------------------------------------------
# OGP follow-up sheets: one row per milestone


ogp1 = Case(
    "ogp_seguimiento.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Seguimiento",
            [
                ["Matriz de seguimiento Plan de Acción de Gobierno Abierto 2014-2016"],
                ["Fecha de corte: 30 de junio de 2015"],
                [],
                ["N°", "Compromiso", "Institución responsable", "Hito", "Fecha inicio",
                 "Fecha término", "% de avance", "Medio de verificación", "Estado",
                 "Observaciones"],
                [4, "Portal de Transparencia", "Consejo para la Transparencia",
                 "Conectar 225 servicios al Portal", dt.datetime(2014, 7, 1), "julio 2015",
                 P(1.0), "http://www.portaltransparencia.cl", "Cumplido", None],
                [None, None, None, "Incorporar a los municipios", "julio 2014",
                 "2do semestre 2016", P(0.5), "Informe de avance", "En proceso",
                 "Retraso por el ataque a la plataforma"],
                [5, "Ley de lobby", "Ministerio Secretaría General de la Presidencia",
                 "Publicar el reglamento", "marzo 2015", "30/06/2015", "100%", None, "Cumplido", None],
                [None, None, None, "Habilitar la plataforma de audiencias", "dic-2014",
                 "Q3 2015", "80%", "www.leylobby.gob.cl", "En proceso", None],
                [None, None, None, "Capacitar a los sujetos pasivos", "1er semestre 2015",
                 "2do semestre 2015", "s/i", None, "No iniciado", None],
            ],
            ["A5:A6", "B5:B6", "C5:C6", "A7:A9", "B7:B9", "C7:C9"],
        )
    ],
    [
        {
            "code": "4",
            "title": "Portal de Transparencia",
            "institution": "Consejo para la Transparencia",
            "results": [
                ("activity", "Conectar 225 servicios al Portal", None),
                ("activity", "Incorporar a los municipios", None),
            ],
            "milestones": {
                "Conectar 225 servicios al Portal": ("2014-07-01", "2015-07-31", 100.0),
                "Incorporar a los municipios": ("2014-07-31", "2016-12-31", 50.0),
            },
            "evidence": {"Conectar 225 servicios al Portal": "http://www.portaltransparencia.cl",
                         "Incorporar a los municipios": "Informe de avance"},
            "indicators": [],
        },
        {
            "code": "5",
            "title": "Ley de lobby",
            "institution": "Ministerio Secretaría General de la Presidencia",
            "results": [
                ("activity", "Publicar el reglamento", None),
                ("activity", "Habilitar la plataforma de audiencias", None),
                ("activity", "Capacitar a los sujetos pasivos", None),
            ],
            "milestones": {
                "Publicar el reglamento": ("2015-03-31", "2015-06-30", 100.0),
                "Habilitar la plataforma de audiencias": ("2014-12-31", "2015-09-30", 80.0),
                "Capacitar a los sujetos pasivos": ("2015-06-30", "2015-12-31", None),
            },
            "evidence": {"Habilitar la plataforma de audiencias": "www.leylobby.gob.cl"},
            "indicators": [],
        },
    ],
    ("missing_value", "unused_column", "unused_row"),
)  # fmt: skip

ogp2 = Case(
    "ogp_followup_en.xlsx",
    "ogp_followup",
    [
        Sheet("Cover", [["National Action Plan 2016-2018"], ["Self-assessment follow-up"]]),
        Sheet(
            "Follow-up",
            [
                ["Commitment", "Lead institution", "Milestone", "Start date", "End date",
                 "Completion", "Evidence", "Status", "Comments"],
                ["Commitment 2: Open data portal", "Digital Government Division",
                 "Publish the open data policy", dt.datetime(2016, 9, 1), "FY2017", P(1.0),
                 "https://datos.gob.cl/policy", "Complete", None],
                [None, None, "Publish 500 new datasets", "Q4 2016", "2nd half 2017", P(0.6),
                 None, "Substantial", "Delayed by procurement"],
                ["Commitment 3: Open contracting", "ChileCompra", "Adopt OCDS",
                 "January 2017", "31/12/2017", P(0.25), None, "Limited", None],
            ],
            ["A2:A3", "B2:B3"],
        ),
    ],
    [
        {
            "code": "2",
            "title": "Open data portal",
            "institution": "Digital Government Division",
            "results": [
                ("activity", "Publish the open data policy", None),
                ("activity", "Publish 500 new datasets", None),
            ],
            "milestones": {
                "Publish the open data policy": ("2016-09-01", "2017-09-30", 100.0),
                "Publish 500 new datasets": ("2016-12-31", "2017-12-31", 60.0),
            },
            "evidence": {"Publish the open data policy": "https://datos.gob.cl/policy"},
            "indicators": [],
        },
        {
            "code": "3",
            "title": "Open contracting",
            "institution": "ChileCompra",
            "results": [("activity", "Adopt OCDS", None)],
            "milestones": {"Adopt OCDS": ("2017-01-31", "2017-12-31", 25.0)},
            "indicators": [],
        },
    ],
    ("unused_column", "unread_sheet"),
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# Hand-kept matrices

HM_FIN = "Fortalecer la integridad en la función pública"
HM_PROP = "Los servicios aplican un sistema de integridad"
HM_C1 = "Códigos de ética elaborados participativamente"
HM_C2 = "Canal de denuncias en funcionamiento"
hand1 = Case(
    "handmade_portada_tabla.xlsx",
    "handmade",
    [
        Sheet("Portada", [["Ministerio Secretaría General de la Presidencia"],
                          ["Seguimiento del Plan de Acción 2014-2016"],
                          ["Versión 3 – enero 2016"]]),
        Sheet(
            "Matriz",
            [
                ["Matriz de seguimiento – Compromiso N° 5: Sistema de Integridad Pública"],
                [],
                ["Nivel", "Objetivo", "Indicador", "Línea base", "Meta", "Fecha meta",
                 "Medio de verificación", "Supuestos"],
                ["Fin", HM_FIN, None, None, None, None, None, None],
                [None, None, None, None, None, None, None, None],
                ["Propósito", HM_PROP, "Servicios con sistema de integridad", "72% (2015)",
                 "100%", "2do semestre 2016", "Informe DNSC", "Apoyo de las jefaturas"],
                [None, None, None, None, None, None, None, None],
                ["Componente", HM_C1, "Códigos de ética publicados", "s/i", 180, "Q3 2016",
                 "Sitio web de cada servicio", None],
                ["Componente", HM_C2, "Denuncias tramitadas", 0, "1.233", "dic-2015",
                 "Registro del canal", None],
                ["Actividad", "Elaborar una guía de códigos de ética", None, None, None, None,
                 None, None],
            ],
            table="A3:H10",
        ),
        Sheet("Listas", [["Fin"], ["Propósito"], ["Componente"], ["Actividad"]], hidden=True),
    ],
    [
        {
            "code": "5",
            "title": "Sistema de Integridad Pública",
            "results": [
                ("goal", HM_FIN, None),
                ("purpose", HM_PROP, None),
                ("output", HM_C1, HM_PROP),
                ("output", HM_C2, HM_PROP),
                ("activity", "Elaborar una guía de códigos de ética", HM_C2),
            ],
            "assumptions": {HM_PROP: "Apoyo de las jefaturas"},
            "indicators": [
                ind(HM_PROP, "Servicios con sistema de integridad", unit="%", baseline=72.0,
                    baseline_date="2015-12-31", means_of_verification="Informe DNSC",
                    targets=[("2016-12-31", 100.0)]),
                ind(HM_C1, "Códigos de ética publicados", baseline=None,
                    means_of_verification="Sitio web de cada servicio",
                    targets=[("2016-09-30", 180.0)]),
                ind(HM_C2, "Denuncias tramitadas", baseline=0.0,
                    means_of_verification="Registro del canal",
                    targets=[("2015-12-31", 1233.0)]),
            ],
        }
    ],
    ("missing_value", "hidden_sheet", "unread_sheet"),
)  # fmt: skip

H2_FIN = "Mejorar el acceso ciudadano a los datos fiscales"
H2_PROP = "El Ministerio publica sus datos fiscales en formato abierto"
H2_C1 = "Catálogo de datos fiscales publicado"
hand2 = Case(
    "handmade_hoja1.xlsx",
    "handmade",
    [
        Sheet(
            "Hoja1",
            [
                ["MINISTERIO DE HACIENDA"],
                ["Plan de datos abiertos fiscales"],
                ["Responsable: Unidad de Modernización"],
                [],
                ["Nivel", "Descripción", "Indicador", "Unidad", "Línea base", "Meta", "Plazo",
                 "Medio de verificación", "Supuestos", "Presupuesto (M$)"],
                ["FIN", H2_FIN, None, None, None, None, None, None, None, None],
                ["PROPÓSITO", H2_PROP, "Conjuntos de datos fiscales publicados", "N°", "—",
                 "1.233", "Q3 2016", "datos.gob.cl", "Se mantiene el financiamiento", 12000],
                [None, None, "Descargas mensuales", "%", "12,5 %", "40 %", "2do semestre 2016",
                 "Google Analytics", None, None],
                ["COMPONENTES", H2_C1, "Catálogo publicado (sí = 1)", None, "TBD", 1,
                 "30/06/2016", "Resolución exenta", None, 3500],
                ["ACTIVIDADES", "1.1 Inventariar los datos", None, None, None, None, None, None,
                 None, 800],
                [None, "1.2 Publicar el catálogo", None, None, None, None, None, None, None,
                 None],
                [],
                ["Notas:", "El presupuesto se expresa en miles de pesos de 2016."],
            ],
            ["A7:A8", "B7:B8", "A10:A11"],
        )
    ],
    [
        {
            "code": "",
            "title": "Plan de datos abiertos fiscales",
            "results": [
                ("goal", H2_FIN, None),
                ("purpose", H2_PROP, None),
                ("output", H2_C1, H2_PROP),
                ("activity", "1.1 Inventariar los datos", H2_C1),
                ("activity", "1.2 Publicar el catálogo", H2_C1),
            ],
            "assumptions": {H2_PROP: "Se mantiene el financiamiento"},
            "indicators": [
                ind(H2_PROP, "Conjuntos de datos fiscales publicados", unit="N°",
                    baseline=None, means_of_verification="datos.gob.cl",
                    targets=[("2016-09-30", 1233.0)]),
                ind(H2_PROP, "Descargas mensuales", unit="%", baseline=12.5,
                    means_of_verification="Google Analytics", targets=[("2016-12-31", 40.0)]),
                ind(H2_C1, "Catálogo publicado (sí = 1)", baseline=None,
                    means_of_verification="Resolución exenta", targets=[("2016-06-30", 1.0)]),
            ],
        }
    ],
    ("missing_value", "notes_row", "unused_column", "unused_row"),
)  # fmt: skip

CASES: list[Case] = [
    ilpes_dipres, ilpes_pt, eu_en, eu_fr, dfid1, dfid2, wb1, wb2, usaid, ogp1, ogp2, hand1, hand2,
]  # fmt: skip


def main(out: Path = HERE) -> None:
    for case in CASES:
        write(out / case.file, case.sheets)
        print(out / case.file)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
