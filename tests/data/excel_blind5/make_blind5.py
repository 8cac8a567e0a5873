"""Fifth blind check set (issue 13): workbooks built from the public templates agencies,
donors and governments keep, and from the way people really fill them in, varying what the
corpus, the variants, the held-out sets and the first four blind sets did not; written
without reading the importer, to score what lands as an outside reviewer would.

``python tests/data/excel_blind5/make_blind5.py`` rewrites the workbooks beside this script;
``PYTHONPATH=src python tests/data/excel_formats/score.py --folder tests/data/excel_blind5``
scores them (kept out of pytest so it stays a measure).

What is new here: an ADB design and monitoring framework (2019 layout: "Impact the Project
is Aligned with", "Results Chain | Performance Indicators with Targets and Baselines | Data
Sources and Reporting Mechanisms | Risks", lettered indicators in one cell, "By 2025, ...
increased to 90% (2019 baseline: 40%)", shared sources "a–b.", a "Key Activities with
Milestones" block and "Inputs"); an IFAD logframe ("Results Hierarchy", "Indicators" over
"Name | Baseline | Mid-Term | End Target", "Means of Verification" over "Source | Frequency |
Responsibility", "Assumptions"); a Global Fund performance framework (goals and objectives
coded "G1", "O1" in their own sheet, indicators tied to them by code, "Baseline Value |
Baseline Year | Baseline Source", yearly targets written "N: 450; D: 1,000; P: 45%");
Mexico's "Tablero de control" with a colour-coded "Semáforo" and its legend row, dates
"15.03.2020", "2020/03", "Marzo-2020"; an Argentina follow-up saved as .ods with a "¿Cumplido?
(Sí/No)" column beside the % and "primer trimestre 2020", "segundo semestre de 2020"; a
Philippines PH-OGP tracker with "Lead Agency" and "Supporting Agencies", "1st Qtr 2018",
"2nd Sem 2018"; a Nigeria tracker with two commitments side by side on one sheet (each with
its "Lead MDA:" line), cell comments and empty merged cells; an Indonesian "Rencana Aksi"
in Indonesian ("Komitmen", "Penanggung Jawab", "Kegiatan", "Tanggal Mulai", "Maret 2019",
"Semester I 2019", "Triwulan III 2019") with frozen panes and its header repeated over a
second block; a UNDP project "Results and Resources Framework" (label lines above,
"EXPECTED OUTPUTS | OUTPUT INDICATORS | DATA SOURCE | BASELINE (Value | Year) | TARGETS ...
(Year 1 (2020) | Year 2 (2021) | FINAL (2022))"); a Brazil PPA 2020-2023 programme sheet
("Programa:", "Objetivo:", "Índice de referência | Data de referência | Meta prevista
2023 | Periodicidade | Fonte", "1.233,5", "45,3%"); an AFD "matrice de suivi des
indicateurs" in French with codes ("OS1", "R1.2", "A1.2.1") out of row order, narrow
no-break spaces in numbers ("1 233", "12,5 %"), "Réalisé 2020 | Réalisé 2021" actuals;
a Spanish municipal open-government plan with "45 por ciento", "60*" and its footnote,
"1T 2021", "Marzo-2021"; a Norad results framework with two outcomes and outputs numbered
1.1, 2.1, 1.2 in that row order, "Baseline value | Baseline year | Target value | Target
year | Achieved 2020 | Achieved 2021"; a Danida results framework laid out as the
guidelines' vertical form ("Outcome | ...", "Outcome indicator | ...", "Baseline | Year |
2017 | 12", "Annual target Year 1 | Year | 2019 | ..."); a Kyrgyzstan action-plan tracker in
Russian ("Обязательство", "Ответственный орган", "Мероприятие", "Срок начала", "Срок
завершения", "IV квартал 2020", "2 полугодие 2020", "декабрь 2020", "15.03.2020").

Sources of the templates (found with the search tool; where the search found only the
guidance, the layout is from memory of the published forms, as said):
- ADB "Guidelines for Preparing and Using a Design and Monitoring Framework" (2019, 2020:
  results chain, performance indicators with targets and baselines, data sources and
  reporting, risks; key activities with milestones and inputs below):
  https://www.adb.org/documents/guidelines-preparing-design-and-monitoring-framework,
  https://wixlib.com/document/2375a_guidelines-for-preparing-a-design-and-monitoring-framework-october-2020.html,
  http://www.adb.org/documents/quality-design-and-monitoring-frameworks-dmfs?ref=projects
  (the cell wording "By 2025, ... (2019 baseline: ...)" from memory of ADB RRP appendices).
- IFAD logframes (results hierarchy, baseline, mid-term and end targets, source, frequency,
  responsibility; from memory of IFAD design reports) and RIMS:
  https://studylib.net/doc/25700863/eb-2017-120-r-7-rev-1--2-,
  http://www.ifad.org/operations/policy/cosop/guidelines/appendix3.htm
- Global Fund performance framework (baseline and year, data source, targets per period,
  N/D/P of a percentage, comments):
  https://undphealth.indevconsultancy.in/functional-areas/monitoring-and-evaluation/me-components-of-grant-making/performance-framework,
  https://careersdocbox.com/amp/82593731-Financial_Aid/Instructions-for-completing-the-performance-framework-template.html
- UNDP project results framework (results, indicators, baseline, target, means of
  verification; the project document's "Results and Resources Framework" header lines from
  memory of UNDP project documents): http://web.undp.org/evaluation/handbook/ch2-4.html,
  https://www.sparkblue.org/discussion/project-results-framework
- Norad "Results Management in Norwegian Development Cooperation" (results framework with
  indicators, baselines and targets): https://ja.scribd.com/document/247256863/Results-Management-in-Norwegian-Development-Cooperation;
  the Danida Aid Management Guidelines' results framework form from memory.
- OGP Mexico commitments (Institución líder, líneas de acción; the "Tablero de control"
  and its semáforo from memory of the SFP/INAI follow-up):
  https://www.opengovpartnership.org/es/members/mexico/commitments/MX0075/,
  https://portal-transparencia.funcionpublica.gob.mx/gobierno-abierto/mexico-en-la-alianza-para-el-gobierno-abierto
- PH-OGP national action plans and self-assessments (lead and supporting agencies,
  milestones, status): https://www.opengovpartnership.org/documents/philippines-2017-2019-action-plan-updated/,
  https://dokumen.tips/documents/philippine-open-government-partnership-3-philippine-open-government-partnership.html
- The Argentina, Nigeria, Indonesia, Kyrgyzstan, Brazil PPA, AFD and Spanish municipal
  sheets: from memory of the published plans, their follow-up annexes and the SIOP/PPA
  programme reports; the earlier templates as cited in ../excel_blind4/make_blind4.py.

Dates follow the rule the earlier sets state: a month, quarter, semester or year given as
text is its last day ("Marzo-2020", "2020/03" -> 2020-03-31, "primer trimestre 2020",
"1T 2021", "1st Qtr 2018" -> the quarter's end, "Semester I 2019", "2nd Sem 2018", "2
полугодие 2020" -> the half's end, "IV квартал 2020" -> 2020-12-31, "By 2025" and "(2019
baseline: ...)" -> 31 December), also when it is a start date; "15.03.2020" and dd/mm/yyyy
are day first; a date cell is that day; a column headed by a year ("Achieved 2020",
"Réalisé 2021", "Meta prevista 2023") dates its values at that year's end. Numbers by the
sheet's language ("1.233,5", "45,3%" in Portuguese, "1 233" with a narrow no-break space in
French, "1,200" in English); "45 por ciento" is 45, a footnote mark after a value ("60*")
is not part of it; "N: 450; D: 1,000; P: 45%" is the percentage, 45; "not applicable",
"N/A", "s/i", "—" are no value. Columns the model cannot hold (semáforo, Sí/No, comments,
remarks, geographic area, inputs) are not expected in the project; they must not block the
import nor become results. Units are not checked.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "excel_variants"), str(HERE.parent / "excel_blind4")]

from make_blind4 import write_ods  # noqa: E402
from make_variants import Case, P, Sheet, ind  # noqa: E402

D = dt.datetime
NB = "\u00a0"
NNB = "\u202f"  # narrow no-break space: what French-locale spreadsheets put in "1 233"
FILLS = {"verde": "FF00B050", "amarillo": "FFFFFF00", "rojo": "FFFF0000"}


@dataclass
class Sheet5(Sheet):
    freeze: str | None = None
    comments: dict[str, str] = field(default_factory=dict)
    fills: dict[str, str] = field(default_factory=dict)  # cell -> colour name in FILLS


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
        if isinstance(spec, Sheet5):
            if spec.freeze:
                ws.freeze_panes = spec.freeze
            for ref, text in spec.comments.items():
                ws[ref].comment = Comment(text, "Revisor")
            for ref, colour in spec.fills.items():
                rgb = FILLS[colour]
                ws[ref].fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
    wb.properties.creator = "make_blind5.py"
    wb.properties.created = dt.datetime(2017, 1, 1)
    wb.properties.modified = dt.datetime(2017, 1, 1)
    wb.save(path)


# --------------------------------------------------------------------------------------------
# 1. ADB design and monitoring framework (2019 layout): "Impact the Project is Aligned with"
# line (no indicators), "Results Chain | Performance Indicators with Targets and Baselines |
# Data Sources and Reporting Mechanisms | Risks"; the level in column A, the statement in B;
# lettered indicators in one cell, each "By 2025, <indicator> increased to 90% (2019
# baseline: 40%)"; sources shared by letter ("a–b."); "Key Activities with Milestones" block
# (activities numbered under their outputs) and "Inputs" below. Each lettered item is one
# indicator (the DMF's "performance indicator with target"): its name is the item as
# written without its letter mark and without the bracketed baseline, which goes to the
# baseline; the target is the figure the item sets, due at the year it names; "not
# applicable" is no baseline. Risks are the assumptions.

A_IMP = "Transparency and efficiency of public financial management improved"
A_OUT = "Budget execution and reporting by line ministries improved"
A_O1 = "1. Integrated financial management information system rolled out"
A_O2 = "2. Capacity of public finance staff strengthened"
A_ACT = ["1.1 Complete the IFMIS functional design by Q2 2021",
         "1.2 Connect the first 20 line ministries by Q4 2022",
         "2.1 Develop the certification curriculum by Q1 2021"]  # fmt: skip
adb = Case(
    "b5_adb_dmf.xlsx",
    "adb",
    [
        Sheet("DMF", [
            ["DESIGN AND MONITORING FRAMEWORK"],
            ["Project: Public Financial Management Reform Project (Mongolia)"],
            [],
            ["Impact the Project is Aligned with", A_IMP + " (Public Financial Management "
             "Reform Strategy, 2019–2024)"],
            [],
            ["Results Chain", None, "Performance Indicators with Targets and Baselines",
             "Data Sources and Reporting Mechanisms", "Risks"],
            ["Outcome", A_OUT,
             "a. By 2025, share of line ministries submitting quarterly budget execution "
             "reports on time increased to 90% (2019 baseline: 40%)\n"
             "b. By 2025, average payment processing time reduced to 10 days (2019 "
             "baseline: 28 days)",
             "a–b. Ministry of Finance annual PFM reports",
             "Political commitment to reform weakens after elections"],
            ["Outputs", A_O1,
             "1a. By 2023, at least 45 line ministries connected to the IFMIS (2019 "
             "baseline: 5)",
             "1a. IFMIS system reports", "Delays in procurement of IT equipment"],
            [None, A_O2,
             "2a. By 2024, at least 1,200 finance officers certified (2019 baseline: 0)\n"
             "2b. By 2024, at least 30% of certified officers are women (2019 baseline: not "
             "applicable)",
             "2a–b. Training records of the Public Finance Institute", None],
            [],
            ["Key Activities with Milestones"],
            [A_O1],
            [A_ACT[0]],
            [A_ACT[1]],
            [A_O2],
            [A_ACT[2]],
            [],
            ["Inputs"],
            ["ADB: $50.00 million (loan)"],
            ["Government: $8.00 million"],
            [],
            ["Assumptions for Partner Financing"],
            ["Not applicable."],
            ["IFMIS = integrated financial management information system, PFM = public "
             "financial management."],
        ], ["A6:B6", "A8:A9"]),
    ],
    [
        {
            "code": "",
            "title": "Public Financial Management Reform Project (Mongolia)",
            "results": [("goal", A_IMP + " (Public Financial Management Reform Strategy, "
                         "2019–2024)", None),
                        ("purpose", A_OUT, None), ("output", A_O1, A_OUT),
                        ("output", A_O2, A_OUT), ("activity", A_ACT[0], A_O1),
                        ("activity", A_ACT[1], A_O1), ("activity", A_ACT[2], A_O2)],
            "assumptions": {A_OUT: "Political commitment to reform weakens after elections",
                            A_O1: "Delays in procurement of IT equipment"},
            "indicators": [
                ind(A_OUT, "By 2025, share of line ministries submitting quarterly budget "
                    "execution reports on time increased to 90%", baseline=40.0, baseline_date="2019-12-31",
                    data_source="Ministry of Finance annual PFM reports",
                    targets=[("2025-12-31", 90.0)]),
                ind(A_OUT, "By 2025, average payment processing time reduced to 10 days", baseline=28.0,
                    baseline_date="2019-12-31",
                    data_source="Ministry of Finance annual PFM reports",
                    targets=[("2025-12-31", 10.0)]),
                ind(A_O1, "By 2023, at least 45 line ministries connected to the IFMIS", baseline=5.0,
                    baseline_date="2019-12-31", data_source="IFMIS system reports",
                    targets=[("2023-12-31", 45.0)]),
                ind(A_O2, "By 2024, at least 1,200 finance officers certified", baseline=0.0,
                    baseline_date="2019-12-31",
                    data_source="Training records of the Public Finance Institute",
                    targets=[("2024-12-31", 1200.0)]),
                ind(A_O2, "By 2024, at least 30% of certified officers are women", baseline=None,
                    data_source="Training records of the Public Finance Institute",
                    targets=[("2024-12-31", 30.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 2. IFAD logframe: "Results Hierarchy" | "Indicators" over "Name | Baseline | Mid-Term
# (2022) | End Target (2025)" | "Means of Verification" over "Source | Frequency |
# Responsibility" | "Assumptions"; "Goal:", "Development Objective:", "Outcome 1:",
# "Output 1.1:" written in the hierarchy cell and merged over their indicator rows; a
# baseline "0" and "TBD"; "15,000" English thousands. The level prefix is the level, not
# part of the narrative. The baseline is dated by the project start year given in the
# title line? No: the header gives no year, so the baseline has no date.

I_GOAL = "Reduced rural poverty in the Northern Highlands"
I_DO = "Increased incomes of smallholder farmers through better market access"
I_OP11 = "Farmer organisations trained in business planning"
I_OP12 = "Market infrastructure rehabilitated"
I_H1 = ["Results Hierarchy", "Indicators", None, None, None, "Means of Verification", None,
        None, "Assumptions"]  # fmt: skip
I_H2 = [None, "Name", "Baseline", "Mid-Term (2022)", "End Target (2025)", "Source",
        "Frequency", "Responsibility", None]  # fmt: skip
ifad = Case(
    "b5_ifad_logframe.xlsx",
    "ifad",
    [
        Sheet("Logframe", [
            ["Northern Highlands Market Access Programme (NHMAP) – Logical Framework"],
            [],
            I_H1,
            I_H2,
            ["Goal: " + I_GOAL, "Households reporting increased assets (%)", "0", "20",
             "40", "Impact survey", "Baseline, mid-term, completion", "PMU M&E officer",
             None],
            ["Development Objective: " + I_DO, "Average annual income of supported "
             "households (USD)", "850", "1,000", "1,300", "Household survey",
             "Baseline, mid-term, completion", "PMU M&E officer",
             "Stable market prices for staple crops"],
            [None, "Persons receiving services promoted by the project", "0", "15,000",
             "30,000", "Project M&E system", "Annual", "PMU M&E officer", None],
            [None, "Farmer organisations with a sales contract", "TBD", "60",
             "150", "Contracts register", "Annual", "Value chain officer", None],
            ["Output 1: " + I_OP11, "Farmer organisations trained", "0", "120", "250",
             "Training reports", "Quarterly", "Service providers", None],
            ["Output 2: " + I_OP12, "Markets rehabilitated", "0", "6", "14",
             "Engineering reports", "Semi-annual", "Infrastructure officer",
             "Local governments maintain the markets"],
        ], ["B3:E3", "F3:H3", "A3:A4", "I3:I4", "A6:A8", "I6:I8"]),
    ],
    [
        {
            "code": "",
            "title": "Northern Highlands Market Access Programme (NHMAP)",
            "results": [("goal", I_GOAL, None), ("purpose", I_DO, None),
                        ("output", I_OP11, I_DO), ("output", I_OP12, I_DO)],
            "assumptions": {I_DO: "Stable market prices for staple crops",
                            I_OP12: "Local governments maintain the markets"},
            "indicators": [
                ind(I_GOAL, "Households reporting increased assets (%)", baseline=0.0,
                    data_source="Impact survey", frequency="Baseline, mid-term, completion",
                    responsible="PMU M&E officer",
                    targets=[("2022-12-31", 20.0), ("2025-12-31", 40.0)]),
                ind(I_DO, "Average annual income of supported households (USD)",
                    baseline=850.0, data_source="Household survey",
                    frequency="Baseline, mid-term, completion", responsible="PMU M&E officer",
                    targets=[("2022-12-31", 1000.0), ("2025-12-31", 1300.0)]),
                ind(I_DO, "Persons receiving services promoted by the project", baseline=0.0,
                    data_source="Project M&E system", frequency="Annual",
                    responsible="PMU M&E officer",
                    targets=[("2022-12-31", 15000.0), ("2025-12-31", 30000.0)]),
                ind(I_DO, "Farmer organisations with a sales contract", baseline=None,
                    data_source="Contracts register", frequency="Annual",
                    responsible="Value chain officer",
                    targets=[("2022-12-31", 60.0), ("2025-12-31", 150.0)]),
                ind(I_OP11, "Farmer organisations trained", baseline=0.0,
                    data_source="Training reports", frequency="Quarterly",
                    responsible="Service providers",
                    targets=[("2022-12-31", 120.0), ("2025-12-31", 250.0)]),
                ind(I_OP12, "Markets rehabilitated", baseline=0.0,
                    data_source="Engineering reports", frequency="Semi-annual",
                    responsible="Infrastructure officer",
                    targets=[("2022-12-31", 6.0), ("2025-12-31", 14.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 3. Global Fund performance framework: a "Goals & Objectives" sheet coding each statement
# ("G1", "O1", "O2"), then "Impact Outcome Indicators" tying each indicator to its code,
# "Baseline Value | Baseline Year | Baseline Source | 2021 Target | 2022 Target | 2023
# Target | Comments"; percentage targets written "N: 450; D: 1,000; P: 45%" (the value is
# P), "12,500" English thousands, "N/A". The baseline source is the data source.

G_G1 = "Reduce TB incidence and mortality in Kenya"
G_O1 = "Increase TB case notification among all forms of TB"
G_O2 = "Improve treatment success of drug-resistant TB"
G_H = ["Goal / Objective", "Indicator", "Country", "Baseline Value", "Baseline Year",
       "Baseline Source", "2021 Target", "2022 Target", "2023 Target", "Comments"]  # fmt: skip
gf = Case(
    "b5_globalfund_pf.xlsx",
    "globalfund",
    [
        Sheet("Goals & Objectives", [
            ["Performance Framework"],
            ["Grant Name: Kenya Tuberculosis Programme 2021-2023"],
            [],
            ["Type", "Code", "Description"],
            ["Goal", "G1", G_G1],
            ["Objective", "O1", G_O1],
            ["Objective", "O2", G_O2],
        ]),
        Sheet("Impact Outcome Indicators", [
            ["Performance Framework – Impact / Outcome Indicators"],
            ["Grant Name: Kenya Tuberculosis Programme 2021-2023"],
            [],
            G_H,
            ["G1", "TB incidence rate per 100,000 population", "Kenya", "292", 2019,
             "WHO Global TB Report", "270", "255", "240", None],
            ["G1", "TB mortality rate per 100,000 population", "Kenya", "42", 2019,
             "WHO Global TB Report", "38", "35", "32", None],
            ["O1", "TB treatment coverage (%)", "Kenya", "N: 72,943; D: 139,000; P: 52%",
             2019, "TIBU surveillance system", "N: 83,400; D: 139,000; P: 60%",
             "N: 97,300; D: 139,000; P: 70%", "N: 111,200; D: 139,000; P: 80%",
             "Denominator: estimated incidence"],
            ["O1", "Notified TB cases, all forms", "Kenya", "72,943", 2019,
             "TIBU surveillance system", "83,400", "97,300", "111,200", None],
            ["O2", "Treatment success rate of RR/MDR-TB (%)", "Kenya",
             "N: 450; D: 1,000; P: 45%", 2018, "DR-TB cohort reports",
             "N: 540; D: 900; P: 60%", "N/A", "N: 680; D: 850; P: 80%",
             "2022 cohort not yet defined"],
        ]),
    ],
    [
        {
            "code": "",
            "title": "Kenya Tuberculosis Programme 2021-2023",
            "results": [("goal", G_G1, None), ("purpose", G_O1, None),
                        ("purpose", G_O2, None)],
            "indicators": [
                ind(G_G1, "TB incidence rate per 100,000 population", baseline=292.0,
                    baseline_date="2019-12-31", data_source="WHO Global TB Report",
                    targets=[("2021-12-31", 270.0), ("2022-12-31", 255.0),
                             ("2023-12-31", 240.0)]),
                ind(G_G1, "TB mortality rate per 100,000 population", baseline=42.0,
                    baseline_date="2019-12-31", data_source="WHO Global TB Report",
                    targets=[("2021-12-31", 38.0), ("2022-12-31", 35.0),
                             ("2023-12-31", 32.0)]),
                ind(G_O1, "TB treatment coverage (%)", baseline=52.0,
                    baseline_date="2019-12-31", data_source="TIBU surveillance system",
                    targets=[("2021-12-31", 60.0), ("2022-12-31", 70.0),
                             ("2023-12-31", 80.0)]),
                ind(G_O1, "Notified TB cases, all forms", baseline=72943.0,
                    baseline_date="2019-12-31", data_source="TIBU surveillance system",
                    targets=[("2021-12-31", 83400.0), ("2022-12-31", 97300.0),
                             ("2023-12-31", 111200.0)]),
                ind(G_O2, "Treatment success rate of RR/MDR-TB (%)", baseline=45.0,
                    baseline_date="2018-12-31", data_source="DR-TB cohort reports",
                    targets=[("2021-12-31", 60.0), ("2023-12-31", 80.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 4. Mexico "Tablero de control": title and "Fecha de corte" lines, a legend row for the
# colour-coded "Semáforo" (its cells are only coloured, empty), No., Compromiso and
# Institución merged over their "Líneas de acción"; dates "15.10.2019", "Marzo-2020",
# "2020/01", "30.06.2020", "Diciembre-2020"; "45 por ciento", "100", "100%", "0".

MX1 = "Gasto abierto y responsable en programas sociales"
MX2 = "Transparencia para el monitoreo y vigilancia de fideicomisos"
MX_SFP = "Secretaría de la Función Pública"
MX_SHCP = "Secretaría de Hacienda y Crédito Público"
MX1_L = ["Publicar los padrones de beneficiarios en datos abiertos",
         "Instalar comités de contraloría social en cinco programas",
         "Presentar el informe de resultados del piloto"]  # fmt: skip
MX2_L = ["Publicar el listado de fideicomisos con su patrimonio"]
mx = Case(
    "b5_mx_tablero_control.xlsx",
    "ogp_followup",
    [
        Sheet5("Tablero", [
            ["Tablero de control – Plan de Acción 2019-2021 de México"],
            ["Fecha de corte: 30/06/2020"],
            ["Semáforo:", "Verde = concluida", "Amarillo = en proceso", "Rojo = con retraso"],
            [],
            ["No.", "Compromiso", "Institución responsable", "Línea de acción",
             "Fecha de inicio", "Fecha de término", "Avance (%)", "Semáforo", "Evidencia"],
            ["1", MX1, MX_SFP, MX1_L[0], "15.10.2019", "Marzo-2020", "100", None,
             "https://datos.gob.mx/busca/dataset/padrones"],
            [None, None, None, MX1_L[1], "2020/01", "30.06.2020", "45 por ciento", None, None],
            [None, None, None, MX1_L[2], "2020/04", "Diciembre-2020", "0", None, None],
            ["2", MX2, MX_SHCP, MX2_L[0], "01.09.2019", "Noviembre-2019", "100%", None,
             "https://www.transparenciapresupuestaria.gob.mx/fideicomisos"],
            [],
            ["Nota: el avance lo reporta cada institución responsable."],
        ], ["A6:A8", "B6:B8", "C6:C8"],
            fills={"B3": "verde", "C3": "amarillo", "D3": "rojo", "H6": "verde",
                   "H7": "amarillo", "H8": "rojo", "H9": "verde"}),
    ],
    [
        {
            "code": "1", "title": MX1, "institution": MX_SFP,
            "results": [("activity", m, None) for m in MX1_L],
            "milestones": {MX1_L[0]: ("2019-10-15", "2020-03-31", 100.0),
                           MX1_L[1]: ("2020-01-31", "2020-06-30", 45.0),
                           MX1_L[2]: ("2020-04-30", "2020-12-31", 0.0)},
            "evidence": {MX1_L[0]: "https://datos.gob.mx/busca/dataset/padrones"},
            "indicators": [],
        },
        {
            "code": "2", "title": MX2, "institution": MX_SHCP,
            "results": [("activity", MX2_L[0], None)],
            "milestones": {MX2_L[0]: ("2019-09-01", "2019-11-30", 100.0)},
            "evidence": {
                MX2_L[0]: "https://www.transparenciapresupuestaria.gob.mx/fideicomisos"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 5. Argentina follow-up saved as .ods: "Compromiso" as "1. ..." and "Organismo responsable"
# merged over their hitos, a "¿Cumplido? (Sí/No)" column beside "% de avance" (the % is the
# progress; Sí/No has no field), dates "tercer trimestre 2019", "primer trimestre 2020",
# "segundo semestre de 2020", "Junio 2020", a date cell; "Observaciones".

AR1 = "Apertura de información sobre obra pública"
AR2 = "Participación ciudadana en el ciclo presupuestario"
AR_MI = "Ministerio del Interior, Obras Públicas y Vivienda"
AR_MH = "Ministerio de Hacienda"
AR1_H = ["Publicar el mapa de obras con su avance físico y financiero",
         "Incorporar los contratos de obra en formato abierto"]  # fmt: skip
AR2_H = ["Realizar audiencias públicas sobre el presupuesto",
         "Publicar el presupuesto ciudadano"]  # fmt: skip
ar = Case(
    "b5_ar_sino_cumplido.ods",
    "ogp_followup",
    [
        Sheet("Seguimiento 4PA", [
            ["Cuarto Plan de Acción Nacional de Gobierno Abierto 2019-2021 – Seguimiento"],
            [],
            ["Compromiso", "Organismo responsable", "Hito", "Fecha de inicio",
             "Fecha de finalización", "¿Cumplido? (Sí/No)", "% de avance", "Observaciones"],
            ["1. " + AR1, AR_MI, AR1_H[0], "tercer trimestre 2019", "primer trimestre 2020",
             "Sí", 100, None],
            [None, None, AR1_H[1], "primer trimestre 2020", "segundo semestre de 2020", "No",
             60, "Faltan los contratos provinciales"],
            ["2. " + AR2, AR_MH, AR2_H[0], D(2019, 10, 1), "Junio 2020", "Sí", P(1.0), None],
            [None, None, AR2_H[1], "Junio 2020", "segundo semestre de 2020", "No", P(0.3),
             None],
        ], ["A4:A5", "B4:B5", "A6:A7", "B6:B7"]),
    ],
    [
        {
            "code": "1", "title": AR1, "institution": AR_MI,
            "results": [("activity", m, None) for m in AR1_H],
            "milestones": {AR1_H[0]: ("2019-09-30", "2020-03-31", 100.0),
                           AR1_H[1]: ("2020-03-31", "2020-12-31", 60.0)},
            "indicators": [],
        },
        {
            "code": "2", "title": AR2, "institution": AR_MH,
            "results": [("activity", m, None) for m in AR2_H],
            "milestones": {AR2_H[0]: ("2019-10-01", "2020-06-30", 100.0),
                           AR2_H[1]: ("2020-06-30", "2020-12-31", 30.0)},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 6. Philippines PH-OGP tracker: "Commitment 1: ..." merged over its milestones with "Lead
# Agency" and "Supporting Agencies" (full names on separate lines of one cell: each is a
# supporting institution); "1st Qtr 2018", "2nd Sem 2018", "3rd Qtr 2018", "December 2018";
# "Status" (Completed / Ongoing) and "% Completion"; "Remarks".

PH1 = "Expand the citizen participatory audit to local government projects"
PH2 = "Open data on local government budgets"
PH_COA = "Commission on Audit"
PH_DBM = "Department of Budget and Management"
PH_DILG = "Department of the Interior and Local Government"
PH1_M = ["Select ten pilot local government units", "Conduct joint audits with citizens",
         "Publish the audit reports"]  # fmt: skip
PH2_M = ["Publish budget data of 100 local governments on the open data portal"]
ph = Case(
    "b5_ph_ogp_lead_supporting.xlsx",
    "ogp_followup",
    [
        Sheet("Monitoring", [
            ["PH-OGP National Action Plan 2017-2019 – Commitment Monitoring"],
            [],
            ["Commitment", "Lead Agency", "Supporting Agencies", "Milestone", "Start Date",
             "End Date", "Status", "% Completion", "Remarks"],
            ["Commitment 1: " + PH1, PH_COA, PH_DBM + "\n" + PH_DILG, PH1_M[0],
             "1st Qtr 2018", "1st Qtr 2018", "Completed", 100, None],
            [None, None, None, PH1_M[1], "2nd Qtr 2018", "2nd Sem 2018", "Ongoing", 50,
             "Four audits done"],
            [None, None, None, PH1_M[2], "3rd Qtr 2018", "December 2018", "Ongoing", 0, None],
            ["Commitment 2: " + PH2, PH_DBM, PH_DILG, PH2_M[0], D(2018, 1, 15),
             "2nd Sem 2018", "Ongoing", 75, None],
        ], ["A4:A6", "B4:B6", "C4:C6"]),
    ],
    [
        {
            "code": "1", "title": PH1, "institution": PH_COA, "support": [PH_DBM, PH_DILG],
            "results": [("activity", m, None) for m in PH1_M],
            "milestones": {PH1_M[0]: ("2018-03-31", "2018-03-31", 100.0),
                           PH1_M[1]: ("2018-06-30", "2018-12-31", 50.0),
                           PH1_M[2]: ("2018-09-30", "2018-12-31", 0.0)},
            "indicators": [],
        },
        {
            "code": "2", "title": PH2, "institution": PH_DBM, "support": [PH_DILG],
            "results": [("activity", PH2_M[0], None)],
            "milestones": {PH2_M[0]: ("2018-01-15", "2018-12-31", 75.0)},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 7. Nigeria tracker with two commitments side by side on one sheet (A-F and H-M), each
# under its own "Commitment N: ..." line and "Lead MDA: ..." line and its own header; an
# empty merged "Remarks" cell, cell comments on a progress and a date; "Jan 2020",
# "30/06/2020", "N/A" progress, 0.4 in a % cell.

NG1 = "Open contracting and licensing"
NG2 = "Beneficial ownership register"
NG_BPP = "Bureau of Public Procurement"
NG_CAC = "Corporate Affairs Commission"
NG1_M = ["Adopt the Open Contracting Data Standard", "Publish contracts of 10 MDAs"]
NG2_M = ["Amend the Companies and Allied Matters Act", "Launch the public register",
         "Train registry staff"]  # fmt: skip
NG_H = ["Milestone", "Start", "End", "Progress (%)", "Evidence", "Remarks"]
ng = Case(
    "b5_ng_side_by_side.xlsx",
    "ogp_followup",
    [
        Sheet5("Tracker", [
            ["Nigeria OGP National Action Plan II (2019-2022) – Implementation Tracker"],
            [],
            ["Commitment 1: " + NG1, None, None, None, None, None, None,
             "Commitment 2: " + NG2],
            ["Lead MDA: " + NG_BPP, None, None, None, None, None, None,
             "Lead MDA: " + NG_CAC],
            [*NG_H, None, *NG_H],
            [NG1_M[0], "Jan 2020", "30/06/2020", 100, "https://nocopo.bpp.gov.ng", None, None,
             NG2_M[0], "Jan 2020", "Aug 2020", P(1.0), "CAMA 2020", None],
            [NG1_M[1], "Jul 2020", "Dec 2021", P(0.4), None, None, None,
             NG2_M[1], "Sep 2020", "30/06/2021", "N/A", None, "Awaiting funding"],
            [None, None, None, None, None, None, None,
             NG2_M[2], "Jan 2021", "Dec 2021", 0, None, None],
        ], ["A3:F3", "H3:M3", "A4:F4", "H4:M4", "F6:F8"],
            comments={"D7": "Figure from the Q2 2021 report", "J7": "Date moved by the CAC"}),
    ],
    [
        {
            "code": "1", "title": NG1, "institution": NG_BPP,
            "results": [("activity", m, None) for m in NG1_M],
            "milestones": {NG1_M[0]: ("2020-01-31", "2020-06-30", 100.0),
                           NG1_M[1]: ("2020-07-31", "2021-12-31", 40.0)},
            "evidence": {NG1_M[0]: "https://nocopo.bpp.gov.ng"},
            "indicators": [],
        },
        {
            "code": "2", "title": NG2, "institution": NG_CAC,
            "results": [("activity", m, None) for m in NG2_M],
            "milestones": {NG2_M[0]: ("2020-01-31", "2020-08-31", 100.0),
                           NG2_M[1]: ("2020-09-30", "2021-06-30", None),
                           NG2_M[2]: ("2021-01-31", "2021-12-31", 0.0)},
            "evidence": {NG2_M[0]: "CAMA 2020"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 8. Indonesia "Rencana Aksi" in Indonesian: header on row 4 with frozen panes, No., Komitmen
# and Penanggung Jawab merged over their Kegiatan; a second block further down under a
# "(lanjutan)" title line and the header repeated (as printed on a new page); Indonesian
# periods "Maret 2019", "Semester I 2019", "Triwulan III 2019", "Desember 2019", "Agustus
# 2019", "Semester II 2020"; "45,5" and "100" progress; "Bukti Pendukung" links.

ID1 = "Keterbukaan informasi anggaran daerah"
ID2 = "Pelayanan informasi publik di badan publik"
ID3 = "Portal Satu Data Indonesia"
ID_KEMENDAGRI = "Kementerian Dalam Negeri"
ID_KIP = "Komisi Informasi Pusat"
ID_BAPPENAS = "Kementerian PPN/Bappenas"
ID1_K = ["Menyusun standar publikasi APBD", "Publikasi APBD di 34 provinsi"]
ID2_K = ["Monitoring dan evaluasi PPID"]
ID3_K = ["Menetapkan Peraturan Presiden Satu Data", "Integrasi data 20 kementerian"]
ID_H = ["No", "Komitmen", "Penanggung Jawab", "Kegiatan", "Tanggal Mulai", "Tanggal Selesai",
        "Capaian (%)", "Bukti Pendukung", "Keterangan"]  # fmt: skip
idn = Case(
    "b5_id_rencana_aksi_lanjutan.xlsx",
    "ogp_followup",
    [
        Sheet5("Rencana Aksi", [
            ["Rencana Aksi Keterbukaan Pemerintah Indonesia 2018-2020"],
            ["Laporan Pemantauan Triwulan IV 2019"],
            [],
            ID_H,
            ["1", ID1, ID_KEMENDAGRI, ID1_K[0], "Maret 2019", "Semester I 2019", "100",
             "https://keuda.kemendagri.go.id/standar", None],
            [None, None, None, ID1_K[1], "Triwulan III 2019", "Desember 2019", "45,5", None,
             "20 provinsi sudah publikasi"],
            ["2", ID2, ID_KIP, ID2_K[0], D(2019, 2, 1), "Agustus 2019", "100",
             "https://komisiinformasi.go.id/monev", None],
            [],
            [],
            ["Rencana Aksi Keterbukaan Pemerintah Indonesia 2018-2020 (lanjutan)"],
            ID_H,
            ["3", ID3, ID_BAPPENAS, ID3_K[0], "Januari 2019", "Juni 2019", "100",
             "https://data.go.id/perpres", None],
            [None, None, None, ID3_K[1], "Semester II 2019", "Semester II 2020", "30", None,
             None],
        ], ["A5:A6", "B5:B6", "C5:C6", "A12:A13", "B12:B13", "C12:C13"], freeze="E5"),
    ],
    [
        {
            "code": "1", "title": ID1, "institution": ID_KEMENDAGRI,
            "results": [("activity", k, None) for k in ID1_K],
            "milestones": {ID1_K[0]: ("2019-03-31", "2019-06-30", 100.0),
                           ID1_K[1]: ("2019-09-30", "2019-12-31", 45.5)},
            "evidence": {ID1_K[0]: "https://keuda.kemendagri.go.id/standar"},
            "indicators": [],
        },
        {
            "code": "2", "title": ID2, "institution": ID_KIP,
            "results": [("activity", ID2_K[0], None)],
            "milestones": {ID2_K[0]: ("2019-02-01", "2019-08-31", 100.0)},
            "evidence": {ID2_K[0]: "https://komisiinformasi.go.id/monev"},
            "indicators": [],
        },
        {
            "code": "3", "title": ID3, "institution": ID_BAPPENAS,
            "results": [("activity", k, None) for k in ID3_K],
            "milestones": {ID3_K[0]: ("2019-01-31", "2019-06-30", 100.0),
                           ID3_K[1]: ("2019-12-31", "2020-12-31", 30.0)},
            "evidence": {ID3_K[0]: "https://data.go.id/perpres"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 9. UNDP project "Results and Resources Framework": label | value lines above the table
# ("Intended Outcome as stated in the UNDAF/Country Programme Results and Resource
# Framework:", "Outcome indicators as stated in the Country Programme Results and Resources
# Framework, including baseline and targets:" written as one sentence, "Applicable Output(s)
# from the UNDP Strategic Plan:" (the corporate output the project reports to, not a result
# of this project), "Project title and Atlas Project Number:"); two header rows
# ("BASELINE" over "Value | Year", "TARGETS (by frequency of data collection)" over "Year 1
# (2020) | Year 2 (2021) | FINAL (2022)"); outputs merged over their indicator rows; "DATA
# COLLECTION METHODS & RISKS" (not checked). The outcome indicator sentence gives a name, a
# baseline and a target, what a user expects on the outcome. "Output 1:" is the level, not
# part of the narrative.

U_OC = "Local governments are more transparent, accountable and responsive to citizens"
U_O1 = "Local councils publish their budgets and decisions"
U_O2 = "Citizens take part in local planning"
undp = Case(
    "b5_undp_rrf_labels.xlsx",
    "undp",
    [
        Sheet("RRF", [
            ["V. RESULTS FRAMEWORK"],
            ["Intended Outcome as stated in the UNDAF/Country Programme Results and Resource "
             "Framework:", U_OC],
            ["Outcome indicators as stated in the Country Programme Results and Resources "
             "Framework, including baseline and targets:",
             "Indicator 2.1: Citizens who trust their local government (%). Baseline (2017): "
             "38%. Target (2022): 55%."],
            ["Applicable Output(s) from the UNDP Strategic Plan:",
             "Output 2.2.2: Constitution-making, electoral and parliamentary processes and "
             "institutions strengthened"],
            ["Project title and Atlas Project Number:",
             "Strengthening Local Governance in Moldova (00112345)"],
            [],
            ["EXPECTED OUTPUTS", "OUTPUT INDICATORS", "DATA SOURCE", "BASELINE", None,
             "TARGETS (by frequency of data collection)", None, None,
             "DATA COLLECTION METHODS & RISKS"],
            [None, None, None, "Value", "Year", "Year 1 (2020)", "Year 2 (2021)",
             "FINAL (2022)", None],
            ["Output 1: " + U_O1, "Councils publishing their budget online", "Council websites", 12, 2019,
             20, 30, 40, "Annual web review; risk: elections delay budgets"],
            [None, "Council decisions published within 10 days (%)", "Council registers",
             "25%", 2019, "40%", "55%", "70%", "Quarterly sample"],
            ["Output 2: " + U_O2, "Women taking part in local planning meetings (%)", "Meeting minutes",
             "18%", 2019, "25%", "32%", "40%", "Annual review of minutes"],
        ], ["A7:A8", "B7:B8", "C7:C8", "D7:E7", "F7:H7", "I7:I8", "A9:A10"]),
    ],
    [
        {
            "code": "",
            "title": "Strengthening Local Governance in Moldova (00112345)",
            "results": [("purpose", U_OC, None), ("output", U_O1, U_OC),
                        ("output", U_O2, U_OC)],
            "indicators": [
                ind(U_OC, "Citizens who trust their local government (%)", baseline=38.0,
                    baseline_date="2017-12-31", targets=[("2022-12-31", 55.0)]),
                ind(U_O1, "Councils publishing their budget online", baseline=12.0,
                    baseline_date="2019-12-31", data_source="Council websites",
                    targets=[("2020-12-31", 20.0), ("2021-12-31", 30.0),
                             ("2022-12-31", 40.0)]),
                ind(U_O1, "Council decisions published within 10 days (%)", baseline=25.0,
                    baseline_date="2019-12-31", data_source="Council registers",
                    targets=[("2020-12-31", 40.0), ("2021-12-31", 55.0),
                             ("2022-12-31", 70.0)]),
                ind(U_O2, "Women taking part in local planning meetings (%)", baseline=18.0,
                    baseline_date="2019-12-31", data_source="Meeting minutes",
                    targets=[("2020-12-31", 25.0), ("2021-12-31", 32.0),
                             ("2022-12-31", 40.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 10. Brazil PPA 2020-2023 programme monitoring: "Programa: 4001 - ..." (the programme's
# code and name), "Órgão responsável:" and "Objetivo: 1234 - ..." lines; "Atributo |
# Descrição | Indicador | Unidade de medida | Índice de referência | Data de referência |
# Meta prevista 2023 | Apurado 2020 | Apurado 2021 | Periodicidade | Fonte" with "Objetivo"
# and "Resultado intermediário" rows; "1.233,5", "45,3%", "0,0"; a date cell for the
# reference date. "Apurado" values are measurements at their year's end.

BRP_OBJ = "Aprimorar a transparência e a integridade na gestão pública federal"
BRP_R1 = "Programas de integridade implementados nos órgãos federais"
BRP_R2 = "Dados abertos publicados pelos órgãos federais"
BRP_CGU = "Controladoria-Geral da União"
brp = Case(
    "b5_br_ppa_programa.xlsx",
    "ppa",
    [
        Sheet("Programa 4001", [
            ["Plano Plurianual 2020-2023 – Relatório Anual de Monitoramento"],
            ["Programa: 4001 - Transparência, Integridade e Combate à Corrupção"],
            ["Órgão responsável: " + BRP_CGU],
            ["Objetivo: 1234 - " + BRP_OBJ],
            [],
            ["Atributo", "Descrição", "Indicador", "Unidade de medida",
             "Índice de referência", "Data de referência", "Meta prevista 2023",
             "Apurado 2020", "Apurado 2021", "Periodicidade", "Fonte"],
            ["Objetivo", BRP_OBJ, "Índice de transparência ativa dos órgãos federais",
             "%", "45,3%", D(2018, 12, 31), "80%", "52,1%", "61,0%", "Anual", "CGU"],
            ["Resultado intermediário", BRP_R1, "Órgãos com programa de integridade aprovado",
             "unidade", "0,0", D(2019, 6, 30), "187", "98", "143", "Semestral",
             "Painel de Integridade"],
            ["Resultado intermediário", BRP_R2, "Conjuntos de dados abertos publicados",
             "unidade", "1.233,5", D(2018, 12, 31), "3.500", "2.104", "2.870", "Anual",
             "Portal Brasileiro de Dados Abertos"],
            [],
            ["Fonte: SIOP – Sistema Integrado de Planejamento e Orçamento."],
        ]),
    ],
    [
        {
            "code": "4001",
            "title": "Transparência, Integridade e Combate à Corrupção",
            "institution": BRP_CGU,
            "results": [("purpose", BRP_OBJ, None), ("output", BRP_R1, BRP_OBJ),
                        ("output", BRP_R2, BRP_OBJ)],
            "indicators": [
                ind(BRP_OBJ, "Índice de transparência ativa dos órgãos federais",
                    baseline=45.3, baseline_date="2018-12-31", frequency="Anual",
                    data_source="CGU", targets=[("2023-12-31", 80.0)],
                    measurements=[("2020-12-31", 52.1), ("2021-12-31", 61.0)]),
                ind(BRP_R1, "Órgãos com programa de integridade aprovado", baseline=0.0,
                    baseline_date="2019-06-30", frequency="Semestral",
                    data_source="Painel de Integridade", targets=[("2023-12-31", 187.0)],
                    measurements=[("2020-12-31", 98.0), ("2021-12-31", 143.0)]),
                ind(BRP_R2, "Conjuntos de dados abertos publicados", baseline=1233.5,
                    baseline_date="2018-12-31", frequency="Anual",
                    data_source="Portal Brasileiro de Dados Abertos",
                    targets=[("2023-12-31", 3500.0)],
                    measurements=[("2020-12-31", 2104.0), ("2021-12-31", 2870.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 11. AFD "matrice de suivi des indicateurs" in French: "Code | Niveau | Intitulé |
# Indicateur | Unité | Valeur de référence | Année de référence | Cible 2022 | Réalisé 2020 |
# Réalisé 2021 | Source de vérification | Fréquence | Responsable"; codes OG, OS1, R1.1,
# R1.2, A1.1.1, A1.2.1 with each activity placed before its result or after the other
# result (the code says where it belongs); numbers with the narrow no-break space French
# spreadsheets write ("1 233", "12,5 %"), "—" no value. "Réalisé" values are measurements.

V_OG = "La qualité des services publics communaux au Bénin est améliorée"
V_OS = "Les communes gèrent leurs ressources de façon transparente"
V_R11 = "Les agents communaux maîtrisent la gestion budgétaire"
V_R12 = "Les transferts de l'État aux communes sont prévisibles"
V_A111 = "Former les agents financiers des 77 communes"
V_A121 = "Publier le calendrier des transferts"
V_H = ["Code", "Niveau", "Intitulé", "Indicateur", "Unité", "Valeur de référence",
       "Année de référence", "Cible 2022", "Réalisé 2020", "Réalisé 2021",
       "Source de vérification", "Fréquence", "Responsable"]  # fmt: skip
afd = Case(
    "b5_afd_matrice_codes_desordre.xlsx",
    "afd",
    [
        Sheet("Matrice de suivi", [
            ["Matrice de suivi des indicateurs – Projet d'appui à la décentralisation au "
             "Bénin (CBJ 1234)"],
            ["Maîtrise d'ouvrage : Ministère de la Décentralisation et de la Gouvernance "
             "Locale"],
            [],
            V_H,
            ["OG", "Objectif général", V_OG, "Usagers satisfaits des services communaux",
             "%", f"41{NNB}%", 2018, f"60{NNB}%", f"47{NNB}%", f"52{NNB}%", "Enquête usagers",
             "Biennale", "Cellule S&E"],
            ["OS1", "Objectif spécifique", V_OS, "Communes publiant leur budget", "nombre",
             "12", 2018, "77", "30", "45", "Rapports de la CONAFIL", "Annuelle", "CONAFIL"],
            ["A1.2.1", "Activité", V_A121],
            ["R1.1", "Résultat", V_R11, "Agents communaux formés", "nombre", "0", 2018,
             f"1{NNB}233", "450", f"1{NNB}020", "Listes de présence", "Semestrielle",
             "Cellule S&E"],
            ["R1.2", "Résultat", V_R12, "Part des transferts versés à temps", "%",
             f"12,5{NNB}%", 2018, f"80{NNB}%", f"35{NNB}%", "—", "Rapports du Trésor",
             "Annuelle", "Direction du Trésor"],
            ["A1.1.1", "Activité", V_A111],
            [],
            ["Source : AFD, note de suivi du projet, juin 2022."],
        ]),
    ],
    [
        {
            "code": "",
            "title": "Projet d'appui à la décentralisation au Bénin (CBJ 1234)",
            "results": [("goal", V_OG, None), ("purpose", V_OS, None),
                        ("output", V_R11, V_OS), ("output", V_R12, V_OS),
                        ("activity", V_A111, V_R11), ("activity", V_A121, V_R12)],
            "indicators": [
                ind(V_OG, "Usagers satisfaits des services communaux", baseline=41.0,
                    baseline_date="2018-12-31", means_of_verification="Enquête usagers",
                    frequency="Biennale", responsible="Cellule S&E",
                    targets=[("2022-12-31", 60.0)],
                    measurements=[("2020-12-31", 47.0), ("2021-12-31", 52.0)]),
                ind(V_OS, "Communes publiant leur budget", baseline=12.0,
                    baseline_date="2018-12-31",
                    means_of_verification="Rapports de la CONAFIL", frequency="Annuelle",
                    responsible="CONAFIL", targets=[("2022-12-31", 77.0)],
                    measurements=[("2020-12-31", 30.0), ("2021-12-31", 45.0)]),
                ind(V_R11, "Agents communaux formés", baseline=0.0, baseline_date="2018-12-31",
                    means_of_verification="Listes de présence", frequency="Semestrielle",
                    responsible="Cellule S&E", targets=[("2022-12-31", 1233.0)],
                    measurements=[("2020-12-31", 450.0), ("2021-12-31", 1020.0)]),
                ind(V_R12, "Part des transferts versés à temps", baseline=12.5,
                    baseline_date="2018-12-31", means_of_verification="Rapports du Trésor",
                    frequency="Annuelle", responsible="Direction du Trésor",
                    targets=[("2022-12-31", 80.0)], measurements=[("2020-12-31", 35.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 12. Spanish municipal open-government plan follow-up: "Nº | Compromiso | Servicio
# responsable | Actuación | Inicio | Fin | % ejecución | Estado | Observaciones", the
# commitment and the service merged; "1T 2021", "3T 2021", "Enero-2021", "Marzo-2021";
# "100 por ciento", "45 por ciento", "60*" with its footnote row ("* Dato provisional ...")
# and a "Notas:" row below.

ES1 = "Presupuestos participativos"
ES2 = "Portal de transparencia municipal"
ES_PART = "Servicio de Participación Ciudadana"
ES_MOD = "Servicio de Modernización Administrativa"
ES1_A = ["Aprobar el reglamento de presupuestos participativos",
         "Celebrar la votación ciudadana de propuestas",
         "Publicar el informe de ejecución de los proyectos"]  # fmt: skip
ES2_A = ["Publicar las agendas de los concejales"]
es = Case(
    "b5_es_municipal_por_ciento.xlsx",
    "ogp_followup",
    [
        Sheet("Seguimiento", [
            ["Plan de Gobierno Abierto del Ayuntamiento de Villanueva 2020-2023"],
            ["Seguimiento a 31/12/2021"],
            [],
            ["Nº", "Compromiso", "Servicio responsable", "Actuación", "Inicio", "Fin",
             "% ejecución", "Estado", "Observaciones"],
            ["1", ES1, ES_PART, ES1_A[0], "1T 2021", "Marzo-2021", "100 por ciento",
             "Finalizada", None],
            [None, None, None, ES1_A[1], "2T 2021", "3T 2021", "60*", "En curso",
             "Votación aplazada por la pandemia"],
            [None, None, None, ES1_A[2], "4T 2021", "1T 2022", "0", "Sin iniciar", None],
            ["2", ES2, ES_MOD, ES2_A[0], "Enero-2021", "Junio-2021", "45 por ciento",
             "En curso", None],
            [],
            ["* Dato provisional a falta de la validación de la Intervención municipal."],
            ["Notas: el porcentaje de ejecución lo informa cada servicio."],
        ], ["A5:A7", "B5:B7", "C5:C7"]),
    ],
    [
        {
            "code": "1", "title": ES1, "institution": ES_PART,
            "results": [("activity", a, None) for a in ES1_A],
            "milestones": {ES1_A[0]: ("2021-03-31", "2021-03-31", 100.0),
                           ES1_A[1]: ("2021-06-30", "2021-09-30", 60.0),
                           ES1_A[2]: ("2021-12-31", "2022-03-31", 0.0)},
            "indicators": [],
        },
        {
            "code": "2", "title": ES2, "institution": ES_MOD,
            "results": [("activity", ES2_A[0], None)],
            "milestones": {ES2_A[0]: ("2021-01-31", "2021-06-30", 45.0)},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 13. Norad results framework: "Agreement:", "Project:" and "Partner:" label | value lines; "Level | Result statement |
# Indicator | Baseline value | Baseline year | Target value | Target year | Achieved 2020 |
# Achieved 2021 | Source of verification | Risks and assumptions"; two outcomes, outputs
# numbered "Output 1.1", "Output 2.1", "Output 1.2" in that row order (the number says the
# outcome); "Achieved" values are measurements at their year's end.

N_IMP = "Public resources in Malawi are used for the benefit of citizens"
N_OC1 = "District councils are accountable to citizens for budget use"
N_OC2 = "Parliament acts on budget issues raised by civil society"
N_OP11 = "CSO members are trained in budget analysis"
N_OP12 = "Communities score local service delivery"
N_OP21 = "Budget briefs are published for parliamentary committees"
N_H = ["Level", "Result statement", "Indicator", "Baseline value", "Baseline year",
       "Target value", "Target year", "Achieved 2020", "Achieved 2021",
       "Source of verification", "Risks and assumptions"]  # fmt: skip
norad = Case(
    "b5_norad_two_outcomes.xlsx",
    "norad",
    [
        Sheet("Results framework", [
            ["Results framework"],
            ["Agreement:", "MWI-19/0012"],
            ["Project:", "Civil society for budget accountability"],
            ["Partner:", "Malawi Economic Justice Network"],
            [],
            N_H,
            ["Impact", N_IMP, "Open Budget Survey transparency score", 26, 2019, 40, 2023,
             None, 31, "Open Budget Survey", None],
            ["Outcome 1", N_OC1, "District councils holding public budget hearings", 4, 2019,
             20, 2023, 7, 11, "Council minutes", "Councils remain open to CSOs"],
            ["Outcome 2", N_OC2, "CSO budget issues taken up by Parliament", 2, 2019, 10, 2023,
             3, 5, "Hansard", None],
            ["Output 1.1", N_OP11, "CSO members trained", 0, 2019, 300, 2023, 120, 210,
             "Training records", None],
            ["Output 2.1", N_OP21, "Budget briefs published", 0, 2019, 24, 2023, 6, 11,
             "Partner website", "Committees keep their hearing schedule"],
            ["Output 1.2", N_OP12, "Community scorecards completed", 0, 2019, 40, 2023, 12,
             25, "Scorecard reports", None],
        ]),
    ],
    [
        {
            "code": "",
            "title": "Civil society for budget accountability",
            "results": [("goal", N_IMP, None), ("purpose", N_OC1, None),
                        ("purpose", N_OC2, None), ("output", N_OP11, N_OC1),
                        ("output", N_OP12, N_OC1), ("output", N_OP21, N_OC2)],
            "assumptions": {N_OC1: "Councils remain open to CSOs",
                            N_OP21: "Committees keep their hearing schedule"},
            "indicators": [
                ind(N_IMP, "Open Budget Survey transparency score", baseline=26.0,
                    baseline_date="2019-12-31", means_of_verification="Open Budget Survey",
                    targets=[("2023-12-31", 40.0)], measurements=[("2021-12-31", 31.0)]),
                ind(N_OC1, "District councils holding public budget hearings", baseline=4.0,
                    baseline_date="2019-12-31", means_of_verification="Council minutes",
                    targets=[("2023-12-31", 20.0)],
                    measurements=[("2020-12-31", 7.0), ("2021-12-31", 11.0)]),
                ind(N_OC2, "CSO budget issues taken up by Parliament", baseline=2.0,
                    baseline_date="2019-12-31", means_of_verification="Hansard",
                    targets=[("2023-12-31", 10.0)],
                    measurements=[("2020-12-31", 3.0), ("2021-12-31", 5.0)]),
                ind(N_OP11, "CSO members trained", baseline=0.0, baseline_date="2019-12-31",
                    means_of_verification="Training records", targets=[("2023-12-31", 300.0)],
                    measurements=[("2020-12-31", 120.0), ("2021-12-31", 210.0)]),
                ind(N_OP21, "Budget briefs published", baseline=0.0, baseline_date="2019-12-31",
                    means_of_verification="Partner website", targets=[("2023-12-31", 24.0)],
                    measurements=[("2020-12-31", 6.0), ("2021-12-31", 11.0)]),
                ind(N_OP12, "Community scorecards completed", baseline=0.0,
                    baseline_date="2019-12-31", means_of_verification="Scorecard reports",
                    targets=[("2023-12-31", 40.0)],
                    measurements=[("2020-12-31", 12.0), ("2021-12-31", 25.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 14. Danida results framework as the guidelines' vertical form (label | value rows, no
# column header): "Project title", "Project objective", "Impact indicator", "Baseline |
# Year | 2017 | 55", "Target | Year | 2022 | 65"; "Outcome", "Outcome indicator", ...;
# "Output 1", "Output indicator", "Baseline", "Annual target Year 1 | Year | 2019 | 50", ...
# The objective is the goal, the outcome the purpose, each output under it.

DK_OBJ = "Public funds in Uganda are managed with greater accountability"
DK_OUT = "Government acts on audit findings"
DK_O1 = "Audit reports reach Parliament on time"
DK_O2 = "Parliamentary oversight of public accounts is strengthened"
danida = Case(
    "b5_danida_vertical_form.xlsx",
    "danida",
    [
        Sheet("Results framework", [
            ["Results Framework"],
            ["Project title", "Strengthening Public Financial Accountability in Uganda"],
            ["Project objective", DK_OBJ],
            ["Impact indicator", "Open Budget Index score"],
            ["Baseline", "Year", 2017, 55],
            ["Target", "Year", 2022, 65],
            [],
            ["Outcome", DK_OUT],
            ["Outcome indicator", "Audit recommendations implemented by ministries (%)"],
            ["Baseline", "Year", 2017, "32%"],
            ["Target", "Year", 2022, "60%"],
            [],
            ["Output 1", DK_O1],
            ["Output indicator", "Audit reports tabled within the statutory deadline"],
            ["Baseline", "Year", 2017, 40],
            ["Annual target Year 1", "Year", 2019, 50],
            ["Annual target Year 2", "Year", 2020, 60],
            ["Annual target Year 3", "Year", 2021, 75],
            [],
            ["Output 2", DK_O2],
            ["Output indicator", "Public Accounts Committee hearings held per year"],
            ["Baseline", "Year", 2017, 6],
            ["Annual target Year 1", "Year", 2019, 8],
            ["Annual target Year 2", "Year", 2020, 10],
        ]),
    ],
    [
        {
            "code": "",
            "title": "Strengthening Public Financial Accountability in Uganda",
            "results": [("goal", DK_OBJ, None), ("purpose", DK_OUT, None),
                        ("output", DK_O1, DK_OUT), ("output", DK_O2, DK_OUT)],
            "indicators": [
                ind(DK_OBJ, "Open Budget Index score", baseline=55.0,
                    baseline_date="2017-12-31", targets=[("2022-12-31", 65.0)]),
                ind(DK_OUT, "Audit recommendations implemented by ministries (%)",
                    baseline=32.0, baseline_date="2017-12-31",
                    targets=[("2022-12-31", 60.0)]),
                ind(DK_O1, "Audit reports tabled within the statutory deadline",
                    baseline=40.0, baseline_date="2017-12-31",
                    targets=[("2019-12-31", 50.0), ("2020-12-31", 60.0),
                             ("2021-12-31", 75.0)]),
                ind(DK_O2, "Public Accounts Committee hearings held per year", baseline=6.0,
                    baseline_date="2017-12-31",
                    targets=[("2019-12-31", 8.0), ("2020-12-31", 10.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 15. Kyrgyzstan action-plan tracker in Russian: title and "по состоянию на 31.12.2020"
# lines; "№ | Обязательство | Ответственный орган | Мероприятие | Срок начала | Срок
# завершения | Выполнение, % | Статус | Примечание", number, commitment and body merged
# over their measures; dates "15.03.2019", "01.06.2020", "IV квартал 2019", "I квартал
# 2020", "2 полугодие 2020", "январь 2019", "декабрь 2020"; "45,5", "100%", 0.4 in a % cell.

KG1 = "Открытый бюджет"
KG2 = "Открытые данные"
KG_MF = "Министерство финансов Кыргызской Республики"
KG_GKITS = "Государственный комитет информационных технологий и связи"
KG1_M = ["Опубликовать гражданский бюджет", "Внедрить портал открытого бюджета"]
KG2_M = ["Утвердить перечень открытых данных", "Опубликовать 100 наборов данных"]
kg = Case(
    "b5_kg_russian_kvartal.xlsx",
    "ogp_followup",
    [
        Sheet("Мониторинг", [
            ["Национальный план действий Кыргызской Республики по вступлению в Партнерство "
             "«Открытое Правительство» на 2018-2020 годы"],
            ["Мониторинг исполнения по состоянию на 31.12.2020"],
            [],
            ["№", "Обязательство", "Ответственный орган", "Мероприятие", "Срок начала",
             "Срок завершения", "Выполнение, %", "Статус", "Примечание"],
            ["1", KG1, KG_MF, KG1_M[0], "15.03.2019", "IV квартал 2019", "100", "Выполнено",
             None],
            [None, None, None, KG1_M[1], "I квартал 2020", "2 полугодие 2020", "45,5",
             "В процессе", "Портал в тестовом режиме"],
            ["2", KG2, KG_GKITS, KG2_M[0], "январь 2019", "декабрь 2020", "100%",
             "Выполнено", None],
            [None, None, None, KG2_M[1], "01.06.2020", "декабрь 2020", P(0.4), "В процессе",
             None],
            [],
            ["Примечание: данные представлены ответственными органами."],
        ], ["A5:A6", "B5:B6", "C5:C6", "A7:A8", "B7:B8", "C7:C8"]),
    ],
    [
        {
            "code": "1", "title": KG1, "institution": KG_MF,
            "results": [("activity", m, None) for m in KG1_M],
            "milestones": {KG1_M[0]: ("2019-03-15", "2019-12-31", 100.0),
                           KG1_M[1]: ("2020-03-31", "2020-12-31", 45.5)},
            "indicators": [],
        },
        {
            "code": "2", "title": KG2, "institution": KG_GKITS,
            "results": [("activity", m, None) for m in KG2_M],
            "milestones": {KG2_M[0]: ("2019-01-31", "2020-12-31", 100.0),
                           KG2_M[1]: ("2020-06-01", "2020-12-31", 40.0)},
            "indicators": [],
        },
    ],
)  # fmt: skip

CASES = [adb, ifad, gf, mx, ar, ph, ng, idn, undp, brp, afd, es, norad, danida, kg]


def main(folder: Path = HERE) -> None:
    for case in CASES:
        if case.file.endswith(".ods"):
            write_ods(folder / case.file, case.sheets)
        else:
            write(folder / case.file, case.sheets)
        print("wrote", case.file)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
