"""Blind check set: workbooks built from the issue's description of each public template
(issue 13, "Formats to recognise" and "What must hold"), written without reading the
importer, to score what lands as an outside reviewer would.

``python tests/data/excel_blind/make_blind.py`` rewrites the .xlsx files beside this script;
``python tests/data/excel_formats/score.py --folder tests/data/excel_blind`` scores them.
Dates follow the issue's period-end rule ("2015" -> 2015-12-31, "Q3 2016" -> 2016-09-30,
"2do semestre 2016" -> 2016-12-31, "dic-2015" -> 2015-12-31); USAID fiscal years end on
30 September (FY2016 -> 2016-09-30, Q1 FY2016 -> 2015-12-31).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "excel_variants"))

from make_variants import Case, P, Sheet, ind, write  # noqa: E402

D = dt.datetime

# --------------------------------------------------------------------------------------------
# 1. ILPES / DIPRES MML: ministry lines, unlabelled level column merged over its rows,
# "Indicadores (fórmula)" with dimension / name / formula on lines, activities after all
# components and out of order.

I_FIN = "Contribuir a una gestión municipal más transparente"
I_PROP = "Los municipios cumplen el estándar de transparencia activa"
I_C1 = "1. Modelo de gestión en transparencia implementado en los municipios"
I_C2 = "2. Funcionarios municipales capacitados en la Ley de Transparencia"
I_A11 = "1.1 Firmar convenios de implementación con los municipios"
I_A12 = "1.2 Acompañar la implementación en terreno"
I_A21 = "2.1 Diseñar el curso en línea de la Ley 20.285"
dipres = Case(
    "blind_dipres_municipal.xlsx",
    "ilpes",
    [
        Sheet(
            "Matriz",
            [
                ["Consejo para la Transparencia"],
                ["Compromiso N° 1: Modelo de gestión en transparencia municipal"],
                [],
                [None, "Resumen narrativo de objetivos", "Indicadores (fórmula)",
                 "Medios de verificación", "Supuestos"],
                ["FIN", I_FIN, None, None, None],
                ["PROPÓSITO", I_PROP,
                 "Eficacia\nPorcentaje de municipios que cumplen el estándar\n"
                 "(N° de municipios que cumplen / N° total de municipios) * 100",
                 "Fiscalización anual del CPLT", "Los alcaldes mantienen su compromiso"],
                ["COMPONENTES", I_C1,
                 "Eficacia\nNúmero de municipios con convenio firmado\n"
                 "Σ convenios firmados",
                 "Convenios publicados", None],
                [None, I_C2,
                 "Eficiencia\nCosto por funcionario capacitado\n"
                 "Gasto del curso / N° de funcionarios aprobados",
                 "Registro de la plataforma educativa", "Los municipios liberan horas de trabajo"],
                ["ACTIVIDADES", I_A11, None, None, None],
                [None, I_A21, None, None, None],
                [None, I_A12, None, None, None],
                [],
                ["Notas: los indicadores se miden al 31 de diciembre de cada año."],
            ],
            ["A7:A8", "A9:A11"],
        )
    ],
    [
        {
            "code": "1",
            "title": "Modelo de gestión en transparencia municipal",
            "results": [
                ("goal", I_FIN, None),
                ("purpose", I_PROP, None),
                ("output", I_C1, I_PROP),
                ("output", I_C2, I_PROP),
                ("activity", I_A11, I_C1),
                ("activity", I_A12, I_C1),
                ("activity", I_A21, I_C2),
            ],
            "assumptions": {I_PROP: "Los alcaldes mantienen su compromiso",
                            I_C2: "Los municipios liberan horas de trabajo"},
            "indicators": [
                ind(I_PROP, "Porcentaje de municipios que cumplen el estándar",
                    dimension="efficacy", means_of_verification="Fiscalización anual del CPLT",
                    formula="(N° de municipios que cumplen / N° total de municipios) * 100"),
                ind(I_C1, "Número de municipios con convenio firmado", dimension="efficacy",
                    formula="Σ convenios firmados", means_of_verification="Convenios publicados"),
                ind(I_C2, "Costo por funcionario capacitado", dimension="efficiency",
                    formula="Gasto del curso / N° de funcionarios aprobados",
                    means_of_verification="Registro de la plataforma educativa"),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 2. EU logframe 2016: merged level labels, an outcome with two indicator rows (results chain
# merged over them), current value as a measurement, activities block with Means and Costs.

E_IMP = "Citizens hold public bodies to account with open data"
E_OUT = "Public bodies publish reusable datasets on datos.gob.cl"
E_O1 = "1. Datasets of the 69 integrated services published"
E_O2 = "2. Reuse of datasets promoted with developers"
E_I2 = "Citizen requests for new datasets answered"
eu = Case(
    "blind_eu_open_data.xlsx",
    "eu",
    [
        Sheet(
            "Logframe",
            [
                ["Logframe matrix – Commitment 2: Open data strategy"],
                ["Action: Support to the Chilean open government agenda"],
                [None, "Results chain", "Indicators", "Baselines (incl. reference year)",
                 "Current value\nReference date", "Targets (incl. reference year)",
                 "Sources and means of verification", "Assumptions"],
                ["Impact (Overall objective)", E_IMP, "Applications built on public data",
                 "3 (2013)", "17 (2014)", "40 (2016)", "Contest records", None],
                ["Outcome(s) (Specific objective(s))", E_OUT, "Datasets published",
                 "400 (2013)", "1,233 (2015)", "2,000 (2016)", "datos.gob.cl statistics",
                 "Services keep staff for data publication"],
                [None, None, E_I2, "0 (2013)", "40 (2015)", "100 (2016)", "Request log", None],
                ["Outputs", E_O1, "Services with more than 50% of datasets published",
                 "0 (2014)", "13 (2015)", "69 (2016)", "Modernization Unit report", None],
                [None, E_O2, "Developers taking part in the contest", "N/A", "80 (2014)",
                 "150 (2016)", "Contest records", "Interest of the developer community"],
                [],
                [None, "Activities", "Means", "Costs"],
                [None, "1.1 Train the data officers of each service", "Two trainers",
                 "EUR 30,000"],
                [None, "2.1 Organise the yearly open data contest", "Prizes and venue",
                 "EUR 55,000"],
            ],
            ["A5:A6", "B5:B6", "H5:H6", "A7:A8"],
        )
    ],
    [
        {
            "code": "2",
            "title": "Open data strategy",
            "results": [
                ("goal", E_IMP, None),
                ("purpose", E_OUT, None),
                ("output", E_O1, E_OUT),
                ("output", E_O2, E_OUT),
                ("activity", "1.1 Train the data officers of each service", E_O1),
                ("activity", "2.1 Organise the yearly open data contest", E_O2),
            ],
            "assumptions": {E_OUT: "Services keep staff for data publication",
                            E_O2: "Interest of the developer community"},
            "indicators": [
                ind(E_IMP, "Applications built on public data", baseline=3.0,
                    baseline_date="2013-12-31", means_of_verification="Contest records",
                    targets=[("2016-12-31", 40.0)], measurements=[("2014-12-31", 17.0)]),
                ind(E_OUT, "Datasets published", baseline=400.0, baseline_date="2013-12-31",
                    means_of_verification="datos.gob.cl statistics",
                    targets=[("2016-12-31", 2000.0)], measurements=[("2015-12-31", 1233.0)]),
                ind(E_OUT, E_I2, baseline=0.0, baseline_date="2013-12-31",
                    means_of_verification="Request log",
                    targets=[("2016-12-31", 100.0)], measurements=[("2015-12-31", 40.0)]),
                ind(E_O1, "Services with more than 50% of datasets published", baseline=0.0,
                    baseline_date="2014-12-31", means_of_verification="Modernization Unit report",
                    targets=[("2016-12-31", 69.0)], measurements=[("2015-12-31", 13.0)]),
                ind(E_O2, "Developers taking part in the contest", baseline=None,
                    means_of_verification="Contest records",
                    targets=[("2016-12-31", 150.0)], measurements=[("2014-12-31", 80.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 3. DFID logframe: PROJECT NAME line, IMPACT / OUTCOME / OUTPUT n blocks, Planned / Achieved /
# Source rows (the source text merged under the values), milestone dates in the header line
# of each indicator, Inputs, weighting, risk.

F_IMP = "Public bodies are more accountable to citizens"
F_OUT = "Citizens use the Transparency Portal to request information"
F_O1 = "Central government bodies publish on the Portal"
F_O2 = "Municipalities publish on the Portal"


def _dfid_block(label, narrative, ind_label, ind_name, planned, achieved, source, assumption):
    return [
        [
            label,
            ind_label,
            None,
            "Baseline (2014)",
            "Milestone 1 (Dec 2015)",
            "Milestone 2 (Dec 2016)",
            "Target (Jul 2017)",
            "Assumptions" if assumption else None,
        ],
        [narrative, ind_name, "Planned", *planned, assumption],
        [None, None, "Achieved", *achieved, None],
        [None, None, "Source", None, None, None, None, None],
        [None, None, None, source, None, None, None, None],
    ]


dfid = Case(
    "blind_dfid_portal.xlsx",
    "dfid",
    [
        Sheet(
            "Logframe",
            [
                ["PROJECT NAME", "Transparency Portal for all public bodies"],
                [],
                *_dfid_block("IMPACT", F_IMP, "Impact Indicator 1",
                             "Proactive transparency compliance in municipalities (%)",
                             [30.3, 45, 56, 70], [None, 56, None, None],
                             "CPLT audit reports", None),
                *_dfid_block("OUTCOME", F_OUT, "Outcome Indicator 1",
                             "Information requests filed through the Portal",
                             [5000, 20000, 40000, 60000], [None, 23500, None, None],
                             "Portal statistics", "Citizens trust the Portal"),
                ["INPUTS (£)", "DFID (£)", "Govt (£)", "Other (£)", "Total (£)", "DFID SHARE (%)"],
                [None, 250000, 900000, 0, 1150000, 0.22],
                *_dfid_block("OUTPUT 1", F_O1, "Output Indicator 1.1",
                             "Central government bodies using the Portal",
                             [0, 150, 198, 198], [None, 198, None, None],
                             "Portal registry", "Bodies keep their IT staff"),
                ["IMPACT WEIGHTING (%)", "60%", None, "RISK RATING", "Low"],
                *_dfid_block("OUTPUT 2", F_O2, "Output Indicator 2.1",
                             "Municipalities using the Portal",
                             [0, 100, 250, 345], [None, 71, None, None],
                             "Portal registry", None),
                ["IMPACT WEIGHTING (%)", "40%", None, "RISK RATING", "Medium"],
            ],
            ["D7:G7", "D12:G12", "D19:G19", "D25:G25"],  # source text under the values
        )
    ],
    [
        {
            "code": "",
            "title": "Transparency Portal for all public bodies",
            "results": [
                ("goal", F_IMP, None),
                ("purpose", F_OUT, None),
                ("output", F_O1, F_OUT),
                ("output", F_O2, F_OUT),
            ],
            "assumptions": {F_OUT: "Citizens trust the Portal", F_O1: "Bodies keep their IT staff"},
            "indicators": [
                ind(F_IMP, "Proactive transparency compliance in municipalities (%)",
                    baseline=30.3, baseline_date="2014-12-31", means_of_verification="CPLT audit reports",
                    targets=[("2015-12-31", 45.0), ("2016-12-31", 56.0), ("2017-07-31", 70.0)],
                    measurements=[("2015-12-31", 56.0)]),
                ind(F_OUT, "Information requests filed through the Portal", baseline=5000.0,
                    baseline_date="2014-12-31", means_of_verification="Portal statistics",
                    targets=[("2015-12-31", 20000.0), ("2016-12-31", 40000.0),
                             ("2017-07-31", 60000.0)],
                    measurements=[("2015-12-31", 23500.0)]),
                ind(F_O1, "Central government bodies using the Portal", baseline=0.0,
                    baseline_date="2014-12-31", means_of_verification="Portal registry",
                    targets=[("2015-12-31", 150.0), ("2016-12-31", 198.0),
                             ("2017-07-31", 198.0)],
                    measurements=[("2015-12-31", 198.0)]),
                ind(F_O2, "Municipalities using the Portal", baseline=0.0,
                    baseline_date="2014-12-31", means_of_verification="Portal registry",
                    targets=[("2015-12-31", 100.0), ("2016-12-31", 250.0),
                             ("2017-07-31", 345.0)],
                    measurements=[("2015-12-31", 71.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 4. World Bank PAD results framework: PDO statement, PDO-level and intermediate tables,
# component section rows, years in the header cells.

W_PDO = "To strengthen the integrity of public procurement in Chile"
W_C1 = "Component 1: Electronic procurement system"
W_C2 = "Component 2: Procurement oversight capacity"
WB_HEAD = [
    "Indicator Name",
    "Core",
    "Unit of Measure",
    "Baseline\n2015",
    "YR1\n2016",
    "YR2\n2017",
    "YR3\n2018",
    "End Target\n2019",
    "Frequency",
    "Data Source/Methodology",
    "Responsibility for Data Collection",
]
# The Bank's fiscal year ends on 30 June: a year in this framework's headers ("Baseline 2015",
# "YR1 2016", "End Target 2019") is the fiscal year ending that 30 June (the rule the importer
# states; the first version of this case expected 31 December).
wb = Case(
    "blind_wb_procurement.xlsx",
    "worldbank",
    [
        Sheet(
            "Results Framework",
            [
                ["Annex 1: Results Framework and Monitoring"],
                ["CHILE: Public Procurement Integrity Project (P160042)"],
                [],
                ["Project Development Objective (PDO): " + W_PDO],
                [],
                ["PDO Level Results Indicators"],
                WB_HEAD,
                ["Tenders with a single bidder", None, "Percentage", 38, 35, 30, 27, 25,
                 "Annual", "ChileCompra analytics", "ChileCompra"],
                ["Contracts published in open format", "x", "Number", 1200, 5000, 12000, 20000,
                 30000, "Semi-annual", "OCDS registry", "ChileCompra"],
                [],
                ["Intermediate Results Indicators"],
                WB_HEAD,
                [W_C1],
                ["Municipalities using the e-procurement system", None, "Number", 120, 180,
                 250, 300, 345, "Annual", "System logs", "ChileCompra"],
                [W_C2],
                ["Auditors certified in procurement oversight", None, "Number", 0, 40, 90, 140,
                 200, "Annual", "Training records", "Contraloría General"],
            ],
            ["A4:K4", "A6:K6", "A11:K11", "A13:K13", "A15:K15"],
        )
    ],
    [
        {
            "code": "",
            "title": "CHILE: Public Procurement Integrity Project (P160042)",
            "results": [
                ("purpose", W_PDO, None),
                ("output", W_C1, W_PDO),
                ("output", W_C2, W_PDO),
            ],
            "indicators": [
                ind(W_PDO, "Tenders with a single bidder", baseline=38.0,
                    baseline_date="2015-06-30", frequency="Annual",
                    data_source="ChileCompra analytics", responsible="ChileCompra",
                    targets=[("2016-06-30", 35.0), ("2017-06-30", 30.0), ("2018-06-30", 27.0),
                             ("2019-06-30", 25.0)]),
                ind(W_PDO, "Contracts published in open format", baseline=1200.0,
                    baseline_date="2015-06-30", frequency="Semi-annual",
                    data_source="OCDS registry", responsible="ChileCompra",
                    targets=[("2016-06-30", 5000.0), ("2017-06-30", 12000.0),
                             ("2018-06-30", 20000.0), ("2019-06-30", 30000.0)]),
                ind(W_C1, "Municipalities using the e-procurement system", baseline=120.0,
                    baseline_date="2015-06-30", frequency="Annual", data_source="System logs",
                    responsible="ChileCompra",
                    targets=[("2016-06-30", 180.0), ("2017-06-30", 250.0),
                             ("2018-06-30", 300.0), ("2019-06-30", 345.0)]),
                ind(W_C2, "Auditors certified in procurement oversight", baseline=0.0,
                    baseline_date="2015-06-30", frequency="Annual",
                    data_source="Training records", responsible="Contraloría General",
                    targets=[("2016-06-30", 40.0), ("2017-06-30", 90.0), ("2018-06-30", 140.0),
                             ("2019-06-30", 200.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 5. USAID IPTT: two header rows, baseline year / value, FY targets and quarterly actuals, LOP
# target, Goal / SO / IR section rows merged across the table, percentages as 0.41 in % cells.

U_GOAL = "Goal: Democratic governance strengthened in Chilean municipalities"
U_SO = "SO 1: Municipal transparency improved"
U_IR = "IR 1.1: Municipal staff apply the Transparency Law"
U_HEAD1 = [
    "Indicator",
    "Unit",
    "Baseline",
    None,
    "FY2016",
    None,
    None,
    None,
    None,
    "FY2017",
    None,
    None,
    None,
    None,
    "LOP Target\n(FY2018)",
]
U_HEAD2 = [
    None,
    None,
    "Year",
    "Value",
    "Target",
    "Q1",
    "Q2",
    "Q3",
    "Q4",
    "Target",
    "Q1",
    "Q2",
    "Q3",
    "Q4",
    None,
]
usaid = Case(
    "blind_usaid_municipal.xlsx",
    "usaid",
    [
        Sheet(
            "IPTT",
            [
                ["Indicator Performance Tracking Table"],
                ["Activity: Municipal Transparency Support"],
                U_HEAD1,
                U_HEAD2,
                [U_GOAL],
                [U_SO],
                ["1.1 Municipalities meeting active transparency standards", "%", "FY2015",
                 P(0.41), P(0.5), P(0.43), P(0.46), P(0.49), P(0.52), P(0.65), P(0.58), None,
                 None, None, P(0.8)],
                [U_IR],
                ["1.1.1 Municipal officials trained", "number", "FY2015", 0, 400, 60, 150, 260,
                 410, 800, 120, None, None, None, 1500],
            ],
            ["C3:D3", "E3:I3", "J3:N3", "A5:O5", "A6:O6", "A8:O8"],
        )
    ],
    [
        {
            "code": "",
            "title": "Municipal Transparency Support",
            "results": [
                ("goal", U_GOAL.removeprefix("Goal: "), None),
                ("purpose", U_SO.removeprefix("SO 1: "), None),
                ("output", U_IR.removeprefix("IR 1.1: "), U_SO.removeprefix("SO 1: ")),
            ],
            "indicators": [
                ind(U_SO.removeprefix("SO 1: "),
                    "1.1 Municipalities meeting active transparency standards", unit="%",
                    baseline=41.0, baseline_date="2015-09-30",
                    targets=[("2016-09-30", 50.0), ("2017-09-30", 65.0), ("2018-09-30", 80.0)],
                    measurements=[("2015-12-31", 43.0), ("2016-03-31", 46.0),
                                  ("2016-06-30", 49.0), ("2016-09-30", 52.0),
                                  ("2016-12-31", 58.0)]),
                ind(U_IR.removeprefix("IR 1.1: "), "1.1.1 Municipal officials trained",
                    baseline=0.0, baseline_date="2015-09-30",
                    targets=[("2016-09-30", 400.0), ("2017-09-30", 800.0),
                             ("2018-09-30", 1500.0)],
                    measurements=[("2015-12-31", 60.0), ("2016-03-31", 150.0),
                                  ("2016-06-30", 260.0), ("2016-09-30", 410.0),
                                  ("2016-12-31", 120.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 6. OGP follow-up sheet: one row per hito, Compromiso and Institución merged over their
# milestones, three commitments, dates in many forms, % de avance as text, fraction and "n.a.".

ogp = Case(
    "blind_ogp_hitos.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Hitos",
            [
                ["Plan de Acción 2014-2016 – Seguimiento de hitos"],
                [],
                ["Compromiso", "Institución", "Hito", "Fecha inicio", "Fecha término",
                 "% de avance", "Medio de verificación", "Estado", "Observaciones"],
                ["Compromiso 3: Concurso de datos abiertos", "Consejo para la Transparencia",
                 "Lanzar las bases del concurso", "julio 2014", D(2014, 11, 15), "100%",
                 "http://www.concursodatos.cl", "Cumplido", None],
                [None, None, "Premiar a los cinco mejores proyectos", "dic-2014", "marzo 2015",
                 P(1.0), "Acta del jurado", "Cumplido", "80 desarrolladores participaron"],
                ["Compromiso 6: Ley de lobby", "Ministerio Secretaría General de la Presidencia",
                 "Dictar el reglamento de la ley", "marzo 2014", "30/06/2014", "100%",
                 None, "Cumplido", None],
                [None, None, "Poner en línea los registros de audiencias", "Q3 2014",
                 "2do semestre 2015", P(0.75), "www.infolobby.cl", "En proceso", None],
                [None, None, "Evaluar la aplicación de la ley", "1er semestre 2016",
                 "30/06/2016", "n.a.", None, "No iniciado", "Depende de la Contraloría"],
                ["Compromiso 10: Archivos abiertos", "Archivo Nacional",
                 "Publicar el catálogo de fondos documentales", D(2015, 1, 5), "Q3 2016",
                 "40 %", "Informe de avance", "En proceso", None],
            ],
            ["A4:A5", "B4:B5", "A6:A8", "B6:B8"],
        )
    ],
    [
        {
            "code": "3",
            "title": "Concurso de datos abiertos",
            "institution": "Consejo para la Transparencia",
            "results": [
                ("activity", "Lanzar las bases del concurso", None),
                ("activity", "Premiar a los cinco mejores proyectos", None),
            ],
            "milestones": {
                "Lanzar las bases del concurso": ("2014-07-31", "2014-11-15", 100.0),
                "Premiar a los cinco mejores proyectos": ("2014-12-31", "2015-03-31", 100.0),
            },
            "evidence": {"Lanzar las bases del concurso": "http://www.concursodatos.cl",
                         "Premiar a los cinco mejores proyectos": "Acta del jurado"},
            "indicators": [],
        },
        {
            "code": "6",
            "title": "Ley de lobby",
            "institution": "Ministerio Secretaría General de la Presidencia",
            "results": [
                ("activity", "Dictar el reglamento de la ley", None),
                ("activity", "Poner en línea los registros de audiencias", None),
                ("activity", "Evaluar la aplicación de la ley", None),
            ],
            "milestones": {
                "Dictar el reglamento de la ley": ("2014-03-31", "2014-06-30", 100.0),
                "Poner en línea los registros de audiencias": ("2014-09-30", "2015-12-31",
                                                               75.0),
                "Evaluar la aplicación de la ley": ("2016-06-30", "2016-06-30", None),
            },
            "evidence": {"Poner en línea los registros de audiencias": "www.infolobby.cl"},
            "indicators": [],
        },
        {
            "code": "10",
            "title": "Archivos abiertos",
            "institution": "Archivo Nacional",
            "results": [("activity", "Publicar el catálogo de fondos documentales", None)],
            "milestones": {
                "Publicar el catálogo de fondos documentales": ("2015-01-05", "2016-09-30", 40.0),
            },
            "evidence": {"Publicar el catálogo de fondos documentales": "Informe de avance"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 7. Hand-kept matrix: cover sheet "Hoja1", an Excel Table on "Hoja2" with the header on row 3
# under a title line naming the commitment, a code column with activities out of order
# (A2.1 before A1.1), a hidden list sheet, Spanish numbers ("1.233").

H_FIN = "Fortalecer la confianza ciudadana en el Estado"
H_PROP = "Los servicios publican datos abiertos reutilizables"
H_C1 = "Catálogo nacional de datos publicado"
H_C2 = "Servicios capacitados en apertura de datos"
hand = Case(
    "blind_hoja_tabla.xlsx",
    "handmade",
    [
        Sheet("Hoja1", [["Unidad de Modernización y Gobierno Digital"],
                        ["Seguimiento del Plan de Gobierno Abierto"],
                        ["Versión actualizada a diciembre de 2015"]]),
        Sheet(
            "Hoja2",
            [
                ["Matriz de seguimiento – Compromiso N° 2: Estrategia de datos abiertos"],
                [],
                ["Código", "Nivel", "Objetivo", "Indicador", "Línea base", "Año línea base",
                 "Meta", "Año meta", "Responsable", "Medio de verificación"],
                ["F", "Fin", H_FIN, None, None, None, None, None, None, None],
                ["P", "Propósito", H_PROP, "Conjuntos de datos publicados", "400", 2013,
                 "1.233", 2015, "Unidad de Modernización", "Estadísticas de datos.gob.cl"],
                ["C1", "Componente", H_C1, "Servicios con catálogo completo", "0", 2014, "69",
                 2016, "Unidad de Modernización", "Informe anual"],
                ["A2.1", "Actividad", "Dictar talleres para encargados de datos", None, None,
                 None, None, None, None, None],
                ["C2", "Componente", H_C2, "Encargados de datos capacitados", "s/i", None,
                 "150", 2016, "SEGPRES", "Listas de asistencia"],
                ["A1.1", "Actividad", "Definir el estándar de metadatos", None, None, None,
                 None, None, None, None],
                ["A1.2", "Actividad", "Migrar los catálogos existentes", None, None, None, None,
                 None, None, None],
            ],
            table="A3:J10",
        ),
        Sheet("Listas", [["Fin"], ["Propósito"], ["Componente"], ["Actividad"]], hidden=True),
    ],
    [
        {
            "code": "2",
            "title": "Estrategia de datos abiertos",
            "results": [
                ("goal", H_FIN, None),
                ("purpose", H_PROP, None),
                ("output", H_C1, H_PROP),
                ("output", H_C2, H_PROP),
                ("activity", "Definir el estándar de metadatos", H_C1),
                ("activity", "Migrar los catálogos existentes", H_C1),
                ("activity", "Dictar talleres para encargados de datos", H_C2),
            ],
            "indicators": [
                ind(H_PROP, "Conjuntos de datos publicados", baseline=400.0,
                    baseline_date="2013-12-31", responsible="Unidad de Modernización",
                    means_of_verification="Estadísticas de datos.gob.cl",
                    targets=[("2015-12-31", 1233.0)]),
                ind(H_C1, "Servicios con catálogo completo", baseline=0.0,
                    baseline_date="2014-12-31", responsible="Unidad de Modernización",
                    means_of_verification="Informe anual", targets=[("2016-12-31", 69.0)]),
                ind(H_C2, "Encargados de datos capacitados", baseline=None, baseline_date=None,
                    responsible="SEGPRES", means_of_verification="Listas de asistencia",
                    targets=[("2016-12-31", 150.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 8. French cadre logique (EC PCM): four columns, "Résultats attendus" merged over two rows,
# activities with "Moyens" and "Coûts" in the indicator / source columns, "Conditions
# préalables" below.

C_OG = "Renforcer la redevabilité des collectivités locales"
C_OS = "Les communes publient leurs budgets et comptes en ligne"
C_R1 = "1. Un portail budgétaire communal est opérationnel"
C_R2 = "2. Les agents communaux maîtrisent la publication des données"
cadre = Case(
    "blind_cadre_logique.xlsx",
    "eu_fr",
    [
        Sheet(
            "Cadre logique",
            [
                ["CADRE LOGIQUE – Engagement 4 : Transparence budgétaire communale"],
                [],
                [None, "Logique d'intervention", "Indicateurs objectivement vérifiables",
                 "Sources et moyens de vérification", "Hypothèses"],
                ["Objectif global", C_OG, "Indice de confiance dans les autorités locales",
                 "Enquête nationale de perception", None],
                ["Objectif spécifique", C_OS, "Part des communes publiant leur budget",
                 "Relevé trimestriel du portail", "Les maires soutiennent la démarche"],
                ["Résultats attendus", C_R1, "Nombre de communes connectées au portail",
                 "Statistiques du portail", "Connexion internet disponible"],
                [None, C_R2, "Nombre d'agents formés", "Registres de formation", None],
                ["Activités", "1.1 Développer le portail budgétaire", "Moyens : 2 développeurs",
                 "Coûts : 40 000 EUR", None],
                [None, "2.1 Former les agents financiers des communes",
                 "Moyens : formateurs, salles", "Coûts : 25 000 EUR", None],
                [],
                [None, "Conditions préalables : signature de la convention de financement"],
            ],
            ["A6:A7", "A8:A9"],
        )
    ],
    [
        {
            "code": "4",
            "title": "Transparence budgétaire communale",
            "results": [
                ("goal", C_OG, None),
                ("purpose", C_OS, None),
                ("output", C_R1, C_OS),
                ("output", C_R2, C_OS),
                ("activity", "1.1 Développer le portail budgétaire", C_R1),
                ("activity", "2.1 Former les agents financiers des communes", C_R2),
            ],
            "assumptions": {C_OS: "Les maires soutiennent la démarche",
                            C_R1: "Connexion internet disponible"},
            "indicators": [
                ind(C_OG, "Indice de confiance dans les autorités locales",
                    means_of_verification="Enquête nationale de perception"),
                ind(C_OS, "Part des communes publiant leur budget",
                    means_of_verification="Relevé trimestriel du portail"),
                ind(C_R1, "Nombre de communes connectées au portail",
                    means_of_verification="Statistiques du portail"),
                ind(C_R2, "Nombre d'agents formés",
                    means_of_verification="Registres de formation"),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 9. Portuguese MML: level column "Nível", separate base-year column, one target column per
# year ("Meta 2017", "Meta 2018"), Brazilian numbers ("12,5 %", "1.233").

PT_G = "Ampliar o controle social sobre o orçamento municipal"
PT_E = "Municípios publicam a execução orçamentária em formato aberto"
PT_P1 = "Portal de dados orçamentários implantado"
pt = Case(
    "blind_mml_orcamento.xlsx",
    "ilpes_pt",
    [
        Sheet(
            "Compromisso 6",
            [
                ["Matriz do Marco Lógico – Compromisso 6: Orçamento municipal aberto"],
                ["Nível", "Resumo narrativo", "Indicadores", "Linha de base", "Ano base",
                 "Meta 2017", "Meta 2018", "Meios de verificação", "Pressupostos"],
                ["Objetivo geral", PT_G, None, None, None, None, None, None, None],
                ["Objetivo específico", PT_E, "Percentual de municípios com dados abertos",
                 "12,5 %", 2015, "40 %", "60 %", "Relatório do Tribunal de Contas",
                 "Adesão dos prefeitos"],
                ["Produtos", PT_P1, "Conjuntos de dados publicados", "1.233", 2016, "2.500",
                 "4.000", "Portal de dados", None],
                ["Atividades", "1.1 Contratar a plataforma do portal", None, None, None, None,
                 None, None, None],
                [None, "1.2 Capacitar 300 servidores municipais", None, None, None, None, None,
                 None, None],
                ["Fonte: Secretaria de Transparência, 2016."],
            ],
            ["A6:A7"],
        )
    ],
    [
        {
            "code": "6",
            "title": "Orçamento municipal aberto",
            "results": [
                ("goal", PT_G, None),
                ("purpose", PT_E, None),
                ("output", PT_P1, PT_E),
                ("activity", "1.1 Contratar a plataforma do portal", PT_P1),
                ("activity", "1.2 Capacitar 300 servidores municipais", PT_P1),
            ],
            "assumptions": {PT_E: "Adesão dos prefeitos"},
            "indicators": [
                ind(PT_E, "Percentual de municípios com dados abertos", unit="%",
                    baseline=12.5, baseline_date="2015-12-31",
                    means_of_verification="Relatório do Tribunal de Contas",
                    targets=[("2017-12-31", 40.0), ("2018-12-31", 60.0)]),
                ind(PT_P1, "Conjuntos de dados publicados", baseline=1233.0,
                    baseline_date="2016-12-31", means_of_verification="Portal de dados",
                    targets=[("2017-12-31", 2500.0), ("2018-12-31", 4000.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 10. Oddities (Spanish): header on row 7 after a logo / title block, merged level cells,
# "s/i", "n.a.", "TBD", "—", "72% (2015)", 0.41 in a % cell, "2do semestre 2016", "Q3 2016",
# "dic-2015", "marzo 2015", "30/06/2016", "12,5 %", "1.233"; "Notas:" and "Fuente:" below.

O_FIN = "Mejorar la participación ciudadana en la gestión pública"
O_PROP = "Los servicios cuentan con consejos de la sociedad civil activos"
O_C1 = "Consejos de la sociedad civil constituidos"
O_C2 = "Consultas ciudadanas en línea realizadas"
O_HEAD = [
    "Nivel",
    "Objetivo",
    "Indicador",
    "Línea base",
    "Fecha línea base",
    "Meta",
    "Fecha meta",
    "Avance",
    "Fecha avance",
    "Responsable",
    "Frecuencia",
    "Fuente de datos",
]
odd = Case(
    "blind_rareza_es.xlsx",
    "oddities",
    [
        Sheet(
            "Seguimiento 2016",
            [
                ["[logo] GOBIERNO DE CHILE"],
                ["Ministerio Secretaría General de Gobierno"],
                ["División de Organizaciones Sociales"],
                ["Matriz de seguimiento – Compromiso N° 9: Participación ciudadana en la gestión"],
                ["Fecha de corte: 30/06/2016"],
                [],
                O_HEAD,
                ["Fin", O_FIN, "Ciudadanos que declaran haber participado", "72% (2015)", None,
                 "80 %", "2do semestre 2016", "s/i", None, "DOS", "Bienal",
                 "Encuesta Nacional de Participación"],
                ["Propósito", O_PROP, "Servicios con consejo activo", P(0.41), "dic-2015",
                 P(0.75), "Q3 2016", "52,5 %", "30/06/2016", "DOS", "Semestral",
                 "Registro de consejos"],
                [None, None, "Sesiones anuales por consejo", "—", None, "4", "30/06/2016",
                 "n.a.", None, "DOS", "Anual", "Actas de sesiones"],
                ["Componentes", O_C1, "Consejos constituidos", "1.233", "marzo 2015", "TBD",
                 None, "1.350", "30/06/2016", "Servicios públicos", "Trimestral",
                 "Resoluciones de constitución"],
                [None, O_C2, "Consultas publicadas", "0", "dic-2015", "25", "2do semestre 2016",
                 "7", "30/06/2016", "SEGEGOB", "Trimestral", "Portal de consultas"],
                [None, None, "Consultas con respuesta publicada", "12,5 %", "marzo 2015", "50 %",
                 "2do semestre 2016", "TBD", None, "SEGEGOB", "Anual", "Portal de consultas"],
                [],
                ["Notas:", "las metas de 2016 se revisarán en la próxima sesión de la mesa."],
                ["Fuente:", "elaboración propia a partir de los informes de los servicios."],
            ],
            ["A9:A10", "B9:B10", "A11:A13", "B12:B13"],
        )
    ],
    [
        {
            "code": "9",
            "title": "Participación ciudadana en la gestión",
            "results": [
                ("goal", O_FIN, None),
                ("purpose", O_PROP, None),
                ("output", O_C1, O_PROP),
                ("output", O_C2, O_PROP),
            ],
            "indicators": [
                ind(O_FIN, "Ciudadanos que declaran haber participado", unit="%",
                    baseline=72.0, baseline_date="2015-12-31", responsible="DOS",
                    frequency="Bienal", data_source="Encuesta Nacional de Participación",
                    targets=[("2016-12-31", 80.0)]),
                ind(O_PROP, "Servicios con consejo activo", unit="%", baseline=41.0,
                    baseline_date="2015-12-31", responsible="DOS", frequency="Semestral",
                    data_source="Registro de consejos", targets=[("2016-09-30", 75.0)],
                    measurements=[("2016-06-30", 52.5)]),
                ind(O_PROP, "Sesiones anuales por consejo", baseline=None, baseline_date=None,
                    responsible="DOS", frequency="Anual", data_source="Actas de sesiones",
                    targets=[("2016-06-30", 4.0)]),
                ind(O_C1, "Consejos constituidos", baseline=1233.0, baseline_date="2015-03-31",
                    responsible="Servicios públicos", frequency="Trimestral",
                    data_source="Resoluciones de constitución",
                    measurements=[("2016-06-30", 1350.0)]),
                ind(O_C2, "Consultas publicadas", baseline=0.0, baseline_date="2015-12-31",
                    responsible="SEGEGOB", frequency="Trimestral",
                    data_source="Portal de consultas", targets=[("2016-12-31", 25.0)],
                    measurements=[("2016-06-30", 7.0)]),
                ind(O_C2, "Consultas con respuesta publicada", unit="%", baseline=12.5,
                    baseline_date="2015-03-31", responsible="SEGEGOB", frequency="Anual",
                    data_source="Portal de consultas", targets=[("2016-12-31", 50.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 11. Oddities (English): "Sheet1", header on row 5 under a title and a reporting line, level
# written once and merged, English numbers ("1,233", "12.5%"), "N/A", "TBD", "—", quarter
# and month dates, a signature block below.

X_GOAL = "Citizens can follow how public funds are spent"
X_PURP = "Budget execution data are published monthly"
X_OUT = "Budget execution dashboard released"
X_HEAD = [
    "Level",
    "Result",
    "Indicator",
    "Baseline",
    "Baseline date",
    "Target",
    "Target date",
    "Actual",
    "Actual date",
    "Responsible",
]
odd_en = Case(
    "blind_oddities_en.xlsx",
    "oddities",
    [
        Sheet(
            "Sheet1",
            [
                ["Monitoring matrix – Commitment 11: Fiscal transparency"],
                ["Reporting period: Q3 2016"],
                [],
                [],
                X_HEAD,
                ["Goal", X_GOAL, "Open Budget Index score", "58 (2015)", None, "65",
                 "2nd half 2017", "N/A", None, "Budget Office"],
                ["Purpose", X_PURP, "Monthly reports published on time", P(0.5), "Q3 2015",
                 "100%", "Q4 2016", "12.5%", "Q3 2016", "Budget Office"],
                ["Output", X_OUT, "Dashboard visits per month", "—", None, "1,233",
                 "June 2016", "TBD", None, "Budget Office"],
                [None, None, "Datasets downloadable from the dashboard", "0", "March 2015",
                 "20", "30/06/2016", "14", "30/06/2016", "IT Unit"],
                [],
                ["Prepared by:", "J. Pérez", None, "Approved by:", "M. Soto"],
            ],
            ["A8:A9", "B8:B9"],
        )
    ],
    [
        {
            "code": "11",
            "title": "Fiscal transparency",
            "results": [
                ("goal", X_GOAL, None),
                ("purpose", X_PURP, None),
                ("output", X_OUT, X_PURP),
            ],
            "indicators": [
                ind(X_GOAL, "Open Budget Index score", baseline=58.0, baseline_date="2015-12-31",
                    responsible="Budget Office", targets=[("2017-12-31", 65.0)]),
                ind(X_PURP, "Monthly reports published on time", unit="%", baseline=50.0,
                    baseline_date="2015-09-30", responsible="Budget Office",
                    targets=[("2016-12-31", 100.0)], measurements=[("2016-09-30", 12.5)]),
                ind(X_OUT, "Dashboard visits per month", baseline=None, baseline_date=None,
                    responsible="Budget Office", targets=[("2016-06-30", 1233.0)]),
                ind(X_OUT, "Datasets downloadable from the dashboard", baseline=0.0,
                    baseline_date="2015-03-31", responsible="IT Unit",
                    targets=[("2016-06-30", 20.0)], measurements=[("2016-06-30", 14.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 12. OGP follow-up in English: "No." column and lead agency merged over their milestones,
# progress as fractions in % cells (0 % included), "2nd semester 2017", "Sept 2016", "Q4 2016".

ogp_en = Case(
    "blind_ogp_en_progress.xlsx",
    "ogp_followup",
    [
        Sheet(
            "NAP 2016-2018",
            [
                ["Third National Action Plan – milestone tracking (cut-off 31/12/2016)"],
                ["No.", "Commitment", "Lead agency", "Milestone", "Start", "End", "Progress",
                 "Verification", "Status", "Notes"],
                [7, "Open justice", "Judiciary", "Publish court rulings in open format",
                 "Sept 2016", "2nd semester 2017", P(0.41), "https://www.pjud.cl/datos",
                 "Substantial", None],
                [None, None, None, "Train court clerks in data publication", "Q4 2016",
                 "31/12/2016", P(1.0), "Training report", "Complete", None],
                [8, "Beneficial ownership", "Internal Revenue Service",
                 "Draft the beneficial ownership bill", "January 2017", "Q2 2017", P(0.0), None,
                 "Not started", "Waiting for the ministry"],
            ],
            ["A3:A4", "B3:B4", "C3:C4"],
        )
    ],
    [
        {
            "code": "7",
            "title": "Open justice",
            "institution": "Judiciary",
            "results": [
                ("activity", "Publish court rulings in open format", None),
                ("activity", "Train court clerks in data publication", None),
            ],
            "milestones": {
                "Publish court rulings in open format": ("2016-09-30", "2017-12-31", 41.0),
                "Train court clerks in data publication": ("2016-12-31", "2016-12-31", 100.0),
            },
            "evidence": {"Publish court rulings in open format": "https://www.pjud.cl/datos",
                         "Train court clerks in data publication": "Training report"},
            "indicators": [],
        },
        {
            "code": "8",
            "title": "Beneficial ownership",
            "institution": "Internal Revenue Service",
            "results": [("activity", "Draft the beneficial ownership bill", None)],
            "milestones": {
                "Draft the beneficial ownership bill": ("2017-01-31", "2017-06-30", 0.0),
            },
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 13. DIPRES ficha with the indicator split over columns: "Dimensión", "Indicador",
# "Fórmula de cálculo", the year inside the header ("Línea base 2014", "Meta 2016"), a
# "Ámbito de control" column beside them, upper-case level labels in their own column.

K_FIN = "Contribuir a la probidad en la función pública"
K_PROP = "Las autoridades declaran su patrimonio e intereses en línea"
K_C1 = "Sistema de declaraciones en línea operativo"
ficha = Case(
    "blind_dipres_ficha_columnas.xlsx",
    "ilpes",
    [
        Sheet(
            "Ficha",
            [
                ["FICHA DE MARCO LÓGICO"],
                ["Compromiso N° 12: Declaraciones de patrimonio e intereses en línea"],
                ["NIVEL", "ENUNCIADO DEL OBJETIVO", "Ámbito de control", "Dimensión",
                 "Indicador", "Fórmula de cálculo", "Línea base 2014", "Meta 2016",
                 "Medios de verificación", "Supuestos"],
                ["FIN", K_FIN, None, None, None, None, None, None, None, None],
                ["PROPÓSITO", K_PROP, "Resultado", "Eficacia",
                 "Porcentaje de declaraciones presentadas en línea",
                 "(Declaraciones en línea / Declaraciones totales) * 100", "0 %", "95 %",
                 "Reporte del sistema", "Ley 20.880 promulgada"],
                ["COMPONENTE", K_C1, "Producto", "Calidad",
                 "Tiempo medio de carga de una declaración (minutos)",
                 "Σ minutos de carga / N° de declaraciones", "s/i", "20",
                 "Registros del sistema", None],
                ["ACTIVIDAD", "1.1 Desarrollar el formulario electrónico", None, None, None,
                 None, None, None, None, None],
            ],
        )
    ],
    [
        {
            "code": "12",
            "title": "Declaraciones de patrimonio e intereses en línea",
            "results": [
                ("goal", K_FIN, None),
                ("purpose", K_PROP, None),
                ("output", K_C1, K_PROP),
                ("activity", "1.1 Desarrollar el formulario electrónico", K_C1),
            ],
            "assumptions": {K_PROP: "Ley 20.880 promulgada"},
            "indicators": [
                ind(K_PROP, "Porcentaje de declaraciones presentadas en línea",
                    dimension="efficacy", unit="%",
                    formula="(Declaraciones en línea / Declaraciones totales) * 100",
                    baseline=0.0, baseline_date="2014-12-31",
                    means_of_verification="Reporte del sistema",
                    targets=[("2016-12-31", 95.0)]),
                ind(K_C1, "Tiempo medio de carga de una declaración (minutos)",
                    dimension="quality", formula="Σ minutos de carga / N° de declaraciones",
                    baseline=None, baseline_date=None,
                    means_of_verification="Registros del sistema",
                    targets=[("2016-12-31", 20.0)]),
            ],
        }
    ],
)  # fmt: skip

CASES = [dipres, eu, dfid, wb, usaid, ogp, hand, cadre, pt, odd, odd_en, ogp_en, ficha]

if __name__ == "__main__":
    for case in CASES:
        write(HERE / case.file, case.sheets)
        print("wrote", case.file)
