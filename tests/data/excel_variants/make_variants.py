"""Build the variants set: workbooks laid out like the public templates but the way people
really fill them in, which differ from our own corpus (tests/data/excel_formats) as real ones
do: other header wording (the EU's 2021 "Results chain (@): Main expected results", DIPRES's
"ENUNCIADO DEL OBJETIVO", OGP's "Actividad con un producto entregable verificable"), upper
case without accents, the header on row 5 or 6 after logos and titles, two header rows,
extra and hidden columns, labels merged over several rows, numbers and percentages as text
("1.233", "45%") and as 0.45 with a % format, dates as text in several forms, notes and
signatures below, several commitments per sheet, a cover sheet, "Hoja1".

Written from the public templates' structure (DFID How to note 2011, EU/INTPA action
document annex "Logical Framework Matrix", World Bank PAD annex 1, USAID/FFP IPTT, OGP
commitment template, ILPES Manual 42 / DIPRES ficha, EC cadre logique), not from our
recognizers. ``python tests/data/excel_variants/make_variants.py`` rewrites the .xlsx files;
``tests/unit/excel/test_formats_variants.py`` imports each and compares with ``expected``.
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
    """A fraction in a cell formatted as a percentage (0.45 shown 45%)."""


@dataclass
class Sheet:
    title: str
    rows: list[list[Any]]
    merges: list[str] = field(default_factory=list)
    hidden: bool = False
    hidden_cols: list[str] = field(default_factory=list)
    table: str | None = None


@dataclass
class Case:
    file: str
    family: str
    sheets: list[Sheet]
    expected: list[dict[str, Any]]
    warnings: tuple[str, ...] = ()
    layout: dict[str, tuple[int, ...]] = field(default_factory=dict)  # header rows (1-based)


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
                    cell.number_format = "0.0%"
                elif isinstance(value, dt.datetime):
                    cell.value = value
                    cell.number_format = "dd/mm/yyyy"
                else:
                    cell.value = value
        for rng in spec.merges:
            ws.merge_cells(rng)
        for col in spec.hidden_cols:
            ws.column_dimensions[col].hidden = True
        if spec.hidden:
            ws.sheet_state = "hidden"
        if spec.table:
            ws.add_table(Table(displayName="Seguimiento", ref=spec.table))
    wb.properties.creator = "make_variants.py"
    wb.properties.created = dt.datetime(2017, 1, 1)
    wb.properties.modified = dt.datetime(2017, 1, 1)
    wb.save(path)


def ind(of: str, name: str, **kw: Any) -> dict[str, Any]:
    out = {"of": of, "name": name, "targets": [], "measurements": []}
    out.update(kw)
    return out


# --------------------------------------------------------------------------------------------
# 1. DIPRES "ficha" MML: header on row 6 after ministry lines, two header rows (INDICADORES
# over Enunciado / Fórmula de cálculo), level written in the objective's cell ("FIN: ..."),
# upper case, no accents in the header.

D_FIN = "Contribuir a mejorar el acceso a la justicia de la poblacion"
D_PROP = "Las personas acceden a informacion judicial en linea"
D_C1 = "Sentencias publicadas en formato abierto"
D_C2 = "Oficinas judiciales con atencion digital"
dipres = Case(
    "dipres_ficha_dos_filas.xlsx",
    "ilpes",
    [
        Sheet(
            "Hoja1",
            [
                ["GOBIERNO DE CHILE"],
                ["MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS"],
                ["MATRIZ DE MARCO LOGICO"],
                ["COMPROMISO N° 9 - Justicia abierta"],
                [],
                ["ENUNCIADO DEL OBJETIVO", "INDICADORES", None, "MEDIOS DE VERIFICACION",
                 "SUPUESTOS"],
                [None, "Enunciado (Dimension/Ambito de control)", "Formula de calculo", None,
                 None],
                ["FIN: " + D_FIN, None, None, None, None],
                ["PROPOSITO: " + D_PROP,
                 "Eficacia/Resultado intermedio\nPorcentaje de causas consultadas en linea",
                 "(N° causas consultadas en linea / N° total de causas) * 100",
                 "Estadisticas del Poder Judicial", "Conectividad estable"],
                ["COMPONENTE 1: " + D_C1, "Eficacia/Producto\nNumero de sentencias publicadas",
                 "Suma de sentencias publicadas en el año", "Portal de datos judiciales", None],
                ["COMPONENTE 2: " + D_C2,
                 "Calidad/Producto\nPorcentaje de usuarios satisfechos",
                 "(N° usuarios satisfechos / N° usuarios encuestados) * 100",
                 "Encuesta de satisfaccion", "Presupuesto aprobado"],
                ["ACTIVIDADES:"],
                ["1.1 Definir el estandar de publicacion"],
                ["2.1 Habilitar la agenda digital"],
                ["1.2 Anonimizar las sentencias"],
                [],
                ["Fuente: Division de Control de Gestion Publica (DIPRES)"],
                ["Firma: ____________________", None, None, "Jefe de Division"],
            ],
            ["B6:C6", "A6:A7", "D6:D7", "E6:E7"],
        )
    ],
    [
        {
            "code": "9",
            "title": "Justicia abierta",
            "results": [
                ("goal", D_FIN, None),
                ("purpose", D_PROP, None),
                ("output", D_C1, D_PROP),
                ("output", D_C2, D_PROP),
                ("activity", "1.1 Definir el estandar de publicacion", D_C1),
                ("activity", "1.2 Anonimizar las sentencias", D_C1),
                ("activity", "2.1 Habilitar la agenda digital", D_C2),
            ],
            "assumptions": {D_PROP: "Conectividad estable", D_C2: "Presupuesto aprobado"},
            "indicators": [
                ind(D_PROP, "Porcentaje de causas consultadas en linea", dimension="efficacy",
                    formula="(N° causas consultadas en linea / N° total de causas) * 100",
                    means_of_verification="Estadisticas del Poder Judicial"),
                ind(D_C1, "Numero de sentencias publicadas", dimension="efficacy",
                    formula="Suma de sentencias publicadas en el año",
                    means_of_verification="Portal de datos judiciales"),
                ind(D_C2, "Porcentaje de usuarios satisfechos", dimension="quality",
                    formula="(N° usuarios satisfechos / N° usuarios encuestados) * 100",
                    means_of_verification="Encuesta de satisfaccion"),
            ],
        }
    ],
    ("notes_row",),
    layout={"Hoja1": (3, 6, 7)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 2. EU / INTPA action document (2021+): "Results | Results chain (@): Main expected results
# (maximum 10) | Indicators (@) ... | Baselines (values and years) | Targets (values and
# years) | Sources of data | Assumptions"; Impact / Outcome 1 / Output 1 relating to Outcome
# 1; several indicators in one cell, numbered, their baselines and targets likewise.

E_IMP = "To strengthen the rule of law and accountable institutions"
E_OC1 = "Citizens make more use of public information to hold institutions to account"
E_OP11 = "Access-to-information requests are answered on time"
E_OP12 = "Open data published by the judiciary"
eu2021 = Case(
    "eu_intpa_2021.xlsx",
    "eu",
    [
        Sheet(
            "Logframe",
            [
                ["Annex: Logical Framework Matrix"],
                ["Commitment 4: Open justice"],
                [],
                ["Results", "Results chain (@):\nMain expected results (maximum 10)",
                 "Indicators (@):\n(at least one indicator per expected result)",
                 "Baselines\n(values and years)", "Targets\n(values and years)",
                 "Sources of data", "Assumptions"],
                ["Impact", E_IMP, "1. Rule of law index score", "1. 0.61 (2020)",
                 "1. 0.70 (2025)", "1. World Justice Project", "Not applicable"],
                ["Outcome 1", E_OC1,
                 "1.1 Share of citizens who consulted public information\n"
                 "1.2 Number of complaints citing published data",
                 "1.1 23 % (2020)\n1.2 140 (2020)", "1.1 40 % (2024)\n1.2 300 (2024)",
                 "1.1 National survey\n1.2 Ombudsman records",
                 "Political commitment is maintained"],
                ["Output 1 relating to Outcome 1", E_OP11,
                 "1.1.1 Requests answered within the legal deadline", "1.1.1 61% (2020)",
                 "1.1.1 85% (2024)", "1.1.1 Transparency Council statistics", None],
                ["Output 2 relating to Outcome 1", E_OP12, "1.2.1 Datasets published",
                 "1.2.1 0 (2020)", "1.2.1 1,500 (2024)", "1.2.1 datos.gob.cl", None],
            ],
        )
    ],
    [
        {
            "code": "4",
            "title": "Open justice",
            "results": [
                ("goal", E_IMP, None),
                ("purpose", E_OC1, None),
                ("output", E_OP11, E_OC1),
                ("output", E_OP12, E_OC1),
            ],
            "assumptions": {E_OC1: "Political commitment is maintained"},
            "indicators": [
                ind(E_IMP, "Rule of law index score", baseline=0.61,
                    baseline_date="2020-12-31", means_of_verification="World Justice Project",
                    targets=[("2025-12-31", 0.7)]),
                ind(E_OC1, "Share of citizens who consulted public information", unit="%",
                    baseline=23.0, baseline_date="2020-12-31",
                    means_of_verification="National survey", targets=[("2024-12-31", 40.0)]),
                ind(E_OC1, "Number of complaints citing published data", baseline=140.0,
                    baseline_date="2020-12-31", means_of_verification="Ombudsman records",
                    targets=[("2024-12-31", 300.0)]),
                ind(E_OP11, "Requests answered within the legal deadline", unit="%",
                    baseline=61.0, baseline_date="2020-12-31",
                    means_of_verification="Transparency Council statistics",
                    targets=[("2024-12-31", 85.0)]),
                ind(E_OP12, "Datasets published", baseline=0.0, baseline_date="2020-12-31",
                    means_of_verification="datos.gob.cl", targets=[("2024-12-31", 1500.0)]),
            ],
        }
    ],
    layout={"Logframe": (1, 4)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 3. EC cadre logique (PCM 2004 style, 4x4): no baseline column, the activities row holds
# "Moyens :" and "Coûts :" in the indicator and source columns, "Conditions préalables"
# below; labels merged over several rows, one indicator per row.

F_OG = "Contribuer a la bonne gouvernance locale"
F_OS = "Les citoyens participent au budget de leur commune"
F_R1 = "Des budgets participatifs sont organises dans 30 communes"
F_R2 = "Les elus sont formes a la redevabilite"
cadre = Case(
    "cadre_logique_pcm.xlsx",
    "eu",
    [
        Sheet(
            "Feuil1",
            [
                ["CADRE LOGIQUE"],
                ["Engagement 3 : Budgets participatifs"],
                [],
                [None, "Logique d'intervention", "Indicateurs objectivement verifiables",
                 "Sources et moyens de verification", "Hypotheses"],
                ["Objectifs globaux", F_OG, "Indice de gouvernance locale", "Rapport Mo Ibrahim",
                 None],
                ["Objectif specifique", F_OS, "Nombre de citoyens participant aux seances",
                 "Proces-verbaux des seances", "Stabilite politique"],
                [None, None, "Part des femmes parmi les participants", "Listes de presence",
                 None],
                ["Resultats attendus", F_R1, "Nombre de communes avec budget participatif",
                 "Deliberations communales", "Les maires adherent"],
                [None, F_R2, "Nombre d'elus formes", "Rapports de formation", None],
                ["Activites", "1.1 Organiser les forums communaux", "Moyens :",
                 "Couts :", None],
                [None, "2.1 Former les elus", "Formateurs, salles", "45 000 EUR", None],
                [None, "1.2 Publier les budgets adoptes", "Site web", "5 000 EUR", None],
                [None, None, None, None, "Conditions prealables :"],
                [None, None, None, None, "Accord du ministere de la decentralisation"],
            ],
            ["A6:A7", "B6:B7", "E6:E7", "A8:A9", "A10:A12"],
        )
    ],
    [
        {
            "code": "3",
            "title": "Budgets participatifs",
            "results": [
                ("goal", F_OG, None),
                ("purpose", F_OS, None),
                ("output", F_R1, F_OS),
                ("output", F_R2, F_OS),
                ("activity", "1.1 Organiser les forums communaux", F_R1),
                ("activity", "1.2 Publier les budgets adoptes", F_R1),
                ("activity", "2.1 Former les elus", F_R2),
            ],
            "assumptions": {F_OS: "Stabilite politique", F_R1: "Les maires adherent"},
            "indicators": [
                ind(F_OG, "Indice de gouvernance locale",
                    means_of_verification="Rapport Mo Ibrahim"),
                ind(F_OS, "Nombre de citoyens participant aux seances",
                    means_of_verification="Proces-verbaux des seances"),
                ind(F_OS, "Part des femmes parmi les participants",
                    means_of_verification="Listes de presence"),
                ind(F_R1, "Nombre de communes avec budget participatif",
                    means_of_verification="Deliberations communales"),
                ind(F_R2, "Nombre d'elus formes", means_of_verification="Rapports de formation"),
            ],
        }
    ],
    ("notes_row", "unused_column"),
    layout={"Feuil1": (4,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 4. DFID logframe as filled in: "PROJECT TITLE" with the title further right, milestone
# dates on a second line without brackets, PLANNED / ACHIEVED / SOURCE in capitals, numbers
# as text ("1,200") and percentages as "45%" text, the risk rating on the output's line
# ("RISK RATING" beside "IMPACT WEIGHTING (%)"), DFID SHARE and INPUTS (HR) rows, a hidden
# column holding the adviser's notes.

G_IMP = "More accountable use of public funds in the regions"
G_OUT = "Regional governments publish budget execution monthly"
G_O1 = "Regional budget portal launched"
dfid_v = Case(
    "dfid_filled_in.xlsx",
    "dfid",
    [
        Sheet(
            "Logframe",
            [
                ["PROJECT TITLE", None, "Regional budget transparency"],
                [],
                ["IMPACT", "Impact Indicator 1", None, "Baseline\n2016", "Milestone 1\nMarch 2017",
                 "Milestone 2\nMarch 2018", "Target\nMarch 2019", "Assumptions", "note"],
                [G_IMP, "Regions scoring above 60 in the budget index", "PLANNED", "3", "5", "8",
                 "12", None, "check with IBP"],
                [None, None, "ACHIEVED", None, "4", None, None],
                [None, None, "SOURCE", "Open Budget Survey subnational"],
                ["OUTCOME", "Outcome Indicator 1", None, "Baseline\n2016",
                 "Milestone 1\nMarch 2017", "Milestone 2\nMarch 2018", "Target\nMarch 2019",
                 "Assumptions"],
                [G_OUT, "Regions publishing monthly execution", "PLANNED", "20%", "45%", "70%",
                 "100%", "Regional councils approve the reform"],
                [None, None, "ACHIEVED", None, P(0.5), "n/a", None],
                [None, None, "SOURCE", "Portal audit"],
                ["OUTPUT 1", "Output Indicator 1.1", None, "Baseline\n2016",
                 "Milestone 1\nMarch 2017", "Milestone 2\nMarch 2018", "Target\nMarch 2019"],
                [G_O1, "Monthly visits to the portal", "PLANNED", "0", "1,200", "3,000",
                 "5,000"],
                [None, None, "ACHIEVED", None, "1,350", None, None],
                [None, None, "SOURCE", "Web analytics"],
                ["IMPACT WEIGHTING (%)", P(1.0), None, None, None, "RISK RATING", "Low"],
                ["INPUTS (£)", "DFID (£)", "Govt (£)", "Other (£)", "Total (£)",
                 "DFID SHARE (%)"],
                [None, 400000, 100000, 0, 500000, P(0.8)],
                ["INPUTS (HR)", "DFID (FTEs)"],
                [None, 0.5],
            ],
            ["A3:A3", "C1:G1"],
            hidden_cols=["I"],
        )
    ],
    [
        {
            "code": "",
            "title": "Regional budget transparency",
            "results": [
                ("goal", G_IMP, None),
                ("purpose", G_OUT, None),
                ("output", G_O1, G_OUT),
            ],
            "assumptions": {G_OUT: "Regional councils approve the reform"},
            "indicators": [
                ind(G_IMP, "Regions scoring above 60 in the budget index", baseline=3.0,
                    baseline_date="2016-12-31",
                    means_of_verification="Open Budget Survey subnational",
                    targets=[("2017-03-31", 5.0), ("2018-03-31", 8.0), ("2019-03-31", 12.0)],
                    measurements=[("2017-03-31", 4.0)]),
                ind(G_OUT, "Regions publishing monthly execution", unit="%", baseline=20.0,
                    baseline_date="2016-12-31", means_of_verification="Portal audit",
                    targets=[("2017-03-31", 45.0), ("2018-03-31", 70.0), ("2019-03-31", 100.0)],
                    measurements=[("2017-03-31", 50.0)]),
                ind(G_O1, "Monthly visits to the portal", baseline=0.0,
                    baseline_date="2016-12-31", means_of_verification="Web analytics",
                    targets=[("2017-03-31", 1200.0), ("2018-03-31", 3000.0),
                             ("2019-03-31", 5000.0)],
                    measurements=[("2017-03-31", 1350.0)]),
            ],
        }
    ],
    ("missing_value", "unused_row"),
    layout={"Logframe": (3, 7, 11, 16, 18)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 5. World Bank PAD: two header rows ("Cumulative Target Values" over YR1..YR3), the
# baseline year in the Baseline header, "Data Source/ Methodology", a footnote row, the
# component named in a section row, percentages as 0.4 with a % format.

W_PDO = "To improve the timeliness and quality of public information services"
W_C1 = "Component 1: Digital access-to-information services"
W_C2 = "Component 2: Records management"
wb_two = Case(
    "worldbank_two_header_rows.xlsx",
    "worldbank",
    [
        Sheet(
            "Annex 1",
            [
                ["Annex 1: Results Framework and Monitoring"],
                ["CHILE: Information Services Modernization Project"],
                ["Project Development Objective (PDO): " + W_PDO],
                ["PDO Level Results Indicators*", None, None, None, "Cumulative Target Values**"],
                ["Indicator Name", "Core", "Unit of Measure", "Baseline (FY2016)", "YR1", "YR2",
                 "YR3", "End Target", "Frequency", "Data Source/ Methodology",
                 "Responsibility for Data Collection"],
                ["Requests answered within 20 working days", None, "Percentage", P(0.4), P(0.55),
                 P(0.7), P(0.8), P(0.9), "Annual", "Request tracking system", "CPLT"],
                ["Intermediate Results Indicators"],
                [W_C1],
                ["Agencies using the online request system", None, "Number", "12", "40", "90",
                 "150", "200", "Semi-annual", "System records", "SEGPRES"],
                [W_C2],
                ["Agencies with a records retention schedule", "x", "Number", 0, 10, 25, 40, 60,
                 "Annual", "National Archive survey", "National Archive"],
                ["* Please indicate whether the indicator is a Core Sector Indicator"],
                ["** Target values should be entered for the years data will be available"],
            ],
            ["A3:K3", "E4:H4", "A7:K7", "A8:K8", "A10:K10"],
        )
    ],
    [
        {
            "code": "",
            "title": "CHILE: Information Services Modernization Project",
            "results": [
                ("purpose", W_PDO, None),
                ("output", W_C1, W_PDO),
                ("output", W_C2, W_PDO),
            ],
            "indicators": [
                ind(W_PDO, "Requests answered within 20 working days", unit="%", baseline=40.0,
                    baseline_date="2016-06-30", frequency="Annual",
                    data_source="Request tracking system", responsible="CPLT",
                    targets=[("2017-06-30", 55.0), ("2018-06-30", 70.0), ("2019-06-30", 90.0)]),
                ind(W_C1, "Agencies using the online request system", unit="number",
                    baseline=12.0, baseline_date="2016-06-30", frequency="Semi-annual",
                    data_source="System records", responsible="SEGPRES",
                    targets=[("2017-06-30", 40.0), ("2018-06-30", 90.0), ("2019-06-30", 200.0)]),
                ind(W_C2, "Agencies with a records retention schedule", unit="number",
                    baseline=0.0, baseline_date="2016-06-30", frequency="Annual",
                    data_source="National Archive survey", responsible="National Archive",
                    targets=[("2017-06-30", 10.0), ("2018-06-30", 25.0), ("2019-06-30", 60.0)]),
            ],
        }
    ],
    ("unused_column", "notes_row"),
    layout={"Annex 1": (1, 4, 5)},
)  # fmt: skip
# The project's title line is its only plain line; the footnotes are set aside as notes.

# --------------------------------------------------------------------------------------------
# 6. USAID/FFP-style IPTT in one header row: "No. | Performance Indicator | Unit | Baseline
# Year | Baseline Value | FY 2016 Target | FY 2016 Actual | ... | LOP Target | Comments",
# the header on row 6 after mission, activity, period and version lines, section rows
# "Goal:", "Strategic Objective 1:", "IR 1.1:", percentages as 0.41 with a % format and
# as "45%" text.
# The "No." is the indicator's number, no part of its name (as the blind sets 2 and 3
# expect; it was "1 Municipalities ..." before).

U_GOAL = "Democratic governance strengthened"
U_SO = "Local governments are more transparent"
U_IR = "Municipal councils publish their decisions"
usaid_v = Case(
    "usaid_iptt_one_row.xlsx",
    "usaid",
    [
        Sheet(
            "IPTT",
            [
                ["USAID/Chile"],
                ["IPTT - Activity: Municipal Transparency Activity"],
                ["Reporting period: FY2017"],
                ["Version date: 15/10/2017"],
                [],
                ["No.", "Performance Indicator", "Unit", "Baseline Year", "Baseline Value",
                 "FY 2016 Target", "FY 2016 Actual", "FY 2017 Target", "FY 2017 Actual",
                 "LOP Target", "Comments"],
                ["Goal: " + U_GOAL],
                ["Strategic Objective 1: " + U_SO],
                ["1", "Municipalities meeting active transparency standards", "%", 2015, P(0.41),
                 P(0.5), P(0.52), P(0.6), "58%", "75%", "FY17 data preliminary"],
                ["IR 1.1: " + U_IR],
                ["1.1", "Council sessions published online", "Number", 2015, "120", "300",
                 "310", "600", "TBD", "1,000", None],
            ],
            ["A7:K7", "A8:K8", "A10:K10"],
        )
    ],
    [
        {
            "code": "",
            "title": "Municipal Transparency Activity",
            "results": [
                ("goal", U_GOAL, None),
                ("purpose", U_SO, None),
                ("output", U_IR, U_SO),
            ],
            "indicators": [
                ind(U_SO, "Municipalities meeting active transparency standards", unit="%",
                    baseline=41.0, baseline_date="2015-09-30",
                    targets=[("2016-09-30", 50.0), ("2017-09-30", 75.0)],
                    measurements=[("2016-09-30", 52.0), ("2017-09-30", 58.0)]),
                ind(U_IR, "Council sessions published online", unit="number", baseline=120.0,
                    baseline_date="2015-09-30",
                    targets=[("2016-09-30", 300.0), ("2017-09-30", 1000.0)],
                    measurements=[("2016-09-30", 310.0)]),
            ],
        }
    ],
    ("missing_value", "unused_column"),
    layout={"IPTT": (6,)},
)  # fmt: skip
# The LOP target falls at the last fiscal year's end and replaces FY2017's own target.

# --------------------------------------------------------------------------------------------
# 7. OGP follow-up in the OGP template's Spanish words: "Compromiso N°" and "Nombre del
# compromiso" in two columns, "Actividad con un producto entregable verificable", "Fecha de
# inicio", "Fecha final", "Nivel de cumplimiento" as "45%" text and 0.45 with a % format;
# dates as "15/03/2017", "marzo de 2017", "Mar-2018", a date cell; "Hoja1".

ogp_es = Case(
    "ogp_plantilla_es.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Hoja1",
            [
                ["IV Plan de Acción de Gobierno Abierto 2016-2018"],
                ["Reporte de avance al 30/06/2017"],
                [],
                [],
                ["Compromiso N°", "Nombre del compromiso", "Institución responsable",
                 "Actividad con un producto entregable verificable", "Fecha de inicio",
                 "Fecha final", "Nivel de cumplimiento", "Medios de verificación", "Estado"],
                [1, "Ley de datos personales", "Ministerio de Hacienda",
                 "Enviar el proyecto de ley al Congreso", "15/03/2017", "marzo de 2017", "100%",
                 "https://www.camara.cl/boletin-11144", "Completo"],
                [None, None, None, "Acompañar la tramitación", "Abril 2017", "Mar-2018", P(0.45),
                 None, "En curso"],
                [2, "Estado abierto en el Congreso", "Cámara de Diputados",
                 "Publicar la agenda legislativa en datos abiertos", dt.datetime(2016, 9, 1),
                 "2do semestre 2017", "0%", "Acta de la comisión", "No iniciado"],
            ],
            ["A6:A7", "B6:B7", "C6:C7"],
        )
    ],
    [
        {
            "code": "1",
            "title": "Ley de datos personales",
            "institution": "Ministerio de Hacienda",
            "results": [
                ("activity", "Enviar el proyecto de ley al Congreso", None),
                ("activity", "Acompañar la tramitación", None),
            ],
            "milestones": {
                "Enviar el proyecto de ley al Congreso": ("2017-03-15", "2017-03-31", 100.0),
                "Acompañar la tramitación": ("2017-04-30", "2018-03-31", 45.0),
            },
            "evidence": {"Enviar el proyecto de ley al Congreso":
                         "https://www.camara.cl/boletin-11144"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": "Estado abierto en el Congreso",
            "institution": "Cámara de Diputados",
            "results": [("activity", "Publicar la agenda legislativa en datos abiertos", None)],
            "milestones": {"Publicar la agenda legislativa en datos abiertos":
                           ("2016-09-01", "2017-12-31", 0.0)},
            "evidence": {"Publicar la agenda legislativa en datos abiertos":
                         "Acta de la comisión"},
            "indicators": [],
        },
    ],
    ("unused_column",),
    layout={"Hoja1": (5,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 8. OGP follow-up in English with two header rows ("Milestones" merged over the milestone,
# start and end columns) after a cover sheet; the commitment named in a section row spanning
# the table ("Commitment 5: ...") rather than in a column; "Completion (%)"; dates as
# "Sept 2017", "June 30, 2018", "2018-06-30".

ogp_en = Case(
    "ogp_sections_en.xlsx",
    "ogp_followup",
    [
        Sheet("Cover", [["Open Government Partnership"], ["End-of-term self-assessment"],
                        ["Prepared by the OGP point of contact"]]),
        Sheet(
            "Sheet1",
            [
                ["Milestones", None, None, "Progress", None, None],
                ["Milestone activity with a verifiable deliverable", "Start date", "End date",
                 "Completion (%)", "Evidence", "Lead agency"],
                ["Commitment 5: Beneficial ownership register"],
                ["Draft the register's data standard", "Sept 2017", "June 30, 2018", P(1.0),
                 "https://example.gov/bo-standard", "Companies Registry"],
                ["Launch the public register", "2018-01-15", "2018-12-31", "60%", None,
                 "Companies Registry"],
                ["Commitment 6: Open contracting"],
                ["Publish contracts in OCDS", "Q1 2018", "Q4 2018", "25 %", "OCDS feed",
                 "Procurement Office"],
            ],
            ["A1:C1", "D1:F1", "A3:F3", "A6:F6"],
        ),
    ],
    [
        {
            "code": "5",
            "title": "Beneficial ownership register",
            "institution": "Companies Registry",
            "results": [
                ("activity", "Draft the register's data standard", None),
                ("activity", "Launch the public register", None),
            ],
            "milestones": {
                "Draft the register's data standard": ("2017-09-30", "2018-06-30", 100.0),
                "Launch the public register": ("2018-01-15", "2018-12-31", 60.0),
            },
            "evidence": {"Draft the register's data standard": "https://example.gov/bo-standard"},
            "indicators": [],
        },
        {
            "code": "6",
            "title": "Open contracting",
            "institution": "Procurement Office",
            "results": [("activity", "Publish contracts in OCDS", None)],
            "milestones": {"Publish contracts in OCDS": ("2018-03-31", "2018-12-31", 25.0)},
            "evidence": {"Publish contracts in OCDS": "OCDS feed"},
            "indicators": [],
        },
    ],
    ("unread_sheet",),
    layout={"Sheet1": (1, 2)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 9. Hand-kept matrix: lower case header without accents, an Excel Table on "Hoja2" after a
# cover "Hoja1", a hidden column of internal ids, an extra "responsable" column, level
# labels merged over several rows, numbers as "1.233" text, "45%" text and 0.45 with a %
# format, dates as text ("30/06/2016", "junio 2016") and as a date cell; notes and a
# signature below.

H_FIN = "Mejorar la confianza en las compras publicas"
H_PROP = "Los organismos compran con procesos competitivos"
H_C1 = "Licitaciones publicadas con pliegos tipo"
H_C2 = "Proveedores capacitados"
hand_table = Case(
    "handmade_tabla_hoja2.xlsx",
    "handmade",
    [
        Sheet("Hoja1", [["DIRECCION DE COMPRAS PUBLICAS"], ["Seguimiento compromiso 8"],
                        ["Actualizado: diciembre 2016"]]),
        Sheet(
            "Hoja2",
            [
                ["Matriz de seguimiento - Compromiso 8: Compras publicas competitivas"],
                [],
                ["id", "nivel", "objetivo", "indicador", "linea base", "meta", "fecha meta",
                 "medio de verificacion", "supuestos", "responsable"],
                ["x1", "fin", H_FIN, "Indice de confianza en compras", "3,2", "4,0",
                 "30/06/2016", "Encuesta nacional", None, "Division de estudios"],
                ["x2", "proposito", H_PROP, "Licitaciones con mas de un oferente", "45%", P(0.6),
                 "junio 2016", "Reportes del sistema", "Se mantiene la norma", "Division TI"],
                ["x3", None, None, "Montos adjudicados por licitacion (M$)", "1.233", "2.500",
                 dt.datetime(2016, 12, 31), "Reportes del sistema", None, "Division TI"],
                ["x4", "componente", H_C1, "Pliegos tipo aprobados", 0, 12, "Q3 2016",
                 "Resoluciones", None, "Fiscalia"],
                ["x5", None, H_C2, "Proveedores capacitados", "s/i", "1.500", "dic-2016",
                 "Listas de asistencia", None, "Division de clientes"],
                ["x6", "actividad", "Redactar los pliegos tipo", None, None, None, None, None,
                 None, "Fiscalia"],
                ["x7", None, "Dictar los cursos", None, None, None, None, None, None,
                 "Division de clientes"],
            ],
            ["B5:B6", "C5:C6", "B7:B8", "B9:B10"],
            hidden_cols=["A"],
            table="A3:J10",
        ),
    ],
    [
        {
            "code": "8",
            "title": "Compras publicas competitivas",
            "results": [
                ("goal", H_FIN, None),
                ("purpose", H_PROP, None),
                ("output", H_C1, H_PROP),
                ("output", H_C2, H_PROP),
                ("activity", "Redactar los pliegos tipo", H_C2),
                ("activity", "Dictar los cursos", H_C2),
            ],
            "assumptions": {H_PROP: "Se mantiene la norma"},
            "indicators": [
                ind(H_FIN, "Indice de confianza en compras", baseline=3.2,
                    means_of_verification="Encuesta nacional", targets=[("2016-06-30", 4.0)]),
                ind(H_PROP, "Licitaciones con mas de un oferente", unit="%", baseline=45.0,
                    means_of_verification="Reportes del sistema",
                    targets=[("2016-06-30", 60.0)]),
                ind(H_PROP, "Montos adjudicados por licitacion (M$)", baseline=1233.0,
                    means_of_verification="Reportes del sistema",
                    targets=[("2016-12-31", 2500.0)]),
                ind(H_C1, "Pliegos tipo aprobados", baseline=0.0,
                    means_of_verification="Resoluciones", targets=[("2016-09-30", 12.0)]),
                ind(H_C2, "Proveedores capacitados", baseline=None,
                    means_of_verification="Listas de asistencia",
                    targets=[("2016-12-31", 1500.0)]),
            ],
        }
    ],
    ("missing_value", "unused_column", "unread_sheet"),
    layout={"Hoja2": (3,)},
)  # fmt: skip
# "id" (hidden) and "responsable" have no place in a matrix row: listed as not imported.

# --------------------------------------------------------------------------------------------
# 10. Brazilian MML: "Fim / Propósito / Componentes / Ações", "Descrição", "Indicadores",
# "Fontes de verificação", "Supostos"; two commitments in one sheet, each under its title
# line; the level merged over its rows.

B_FIM1 = "Ampliar o controle social sobre o gasto público"
B_PROP1 = "Cidadãos consultam a execução orçamentária"
B_C1 = "Portal da execução orçamentária atualizado diariamente"
mml_br = Case(
    "mml_brasil_acoes.xlsx",
    "ilpes",
    [
        Sheet(
            "Planilha1",
            [
                ["MATRIZ DE MARCO LÓGICO"],
                ["Compromisso 2 - Orçamento aberto"],
                ["Nível", "Descrição", "Indicadores", "Linha de base", "Meta",
                 "Fontes de verificação", "Supostos"],
                ["Fim", B_FIM1, None, None, None, None, None],
                ["Propósito", B_PROP1, "Acessos mensais ao portal", "12.500 (2016)",
                 "40.000 (2019)", "Google Analytics", "Internet disponível"],
                ["Componentes", B_C1, "Dias de defasagem dos dados", "30", "1 (2019)",
                 "Relatório da STN", None],
                ["Ações", "1.1 Automatizar a carga dos dados", None, None, None, None, None],
                [None, "1.2 Publicar a API", None, None, None, None, None],
                ["Obs.: metas pactuadas com o Ministério do Planejamento."],
            ],
            ["A7:A8"],
        )
    ],
    [
        {
            "code": "2",
            "title": "Orçamento aberto",
            "results": [
                ("goal", B_FIM1, None),
                ("purpose", B_PROP1, None),
                ("output", B_C1, B_PROP1),
                ("activity", "1.1 Automatizar a carga dos dados", B_C1),
                ("activity", "1.2 Publicar a API", B_C1),
            ],
            "assumptions": {B_PROP1: "Internet disponível"},
            "indicators": [
                ind(B_PROP1, "Acessos mensais ao portal", baseline=12500.0,
                    baseline_date="2016-12-31", means_of_verification="Google Analytics",
                    targets=[("2019-12-31", 40000.0)]),
                ind(B_C1, "Dias de defasagem dos dados", baseline=30.0,
                    means_of_verification="Relatório da STN", targets=[("2019-12-31", 1.0)]),
            ],
        }
    ],
    ("notes_row",),
    layout={"Planilha1": (1, 3)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 11. EU 2016 template as filled in: each indicator on its own row with the result merged
# over them, "Intervention logic" instead of "Results chain", "Current value\nReference
# date", "Source of data" and a trailing "Activities | Means | Costs" block; text percents.

K_IMP = "Public services in the region are more accountable"
K_OUT = "Regional agencies publish performance data"
K_O1 = "1. Performance dashboards in place"
eu_rows = Case(
    "eu_one_indicator_per_row.xlsx",
    "eu",
    [
        Sheet(
            "Sheet1",
            [
                ["LOGFRAME MATRIX"],
                ["Commitment 11: Performance data for accountability"],
                [],
                [None, "Intervention logic", "Indicators", "Baselines\n(incl. reference year)",
                 "Current value\nReference date", "Targets\n(incl. reference year)",
                 "Source of data", "Assumptions"],
                ["Overall objective: Impact", K_IMP, "Citizen trust in regional services",
                 "38 % (2016)", "41 % (2017)", "50 % (2020)", "Regional barometer", None],
                [None, None, "Complaints resolved within 30 days", "55% (2016)", None,
                 "80% (2020)", "Complaints system", None],
                ["Specific objective(s): Outcome(s)", K_OUT, "Agencies publishing quarterly",
                 "2 (2016)", "6 (2017)", "25 (2020)", "Regional gazette",
                 "Agencies keep their budgets"],
                ["Outputs", K_O1, "Dashboards online", "0 (2016)", "3 (2017)", "25 (2020)",
                 "Dashboard portal", None],
                [],
                [None, "Activities", "Means", "Costs"],
                [None, "1.1 Build the dashboard template", "Consultants", "EUR 80,000"],
            ],
            ["A5:A6", "B5:B6"],
        )
    ],
    [
        {
            "code": "11",
            "title": "Performance data for accountability",
            "results": [
                ("goal", K_IMP, None),
                ("purpose", K_OUT, None),
                ("output", K_O1, K_OUT),
                ("activity", "1.1 Build the dashboard template", K_O1),
            ],
            "assumptions": {K_OUT: "Agencies keep their budgets"},
            "indicators": [
                ind(K_IMP, "Citizen trust in regional services", unit="%", baseline=38.0,
                    baseline_date="2016-12-31", means_of_verification="Regional barometer",
                    targets=[("2020-12-31", 50.0)], measurements=[("2017-12-31", 41.0)]),
                ind(K_IMP, "Complaints resolved within 30 days", unit="%", baseline=55.0,
                    baseline_date="2016-12-31", means_of_verification="Complaints system",
                    targets=[("2020-12-31", 80.0)]),
                ind(K_OUT, "Agencies publishing quarterly", baseline=2.0,
                    baseline_date="2016-12-31", means_of_verification="Regional gazette",
                    targets=[("2020-12-31", 25.0)], measurements=[("2017-12-31", 6.0)]),
                ind(K_O1, "Dashboards online", baseline=0.0, baseline_date="2016-12-31",
                    means_of_verification="Dashboard portal", targets=[("2020-12-31", 25.0)],
                    measurements=[("2017-12-31", 3.0)]),
            ],
        }
    ],
    ("unused_column",),
    layout={"Sheet1": (4, 10)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 12. ILPES Manual 42 as a ministry keeps it: unlabelled level column with "FIN",
# "PROPOSITO", "COMPONENTE 1", "COMPONENTE 2", "ACTIVIDADES" merged over their rows, header
# on row 5 in capitals, an extra "RESPONSABLE" column and a hidden "Cod." column, the
# indicator's dimension on its own line, activities numbered after all components.

I_FIN = "Contribuir a una gestion municipal transparente"
I_PROP = "Los municipios cumplen la ley de transparencia"
I_C1 = "Municipios con portal de transparencia activa"
I_C2 = "Funcionarios municipales capacitados"
ilpes_v = Case(
    "ilpes_municipal_mayusculas.xlsx",
    "ilpes",
    [
        Sheet(
            "MML",
            [
                ["CONSEJO PARA LA TRANSPARENCIA"],
                ["Compromiso 12: Transparencia municipal"],
                [],
                [],
                ["Cod.", None, "RESUMEN NARRATIVO", "INDICADORES", "MEDIOS DE VERIFICACION",
                 "SUPUESTOS", "RESPONSABLE"],
                ["F", "FIN", I_FIN, None, None, None, None],
                ["P", "PROPOSITO", I_PROP,
                 "Eficacia\nPorcentaje de municipios que cumplen la ley",
                 "Fiscalizacion anual del CPLT", "Se mantiene la ley", "Direccion de Fiscalizacion"],
                ["C1", "COMPONENTE 1", I_C1, "Eficacia\nMunicipios con portal activo",
                 "Portal de Transparencia", None, "Direccion de Desarrollo"],
                ["C2", "COMPONENTE 2", I_C2, "Eficacia\nFuncionarios capacitados",
                 "Registro de capacitaciones", None, "Direccion de Desarrollo"],
                ["A", "ACTIVIDADES", "1.1 Instalar el portal en los municipios", None, None, None,
                 "Direccion de Desarrollo"],
                [None, None, "2.1 Dictar cursos presenciales", None, None, None, None],
                [None, None, "1.2 Migrar los datos historicos", None, None, None, None],
            ],
            ["B10:B12"],
            hidden_cols=["A"],
        )
    ],
    [
        {
            "code": "12",
            "title": "Transparencia municipal",
            "results": [
                ("goal", I_FIN, None),
                ("purpose", I_PROP, None),
                ("output", I_C1, I_PROP),
                ("output", I_C2, I_PROP),
                ("activity", "1.1 Instalar el portal en los municipios", I_C1),
                ("activity", "1.2 Migrar los datos historicos", I_C1),
                ("activity", "2.1 Dictar cursos presenciales", I_C2),
            ],
            "assumptions": {I_PROP: "Se mantiene la ley"},
            "indicators": [
                ind(I_PROP, "Porcentaje de municipios que cumplen la ley", dimension="efficacy",
                    means_of_verification="Fiscalizacion anual del CPLT"),
                ind(I_C1, "Municipios con portal activo", dimension="efficacy",
                    means_of_verification="Portal de Transparencia"),
                ind(I_C2, "Funcionarios capacitados", dimension="efficacy",
                    means_of_verification="Registro de capacitaciones"),
            ],
        }
    ],
    ("unused_column",),
    layout={"MML": (5,)},
)  # fmt: skip

CASES: list[Case] = [
    dipres, eu2021, cadre, dfid_v, wb_two, usaid_v, ogp_es, ogp_en, hand_table, mml_br,
    eu_rows, ilpes_v,
]  # fmt: skip


def main(out: Path = HERE) -> None:
    for case in CASES:
        write(out / case.file, case.sheets)
        print(out / case.file)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
