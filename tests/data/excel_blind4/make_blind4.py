"""Fourth blind check set (issue 13): workbooks built from the public templates agencies,
donors and governments keep, and from the way people really fill them in, varying what the
corpus, the variants, the held-out sets and the first three blind sets did not; written
without reading the importer, to score what lands as an outside reviewer would.

``python tests/data/excel_blind4/make_blind4.py`` rewrites the workbooks beside this script;
``PYTHONPATH=src python tests/data/excel_formats/score.py --folder tests/data/excel_blind4``
scores them (kept out of pytest so it stays a measure).

What is new here: Brazil's "Plano de Ação" monitoring, one sheet per commitment with
"Compromisso 3:" and "Instituição responsável:" title lines, "Marco | Responsável | Data de
início | Prazo | Status | % de execução | Evidência", Brazilian dates ("dez/2018", "1º
semestre 2019", "jan/2020"); a Costa Rica follow-up saved by LibreOffice (.ods) with N°,
Compromiso and Institución spanning their milestones' rows, quarters and semesters written
"I trimestre 2020", "Sem. 1 2020", "2019-T3", % as text and in percentage cells, line breaks
in Observaciones; a Guatemala sheet "Hoja1" with headers in two languages ("Hito /
Milestone"), trailing and non-breaking spaces, a leading apostrophe (quote prefix) and ISO
text dates; a Canada-style end-of-term self-assessment with a cover sheet and a "Completion
status" column (Complete / Substantial / Limited / Not started) merged per commitment; a
Ukraine OGP tracker in English on a sheet named in Cyrillic ("Моніторинг") after a Cyrillic
cover, with twelve hidden quarterly-comment columns between the dates and the progress and a
hidden list sheet, "TBD" end dates; a GIZ results matrix whose objective cell ("Module
objective: ...") is merged over its indicator rows, "Baseline (year)" / "Target (year)"
cells "45% (2018)", "45 days (2018)", a "Responsible" column; an IDB "Matriz de Resultados"
from Paraguay with "Resultados" and "Productos" sections, component rows, targets by year
("2019 | 2020 | Meta final (2021)"), "45 días", "US$ 1.200.000"; an AfDB "Cadre logique axé
sur les résultats" in French (IMPACT / EFFETS / PRODUITS, "Situation de référence" and
"Cible" under "INDICATEURS DE PERFORMANCE", "35 % (2016)", "1 233 (2017)", risks as
assumptions); an EU 2016 logframe as a Google Sheets export (no number formats, every value
text, objectives merged over two indicator rows each, current values "48% (2018)",
activities with Means and Costs tied to outputs by number); a World Bank results framework
with eight hidden columns (indicator ID, DLI, CRI, methodology) and "USD 1.2 million", "45
days"; a USAID IPTT with DO / IR section rows, two fiscal years of quarterly actuals and a
LOP target, "N/A", "TBD"; an Ecuador ILPES matrix in "Hoja1" with "Línea base (año)" and
"Meta (año)" columns, "Fórmula:" on the indicator's second line and spacer rows; a
Dominican Republic hand-kept matrix as an Excel Table on row 5 of the second sheet after a
cover, the commitment named in the title ("Matriz de seguimiento – Compromiso N° 5: ..."),
the objective repeated on each of its indicator rows (Tables cannot merge), a data
validation from a hidden list sheet, "Sem. 1 2020", "2019-T3", "12,5 %", "—".

Transposed matrices (levels as columns) are not included: none of the templates found lays
a logframe out that way.

Sources of the templates (found with the search tool; where the search found only the
guidance, the layout is from memory of the published forms, as said):
- AfDB results measurement and the project "Results-Based Logical Framework" / "Cadre
  logique axé sur les résultats" (columns from memory of AfDB appraisal reports):
  https://documents.pub/document/the-bank-group-results-measurement-framework-2016-2025-bank-group-results-measurement.html,
  https://vdocuments.site/probable-date-of-presentation-to-the-committee-operations-afdb-14-november.html
- GIZ results-based monitoring and results matrices (module objective and output
  indicators, from memory of GIZ offers):
  https://www.giz.de/en/aboutgiz/35001.html,
  https://results-based-management.blogspot.com/2019/01/how-giz-uses-results-based-management.html,
  https://9dok.net/document/q7w8l6dr-monitoring-in-german-bilateral-development-cooperation.html
- World Bank results frameworks (fiscal year 1 July - 30 June, Corporate Results
  Indicators): http://documents.worldbank.org/curated/en/966221468197951874/text/106192-BR-IDA18-Way-forward-PUBLIC-IDA-R2016-0139-Box396260B.txt,
  http://documents1.worldbank.org/curated/en/719071563779842522/text/IDA19-Second-Replenishment-Meeting-The-IDA19-Results-Measurement-System.txt
- The IDB "Matriz de Resultados" (Objetivo, Resultados esperados, Productos por componente,
  Línea de base, metas por año, Meta final, Medios de verificación), the Brazil CGU action
  plan monitoring sheets, the Costa Rica, Guatemala, Dominican Republic, Ukraine and Canada
  OGP follow-up and self-assessment tables: from memory of the published plans and
  reports; the DFID, EU, USAID and ILPES templates as cited in ../excel_blind3/make_blind3.py.

Dates follow the rule the earlier sets state: a month, quarter, semester or year given as
text is its last day ("dez/2018" -> 2018-12-31, "1º semestre 2019" -> 2019-06-30, "I
trimestre 2020" -> 2020-03-31, "Sem. 1 2020" -> 2020-06-30, "2019-T3" -> 2019-09-30, "Q3
2019" -> 2019-09-30), also when it is a start date; dd/mm/yyyy is day first; a date cell or
ISO text is that day; USAID fiscal years end on 30 September (FY2020 -> 2020-09-30, its Q1
-> 2019-12-31) and the World Bank's on 30 June (FY20 -> 2020-06-30); "(2018)" after a value
is its reference year (2018-12-31). Numbers by the sheet's language ("12,5 %", "1.233",
"US$ 1.200.000" in Spanish, "1 233" in French, "1,233" in English); a unit or currency
around the number is not part of the value ("45 días" -> 45, "USD 1.2 million" ->
1200000, what a user reading the cell would expect); 0.41 in a % cell is 41; "s/i", "n.a.",
"N/A", "TBD", "—" are no value. Columns the model cannot hold (comments, state, DLI, CRI,
costs, means) are not expected in the project; they must not block the import nor become
results. Units are not checked.
"""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "excel_variants"))

from make_variants import Case, P, Sheet, ind  # noqa: E402

D = dt.datetime
NB = "\u00a0"


class Q(str):
    """Text typed with a leading apostrophe (Excel's quote prefix)."""


@dataclass
class Sheet4(Sheet):
    freeze: str | None = None
    validation: tuple[str, str] | None = None
    hidden_cols: list[str] = field(default_factory=list)


def write(path: Path, sheets: list[Sheet], styled: bool = True) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for n, spec in enumerate(sheets, start=1):
        ws = wb.create_sheet(spec.title)
        for r, row in enumerate(spec.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(r, c)
                if isinstance(value, P):
                    cell.value = float(value)
                    cell.number_format = "0%"
                elif isinstance(value, Q):
                    cell.value = str(value)
                    cell._style = StyleArray()
                    cell._style.quotePrefix = 1
                elif isinstance(value, dt.datetime):
                    cell.value = value
                    if styled:
                        cell.number_format = "dd/mm/yyyy"
                else:
                    cell.value = str(value) if isinstance(value, str) else value
        for rng in spec.merges:
            ws.merge_cells(rng)
        for col in spec.hidden_cols:
            ws.column_dimensions[col].hidden = True
        if spec.hidden:
            ws.sheet_state = "hidden"
        if spec.table:
            table = Table(displayName=f"Tabla{n}", ref=spec.table)
            table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
            ws.add_table(table)
        if isinstance(spec, Sheet4):
            if spec.freeze:
                ws.freeze_panes = spec.freeze
            if spec.validation:
                dv = DataValidation(type="list", formula1=spec.validation[1], allow_blank=True)
                dv.add(spec.validation[0])
                ws.add_data_validation(dv)
    wb.properties.creator = "make_blind4.py"
    wb.properties.created = dt.datetime(2017, 1, 1)
    wb.properties.modified = dt.datetime(2017, 1, 1)
    wb.save(path)


# --------------------------------------------------------------------------------------------
# 1. Brazil "Plano de Ação" monitoring: one sheet per commitment, "Compromisso 3:" and
# "Instituição responsável:" title lines, "Marco | Responsável | Data de início | Prazo |
# Status | % de execução | Evidência | Observações"; "dez/2018", "1º semestre 2019",
# "jan/2020", "2º semestre 2019"; "100%" text, 0.45 in a % cell. The per-milestone
# "Responsável" (an acronym) is not checked.

BR3 = "Dados abertos de compras públicas"
BR4 = "Participação social no ciclo orçamentário"
BR_CGU = "Controladoria-Geral da União"
BR_ME = "Ministério da Economia"
BR_HEAD = ["Marco", "Responsável", "Data de início", "Prazo", "Status", "% de execução",
           "Evidência", "Observações"]  # fmt: skip
BR3_M = ["Publicar a base de contratos em formato aberto",
         "Realizar oficinas com a sociedade civil",
         "Integrar o painel de preços ao Portal da Transparência"]  # fmt: skip
BR4_M = ["Publicar o orçamento cidadão", "Realizar consulta pública sobre o PPA"]
br = Case(
    "b4_br_plano_acao_marcos.xlsx",
    "ogp_followup",
    [
        Sheet("Compromisso 3", [
            ["4º Plano de Ação Nacional em Governo Aberto – Monitoramento"],
            ["Compromisso 3: " + BR3],
            ["Instituição responsável: " + BR_CGU],
            [],
            BR_HEAD,
            [BR3_M[0], "CGU", D(2018, 10, 1), "dez/2018", "Concluído", "100%",
             "http://dados.gov.br/dataset/compras", None],
            [BR3_M[1], "CGU / ME", "1º semestre 2019", "2º semestre 2019", "Em andamento",
             P(0.45), None, "Duas oficinas realizadas"],
            [BR3_M[2], "ME", "jan/2020", "30/06/2020", "Não iniciado", "0%", None, None],
            [],
            ["Fonte: CGU, monitoramento de 31/12/2019."],
        ]),
        Sheet("Compromisso 4", [
            ["4º Plano de Ação Nacional em Governo Aberto – Monitoramento"],
            ["Compromisso 4: " + BR4],
            ["Instituição responsável: " + BR_ME],
            [],
            BR_HEAD,
            [BR4_M[0], "SOF/ME", D(2019, 3, 1), D(2019, 8, 30), "Concluído", P(1.0),
             "https://www.gov.br/orcamento-cidadao", None],
            [BR4_M[1], "SOF/ME", "jul/2019", "mar/2020", "Em andamento", "60%", None, None],
        ]),
    ],
    [
        {
            "code": "3",
            "title": BR3,
            "institution": BR_CGU,
            "results": [("activity", m, None) for m in BR3_M],
            "milestones": {
                BR3_M[0]: ("2018-10-01", "2018-12-31", 100.0),
                BR3_M[1]: ("2019-06-30", "2019-12-31", 45.0),
                BR3_M[2]: ("2020-01-31", "2020-06-30", 0.0),
            },
            "evidence": {BR3_M[0]: "http://dados.gov.br/dataset/compras"},
            "indicators": [],
        },
        {
            "code": "4",
            "title": BR4,
            "institution": BR_ME,
            "results": [("activity", m, None) for m in BR4_M],
            "milestones": {
                BR4_M[0]: ("2019-03-01", "2019-08-30", 100.0),
                BR4_M[1]: ("2019-07-31", "2020-03-31", 60.0),
            },
            "evidence": {BR4_M[0]: "https://www.gov.br/orcamento-cidadao"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 2. Costa Rica follow-up saved by LibreOffice (.ods): two commitments on one sheet, N°,
# Compromiso and Institución spanning their milestones' rows; "I trimestre 2020", "Sem. 1
# 2020", "2019-T3", "IV trimestre 2020", date cells; "45%" text and a percentage cell;
# Observaciones with a line break; Estado.

CR1 = "Plataforma de datos abiertos municipales"
CR2 = "Participación ciudadana en la Asamblea Legislativa"
CR_MIDEPLAN = "Ministerio de Comunicación"
CR_AL = "Asamblea Legislativa"
CR1_M = ["Diagnóstico de datos en 20 municipalidades", "Publicar 100 conjuntos de datos",
         "Capacitar a funcionarios municipales"]  # fmt: skip
CR2_M = ["Aprobar el reglamento de participación", "Habilitar la consulta legislativa en línea"]
cr = Case(
    "b4_cr_ods_compromisos.ods",
    "ogp_followup",
    [
        Sheet("Seguimiento", [
            ["IV Plan de Acción de Estado Abierto 2019-2022 – Matriz de seguimiento"],
            ["Corte: 31 de diciembre de 2020"],
            [],
            ["N°", "Compromiso", "Institución responsable", "Hito", "Fecha inicio",
             "Fecha término", "% de avance", "Medio de verificación", "Estado",
             "Observaciones"],
            ["1", CR1, CR_MIDEPLAN, CR1_M[0], "2019-T3", "I trimestre 2020", "100%",
             "Informe de diagnóstico", "Cumplido", None],
            [None, None, None, CR1_M[1], D(2020, 4, 1), "Sem. 1 2020", P(0.45), None,
             "En proceso", "Se publicaron 45 conjuntos.\nFalta la validación de datos."],
            [None, None, None, CR1_M[2], "Sem. 2 2020", "IV trimestre 2020", "0%", None,
             "No iniciado", None],
            ["2", CR2, CR_AL, CR2_M[0], D(2019, 9, 1), D(2020, 3, 31), "100%",
             "Acuerdo publicado en La Gaceta", "Cumplido", None],
            [None, None, None, CR2_M[1], "I trimestre 2020", "2020-T4", "45%", None,
             "En proceso", None],
            [],
            ["Fuente: Comisión Nacional de Gobierno Abierto."],
        ], ["A5:A7", "B5:B7", "C5:C7", "A8:A9", "B8:B9", "C8:C9"]),
    ],
    [
        {
            "code": "1",
            "title": CR1,
            "institution": CR_MIDEPLAN,
            "results": [("activity", m, None) for m in CR1_M],
            "milestones": {
                CR1_M[0]: ("2019-09-30", "2020-03-31", 100.0),
                CR1_M[1]: ("2020-04-01", "2020-06-30", 45.0),
                CR1_M[2]: ("2020-12-31", "2020-12-31", 0.0),
            },
            "evidence": {CR1_M[0]: "Informe de diagnóstico"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": CR2,
            "institution": CR_AL,
            "results": [("activity", m, None) for m in CR2_M],
            "milestones": {
                CR2_M[0]: ("2019-09-01", "2020-03-31", 100.0),
                CR2_M[1]: ("2020-03-31", "2020-12-31", 45.0),
            },
            "evidence": {CR2_M[0]: "Acuerdo publicado en La Gaceta"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 3. Guatemala "Hoja1" with headers in two languages ("Hito / Milestone", "Fecha de inicio /
# Start date"), a trailing non-breaking space after the commitment and the institution,
# trailing spaces after a milestone, a milestone on two lines kept as typed, a leading
# apostrophe before a date ("'30/06/2019"), ISO text dates, "marzo 2019"; "N/A" progress is
# no value.

GT1 = "Acceso a la información pública en municipalidades"
GT2 = "Transparencia fiscal en el Ministerio de Finanzas"
GT_SECAI = "Secretaría de Acceso a la Información Pública"
GT_MINFIN = "Ministerio de Finanzas Públicas"
GT1_M = ["Elaborar la guía de acceso a la información", "Capacitar a 100 municipalidades"]
GT2_M = ["Publicar el presupuesto abierto"]
gt = Case(
    "b4_gt_bilingue_espacios.xlsx",
    "ogp_followup",
    [
        Sheet("Hoja1", [
            ["Cuarto Plan de Acción Nacional de Gobierno Abierto 2018-2020 / Fourth National "
             "Action Plan"],
            [],
            ["No.", "Compromiso / Commitment", "Institución responsable / Responsible "
             "institution", "Hito / Milestone", "Fecha de inicio / Start date",
             "Fecha de finalización / End date", "Avance (%) / Progress (%)",
             "Medio de verificación / Means of verification", "Estado / Status"],
            ["1", GT1 + NB, GT_SECAI + NB, GT1_M[0] + "   ", "marzo 2019", Q("30/06/2019"),
             "100", "www.secai.gob.gt/guia", "Completo / Complete"],
            [None, None, None, GT1_M[1], Q("2019-07-01"), "2020-06-30", "N/A", None,
             "En proceso / In progress"],
            ["2", " " + GT2, GT_MINFIN, GT2_M[0], D(2018, 11, 1), D(2019, 12, 31), "75",
             None, "En proceso / In progress"],
        ], ["A4:A5", "B4:B5", "C4:C5"]),
    ],
    [
        {
            "code": "1",
            "title": GT1,
            "institution": GT_SECAI,
            "results": [("activity", m, None) for m in GT1_M],
            "milestones": {
                GT1_M[0]: ("2019-03-31", "2019-06-30", 100.0),
                GT1_M[1]: ("2019-07-01", "2020-06-30", None),
            },
            "evidence": {GT1_M[0]: "www.secai.gob.gt/guia"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": GT2,
            "institution": GT_MINFIN,
            "results": [("activity", GT2_M[0], None)],
            "milestones": {GT2_M[0]: ("2018-11-01", "2019-12-31", 75.0)},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 4. Canada-style end-of-term self-assessment: a "Cover" sheet, then "Self-assessment" with
# the header on row 3; "Commitment" ("1. Open by default") and "Lead department" merged
# over the milestones, a "Completion status" column merged per commitment ("Substantial",
# "Complete", "Not started"); "Due date" as "June 2019", "March 2020", a date cell;
# "Progress (%)" numbers. The commitment's completion is its status.

CA1 = "Open by default"
CA2 = "Financial transparency and accountability"
CA3 = "Open science"
CA_TBS = "Treasury Board of Canada Secretariat"
CA_FIN = "Department of Finance Canada"
CA_ISED = "Innovation, Science and Economic Development Canada"
CA1_M = ["Publish ATI summaries in the open government portal",
         "Release the federal government's digital standards"]  # fmt: skip
CA2_M = ["Publish the GC InfoBase with departmental results"]
CA3_M = ["Develop a federal open science roadmap"]
ca = Case(
    "b4_ca_self_assessment_status.xlsx",
    "ogp_followup",
    [
        Sheet("Cover", [["Canada's 2018-2020 National Action Plan on Open Government"],
                        ["End-of-term self-assessment report"],
                        ["Prepared by the Treasury Board of Canada Secretariat"]]),
        Sheet("Self-assessment", [
            ["End-of-term self-assessment – Milestones"],
            [],
            ["Commitment", "Lead department", "Milestone", "Due date", "Progress (%)",
             "Completion status", "Comments"],
            ["1. " + CA1, CA_TBS, CA1_M[0], "June 2019", 100, "Substantial", None],
            [None, None, CA1_M[1], "March 2020", 60, None, "Standards in consultation"],
            ["2. " + CA2, CA_FIN, CA2_M[0], D(2019, 3, 31), 100, "Complete", None],
            ["3. " + CA3, CA_ISED, CA3_M[0], "December 2020", 0, "Not started",
             "Delayed to the next plan"],
        ], ["A4:A5", "B4:B5", "F4:F5"]),
    ],
    [
        {"code": "1", "title": CA1, "institution": CA_TBS, "completion": "substantial",
         "results": [("activity", m, None) for m in CA1_M],
         "milestones": {CA1_M[0]: (None, "2019-06-30", 100.0),
                        CA1_M[1]: (None, "2020-03-31", 60.0)},
         "indicators": []},
        {"code": "2", "title": CA2, "institution": CA_FIN, "completion": "complete",
         "results": [("activity", CA2_M[0], None)],
         "milestones": {CA2_M[0]: (None, "2019-03-31", 100.0)}, "indicators": []},
        {"code": "3", "title": CA3, "institution": CA_ISED, "completion": "not_started",
         "results": [("activity", CA3_M[0], None)],
         "milestones": {CA3_M[0]: (None, "2020-12-31", 0.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 5. Ukraine OGP tracker in English on a sheet named "Моніторинг" after a Cyrillic cover
# ("Титульна"), a hidden list sheet ("Довідники"); header on row 4; twelve hidden
# quarterly-comment columns (G..R) between the dates and the progress; "Q3 2019", "Dec
# 2020", "TBD" end date, 0.41 in a % cell; No., Commitment and Responsible body merged.

UA1 = "Open data on public property"
UA2 = "Transparency of the state budget"
UA_SPF = "State Property Fund of Ukraine"
UA_MOF = "Ministry of Finance of Ukraine"
UA1_M = ["Publish the register of state property", "Launch an API for the register"]
UA2_M = ["Publish budget data on openbudget.gov.ua"]
UA_Q = [f"Q{q} {y} comment" for y in (2019, 2020, 2021) for q in (1, 2, 3, 4)]
UA_HIDE = [chr(c) for c in range(ord("G"), ord("S"))]  # G..R
ua = Case(
    "b4_ua_cyrillic_hidden_cols.xlsx",
    "ogp_followup",
    [
        Sheet("Титульна", [["Національний план дій з впровадження Ініціативи «Партнерство "
                            "Відкритий Уряд» 2018-2020"], ["Моніторинг виконання"]]),
        Sheet4("Моніторинг", [
            ["OGP Action Plan 2018-2020 – implementation tracker"],
            ["Updated 31/12/2020"],
            [],
            ["No.", "Commitment", "Responsible body", "Milestone", "Start", "End", *UA_Q,
             "Progress, %", "Evidence", "Status"],
            ["1", UA1, UA_SPF, UA1_M[0], "Q3 2019", "Dec 2019", *(["see report"] * 12),
             P(1.0), "https://data.gov.ua/spf-register", "Completed"],
            [None, None, None, UA1_M[1], "Jan 2020", "TBD", *([None] * 12), P(0.41), None,
             "In progress"],
            ["2", UA2, UA_MOF, UA2_M[0], D(2019, 1, 1), D(2019, 12, 31),
             *(["on track"] * 12), P(1.0), "https://openbudget.gov.ua", "Completed"],
            [],
            ["Notes: progress as reported by the responsible bodies."],
        ], ["A5:A6", "B5:B6", "C5:C6"], hidden_cols=UA_HIDE, freeze="E5"),
        Sheet("Довідники", [["Completed"], ["In progress"], ["Not started"]], hidden=True),
    ],
    [
        {
            "code": "1", "title": UA1, "institution": UA_SPF,
            "results": [("activity", m, None) for m in UA1_M],
            "milestones": {UA1_M[0]: ("2019-09-30", "2019-12-31", 100.0),
                           UA1_M[1]: ("2020-01-31", None, 41.0)},
            "evidence": {UA1_M[0]: "https://data.gov.ua/spf-register"},
            "indicators": [],
        },
        {
            "code": "2", "title": UA2, "institution": UA_MOF,
            "results": [("activity", UA2_M[0], None)],
            "milestones": {UA2_M[0]: ("2019-01-01", "2019-12-31", 100.0)},
            "evidence": {UA2_M[0]: "https://openbudget.gov.ua"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 6. GIZ results matrix: "Project:" line, the objective cell "Module objective: ..." and the
# outputs "Output A: ..." merged over their indicator rows (one indicator per row),
# "Baseline (year)" / "Target (year)" cells "45% (2018)", "45 days (2018)", "0 (2018)",
# a "Responsible" column; a note below. The "Module objective:" / "Output A:" labels are
# the level, not part of the narrative (what a user expects).

Z_MO = "Public institutions manage public finances transparently and efficiently"
Z_A = "Capacities of the revenue authority to audit large taxpayers are strengthened"
Z_B = "Civil society monitors the budget of selected districts"
giz = Case(
    "b4_giz_results_matrix.xlsx",
    "handmade",
    [
        Sheet("Results matrix", [
            ["Project: Good Financial Governance (PN 2016.2049.0)"],
            ["Results matrix, version of 15/03/2019"],
            [],
            ["Results", "Indicator", "Unit", "Baseline (year)", "Target (year)",
             "Means of verification", "Responsible"],
            ["Module objective: " + Z_MO, "Share of budget execution reports published on "
             "time", "%", "45% (2018)", "80% (2021)", "Ministry of Finance website",
             "M&E officer"],
            [None, "Average days to approve a procurement contract", "days",
             "45 days (2018)", "30 days (2021)", "e-procurement system", "M&E officer"],
            ["Output A: " + Z_A, "Large-taxpayer audits completed per year", "number",
             "120 (2018)", "200 (2021)", "Revenue authority annual report",
             "Component lead A"],
            [None, "Auditors certified", "number", "0 (2018)", "60 (2021)",
             "Certification records", "Component lead A"],
            ["Output B: " + Z_B, "Districts with a budget monitoring report", "number",
             "2 (2018)", "12 (2021)", "CSO reports", "Component lead B"],
            [],
            ["Note: baselines and targets give the reference year in brackets."],
        ], ["A5:A6", "A7:A8"]),
    ],
    [
        {
            "code": "",
            "title": "Good Financial Governance (PN 2016.2049.0)",
            "results": [("purpose", Z_MO, None), ("output", Z_A, Z_MO),
                        ("output", Z_B, Z_MO)],
            "indicators": [
                ind(Z_MO, "Share of budget execution reports published on time",
                    baseline=45.0, baseline_date="2018-12-31",
                    means_of_verification="Ministry of Finance website",
                    responsible="M&E officer", targets=[("2021-12-31", 80.0)]),
                ind(Z_MO, "Average days to approve a procurement contract", baseline=45.0,
                    baseline_date="2018-12-31", means_of_verification="e-procurement system",
                    responsible="M&E officer", targets=[("2021-12-31", 30.0)]),
                ind(Z_A, "Large-taxpayer audits completed per year", baseline=120.0,
                    baseline_date="2018-12-31",
                    means_of_verification="Revenue authority annual report",
                    responsible="Component lead A", targets=[("2021-12-31", 200.0)]),
                ind(Z_A, "Auditors certified", baseline=0.0, baseline_date="2018-12-31",
                    means_of_verification="Certification records",
                    responsible="Component lead A", targets=[("2021-12-31", 60.0)]),
                ind(Z_B, "Districts with a budget monitoring report", baseline=2.0,
                    baseline_date="2018-12-31", means_of_verification="CSO reports",
                    responsible="Component lead B", targets=[("2021-12-31", 12.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 7. IDB "Matriz de Resultados" (Paraguay): "Objetivo del proyecto:" line; "Resultados" and
# "Productos" section rows, "Componente 1: ..." rows; "Indicadores | Unidad de medida |
# Línea de base | Año línea de base | 2019 | 2020 | Meta final (2021) | Medios de
# verificación | Responsable"; "45 días", "US$ 1.200.000", "12,5", "s/i".

Y_OBJ = (
    "Mejorar la eficiencia y la transparencia de la gestión de las compras públicas del Paraguay"
)
Y_C1 = "Componente 1: Sistema de compras electrónicas"
Y_C2 = "Componente 2: Fortalecimiento de la Dirección Nacional de Contrataciones Públicas"
Y_H = ["Indicadores", "Unidad de medida", "Línea de base", "Año línea de base", "2019",
       "2020", "Meta final (2021)", "Medios de verificación", "Responsable"]  # fmt: skip
py = Case(
    "b4_py_bid_matriz_resultados.xlsx",
    "worldbank",
    [
        Sheet("Matriz de Resultados", [
            ["Anexo II – Matriz de Resultados"],
            ["Proyecto: Programa de Modernización de las Compras Públicas (PR-L1150)"],
            ["Objetivo del proyecto:", Y_OBJ],
            [],
            Y_H,
            ["Resultados"],
            ["Tiempo promedio de adjudicación de licitaciones", "días", "45 días", 2018,
             "40 días", "35 días", "30 días", "Reportes del SICP", "DNCP"],
            ["Ahorro anual por compras electrónicas", "US$", "US$ 0", 2018, "US$ 500.000",
             "US$ 800.000", "US$ 1.200.000", "Informe financiero del programa", "DNCP"],
            ["Productos"],
            [Y_C1],
            ["Procesos tramitados electrónicamente", "%", "12,5", 2018, "40", "70", "95",
             "Reportes del SICP", "DNCP"],
            [Y_C2],
            ["Funcionarios certificados en contrataciones", "número", "s/i", None, "150",
             "300", "500", "Registros de capacitación", "Unidad ejecutora"],
            [],
            ["Fuente: BID, documento de préstamo."],
        ], ["B3:I3", "A6:I6", "A9:I9", "A10:I10", "A12:I12"]),
    ],
    [
        {
            "code": "",
            "title": "Programa de Modernización de las Compras Públicas (PR-L1150)",
            "results": [("purpose", Y_OBJ, None), ("output", Y_C1, Y_OBJ),
                        ("output", Y_C2, Y_OBJ)],
            "indicators": [
                ind(Y_OBJ, "Tiempo promedio de adjudicación de licitaciones", baseline=45.0,
                    baseline_date="2018-12-31", means_of_verification="Reportes del SICP",
                    responsible="DNCP",
                    targets=[("2019-12-31", 40.0), ("2020-12-31", 35.0),
                             ("2021-12-31", 30.0)]),
                ind(Y_OBJ, "Ahorro anual por compras electrónicas", baseline=0.0,
                    baseline_date="2018-12-31",
                    means_of_verification="Informe financiero del programa",
                    responsible="DNCP",
                    targets=[("2019-12-31", 500000.0), ("2020-12-31", 800000.0),
                             ("2021-12-31", 1200000.0)]),
                ind(Y_C1, "Procesos tramitados electrónicamente", baseline=12.5,
                    baseline_date="2018-12-31", means_of_verification="Reportes del SICP",
                    responsible="DNCP",
                    targets=[("2019-12-31", 40.0), ("2020-12-31", 70.0),
                             ("2021-12-31", 95.0)]),
                ind(Y_C2, "Funcionarios certificados en contrataciones", baseline=None,
                    means_of_verification="Registros de capacitación",
                    responsible="Unidad ejecutora",
                    targets=[("2019-12-31", 150.0), ("2020-12-31", 300.0),
                             ("2021-12-31", 500.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 8. AfDB "Cadre logique axé sur les résultats" in French: "Pays et titre du projet :" and
# "But du projet :" lines; "CHAÎNE DES RÉSULTATS" | "INDICATEURS DE PERFORMANCE" over
# "Indicateur (y compris les ISC) | Situation de référence | Cible" | "MOYENS DE
# VÉRIFICATION" | "RISQUES / MESURES D'ATTÉNUATION"; the level (IMPACT / EFFET / PRODUITS)
# and the narrative merged over their indicator rows; "35 % (2016)", "1 233 (2017)" with a
# non-breaking space, "12,5 (2016)"; risks are the assumptions. A "Source :" line below.

F_IMP = "La qualité des services publics au Sénégal est améliorée"
F_EFF = "L'administration publique gère ses ressources de façon transparente"
F_P1 = "Le système intégré de gestion des finances publiques est opérationnel"
F_P2 = "Les agents publics sont formés à la gestion axée sur les résultats"
afdb = Case(
    "b4_afdb_clar_fr.xlsx",
    "eu_fr",
    [
        Sheet("CLAR", [
            ["Pays et titre du projet : Sénégal – Projet d'appui à la modernisation de "
             "l'administration (PAMA)"],
            ["But du projet : " + F_EFF],
            [],
            [None, "CHAÎNE DES RÉSULTATS", "INDICATEURS DE PERFORMANCE", None, None,
             "MOYENS DE VÉRIFICATION", "RISQUES / MESURES D'ATTÉNUATION"],
            [None, None, "Indicateur (y compris les ISC)", "Situation de référence", "Cible",
             None, None],
            ["IMPACT", F_IMP, "Indice de satisfaction des usagers (%)", f"35{NB}% (2016)",
             f"60{NB}% (2022)", "Enquête nationale", None],
            ["EFFET", F_EFF, "Délai moyen de paiement des fournisseurs (jours)",
             "90 (2016)", "45 (2022)", "Rapports du Trésor",
             "Risque : instabilité institutionnelle. Mesure : dialogue de haut niveau"],
            [None, None, "Rapports d'exécution budgétaire publiés (%)", f"12,5{NB}% (2016)",
             f"100{NB}% (2022)", "Site du ministère des Finances", None],
            ["PRODUITS", F_P1, "Entités connectées au système", f"1{NB}233 (2017)",
             f"2{NB}500 (2022)", "Rapports de la DTAI",
             "Risque : coupures d'électricité. Mesure : onduleurs"],
            [None, F_P2, "Agents formés", "0 (2016)", f"1{NB}500 (2022)",
             "Listes de présence", None],
            [],
            ["Source : BAD, rapport d'évaluation du projet."],
        ], ["A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "A7:A8", "B7:B8", "G7:G8",
            "A9:A10"]),
    ],
    [
        {
            "code": "",
            "title": "Sénégal – Projet d'appui à la modernisation de l'administration (PAMA)",
            "results": [("goal", F_IMP, None), ("purpose", F_EFF, None),
                        ("output", F_P1, F_EFF), ("output", F_P2, F_EFF)],
            "assumptions": {
                F_EFF: "Risque : instabilité institutionnelle. Mesure : dialogue de haut "
                       "niveau",
                F_P1: "Risque : coupures d'électricité. Mesure : onduleurs",
            },
            "indicators": [
                ind(F_IMP, "Indice de satisfaction des usagers (%)", baseline=35.0,
                    baseline_date="2016-12-31", means_of_verification="Enquête nationale",
                    targets=[("2022-12-31", 60.0)]),
                ind(F_EFF, "Délai moyen de paiement des fournisseurs (jours)", baseline=90.0,
                    baseline_date="2016-12-31", means_of_verification="Rapports du Trésor",
                    targets=[("2022-12-31", 45.0)]),
                ind(F_EFF, "Rapports d'exécution budgétaire publiés (%)", baseline=12.5,
                    baseline_date="2016-12-31",
                    means_of_verification="Site du ministère des Finances",
                    targets=[("2022-12-31", 100.0)]),
                ind(F_P1, "Entités connectées au système", baseline=1233.0,
                    baseline_date="2017-12-31", means_of_verification="Rapports de la DTAI",
                    targets=[("2022-12-31", 2500.0)]),
                ind(F_P2, "Agents formés", baseline=0.0, baseline_date="2016-12-31",
                    means_of_verification="Listes de présence",
                    targets=[("2022-12-31", 1500.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 9. EU 2016 logframe as a Google Sheets export (no number formats, every value text): the
# level label and the results-chain cell merged over two indicator rows each; "72% (2015)",
# current value "48% (2018)" (a measurement at its reference date), "n.a."; "90% (2020)";
# the activities block "Activities | Means | Costs" below, activities tied to their output
# by number ("1.1" under "1."). Means and costs are not held by the model.

E_IMP = "Improved accountability of public institutions in Jordan"
E_OUT = "Citizens use public information to engage with institutions"
E_O1 = "1. Ministries publish key datasets on the open data portal"
E_O2 = "2. Civil society organisations are trained in data use"
E_A = ["1.1 Set up the open data portal", "1.2 Train ministry data stewards",
       "2.1 Run data-use bootcamps for CSOs"]  # fmt: skip
E_H = [None, "Results chain", "Indicators", "Baselines\n(incl. reference year)",
       "Current value\nReference date", "Targets\n(incl. reference year)",
       "Sources and means of verification", "Assumptions"]  # fmt: skip
eu = Case(
    "b4_eu2016_gsheets_export.xlsx",
    "eu",
    [
        Sheet("Logframe", [
            ["Indicative logframe matrix – Support to Open Government in Jordan"],
            [],
            E_H,
            ["Impact (Overall objective)", E_IMP, "Rank in the Open Budget Index", "45 (2015)",
             "52 (2018)", "60 (2020)", "Open Budget Survey", None],
            [None, None, "Citizens who trust public institutions (%)", "72% (2015)", "n.a.",
             "80% (2020)", "Arab Barometer", None],
            ["Outcome (Specific objective)", E_OUT, "Information requests filed per year",
             "1,200 (2016)", "1,850 (2018)", "3,000 (2020)", "Information Council reports",
             "Political commitment to open government continues"],
            [None, None, "Requests answered on time (%)", "35% (2016)", "48% (2018)",
             "90% (2020)", "Information Council reports", None],
            ["Outputs", E_O1, "Datasets published", "0 (2016)", "140 (2018)", "400 (2020)",
             "Portal statistics", "Ministries appoint data stewards"],
            [None, E_O2, "CSOs trained", "0 (2016)", "25 (2018)", "60 (2020)",
             "Training records", None],
            [],
            [None, "Activities", "Means", "Costs"],
            [None, E_A[0], "Technical assistance", "EUR 250,000"],
            [None, E_A[1], "Workshops", "EUR 80,000"],
            [None, E_A[2], "Grants to CSOs", "EUR 120,000"],
        ], ["A4:A5", "B4:B5", "A6:A7", "B6:B7", "H6:H7", "A8:A9"]),
    ],
    [
        {
            "code": "",
            "title": "Support to Open Government in Jordan",
            "results": [("goal", E_IMP, None), ("purpose", E_OUT, None),
                        ("output", E_O1, E_OUT), ("output", E_O2, E_OUT),
                        ("activity", E_A[0], E_O1), ("activity", E_A[1], E_O1),
                        ("activity", E_A[2], E_O2)],
            "assumptions": {E_OUT: "Political commitment to open government continues",
                            E_O1: "Ministries appoint data stewards"},
            "indicators": [
                ind(E_IMP, "Rank in the Open Budget Index", baseline=45.0,
                    baseline_date="2015-12-31", means_of_verification="Open Budget Survey",
                    targets=[("2020-12-31", 60.0)], measurements=[("2018-12-31", 52.0)]),
                ind(E_IMP, "Citizens who trust public institutions (%)", baseline=72.0,
                    baseline_date="2015-12-31", means_of_verification="Arab Barometer",
                    targets=[("2020-12-31", 80.0)]),
                ind(E_OUT, "Information requests filed per year", baseline=1200.0,
                    baseline_date="2016-12-31",
                    means_of_verification="Information Council reports",
                    targets=[("2020-12-31", 3000.0)], measurements=[("2018-12-31", 1850.0)]),
                ind(E_OUT, "Requests answered on time (%)", baseline=35.0,
                    baseline_date="2016-12-31",
                    means_of_verification="Information Council reports",
                    targets=[("2020-12-31", 90.0)], measurements=[("2018-12-31", 48.0)]),
                ind(E_O1, "Datasets published", baseline=0.0, baseline_date="2016-12-31",
                    means_of_verification="Portal statistics",
                    targets=[("2020-12-31", 400.0)], measurements=[("2018-12-31", 140.0)]),
                ind(E_O2, "CSOs trained", baseline=0.0, baseline_date="2016-12-31",
                    means_of_verification="Training records",
                    targets=[("2020-12-31", 60.0)], measurements=[("2018-12-31", 25.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 10. World Bank results framework, very wide: eight hidden columns (Indicator ID, DLI, CRI,
# methodology notes, YR1..YR4 actuals kept for the ISR) left of the name and after the
# targets; "PDO" label and text; "YR1 (FY20)".."YR3 (FY22)", "End Target (FY23)"; "USD 1.2
# million", "USD 0", "45 days", "TBD"; component rows. Hidden actual columns are the ISR's
# working copy and empty here.

W_PDO = "To improve the efficiency and transparency of public procurement in Nigeria"
W_C1 = "Component 1: e-Procurement system"
W_C2 = "Component 2: Procurement oversight"
W_H = [
    "ID",
    "Indicator Name",
    "DLI",
    "CRI",
    "Unit of Measure",
    "Baseline",
    "YR1 (FY20)",
    "YR2 (FY21)",
    "YR3 (FY22)",
    "End Target (FY23)",
    "Actual YR1",
    "Actual YR2",
    "Actual YR3",
    "Methodology notes",
    "Frequency",
    "Data Source",
    "Responsibility",
]
W_HIDE = ["A", "C", "D", "E", "K", "L", "M", "N"]
wbk = Case(
    "b4_wb_wide_hidden_units.xlsx",
    "worldbank",
    [
        Sheet4("Results Framework", [
            ["Results Framework and Monitoring"],
            ["Project Name: Nigeria Public Procurement Reform Project (P170001)"],
            [],
            [None, "PDO", W_PDO],
            [],
            [None, "PDO Level Results Indicators"],
            W_H,
            ["PDO1", "Average procurement cycle time", "DLI 1", None, "Days", "120 days",
             "100 days", "80 days", "60 days", "45 days", None, None, None,
             "From advert to award", "Annual", "e-GP system", "BPP"],
            ["PDO2", "Savings from e-procurement", None, "Yes", "Amount (USD)", "USD 0",
             "USD 0.3 million", "USD 0.8 million", "TBD", "USD 1.2 million", None, None,
             None, "Against budget estimates", "Annual", "BPP financial reports", "BPP"],
            [],
            [None, "Intermediate Results Indicators"],
            W_H,
            [None, W_C1],
            ["IR1", "MDAs using the e-GP system", None, None, "Number", "0", "10", "30",
             "60", "90", None, None, None, None, "Semi-annual", "e-GP system", "BPP"],
            [None, W_C2],
            ["IR2", "Procurement audits published", None, None, "Number", "2", "6", "10",
             "14", "20", None, None, None, None, "Annual", "BPP website", "BPP"],
        ], ["C4:Q4", "B13:Q13", "B15:Q15"], hidden_cols=W_HIDE, freeze="C8"),
    ],
    [
        {
            "code": "",
            "title": "Nigeria Public Procurement Reform Project (P170001)",
            "results": [("purpose", W_PDO, None), ("output", W_C1, W_PDO),
                        ("output", W_C2, W_PDO)],
            "indicators": [
                ind(W_PDO, "Average procurement cycle time", baseline=120.0,
                    frequency="Annual", data_source="e-GP system", responsible="BPP",
                    targets=[("2020-06-30", 100.0), ("2021-06-30", 80.0),
                             ("2022-06-30", 60.0), ("2023-06-30", 45.0)]),
                ind(W_PDO, "Savings from e-procurement", baseline=0.0, frequency="Annual",
                    data_source="BPP financial reports", responsible="BPP",
                    targets=[("2020-06-30", 300000.0), ("2021-06-30", 800000.0),
                             ("2023-06-30", 1200000.0)]),
                ind(W_C1, "MDAs using the e-GP system", baseline=0.0,
                    frequency="Semi-annual", data_source="e-GP system", responsible="BPP",
                    targets=[("2020-06-30", 10.0), ("2021-06-30", 30.0),
                             ("2022-06-30", 60.0), ("2023-06-30", 90.0)]),
                ind(W_C2, "Procurement audits published", baseline=2.0, frequency="Annual",
                    data_source="BPP website", responsible="BPP",
                    targets=[("2020-06-30", 6.0), ("2021-06-30", 10.0),
                             ("2022-06-30", 14.0), ("2023-06-30", 20.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 11. USAID IPTT with DO / IR section rows: "Activity:" line, two header rows ("Baseline"
# over "Year | Value", "FY2020" and "FY2021" over "Target | Q1 | Q2 | Q3 | Q4", "LOP Target
# (FY2022)"); "Goal:", "DO 2:", "IR 2.1:", "IR 2.2:" rows spanning the table; 0.41 in % cells,
# "45%" text, "N/A", "TBD". Quarterly actuals are measurements at the quarter's end (FY2020
# Q1 -> 2019-12-31).

U_GOAL = "Democratic governance in Honduras is strengthened"
U_DO = "Transparency and accountability of local governments improved"
U_IR1 = "Municipal budgets published and debated with citizens"
U_IR2 = "Municipal procurement is open to scrutiny"
U_H1 = [
    "No.",
    "Indicator",
    "Unit",
    "Baseline",
    None,
    "FY2020",
    None,
    None,
    None,
    None,
    "FY2021",
    None,
    None,
    None,
    None,
    "LOP Target\n(FY2022)",
]
U_H2 = [None, None, None, "Year", "Value", "Target", "Q1", "Q2", "Q3", "Q4", "Target", "Q1",
        "Q2", "Q3", "Q4", None]  # fmt: skip
usaid = Case(
    "b4_usaid_iptt_do_ir.xlsx",
    "usaid",
    [
        Sheet("IPTT FY21", [
            ["Indicator Performance Tracking Table (IPTT)"],
            ["Activity: Transparent Local Governance"],
            [],
            U_H1,
            U_H2,
            ["Goal: " + U_GOAL],
            ["DO 2: " + U_DO],
            ["2.0.1", "Municipalities with a transparency score above 60%", "%", "FY2019",
             P(0.41), P(0.5), None, P(0.44), None, P(0.52), P(0.6), P(0.55), "TBD", None,
             None, P(0.75)],
            ["IR 2.1: " + U_IR1],
            ["2.1.1", "Municipal budgets published online", "Number", "FY2019", 12, 20, 5,
             9, 14, 21, 35, 25, None, None, None, 50],
            ["IR 2.2: " + U_IR2],
            ["2.2.1", "Contracts published in open format", "%", "FY2019", "N/A", "30%",
             None, None, "28%", "33%", "45%", None, None, None, None, "60%"],
            [],
            ["Notes: quarterly values are for the quarter; FY runs October-September."],
        ], ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:J4", "K4:O4", "P4:P5", "A6:P6",
            "A7:P7", "A9:P9", "A11:P11"]),
    ],
    [
        {
            "code": "",
            "title": "Transparent Local Governance",
            "results": [("goal", U_GOAL, None), ("purpose", U_DO, None),
                        ("output", U_IR1, U_DO), ("output", U_IR2, U_DO)],
            "indicators": [
                ind(U_DO, "Municipalities with a transparency score above 60%", unit="%",
                    baseline=41.0, baseline_date="2019-09-30",
                    targets=[("2020-09-30", 50.0), ("2021-09-30", 60.0),
                             ("2022-09-30", 75.0)],
                    measurements=[("2020-03-31", 44.0), ("2020-09-30", 52.0),
                                  ("2020-12-31", 55.0)]),
                ind(U_IR1, "Municipal budgets published online", baseline=12.0,
                    baseline_date="2019-09-30",
                    targets=[("2020-09-30", 20.0), ("2021-09-30", 35.0),
                             ("2022-09-30", 50.0)],
                    measurements=[("2019-12-31", 5.0), ("2020-03-31", 9.0),
                                  ("2020-06-30", 14.0), ("2020-09-30", 21.0),
                                  ("2020-12-31", 25.0)]),
                ind(U_IR2, "Contracts published in open format", unit="%", baseline=None,
                    targets=[("2020-09-30", 30.0), ("2021-09-30", 45.0),
                             ("2022-09-30", 60.0)],
                    measurements=[("2020-06-30", 28.0), ("2020-09-30", 33.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 12. Ecuador ILPES matrix in "Hoja1": title lines, "Nivel | Resumen narrativo de objetivos |
# Indicadores (fórmula) | Línea base (año) | Meta (año) | Medios de verificación |
# Supuestos"; indicators on two lines (name, then "Fórmula: ..."); spacer rows between
# levels; "COMPONENTES" and "ACTIVIDADES" merged; activities 1.1, 1.2, 2.1 after all the
# components; "72% (2015)", "1.233 (2016)", "n.a."; "Elaborado por:" below. The formula is
# the text after "Fórmula:" (what a user expects).

K_FIN = "Contribuir a la transparencia de la gestión pública en el Ecuador"
K_PROP = "Las entidades del Ejecutivo publican información conforme a la LOTAIP"
K_C1 = "1. Portal de transparencia implementado"
K_C2 = "2. Servidores públicos capacitados en transparencia activa"
K_A = ["1.1 Desarrollar el portal", "1.2 Migrar la información de las entidades",
       "2.1 Dictar talleres de transparencia activa"]  # fmt: skip
ec = Case(
    "b4_ec_ilpes_hoja1.xlsx",
    "ilpes",
    [
        Sheet("Hoja1", [
            ["MATRIZ DE MARCO LÓGICO"],
            ["Proyecto: Transparencia activa en la Función Ejecutiva"],
            ["Entidad: Defensoría del Pueblo"],
            [],
            ["Nivel", "Resumen narrativo de objetivos", "Indicadores (fórmula)",
             "Línea base (año)", "Meta (año)", "Medios de verificación", "Supuestos"],
            ["FIN", K_FIN, "Índice de transparencia activa\nFórmula: puntaje obtenido / "
             "puntaje máximo * 100", "72% (2015)", "85% (2021)", "Informe anual de la "
             "Defensoría", "Estabilidad política"],
            [],
            ["PROPÓSITO", K_PROP, "Entidades que cumplen la LOTAIP\nFórmula: entidades que "
             "cumplen / total de entidades * 100", "n.a.", "90% (2021)",
             "Reportes de cumplimiento", "Las entidades asignan personal"],
            [],
            ["COMPONENTES", K_C1, "Visitas al portal\nFórmula: suma de visitas anuales",
             "1.233 (2016)", "50.000 (2021)", "Estadísticas del portal", None],
            [None, K_C2, "Servidores capacitados\nFórmula: suma de servidores aprobados",
             "0 (2016)", "2.500 (2021)", "Registros de asistencia", "Baja rotación"],
            [],
            ["ACTIVIDADES", K_A[0]],
            [None, K_A[1]],
            [None, K_A[2]],
            [],
            ["Elaborado por: ____________________", None, "Aprobado por: ______________"],
        ], ["A10:A11", "A13:A15"]),
    ],
    [
        {
            "code": "",
            "title": "Transparencia activa en la Función Ejecutiva",
            "results": [("goal", K_FIN, None), ("purpose", K_PROP, None),
                        ("output", K_C1, K_PROP), ("output", K_C2, K_PROP),
                        ("activity", K_A[0], K_C1), ("activity", K_A[1], K_C1),
                        ("activity", K_A[2], K_C2)],
            "assumptions": {K_FIN: "Estabilidad política",
                            K_PROP: "Las entidades asignan personal",
                            K_C2: "Baja rotación"},
            "indicators": [
                ind(K_FIN, "Índice de transparencia activa",
                    formula="puntaje obtenido / puntaje máximo * 100", baseline=72.0,
                    baseline_date="2015-12-31",
                    means_of_verification="Informe anual de la Defensoría",
                    targets=[("2021-12-31", 85.0)]),
                ind(K_PROP, "Entidades que cumplen la LOTAIP",
                    formula="entidades que cumplen / total de entidades * 100",
                    baseline=None, means_of_verification="Reportes de cumplimiento",
                    targets=[("2021-12-31", 90.0)]),
                ind(K_C1, "Visitas al portal", formula="suma de visitas anuales",
                    baseline=1233.0, baseline_date="2016-12-31",
                    means_of_verification="Estadísticas del portal",
                    targets=[("2021-12-31", 50000.0)]),
                ind(K_C2, "Servidores capacitados", formula="suma de servidores aprobados",
                    baseline=0.0, baseline_date="2016-12-31",
                    means_of_verification="Registros de asistencia",
                    targets=[("2021-12-31", 2500.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 13. Dominican Republic hand-kept matrix: a "Portada" cover, then "Matriz" with the title
# "Matriz de seguimiento – Compromiso N° 5: ..." and "Institución responsable:" lines, an
# Excel Table from row 5 (no merges: the level and objective are repeated on each of their
# indicator rows, one objective with two indicators), a data validation on "Nivel" from a
# hidden "Listas" sheet; "Sem. 1 2020", "2019-T3", "30/06/2020"; "12,5 %", "1.233", "—".

DO_G = "Fortalecer la transparencia del Estado dominicano"
DO_P = "Las instituciones publican su información en un portal único"
DO_O = "Portal único de transparencia en funcionamiento"
DO_A = "Capacitar a los responsables de acceso a la información"
DO_INST = "Dirección General de Ética e Integridad Gubernamental"
DO_H = ["Nivel", "Objetivo", "Indicador", "Línea base", "Año base", "Meta", "Fecha meta",
        "Medio de verificación", "Supuestos"]  # fmt: skip
dom = Case(
    "b4_do_tabla_portada_compromiso5.xlsx",
    "handmade",
    [
        Sheet("Portada", [["Gobierno de la República Dominicana"],
                          ["IV Plan de Acción de Gobierno Abierto 2018-2020"],
                          ["Seguimiento de compromisos"]]),
        Sheet4("Matriz", [
            ["Matriz de seguimiento – Compromiso N° 5: Portal único de transparencia"],
            ["Institución responsable: " + DO_INST],
            [],
            [],
            DO_H,
            ["Objetivo general", DO_G, "Índice de transparencia gubernamental", "—", None,
             "80", "30/06/2020", "Informe de la DIGEIG", None],
            ["Objetivo específico", DO_P, "Instituciones en el portal único", "1.233", 2018,
             "1.500", "Sem. 1 2020", "Estadísticas del portal", "Las instituciones cooperan"],
            ["Objetivo específico", DO_P, "Solicitudes respondidas en plazo (%)",
             "12,5 %", 2018, "60 %", "Sem. 1 2020", "Reportes SAIP", None],
            ["Resultado", DO_O, "Portal publicado", "0", 2018, "1", "2019-T3",
             "Dirección web del portal", None],
            ["Actividad", DO_A, None, None, None, None, None, None, None],
        ], validation=("A6:A10", "Listas!$A$1:$A$4"), freeze="A6", table="A5:I10"),
        Sheet("Listas", [["Objetivo general"], ["Objetivo específico"], ["Resultado"],
                         ["Actividad"]], hidden=True),
    ],
    [
        {
            "code": "5",
            "title": "Portal único de transparencia",
            "institution": DO_INST,
            "results": [("goal", DO_G, None), ("purpose", DO_P, None),
                        ("output", DO_O, DO_P), ("activity", DO_A, DO_O)],
            "assumptions": {DO_P: "Las instituciones cooperan"},
            "indicators": [
                ind(DO_G, "Índice de transparencia gubernamental", baseline=None,
                    means_of_verification="Informe de la DIGEIG",
                    targets=[("2020-06-30", 80.0)]),
                ind(DO_P, "Instituciones en el portal único", baseline=1233.0,
                    baseline_date="2018-12-31", means_of_verification="Estadísticas del portal",
                    targets=[("2020-06-30", 1500.0)]),
                ind(DO_P, "Solicitudes respondidas en plazo (%)", baseline=12.5,
                    baseline_date="2018-12-31", means_of_verification="Reportes SAIP",
                    targets=[("2020-06-30", 60.0)]),
                ind(DO_O, "Portal publicado", baseline=0.0, baseline_date="2018-12-31",
                    means_of_verification="Dirección web del portal",
                    targets=[("2019-09-30", 1.0)]),
            ],
        }
    ],
)  # fmt: skip

CASES = [br, cr, gt, ca, ua, giz, py, afdb, eu, wbk, usaid, ec, dom]


# --------------------------------------------------------------------------------------------
# A minimal OpenDocument spreadsheet writer, as in ../excel_blind2/make_blind2.py, with
# percentage cells (what LibreOffice writes for a cell formatted 0%).

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'office:version="1.2"'
)


def _ref(ref: str) -> tuple[int, int]:
    letters = "".join(ch for ch in ref if ch.isalpha())
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return int(ref[len(letters) :]), n


def _ods_cell(value: Any, span: tuple[int, int] | None) -> str:
    attrs = ""
    if span:
        attrs = (f' table:number-rows-spanned="{span[0]}"'
                 f' table:number-columns-spanned="{span[1]}"')  # fmt: skip
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, P):
        return (f'<table:table-cell{attrs} office:value-type="percentage"'
                f' office:value="{float(value)}"><text:p>{round(value * 100)}%</text:p>'
                "</table:table-cell>")  # fmt: skip
    if isinstance(value, dt.date):
        iso = value.date().isoformat() if isinstance(value, dt.datetime) else value.isoformat()
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
            write(folder / case.file, case.sheets, styled=case is not eu)
        print("wrote", case.file)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
