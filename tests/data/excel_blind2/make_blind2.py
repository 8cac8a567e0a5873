"""Second blind check set (issue 13): workbooks built from the public templates agencies and
donors use, varying what the corpus, the variants, the held-out sets and the first blind set
did not, written without reading the importer, to score what lands as an outside reviewer.

``python tests/data/excel_blind2/make_blind2.py`` rewrites the workbooks beside this script;
``PYTHONPATH=src python tests/data/excel_formats/score.py --folder tests/data/excel_blind2``
scores them (kept out of pytest so it stays a measure).

What is new here: the World Bank ISR's Value / Date / Comment rows under Baseline | Actual
(Previous) | Actual (Current) | End Target; an IPTT with disaggregation sub-rows and a
computed "% of target achieved" column; USAID PIRS sheets (one indicator per sheet, label |
value lines and a Baseline/Targets table); a DFID logframe whose activities live on a second
sheet; EU NDICI cells listing two indicators as bullets ("•"), "Not applicable" assumptions,
"(06/2022)" reference dates and an extra "Comments" column; the EU 2016 template in French
with non-breaking spaces inside numbers ("1 233 000", "12,5 %"); a DIPRES "Formulario H"
whose values carry their computation on a second line ("92,1 %\n(1.842/2.000)*100");
ILPES level names as section rows spanning the table and activities whose indicator cell is
a budget ("Presupuesto: $ 45.000.000"); two logframes in one "Hoja1", each under its own title
line and header, columns in an unusual order (target before baseline, indicator last) and an
"Observaciones" column; a LibreOffice .ods; an Excel Table on a third sheet after "Cover" and
"Instructions"; an OGP summary sheet followed by one sheet per commitment with
"Institución responsable: ..." in one cell; Portuguese (Portugal) follow-up with commitments
as section rows and "janeiro de 2019", "1.º semestre de 2019"; an English tracker with one
block per commitment (title, "Lead department: ..." and a repeated header), "Jan-17",
ISO text dates; a French follow-up with "janv. 2018", "déc. 2018" and "100 %" with a
non-breaking space.

Sources of the templates (found with the search tool):
- EU action document, "3.6 Logical Framework Matrix" (INTPA/NDICI, results chain,
  indicators, baselines, targets, sources of data, assumptions; current values in progress
  reports): https://huggingface.co/datasets/LLMDH/other2 (C_2022_9745_F1_ANNEX_EN_V6_P1_2366730,
  C_2023_8515_F1_ANNEX_EN_V3_P1_3120370: Commission implementing decisions' annexes).
- DFID "How to note: Guidance on using the revised Logical Framework" (2011; Planned /
  Achieved rows, Impact Weighting, Risk Rating, activities shown separately):
  https://fdocuments.in/document/how-to-note-guidance-on-using-the-revised-logical-framework-the-logframe-and.html,
  http://mande.co.uk/2009/uncategorized/dfid-guidance-on-using-the-revised-logical-framework-2009-revision/print/
- UK Aid Direct logframe elements: https://cdn.slideserve.com/aledesma/uk-aid-direct-introduction-to-logframes-only-required-at-proposal-stage-powerpoint-ppt-presentation
- World Bank fiscal year (1 July - 30 June) and results measurement:
  http://documents1.worldbank.org/curated/en/719071563779842522/text/IDA19-Second-Replenishment-Meeting-The-IDA19-Results-Measurement-System.txt
  (the ISR's Value / Date / Comment rows from memory of the Implementation Status & Results
  reports on documents.worldbank.org).
- USAID IPTT (FFP guidance; annual targets, actuals, % of target achieved, deviation
  narrative): http://businessdocbox.com/Human_Resources/89661732-Food-for-peace-indicator-performance-tracking-table-iptt-guidance.html,
  https://usaidlearninglab.org/library/performance-indicator-targets
- USAID PIRS, ADS 201maf (name, definition, unit of measure, data source, frequency,
  responsible, baseline and targets table): https://2017-2020.usaid.gov/ads/policy/200/201maf,
  https://www.scribd.com/document/560878174/01-PIRS-Guidance-Template
- DIPRES "Metodología para la elaboración de matriz de marco lógico" (FIN / PROPÓSITO /
  COMPONENTES / ACTIVIDADES, Enunciado (Dimensión/Ámbito de control), Fórmula de cálculo):
  https://es.scribd.com/document/419676487/METODOLOGIA-PARA-LA-ELABORACION-DE-MATRIZ-DE-MARCO-LOGICO,
  https://pdfcoke.com/documents/metodologia-mml-4vz058n1w38l (the Formulario H columns
  "Efectivo 20xx | Meta 20xx | Ponderación | Medios de verificación | Notas" from memory of
  the DIPRES performance indicator forms).
- ILPES/CEPAL Manual 42 (Ortegón, Pacheco & Prieto 2005; activities' budget in the
  indicator column): https://es.studenta.com/content/133704941/s-057518-es,
  https://fr.scribd.com/document/7286000/CEPAL-Metodologia-Del-Marco-logico-Para-La-n-El-Seguimiento-y-La-Evaluacion-de-Proyectos-y-Programas
- OGP national handbook, commitment template (milestones, start and end dates, lead
  institution): https://www.opengovpartnership.org/es/national-handbook/developing-action-plans/
- France's OGP self-assessment 2018-2020 (engagements, jalons, état d'avancement):
  https://fr.readkong.com/page/partenariat-pour-un-gouvernement-ouvert-pour-une-action-6476063
- Brazil's and Portugal's OGP plans and self-assessments (compromissos, marcos, status):
  https://pl.scribd.com/document/344171068/Relatorio-Autoavaliacao-Intermediario-2015,
  https://studylibpt.com/doc/916821/3%C2%BA-plano-de-a%C3%A7%C3%A3o-nacional---open-government-partnership
- EC cadre logique in French (Logique d'intervention / Chaîne des résultats, Valeurs de
  référence, Cibles, Hypothèses, Moyens, Coûts): the EU action document annexes above.

Dates follow the rule the corpus states: a month, semester, quarter or year given as text is
its last day ("janeiro de 2019" -> 2019-01-31, "1.º semestre de 2019" -> 2019-06-30,
"(06/2022)" -> 2022-06-30, "Jan-17" -> 2017-01-31), dd/mm/yyyy is day first, ISO text is
itself; USAID fiscal years end on 30 September (FY17 -> 2017-09-30); the World Bank's
ISR gives each value its own date. Numbers: "12,5 %" and "1.233" by the sheet's language,
"1 233 000" with (non-breaking) spaces between thousands; 0.41 in a % cell is 41;
"n.a.", "s/i", "s.o.", "TBD", "Not applicable" are no value. Columns and rows the model
cannot hold (comments, status, weighting, disaggregates, % of target) are not expected in
the project: they must be reported as unused, which ``score.py`` does not check.
"""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "excel_variants"))

from make_variants import Case, P, Sheet, ind, write  # noqa: E402

D = dt.datetime
NB = "\u00a0"  # the non-breaking space French and Portuguese spreadsheets put in numbers

# --------------------------------------------------------------------------------------------
# 1. World Bank Implementation Status & Results report: each indicator on three rows
# (Value / Date / Comment) under Baseline | Actual (Previous) | Actual (Current) | End
# Target; dates as date cells and as "30-Jun-2015" text; the unit in brackets.

W_PDO = "To improve the efficiency and transparency of selected public services"
W_C1 = "Component 1: Shared services platform"
ISR_HEAD = ["Indicator Name", None, "Baseline", "Actual (Previous)", "Actual (Current)",
            "End Target"]  # fmt: skip
isr = Case(
    "b2_wb_isr_actuals.xlsx",
    "worldbank",
    [
        Sheet(
            "ISR",
            [
                ["Implementation Status & Results Report"],
                ["Public Sector Modernization Project (P153437)"],
                ["Project Development Objective (PDO): " + W_PDO],
                [],
                ["Project Development Objective Indicators"],
                ISR_HEAD,
                ["Procedures that can be completed online (Percentage)", "Value", 20.0, 35.0,
                 48.0, 70.0],
                [None, "Date", D(2015, 6, 30), D(2016, 12, 31), D(2017, 6, 30), D(2020, 6, 30)],
                [None, "Comment", None, None, "Includes municipal procedures", None],
                ["Users satisfied with online procedures (Percentage)", "Value", 60.0, 64.0,
                 71.0, 80.0],
                [None, "Date", "30-Jun-2015", "31-Dec-2016", "30-Jun-2017", "30-Jun-2020"],
                [None, "Comment", None, None, None, None],
                [],
                ["Intermediate Results Indicators"],
                ISR_HEAD,
                [W_C1],
                ["Agencies using the shared services platform (Number)", "Value", 0, 12, 25,
                 60],
                [None, "Date", D(2015, 6, 30), D(2016, 12, 31), D(2017, 6, 30), D(2020, 6, 30)],
                [None, "Comment", None, "Pilot with twelve agencies", None, None],
            ],
            ["A7:A9", "A10:A12", "A16:F16", "A17:A19"],
        )
    ],
    [
        {
            "code": "",
            "title": "Public Sector Modernization Project (P153437)",
            "results": [("purpose", W_PDO, None), ("output", W_C1, W_PDO)],
            "indicators": [
                ind(W_PDO, "Procedures that can be completed online", unit="%", baseline=20.0,
                    baseline_date="2015-06-30", targets=[("2020-06-30", 70.0)],
                    measurements=[("2016-12-31", 35.0), ("2017-06-30", 48.0)]),
                ind(W_PDO, "Users satisfied with online procedures", unit="%", baseline=60.0,
                    baseline_date="2015-06-30", targets=[("2020-06-30", 80.0)],
                    measurements=[("2016-12-31", 64.0), ("2017-06-30", 71.0)]),
                ind(W_C1, "Agencies using the shared services platform", unit="number",
                    baseline=0.0, baseline_date="2015-06-30", targets=[("2020-06-30", 60.0)],
                    measurements=[("2016-12-31", 12.0), ("2017-06-30", 25.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 2. IPTT with disaggregation sub-rows (Urban / Rural, Male / Female) under each total, a
# "No." column, "FY17 Target | FY17 Actual | % of target achieved | FY18 Target", "LOP
# Target (FY2019)", a deviation narrative; DO / IR section rows spanning the table.

U_DO = "Accountable local governance strengthened"
U_IR1 = "Civil society oversight of municipal budgets increased"
U_IR2 = "Municipal officials respond to citizen requests"
U_HEAD = ["No.", "Indicator", "Disaggregation", "Unit", "Baseline FY", "Baseline value",
          "FY17 Target", "FY17 Actual", "% of target achieved", "FY18 Target",
          "LOP Target (FY2019)", "Deviation narrative"]  # fmt: skip
iptt = Case(
    "b2_usaid_iptt_disaggregated.xlsx",
    "usaid",
    [
        Sheet(
            "IPTT FY17",
            [
                ["Indicator Performance Tracking Table (IPTT)"],
                ["Activity Name: Citizen Oversight of Local Budgets"],
                ["Reporting period: FY2017 (October 2016 - September 2017)"],
                U_HEAD,
                ["DO 2: " + U_DO],
                ["IR 2.1: " + U_IR1],
                ["2.1.1", "Number of CSOs monitoring municipal budgets", "Total", "Number",
                 "FY16", 12, 30, 27, P(0.9), 45, 60, "Two CSOs closed during the year"],
                [None, None, "Urban", None, None, 8, 20, 19, P(0.95), 28, 38, None],
                [None, None, "Rural", None, None, 4, 10, 8, P(0.8), 17, 22, None],
                ["2.1.2", "Municipalities publishing budget execution reports", "Total",
                 "Percent", "FY16", P(0.25), P(0.4), P(0.46), P(1.15), P(0.55), P(0.6), None],
                ["IR 2.2: " + U_IR2],
                ["2.2.1", "Officials trained in access to information", "Total", "Number",
                 "FY16", 0, 200, 233, P(1.165), 200, 400, "Demand from two new regions"],
                [None, None, "Male", None, None, 0, 100, 101, P(1.01), 100, 200, None],
                [None, None, "Female", None, None, 0, 100, 132, P(1.32), 100, 200, None],
            ],
            ["A5:L5", "A6:L6", "A11:L11"],
        )
    ],
    [
        {
            "code": "",
            "title": "Citizen Oversight of Local Budgets",
            "results": [("purpose", U_DO, None), ("output", U_IR1, U_DO),
                        ("output", U_IR2, U_DO)],
            "indicators": [
                ind(U_IR1, "Number of CSOs monitoring municipal budgets", unit="number",
                    baseline=12.0, baseline_date="2016-09-30",
                    targets=[("2017-09-30", 30.0), ("2018-09-30", 45.0), ("2019-09-30", 60.0)],
                    measurements=[("2017-09-30", 27.0)]),
                ind(U_IR1, "Municipalities publishing budget execution reports", unit="%",
                    baseline=25.0, baseline_date="2016-09-30",
                    targets=[("2017-09-30", 40.0), ("2018-09-30", 55.0), ("2019-09-30", 60.0)],
                    measurements=[("2017-09-30", 46.0)]),
                ind(U_IR2, "Officials trained in access to information", unit="number",
                    baseline=0.0, baseline_date="2016-09-30",
                    targets=[("2017-09-30", 200.0), ("2018-09-30", 200.0),
                             ("2019-09-30", 400.0)],
                    measurements=[("2017-09-30", 233.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 3. USAID PIRS: one sheet per indicator, "Label:" | value lines, then a Baseline / Targets
# table ("Fiscal Year | Target | Actual | Notes") with the baseline's year in its cell.

S_IR1 = "Municipal procurement is more competitive"
S_IR2 = "Municipal buyers apply the procurement law"


def _pirs(result: str, name: str, unit: str, source: str, freq: str, who: str,
          rows: list[list[Any]]) -> list[list[Any]]:  # fmt: skip
    return [
        ["PERFORMANCE INDICATOR REFERENCE SHEET (PIRS)"],
        ["Activity:", "Transparent Municipal Procurement"],
        ["Result Measured:", result],
        ["Name of Indicator:", name],
        ["Definition:", "Counted from the municipal tenders closed in the fiscal year"],
        ["Unit of Measure:", unit],
        ["Data Source:", source],
        ["Method of Data Collection:", "Quarterly download from the public API"],
        ["Frequency and Timing of Data Acquisition:", freq],
        ["Responsible Individual(s):", who],
        [],
        ["BASELINE AND TARGETS"],
        ["Fiscal Year", "Target", "Actual", "Notes"],
        *rows,
    ]


pirs = Case(
    "b2_usaid_pirs.xlsx",
    "usaid",
    [
        Sheet("PIRS 1.1", _pirs("IR 1: " + S_IR1, "Average number of bids per municipal tender",
                                "Number", "ChileCompra open data", "Quarterly",
                                "M&E Specialist",
                                [["Baseline (FY2016)", None, 2.1, None],
                                 ["FY2017", 2.5, 2.7, None],
                                 ["FY2018", 3.0, None, "Target revised in the work plan"]])),
        Sheet("PIRS 2.1", _pirs("IR 2: " + S_IR2, "Municipal buyers certified",
                                "Number", "Certification registry", "Annual",
                                "Training Coordinator",
                                [["Baseline (FY2016)", None, 0, None],
                                 ["FY2017", 150, 162, None],
                                 ["FY2018", 300, None, None]])),
    ],
    [
        {
            "code": "",
            "title": "Transparent Municipal Procurement",
            "results": [("output", S_IR1, None), ("output", S_IR2, None)],
            "indicators": [
                ind(S_IR1, "Average number of bids per municipal tender", unit="number",
                    data_source="ChileCompra open data", frequency="Quarterly",
                    responsible="M&E Specialist", baseline=2.1, baseline_date="2016-09-30",
                    targets=[("2017-09-30", 2.5), ("2018-09-30", 3.0)],
                    measurements=[("2017-09-30", 2.7)]),
                ind(S_IR2, "Municipal buyers certified", unit="number",
                    data_source="Certification registry", frequency="Annual",
                    responsible="Training Coordinator", baseline=0.0,
                    baseline_date="2016-09-30",
                    targets=[("2017-09-30", 150.0), ("2018-09-30", 300.0)],
                    measurements=[("2017-09-30", 162.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 4. DFID logframe whose activities are on a second sheet ("Activities": output number,
# activity number, activity, responsible, start, end); two indicators under output 1.

F_IMP = "Public works are delivered on time and on budget"
F_OUT = "Citizens and auditors use open data on public works contracts"
F_O1 = "Public works contracts published in open format"
F_O2 = "Community monitors trained and active"


def _block(label, narrative, ind_label, name, planned, achieved, source, assumption=None):
    return [
        [label, ind_label, None, "Baseline (Mar 2019)", "Milestone 1 (Mar 2020)",
         "Milestone 2 (Mar 2021)", "Target (Mar 2022)", "Assumptions" if assumption else None],
        [narrative, name, "Planned", *planned, assumption],
        [None, None, "Achieved", *achieved, None],
        [None, "Source", None, None, None, None, None, None],
        [None, None, None, source, None, None, None, None],
    ]  # fmt: skip


dfid = Case(
    "b2_dfid_activities_sheet.xlsx",
    "dfid",
    [
        Sheet(
            "Logframe",
            [
                ["PROJECT NAME", "Open Contracting for Better Public Works"],
                [],
                *_block("IMPACT", F_IMP, "Impact Indicator 1",
                        "Works finished within 10% of the contracted cost (%)",
                        [35, 40, 45, 55], [None, 42, None, None], "Comptroller audit reports"),
                *_block("OUTCOME", F_OUT, "Outcome Indicator 1",
                        "Audit findings citing open contract data",
                        [0, 20, 50, 80], [None, 26, None, None], "Comptroller audit database",
                        "The Comptroller keeps its data unit"),
                *_block("OUTPUT 1", F_O1, "Output Indicator 1.1",
                        "Contracts published in OCDS format", [0, 2000, 5000, 8000],
                        [None, 2400, None, None], "OCDS registry"),
                [None, "Output Indicator 1.2", None, "Baseline (Mar 2019)",
                 "Milestone 1 (Mar 2020)", "Milestone 2 (Mar 2021)", "Target (Mar 2022)"],
                [None, "Contracts with amendments published", "Planned", 0, 300, 900, 1500],
                [None, None, "Achieved", None, 250, None, None],
                [None, "Source", None, None, None, None, None],
                [None, None, None, "OCDS registry", None, None, None],
                ["IMPACT WEIGHTING (%)", "60%", None, "RISK RATING", "Medium"],
                *_block("OUTPUT 2", F_O2, "Output Indicator 2.1",
                        "Community monitors reporting each quarter", [0, 80, 160, 240],
                        [None, 95, None, None], "Monitors' reporting platform"),
                ["IMPACT WEIGHTING (%)", "40%", None, "RISK RATING", "Low"],
            ],
            ["D7:G7", "D12:G12", "D17:G17", "D22:G22", "D28:G28", "A14:A22"],
        ),
        Sheet(
            "Activities",
            [
                ["Activities"],
                ["Output", "No.", "Activity", "Responsible", "Start", "End"],
                [1, "1.1", "Publish the works pipeline in OCDS format",
                 "Ministry of Public Works", "Apr 2019", "Sep 2019"],
                [2, "2.1", "Train community monitors in ten regions", "Civil society partner",
                 "Jun 2019", "Mar 2020"],
                [1, "1.2", "Link contract payments to the pipeline", "Treasury", "Oct 2019",
                 "Mar 2021"],
            ],
        ),
    ],
    [
        {
            "code": "",
            "title": "Open Contracting for Better Public Works",
            "results": [
                ("goal", F_IMP, None), ("purpose", F_OUT, None),
                ("output", F_O1, F_OUT), ("output", F_O2, F_OUT),
                ("activity", "Publish the works pipeline in OCDS format", F_O1),
                ("activity", "Link contract payments to the pipeline", F_O1),
                ("activity", "Train community monitors in ten regions", F_O2),
            ],
            "milestones": {
                "Publish the works pipeline in OCDS format": ("2019-04-30", "2019-09-30", None),
                "Link contract payments to the pipeline": ("2019-10-31", "2021-03-31", None),
                "Train community monitors in ten regions": ("2019-06-30", "2020-03-31", None),
            },
            "assumptions": {F_OUT: "The Comptroller keeps its data unit"},
            "indicators": [
                ind(F_IMP, "Works finished within 10% of the contracted cost (%)",
                    baseline=35.0, baseline_date="2019-03-31",
                    means_of_verification="Comptroller audit reports",
                    targets=[("2020-03-31", 40.0), ("2021-03-31", 45.0), ("2022-03-31", 55.0)],
                    measurements=[("2020-03-31", 42.0)]),
                ind(F_OUT, "Audit findings citing open contract data", baseline=0.0,
                    baseline_date="2019-03-31",
                    means_of_verification="Comptroller audit database",
                    targets=[("2020-03-31", 20.0), ("2021-03-31", 50.0), ("2022-03-31", 80.0)],
                    measurements=[("2020-03-31", 26.0)]),
                ind(F_O1, "Contracts published in OCDS format", baseline=0.0,
                    baseline_date="2019-03-31", means_of_verification="OCDS registry",
                    targets=[("2020-03-31", 2000.0), ("2021-03-31", 5000.0),
                             ("2022-03-31", 8000.0)],
                    measurements=[("2020-03-31", 2400.0)]),
                ind(F_O1, "Contracts with amendments published", baseline=0.0,
                    baseline_date="2019-03-31", means_of_verification="OCDS registry",
                    targets=[("2020-03-31", 300.0), ("2021-03-31", 900.0),
                             ("2022-03-31", 1500.0)],
                    measurements=[("2020-03-31", 250.0)]),
                ind(F_O2, "Community monitors reporting each quarter", baseline=0.0,
                    baseline_date="2019-03-31",
                    means_of_verification="Monitors' reporting platform",
                    targets=[("2020-03-31", 80.0), ("2021-03-31", 160.0),
                             ("2022-03-31", 240.0)],
                    measurements=[("2020-03-31", 95.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 5. EU NDICI logframe after a cover sheet: "Baseline (value & reference year)", "Current
# value (reference date)", "Targets (value & reference year)"; two indicators in one cell as
# bullets ("•"), their values likewise; "(06/2022)" dates; "Not applicable" at impact;
# "n.a."; an extra "Comments" column.

E_IMP = "Public institutions act with integrity and are held to account"
E_OC1 = "Public bodies prevent and sanction integrity breaches"
E_OP1 = "Integrity officers of public bodies trained"
E_OP2 = "Online integrity complaints platform in use"
ndici = Case(
    "b2_eu_ndici_bullets.xlsx",
    "eu",
    [
        Sheet("Cover", [["Annex 1 – Action Document"],
                        ["Support to public integrity in Chile (NDICI-GEO 2021)"]]),
        Sheet(
            "LFM",
            [
                ["Logical Framework Matrix – Commitment 6: Public integrity"],
                [],
                [],
                ["Results", "Results chain (@)", "Indicators (@)",
                 "Baseline\n(value & reference year)", "Current value\n(reference date)",
                 "Targets\n(value & reference year)", "Sources of data", "Assumptions",
                 "Comments"],
                ["Impact", E_IMP, "Corruption Perceptions Index score", "67 (2019)",
                 "65 (Dec 2021)", "72 (2025)", "Transparency International", "Not applicable",
                 "Score out of 100"],
                ["Outcome 1", E_OC1,
                 "• Share of public bodies with an active integrity plan\n"
                 "• Integrity complaints processed",
                 "• 20% (2020)\n• 150 (2020)", "• 35% (06/2022)\n• 210 (06/2022)",
                 "• 80% (2025)\n• 400 (2025)",
                 "• Integrity Commission reports\n• Complaints registry",
                 "Political support is sustained", None],
                ["Output 1 relating to Outcome 1", E_OP1, "Integrity officers trained",
                 "0 (2020)", "120 (06/2022)", "300 (2024)", "Training records", None,
                 "Includes regional offices"],
                ["Output 2 relating to Outcome 1", E_OP2,
                 "Public bodies using the complaints platform", "n.a.", "14 (06/2022)",
                 "60 (2024)", "Platform logs", "Hosting of the platform is funded", None],
            ],
        ),
    ],
    [
        {
            "code": "6",
            "title": "Public integrity",
            "results": [("goal", E_IMP, None), ("purpose", E_OC1, None),
                        ("output", E_OP1, E_OC1), ("output", E_OP2, E_OC1)],
            "assumptions": {E_OC1: "Political support is sustained",
                            E_OP2: "Hosting of the platform is funded"},
            "indicators": [
                ind(E_IMP, "Corruption Perceptions Index score", baseline=67.0,
                    baseline_date="2019-12-31", means_of_verification="Transparency International",
                    targets=[("2025-12-31", 72.0)], measurements=[("2021-12-31", 65.0)]),
                ind(E_OC1, "Share of public bodies with an active integrity plan", unit="%",
                    baseline=20.0, baseline_date="2020-12-31",
                    means_of_verification="Integrity Commission reports",
                    targets=[("2025-12-31", 80.0)], measurements=[("2022-06-30", 35.0)]),
                ind(E_OC1, "Integrity complaints processed", baseline=150.0,
                    baseline_date="2020-12-31", means_of_verification="Complaints registry",
                    targets=[("2025-12-31", 400.0)], measurements=[("2022-06-30", 210.0)]),
                ind(E_OP1, "Integrity officers trained", baseline=0.0,
                    baseline_date="2020-12-31", means_of_verification="Training records",
                    targets=[("2024-12-31", 300.0)], measurements=[("2022-06-30", 120.0)]),
                ind(E_OP2, "Public bodies using the complaints platform", baseline=None,
                    means_of_verification="Platform logs",
                    targets=[("2024-12-31", 60.0)], measurements=[("2022-06-30", 14.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 6. EU 2016 template in French with non-breaking spaces in the numbers ("1 233 000",
# "12,5 %"), "Valeur actuelle / Date de référence", "déc. 2016", "juin 2017", "s.o.";
# "Effet(s) direct(s) (Objectif(s) spécifique(s))"; the activities block with Moyens / Coûts.

C_OG = "Renforcer la participation des habitants aux décisions budgétaires"
C_OS = "Les communes allouent une part de leur budget par vote citoyen"
C_R1 = "1. Les communes disposent d'une plateforme de vote"
C_R2 = "2. Les agents communaux animent les budgets participatifs"
fr2016 = Case(
    "b2_eu2016_fr_espaces.xlsx",
    "eu_fr",
    [
        Sheet(
            "Cadre logique",
            [
                ["Matrice du cadre logique – Engagement 8 : Budget participatif communal"],
                [],
                [None, "Chaîne des résultats", "Indicateurs",
                 "Valeurs de référence\n(y compris année de référence)",
                 "Valeur actuelle\nDate de référence",
                 "Cibles\n(y compris année de référence)",
                 "Sources et moyens de vérification", "Hypothèses"],
                ["Impact (Objectif général)", C_OG,
                 "Taux de participation aux budgets participatifs", f"12,5{NB}% (2015)",
                 f"18{NB}% (déc. 2016)", f"30{NB}% (2019)", "Rapports communaux", None],
                ["Effet(s) direct(s)\n(Objectif(s) spécifique(s))", C_OS,
                 "Montant alloué par vote citoyen (EUR)", f"1{NB}233{NB}000 (2015)",
                 f"2{NB}100{NB}000 (juin 2017)", f"5{NB}000{NB}000 (2019)",
                 "Comptes administratifs", "Stabilité du cadre budgétaire"],
                ["Produits", C_R1, "Communes dotées d'une plateforme de vote", "0 (2015)",
                 "14 (juin 2017)", "40 (2019)", "Registre de la plateforme", None],
                [None, C_R2, "Agents formés à l'animation", "s.o.", "85 (juin 2017)",
                 "200 (2018)", "Feuilles de présence", "Disponibilité des agents"],
                [],
                [None, "Activités", "Moyens", "Coûts"],
                [None, "1.1 Déployer la plateforme de vote", "Prestataire informatique",
                 f"60{NB}000 EUR"],
                [None, "2.1 Former les animateurs communaux", "Formateurs",
                 f"25{NB}000 EUR"],
            ],
            ["A6:A7"],
        )
    ],
    [
        {
            "code": "8",
            "title": "Budget participatif communal",
            "results": [
                ("goal", C_OG, None), ("purpose", C_OS, None),
                ("output", C_R1, C_OS), ("output", C_R2, C_OS),
                ("activity", "1.1 Déployer la plateforme de vote", C_R1),
                ("activity", "2.1 Former les animateurs communaux", C_R2),
            ],
            "assumptions": {C_OS: "Stabilité du cadre budgétaire",
                            C_R2: "Disponibilité des agents"},
            "indicators": [
                ind(C_OG, "Taux de participation aux budgets participatifs", unit="%",
                    baseline=12.5, baseline_date="2015-12-31",
                    means_of_verification="Rapports communaux",
                    targets=[("2019-12-31", 30.0)], measurements=[("2016-12-31", 18.0)]),
                ind(C_OS, "Montant alloué par vote citoyen (EUR)", baseline=1233000.0,
                    baseline_date="2015-12-31", means_of_verification="Comptes administratifs",
                    targets=[("2019-12-31", 5000000.0)],
                    measurements=[("2017-06-30", 2100000.0)]),
                ind(C_R1, "Communes dotées d'une plateforme de vote", baseline=0.0,
                    baseline_date="2015-12-31",
                    means_of_verification="Registre de la plateforme",
                    targets=[("2019-12-31", 40.0)], measurements=[("2017-06-30", 14.0)]),
                ind(C_R2, "Agents formés à l'animation", baseline=None,
                    means_of_verification="Feuilles de présence",
                    targets=[("2018-12-31", 200.0)], measurements=[("2017-06-30", 85.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 7. DIPRES "Formulario H" (performance indicators): products as the only level, the
# indicator's dimension on its first line, "Efectivo 2013 | Efectivo 2014 | Meta 2016" whose
# cells hold the value and, on a second line, its computation; "Ponderación" and "Notas".

H_P1 = "Respuesta a solicitudes de acceso a la información"
H_P2 = "Gestión de reclamos por denegación de información"
formh = Case(
    "b2_dipres_formulario_h.xlsx",
    "ilpes",
    [
        Sheet(
            "Formulario H",
            [
                ["FORMULARIO INDICADORES DE DESEMPEÑO AÑO 2016"],
                ["MINISTERIO", "MINISTERIO SECRETARÍA GENERAL DE LA PRESIDENCIA"],
                ["Compromiso N° 14: Indicadores de desempeño en acceso a la información"],
                [],
                ["Producto estratégico", "Indicador", "Fórmula de cálculo", "Unidad de medida",
                 "Efectivo 2013", "Efectivo 2014", "Meta 2016", "Ponderación",
                 "Medios de verificación", "Notas"],
                [H_P1, "Eficacia/Producto\nPorcentaje de solicitudes respondidas en plazo",
                 "(N° de solicitudes respondidas en plazo año t/N° total de solicitudes año "
                 "t)*100", "%", "92,1 %\n(1.842/2.000)*100", "94,0 %\n(1.974/2.100)*100",
                 "96,0 %\n(2.208/2.300)*100", "30%", "Reporte del Portal de Transparencia",
                 "1"],
                [H_P2, "Calidad/Producto\nTiempo promedio de resolución de reclamos",
                 "Σ días de resolución año t/N° de reclamos resueltos año t", "días", "12,4",
                 "11,0", "10,0", "20%", "Registro del sistema de gestión", None],
                [],
                ["Notas:"],
                ["1. El indicador considera solo las solicitudes ingresadas por el Portal."],
            ],
        )
    ],
    [
        {
            "code": "14",
            "title": "Indicadores de desempeño en acceso a la información",
            "results": [("output", H_P1, None), ("output", H_P2, None)],
            "indicators": [
                ind(H_P1, "Porcentaje de solicitudes respondidas en plazo",
                    dimension="efficacy", unit="%",
                    formula="(N° de solicitudes respondidas en plazo año t/N° total de "
                            "solicitudes año t)*100",
                    means_of_verification="Reporte del Portal de Transparencia",
                    targets=[("2016-12-31", 96.0)],
                    measurements=[("2013-12-31", 92.1), ("2014-12-31", 94.0)]),
                ind(H_P2, "Tiempo promedio de resolución de reclamos", dimension="quality",
                    unit="días",
                    formula="Σ días de resolución año t/N° de reclamos resueltos año t",
                    means_of_verification="Registro del sistema de gestión",
                    targets=[("2016-12-31", 10.0)],
                    measurements=[("2013-12-31", 12.4), ("2014-12-31", 11.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 8. ILPES Manual 42: level names as section rows merged across the table ("FIN",
# "PROPÓSITO", "COMPONENTES", "ACTIVIDADES"), activities whose indicator cell is their budget.

L_FIN = "Contribuir a una atención ciudadana oportuna en los servicios públicos"
L_PROP = "Los servicios resuelven los reclamos ciudadanos en menos tiempo"
L_C1 = "1. Sistema integrado de reclamos operando en los servicios"
L_C2 = "2. Funcionarios de atención certificados"
ilpes = Case(
    "b2_ilpes_secciones_presupuesto.xlsx",
    "ilpes",
    [
        Sheet(
            "MML",
            [
                ["Matriz de Marco Lógico"],
                ["Compromiso 11: Sistema integrado de atención ciudadana"],
                [],
                ["Resumen narrativo", "Indicadores", "Medios de verificación", "Supuestos"],
                ["FIN"],
                [L_FIN, "Porcentaje de usuarios satisfechos con la atención",
                 "Encuesta de satisfacción de usuarios", None],
                ["PROPÓSITO"],
                [L_PROP, "Tiempo promedio de resolución de reclamos", "Reportes del sistema",
                 "Los servicios adoptan el sistema"],
                ["COMPONENTES"],
                [L_C1, "Número de servicios conectados al sistema", "Actas de conexión", None],
                [L_C2, "Funcionarios certificados", "Registro de certificaciones",
                 "Baja rotación del personal"],
                ["ACTIVIDADES"],
                ["1.1 Diseñar la plataforma de reclamos", "Presupuesto: $ 45.000.000",
                 "Contrato de desarrollo", None],
                ["2.1 Dictar el curso de certificación", "Presupuesto: $ 8.500.000",
                 "Listas de asistencia", None],
                ["1.2 Conectar los servicios piloto", "Presupuesto: $ 12.000.000",
                 "Actas de conexión", None],
            ],
            ["A5:D5", "A7:D7", "A9:D9", "A12:D12"],
        )
    ],
    [
        {
            "code": "11",
            "title": "Sistema integrado de atención ciudadana",
            "results": [
                ("goal", L_FIN, None), ("purpose", L_PROP, None),
                ("output", L_C1, L_PROP), ("output", L_C2, L_PROP),
                ("activity", "1.1 Diseñar la plataforma de reclamos", L_C1),
                ("activity", "1.2 Conectar los servicios piloto", L_C1),
                ("activity", "2.1 Dictar el curso de certificación", L_C2),
            ],
            "assumptions": {L_PROP: "Los servicios adoptan el sistema",
                            L_C2: "Baja rotación del personal"},
            "indicators": [
                ind(L_FIN, "Porcentaje de usuarios satisfechos con la atención",
                    means_of_verification="Encuesta de satisfacción de usuarios"),
                ind(L_PROP, "Tiempo promedio de resolución de reclamos",
                    means_of_verification="Reportes del sistema"),
                ind(L_C1, "Número de servicios conectados al sistema",
                    means_of_verification="Actas de conexión"),
                ind(L_C2, "Funcionarios certificados",
                    means_of_verification="Registro de certificaciones"),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 9. Two logframes in one "Hoja1", each under its title line and its own header; columns in
# an unusual order (target before baseline, the indicator last but one); "Observaciones".

M_HEAD = ["Nivel", "Objetivo", "Meta 2017", "Línea base", "Año línea base", "Indicador",
          "Responsable", "Observaciones"]  # fmt: skip
M3_F = "Vecinos deciden sobre la inversión comunal"
M3_P = "La comuna decide una parte de su inversión por voto en línea"
M3_C = "Plataforma de votación en línea habilitada"
M4_F = "Vecinos fiscalizan las decisiones del concejo"
M4_P = "El concejo municipal sesiona en forma abierta"
M4_C = "Actas del concejo publicadas a tiempo"
dos = Case(
    "b2_mml_dos_compromisos_hoja1.xlsx",
    "handmade",
    [
        Sheet(
            "Hoja1",
            [
                ["Seguimiento de compromisos de gobierno abierto – Municipalidad"],
                [],
                ["Compromiso 3: Presupuesto participativo digital"],
                M_HEAD,
                ["Fin", M3_F, None, None, None, None, None, None],
                ["Propósito", M3_P, "25%", "8%", 2015,
                 "Vecinos que votan en el presupuesto participativo", "DIDECO",
                 "Meta ajustada en 2016"],
                ["Componente", M3_C, "1.233", "0", 2015, "Votos emitidos en línea",
                 "Informática", None],
                [],
                ["Compromiso 4: Concejo municipal abierto"],
                M_HEAD,
                ["Fin", M4_F, None, None, None, None, None, None],
                ["Propósito", M4_P, "12", "4", 2016, "Sesiones transmitidas en vivo por mes",
                 "Secretaría Municipal", None],
                ["Componente", M4_C, "100%", "s/i", None,
                 "Actas publicadas dentro de 48 horas", "Secretaría Municipal",
                 "Falta definir la línea base"],
            ],
        )
    ],
    [
        {
            "code": "3",
            "title": "Presupuesto participativo digital",
            "results": [("goal", M3_F, None), ("purpose", M3_P, None),
                        ("output", M3_C, M3_P)],
            "indicators": [
                ind(M3_P, "Vecinos que votan en el presupuesto participativo", unit="%",
                    baseline=8.0, baseline_date="2015-12-31", responsible="DIDECO",
                    targets=[("2017-12-31", 25.0)]),
                ind(M3_C, "Votos emitidos en línea", baseline=0.0, baseline_date="2015-12-31",
                    responsible="Informática", targets=[("2017-12-31", 1233.0)]),
            ],
        },
        {
            "code": "4",
            "title": "Concejo municipal abierto",
            "results": [("goal", M4_F, None), ("purpose", M4_P, None),
                        ("output", M4_C, M4_P)],
            "indicators": [
                ind(M4_P, "Sesiones transmitidas en vivo por mes", baseline=4.0,
                    baseline_date="2016-12-31", responsible="Secretaría Municipal",
                    targets=[("2017-12-31", 12.0)]),
                ind(M4_C, "Actas publicadas dentro de 48 horas", unit="%", baseline=None,
                    responsible="Secretaría Municipal", targets=[("2017-12-31", 100.0)]),
            ],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 10. A matrix kept in LibreOffice (.ods): "Hoja1", a title naming the commitment and a date
# line, header on row 4, "Componentes" merged over two rows, a date cell and "dic-2018".

O_FIN = "Acercar la justicia a las personas"
O_PROP = "Las causas judiciales se tramitan con expediente digital"
O_C1 = "Tribunales operando con expediente digital"
O_C2 = "Funcionarios judiciales capacitados"
ODS_ROWS = [
    ["Matriz de seguimiento – Compromiso N° 7: Archivo judicial abierto"],
    ["Actualizado al 30/06/2017"],
    [],
    ["Nivel", "Objetivo", "Indicador", "Línea base", "Año base", "Meta", "Fecha meta",
     "Medio de verificación"],
    ["Fin", O_FIN],
    ["Propósito", O_PROP, "Causas con expediente digital", "35 %", 2016, "90 %",
     dt.date(2018, 12, 31), "Estadísticas del Poder Judicial"],
    ["Componentes", O_C1, "Tribunales con expediente digital", 40, 2016, 120, "dic-2018",
     "Informe de implementación"],
    [None, O_C2, "Funcionarios capacitados", "0", 2016, "1.500", "jun-2018",
     "Listas de asistencia"],
]  # fmt: skip
ods = Case(
    "b2_libreoffice_hoja1.ods",
    "handmade",
    [Sheet("Hoja1", ODS_ROWS, ["A7:A8"])],
    [
        {
            "code": "7",
            "title": "Archivo judicial abierto",
            "results": [("goal", O_FIN, None), ("purpose", O_PROP, None),
                        ("output", O_C1, O_PROP), ("output", O_C2, O_PROP)],
            "indicators": [
                ind(O_PROP, "Causas con expediente digital", unit="%", baseline=35.0,
                    baseline_date="2016-12-31",
                    means_of_verification="Estadísticas del Poder Judicial",
                    targets=[("2018-12-31", 90.0)]),
                ind(O_C1, "Tribunales con expediente digital", baseline=40.0,
                    baseline_date="2016-12-31",
                    means_of_verification="Informe de implementación",
                    targets=[("2018-12-31", 120.0)]),
                ind(O_C2, "Funcionarios capacitados", baseline=0.0, baseline_date="2016-12-31",
                    means_of_verification="Listas de asistencia",
                    targets=[("2018-06-30", 1500.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 11. English hand-kept matrix: an Excel Table on the third sheet after "Cover" and
# "Instructions", a code column (1.2 listed after 2.1), a Unit column, "Target 2017 | Target
# 2018 | Actual 2017", 0.18 in % cells, "1,233" text, "n.a.", "TBD", "Remarks"; hidden lists.

T_G = "Citizens can follow how their municipality spends"
T_P = "Municipalities publish their spending as open data"
T_O1 = "Municipal spending portals launched"
T_O2 = "Municipal officers trained in open data"
table = Case(
    "b2_en_table_third_sheet.xlsx",
    "handmade",
    [
        Sheet("Cover", [["Municipal Open Spending Programme"], ["Monitoring workbook, v3"]]),
        Sheet("Instructions", [["Fill in one row per result."],
                               ["Use the Lists sheet for the level names."]]),
        Sheet(
            "Matrix",
            [
                ["Monitoring matrix – Commitment 12: Municipal spending transparency"],
                [],
                ["Code", "Level", "Description", "Indicator", "Unit", "Baseline",
                 "Baseline year", "Target 2017", "Target 2018", "Actual 2017", "Data source",
                 "Frequency", "Responsible", "Remarks"],
                ["G", "Goal", T_G, None, None, None, None, None, None, None, None, None, None,
                 None],
                ["P", "Purpose", T_P, "Municipalities publishing spending data", "%", P(0.18),
                 2016, P(0.3), P(0.5), P(0.27), "Municipal transparency census", "Annual",
                 "SUBDERE", None],
                ["1", "Output", T_O1, "Spending portals online", "number", "12", 2016, "60",
                 "150", "71", "Portal registry", "Quarterly", "SUBDERE", "Includes 3 pilots"],
                ["1.1", "Activity", "Procure the portal software", None, None, None, None, None,
                 None, None, None, None, None, None],
                ["2", "Output", T_O2, "Officers trained", "number", "n.a.", None, "1,233",
                 "2,000", "TBD", "Training records", "Semi-annual", "Municipal Academy", None],
                ["2.1", "Activity", "Design the training curriculum", None, None, None, None,
                 None, None, None, None, None, None, None],
                ["1.2", "Activity", "Migrate legacy spending data", None, None, None, None,
                 None, None, None, None, None, None, None],
            ],
            table="A3:N10",
        ),
        Sheet("Lists", [["Goal"], ["Purpose"], ["Output"], ["Activity"]], hidden=True),
    ],
    [
        {
            "code": "12",
            "title": "Municipal spending transparency",
            "results": [
                ("goal", T_G, None), ("purpose", T_P, None),
                ("output", T_O1, T_P), ("output", T_O2, T_P),
                ("activity", "Procure the portal software", T_O1),
                ("activity", "Migrate legacy spending data", T_O1),
                ("activity", "Design the training curriculum", T_O2),
            ],
            "indicators": [
                ind(T_P, "Municipalities publishing spending data", unit="%", baseline=18.0,
                    baseline_date="2016-12-31", data_source="Municipal transparency census",
                    frequency="Annual", responsible="SUBDERE",
                    targets=[("2017-12-31", 30.0), ("2018-12-31", 50.0)],
                    measurements=[("2017-12-31", 27.0)]),
                ind(T_O1, "Spending portals online", unit="number", baseline=12.0,
                    baseline_date="2016-12-31", data_source="Portal registry",
                    frequency="Quarterly", responsible="SUBDERE",
                    targets=[("2017-12-31", 60.0), ("2018-12-31", 150.0)],
                    measurements=[("2017-12-31", 71.0)]),
                ind(T_O2, "Officers trained", unit="number", baseline=None,
                    data_source="Training records", frequency="Semi-annual",
                    responsible="Municipal Academy",
                    targets=[("2017-12-31", 1233.0), ("2018-12-31", 2000.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 12. OGP follow-up: a "Resumen" sheet listing the commitments and their overall progress,
# then one sheet per commitment with "Compromiso N° 2: ..." and "Institución responsable:
# ..." each in one cell above the header; real dates, ISO text, "jul-17", "dic-17".

R_HEAD = ["Hito", "Fecha de inicio", "Fecha de término", "% de avance",
          "Medio de verificación", "Observaciones"]  # fmt: skip
resumen = Case(
    "b2_ogp_resumen_y_hojas.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Resumen",
            [
                ["Tercer Plan de Acción 2016-2018 – Resumen de avance"],
                ["N°", "Compromiso", "Institución responsable", "Avance general", "Estado"],
                [2, "Datos abiertos de compras públicas", "Dirección ChileCompra", P(0.6),
                 "En proceso"],
                [5, "Participación en el ciclo presupuestario", "Dirección de Presupuestos",
                 P(0.25), "Con retraso"],
            ],
        ),
        Sheet(
            "C2",
            [
                ["Compromiso N° 2: Datos abiertos de compras públicas"],
                ["Institución responsable: Dirección ChileCompra"],
                [],
                R_HEAD,
                ["Publicar las órdenes de compra en formato abierto", D(2016, 9, 1),
                 "2017-06-30", 100, "https://datos-abiertos.chilecompra.cl", None],
                ["Publicar los contratos en el estándar OCDS", "jul-17", "dic-17", 20, None,
                 "Licitación del desarrollo en curso"],
            ],
        ),
        Sheet(
            "C5",
            [
                ["Compromiso N° 5: Participación en el ciclo presupuestario"],
                ["Institución responsable: Dirección de Presupuestos"],
                [],
                R_HEAD,
                ["Consultar en línea el proyecto de presupuesto", D(2017, 3, 1), D(2017, 9, 30),
                 50, "Informe de la consulta", None],
                ["Publicar la respuesta a los aportes ciudadanos", "oct-17", "2018-01-31", 0,
                 None, None],
            ],
        ),
    ],
    [
        {
            "code": "2",
            "title": "Datos abiertos de compras públicas",
            "institution": "Dirección ChileCompra",
            "results": [
                ("activity", "Publicar las órdenes de compra en formato abierto", None),
                ("activity", "Publicar los contratos en el estándar OCDS", None),
            ],
            "milestones": {
                "Publicar las órdenes de compra en formato abierto": ("2016-09-01",
                                                                      "2017-06-30", 100.0),
                "Publicar los contratos en el estándar OCDS": ("2017-07-31", "2017-12-31",
                                                               20.0),
            },
            "evidence": {"Publicar las órdenes de compra en formato abierto":
                         "https://datos-abiertos.chilecompra.cl"},
            "indicators": [],
        },
        {
            "code": "5",
            "title": "Participación en el ciclo presupuestario",
            "institution": "Dirección de Presupuestos",
            "results": [
                ("activity", "Consultar en línea el proyecto de presupuesto", None),
                ("activity", "Publicar la respuesta a los aportes ciudadanos", None),
            ],
            "milestones": {
                "Consultar en línea el proyecto de presupuesto": ("2017-03-01", "2017-09-30",
                                                                  50.0),
                "Publicar la respuesta a los aportes ciudadanos": ("2017-10-31", "2018-01-31",
                                                                   0.0),
            },
            "evidence": {"Consultar en línea el proyecto de presupuesto":
                         "Informe de la consulta"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 13. Portugal-style follow-up ("monitorização"): each commitment a section row merged
# across the table ("Compromisso 1 – ..."), "Entidade responsável" per milestone, "Grau de
# execução", "janeiro de 2019", "1.º semestre de 2019", "30/06/2020"; Estado, Observações.

pt = Case(
    "b2_ogp_pt_seccoes.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Monitorização",
            [
                ["I Plano de Ação Nacional para a Administração Aberta – monitorização"],
                ["Marco", "Entidade responsável", "Início", "Fim", "Grau de execução",
                 "Evidência", "Estado", "Observações"],
                ["Compromisso 1 – Dados abertos da administração local"],
                ["Publicar 50 conjuntos de dados municipais", "AMA", "janeiro de 2019",
                 "dezembro de 2019", "100%", "https://dados.gov.pt", "Concluído", None],
                ["Criar o guia de abertura de dados", "AMA", "março de 2019", "30/06/2020",
                 "60%", None, "Em curso", "Atraso na contratação"],
                ["Compromisso 2 – Transparência na contratação pública"],
                ["Publicar os contratos do portal BASE em formato aberto", "IMPIC",
                 "1.º semestre de 2019", "2.º semestre de 2020", "0%", None, "Não iniciado",
                 None],
            ],
            ["A3:H3", "A6:H6"],
        )
    ],
    [
        {
            "code": "1",
            "title": "Dados abertos da administração local",
            "institution": "AMA",
            "results": [("activity", "Publicar 50 conjuntos de dados municipais", None),
                        ("activity", "Criar o guia de abertura de dados", None)],
            "milestones": {
                "Publicar 50 conjuntos de dados municipais": ("2019-01-31", "2019-12-31",
                                                              100.0),
                "Criar o guia de abertura de dados": ("2019-03-31", "2020-06-30", 60.0),
            },
            "evidence": {"Publicar 50 conjuntos de dados municipais": "https://dados.gov.pt"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": "Transparência na contratação pública",
            "institution": "IMPIC",
            "results": [("activity", "Publicar os contratos do portal BASE em formato aberto",
                         None)],
            "milestones": {
                "Publicar os contratos do portal BASE em formato aberto": ("2019-06-30",
                                                                           "2020-12-31", 0.0),
            },
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 14. English tracker in blocks: each commitment's title line, a "Lead department: ..."
# line and its own header row, blank rows between; "Jan-17", ISO text dates, date cells;
# "RAG status" and "Comments".

B_HEAD = ["Milestone", "Start date", "End date", "Progress (%)", "Evidence", "RAG status",
          "Comments"]  # fmt: skip
BEIS = "Department for Business, Energy and Industrial Strategy"
blocks = Case(
    "b2_ogp_en_blocks.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Tracker",
            [
                ["Open Government National Action Plan 2016-18 – progress tracker"],
                [],
                ["Commitment 4: Open contracting"],
                ["Lead department: Cabinet Office"],
                B_HEAD,
                ["Publish contract award data in OCDS", "Jan-17", "Jun-17", 100,
                 "https://www.contractsfinder.service.gov.uk", "Green", None],
                ["Extend OCDS to local authorities", "2017-07-01", "2018-03-31", 40, None,
                 "Amber", "Depends on the local government bill"],
                [],
                ["Commitment 5: Natural resource transparency"],
                ["Lead department: " + BEIS],
                B_HEAD,
                ["Publish the second UK EITI report", D(2017, 1, 1), D(2017, 12, 31), 100,
                 "UK EITI report 2016", "Green", None],
            ],
        )
    ],
    [
        {
            "code": "4",
            "title": "Open contracting",
            "institution": "Cabinet Office",
            "results": [("activity", "Publish contract award data in OCDS", None),
                        ("activity", "Extend OCDS to local authorities", None)],
            "milestones": {
                "Publish contract award data in OCDS": ("2017-01-31", "2017-06-30", 100.0),
                "Extend OCDS to local authorities": ("2017-07-01", "2018-03-31", 40.0),
            },
            "evidence": {"Publish contract award data in OCDS":
                         "https://www.contractsfinder.service.gov.uk"},
            "indicators": [],
        },
        {
            "code": "5",
            "title": "Natural resource transparency",
            "institution": BEIS,
            "results": [("activity", "Publish the second UK EITI report", None)],
            "milestones": {
                "Publish the second UK EITI report": ("2017-01-01", "2017-12-31", 100.0),
            },
            "evidence": {"Publish the second UK EITI report": "UK EITI report 2016"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 15. French follow-up with the engagement and its institution merged over its jalons,
# "janv. 2018", "déc. 2018", "mars 2019", "1er semestre 2019"; "100 %" with a non-breaking
# space; "Justificatif", "Statut", "Commentaires".

FR_DAJ = "Direction des affaires juridiques"
FR_MIN = "Ministère de l'Action et des Comptes publics"
fr = Case(
    "b2_ogp_fr_espaces.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Suivi",
            [
                ["Plan d'action national 2018-2020 – tableau de suivi"],
                ["N°", "Engagement", "Institution responsable", "Jalon", "Date de début",
                 "Date de fin", "Niveau d'avancement", "Justificatif", "Statut",
                 "Commentaires"],
                [3, "Transparence de la commande publique", FR_DAJ,
                 "Publier les données essentielles des marchés", "janv. 2018", "déc. 2018",
                 f"100{NB}%", "https://data.gouv.fr", "Réalisé", None],
                [None, None, None, "Ouvrir un tableau de bord des achats", "mars 2019",
                 "30/06/2020", f"50{NB}%", None, "En cours", "Retard du prestataire"],
                [7, "Participation citoyenne au budget", FR_MIN,
                 "Organiser une consultation en ligne", "1er semestre 2019",
                 "2e semestre 2019", f"0{NB}%", None, "Non commencé", None],
            ],
            ["A3:A4", "B3:B4", "C3:C4"],
        )
    ],
    [
        {
            "code": "3",
            "title": "Transparence de la commande publique",
            "institution": FR_DAJ,
            "results": [("activity", "Publier les données essentielles des marchés", None),
                        ("activity", "Ouvrir un tableau de bord des achats", None)],
            "milestones": {
                "Publier les données essentielles des marchés": ("2018-01-31", "2018-12-31",
                                                                 100.0),
                "Ouvrir un tableau de bord des achats": ("2019-03-31", "2020-06-30", 50.0),
            },
            "evidence": {"Publier les données essentielles des marchés":
                         "https://data.gouv.fr"},
            "indicators": [],
        },
        {
            "code": "7",
            "title": "Participation citoyenne au budget",
            "institution": FR_MIN,
            "results": [("activity", "Organiser une consultation en ligne", None)],
            "milestones": {
                "Organiser une consultation en ligne": ("2019-06-30", "2019-12-31", 0.0),
            },
            "indicators": [],
        },
    ],
)  # fmt: skip

CASES = [isr, iptt, pirs, dfid, ndici, fr2016, formh, ilpes, dos, ods, table, resumen, pt,
         blocks, fr]  # fmt: skip


# --------------------------------------------------------------------------------------------
# A minimal OpenDocument spreadsheet writer (no odfpy in the environment): strings, numbers,
# dates and merged ranges, which is all a hand-kept matrix uses.

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'office:version="1.2"'
)


def _col(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _ref(ref: str) -> tuple[int, int]:
    letters = "".join(ch for ch in ref if ch.isalpha())
    return int(ref[len(letters) :]), _col(letters)


def _ods_cell(value: Any, span: tuple[int, int] | None) -> str:
    attrs = ""
    if span:
        attrs = (f' table:number-rows-spanned="{span[0]}"'
                 f' table:number-columns-spanned="{span[1]}"')  # fmt: skip
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, dt.date):
        iso = value.isoformat()
        return (f'<table:table-cell{attrs} office:value-type="date" office:date-value="{iso}">'
                f"<text:p>{value.strftime('%d/%m/%Y')}</text:p></table:table-cell>")  # fmt: skip
    if isinstance(value, int | float):
        return (f'<table:table-cell{attrs} office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")  # fmt: skip
    lines = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
    return f'<table:table-cell{attrs} office:value-type="string">{lines}</table:table-cell>'


def write_ods(path: Path, sheets: list[Sheet]) -> None:
    tables = []
    for spec in sheets:
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        covered: set[tuple[int, int]] = set()
        for rng in spec.merges:
            (r1, c1), (r2, c2) = (_ref(x) for x in rng.split(":"))
            spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
            covered.discard((r1, c1))
        width = max(len(r) for r in spec.rows)
        rows = []
        for r, row in enumerate(spec.rows, start=1):
            cells = []
            for c in range(1, width + 1):
                value = row[c - 1] if c <= len(row) else None
                if (r, c) in covered:
                    cells.append("<table:covered-table-cell/>")
                else:
                    cells.append(_ods_cell(value, spans.get((r, c))))
            rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        tables.append(f'<table:table table:name="{escape(spec.title)}">'
                      f'<table:table-column table:number-columns-repeated="{width}"/>'
                      + "".join(rows) + "</table:table>")  # fmt: skip
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
               "<office:body><office:spreadsheet>" + "".join(tables)
               + "</office:spreadsheet></office:body></office:document-content>")  # fmt: skip
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        info = zipfile.ZipInfo("mimetype", date_time=(2017, 1, 1, 0, 0, 0))
        z.writestr(info, "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)  # fmt: skip
        for name, text in (("META-INF/manifest.xml", manifest), ("content.xml", content)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2017, 1, 1, 0, 0, 0)), text,
                       compress_type=zipfile.ZIP_DEFLATED)  # fmt: skip


def main(folder: Path = HERE) -> None:
    for case in CASES:
        if case.file.endswith(".ods"):
            write_ods(folder / case.file, case.sheets)
        else:
            write(folder / case.file, case.sheets)
        print("wrote", case.file)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
