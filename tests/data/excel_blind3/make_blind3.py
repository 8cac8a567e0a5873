"""Third blind check set (issue 13): workbooks built from the public templates agencies and
donors keep, and from the way people really fill them in, varying what the corpus, the
variants, the held-out sets and the first two blind sets did not; written without reading
the importer, to score what lands as an outside reviewer would.

``python tests/data/excel_blind3/make_blind3.py`` rewrites the workbooks beside this script;
``PYTHONPATH=src python tests/data/excel_formats/score.py --folder tests/data/excel_blind3``
scores them (kept out of pytest so it stays a measure).

What is new here: Mexico's "Matriz de Indicadores para Resultados" (SHCP/CONEVAL MIR: Fin /
Propósito / Componente / Actividad, each activity under the component before it, "Método de
cálculo", "Tipo", "Dimensión", "Frecuencia de medición", "Unidad de medida", "Supuestos",
"Indicadores" and "Línea base" merged over two header rows, Mexican numbers with a decimal
point and comma thousands: "62.40", "12,450"); an ILPES/CEPAL matrix whose headers hold line
breaks ("Resumen narrativo\\nde objetivos"), with frozen panes, an autofilter, cell comments,
a very long narrative, "58% (2015)" baselines and signatures below; an EU 2016 logframe whose
narratives are in Ukrainian (Cyrillic) and whose reference dates are Excel serial numbers in
text-formatted cells ("42735"), numbers stored as text; a DFID logframe in % cells with an
INPUTS block and its totals row below; a World Bank results framework with "YR1 (FY18)"
headers merged over two rows and English numbers stored as text ("1,233"); a USAID IPTT in
French ("TSIP", "AF2018", quarters "T1".."T4", "Valeur de référence" over "Année | Valeur",
"1 233", "12,5 %", "n.d.", "Activité :" with a space before the colon); an OGP Independent
Reporting Mechanism (IRM) assessment table with X marks under "Completion" (Not started /
Limited / Substantial / Complete) over two header rows; Colombia-style follow-up with an
instructions sheet, a summary, one sheet per commitment with "Compromiso 1:" | name and
"Entidad responsable:" | name in two cells, serial dates in text cells, line breaks in the
header; a Peru-style sheet with "HITOS" and "AVANCE" group headers over two rows, frozen
panes, an autofilter, a very long "Observaciones" and an "Avance promedio del plan" totals
row; a hand-kept matrix as an Excel Table on row 6 of the second sheet with a data
validation list from a hidden sheet; a Kenya-style English tracker with one "Timeline"
column holding both dates ("Sept 2018 – June 2019") and "Supporting institutions" on two
lines; a Moroccan follow-up in "Feuil1" with French headers, Arabic narratives and French
quarters and semesters ("T3 2019", "S2 2020"); the EU 2016 logframe in Portuguese
(Mozambique: "Cadeia de resultados", "Valores de base (incluindo ano de referência)",
"Realizações", "Atividades | Meios | Custos"); a Uruguay-style follow-up whose commitments are
numbered "eje.compromiso" ("4.2") and milestones "a)", "b)"; a Georgian hand-kept matrix in
"Sheet1" (Georgian script narratives, English headers, target dates as serials in text
cells, "45.5%" and "1,233" text).

Sources of the templates (found with the search tool; where the search found only the
guidance, the layout is from memory of the published forms, as said):
- CONEVAL, "Guía para la Elaboración de la Matriz de Indicadores para Resultados" (with
  ILPES/CEPAL; Resumen narrativo, Indicadores, Medios de verificación, Supuestos; Fin,
  Propósito, Componentes, Actividades):
  https://es.scribd.com/document/538066502/Guia-Para-La-Elaboracion-de-Matriz-de-Indicadores,
  http://doczz.es/doc/1086950/2-gu%C3%ADa-para-la-elaboraci%C3%B3n-de-matriz-de-indicadores-coneval,
  https://es.scribd.com/document/549489051/Leccion-8-M-2 (the MIR's columns: the SHCP's
  "Método de cálculo | Tipo | Dimensión | Frecuencia de medición | Unidad de medida" from
  memory of the Portal de Transparencia Presupuestaria MIR sheets),
  https://vdocuments.co/diagnstico-de-las-matrices-de-indicadores-para-resultados-2010-2013-5-7-federales.html
- OGP IRM (completion scale No Evidence Available / Not Started / Limited / Substantial /
  Complete; the progress reports' "Table: Assessment of progress by commitment" with X marks
  under Specificity, OGP value relevance, Potential impact and Completion, from memory of
  the IRM progress reports): https://www.opengovpartnership.org/glossary/completion/,
  https://www.opengovpartnership.org/glossary/commitment/,
  https://opengovpartnership.org/documents/independent-reporting-mechanism-results-report,
  https://studylib.net/doc/6800234/about-the-irm-procedures-manual
- Colombia's action plans and IRM review (commitments, entities, follow-up platform):
  https://www.opengovpartnership.org/documents/colombia-action-plan-review-2020-2022/,
  https://observatorioplanificacion.cepal.org/es/planes/tercer-plan-de-accion-nacional-de-gobierno-abierto-de-colombia-2017-2019,
  https://fdocuments.es/document/plan-de-accion-colombia.html
- World Bank fiscal year (1 July - 30 June):
  http://documents1.worldbank.org/curated/en/719071563779842522/text/IDA19-Second-Replenishment-Meeting-The-IDA19-Results-Measurement-System.txt
- The DFID, EU, USAID and ILPES templates as cited in make_blind2.py and
  ../excel_heldout/make_donor.py (DFID How to note 2011, EU action document annex, FFP IPTT
  guidance, ILPES Manual 42); the EU template's Portuguese wording ("Cadeia de resultados",
  "Pressupostos", "Realizações") and the French IPTT wording ("Tableau de suivi des
  indicateurs de performance", "Année fiscale") from memory of EU and USAID documents for
  Mozambique and Senegal.
- Excel features (frozen panes, autofilter, comments, data validation, Tables, text-format
  cells): https://openpyxl.readthedocs.io/en/stable/

Dates follow the rule the earlier sets state: a month, quarter, semester or year given as
text is its last day ("julio 2014" -> 2014-07-31, "T3 2019" -> 2019-09-30, "S2 2020" ->
2020-12-31, "2do semestre 2016" -> 2016-12-31, "dic-2015" -> 2015-12-31), also when it is a
start date; dd/mm/yyyy is day first; a date cell, ISO text or an Excel serial number kept as
text in a text-formatted cell ("42735") is that day; USAID fiscal years end on 30 September
(AF2018 / FY2018 -> 2018-09-30, its first quarter T1 / Q1 -> 2017-12-31) and the World
Bank's on 30 June (FY18 -> 2018-06-30). Numbers by the sheet's language: "12,5 %" and
"1.233" in Spanish, Portuguese and French sheets, "1 233" with a (non-breaking) space,
"1,233" and "45.5%" in English ones, and in a Mexican MIR the point is the decimal mark and
the comma groups thousands ("62.40", "12,450": the sheet says which by its "62.40" and
"18.25"); 0.41 in a % cell is 41; "s/i", "n.a.", "n.d.", "N/D", "N/A", "TBD", "—" are no
value; "72% (2015)" is the value and its reference year. Columns and rows the model cannot
hold (comments, state, weighting, inputs, specificity, relevance, impact, totals) are not
expected in the project; they must be reported as unused or ignored, which ``score.py``
does not check, but they must not block the import nor become results.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "excel_variants"))

from make_variants import Case, P, Sheet, ind  # noqa: E402

D = dt.datetime
NB = "\u00a0"  # the non-breaking space French and Portuguese spreadsheets put in numbers


class T(str):
    """Text in a cell formatted as text ("@"): numbers and date serials stored as text."""


def serial(iso: str) -> T:
    """An Excel date serial number kept as text, as pasted into a text-formatted cell."""
    return T(str((dt.date.fromisoformat(iso) - dt.date(1899, 12, 30)).days))


@dataclass
class Sheet3(Sheet):
    freeze: str | None = None
    autofilter: str | None = None
    comments: dict[str, str] = field(default_factory=dict)
    validation: tuple[str, str] | None = None  # (cells, list formula)
    widths: dict[str, float] = field(default_factory=dict)


def write(path: Path, sheets: list[Sheet]) -> None:
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
                elif isinstance(value, T):
                    cell.value = str(value)
                    cell.number_format = "@"
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
            table = Table(displayName=f"Tabla{n}", ref=spec.table)
            table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
            ws.add_table(table)
        if isinstance(spec, Sheet3):
            if spec.freeze:
                ws.freeze_panes = spec.freeze
            if spec.autofilter:
                ws.auto_filter.ref = spec.autofilter
            for ref, text in spec.comments.items():
                ws[ref].comment = Comment(text, "Revisor")
            if spec.validation:
                dv = DataValidation(type="list", formula1=spec.validation[1], allow_blank=True)
                dv.add(spec.validation[0])
                ws.add_data_validation(dv)
            for col, width in spec.widths.items():
                ws.column_dimensions[col].width = width
    wb.properties.creator = "make_blind3.py"
    wb.properties.created = dt.datetime(2017, 1, 1)
    wb.properties.modified = dt.datetime(2017, 1, 1)
    wb.save(path)


# --------------------------------------------------------------------------------------------
# 1. Mexico's MIR (SHCP / CONEVAL): "Nivel | Resumen narrativo | Indicadores (merged over
# Nombre del indicador, Método de cálculo, Tipo, Dimensión, Frecuencia de medición, Unidad
# de medida) | Línea base (over Valor | Año) | Meta 2017 | Medios de verificación |
# Supuestos"; one "Actividad" row after each "Componente" it serves (not all after all
# components); Mexican numbers as text ("62.40", "12,450", "18.25"); "N/D". The unit is not
# checked ("Porcentaje", "Conjunto de datos": the model's unit is free text).

X_FIN = "Contribuir a consolidar un gobierno abierto mediante la rendición de cuentas"
X_PROP = "Las dependencias de la APF publican información útil para la ciudadanía"
X_C1 = "C1. Conjuntos de datos abiertos publicados en datos.gob.mx"
X_A11 = "A1.C1 Capacitación a enlaces de datos abiertos"
X_A21 = "A2.C1 Revisión de la calidad de los conjuntos publicados"
X_C2 = "C2. Solicitudes de información atendidas en plazo"
X_A12 = "A1.C2 Actualización del sistema de gestión de solicitudes"
mir = Case(
    "b3_mx_mir_shcp.xlsx",
    "ilpes",
    [
        Sheet3(
            "MIR 2017",
            [
                ["Matriz de Indicadores para Resultados (MIR) – Ejercicio fiscal 2017"],
                ["Ramo: 27 Función Pública"],
                ["Programa presupuestario: Políticas de transparencia y gobierno abierto"],
                ["Unidad responsable: Unidad de Políticas de Transparencia"],
                [],
                ["Nivel", "Resumen narrativo", "Indicadores", None, None, None, None, None,
                 "Línea base", None, "Meta 2017", "Medios de verificación", "Supuestos"],
                [None, None, "Nombre del indicador", "Método de cálculo", "Tipo", "Dimensión",
                 "Frecuencia de medición", "Unidad de medida", "Valor", "Año", None, None,
                 None],
                ["Fin", X_FIN, "Índice de percepción de la transparencia",
                 "(Puntaje obtenido en la encuesta / Puntaje máximo) x 100", "Estratégico",
                 "Eficacia", "Bienal", "Índice", "62.40", 2016, "70.00",
                 "Encuesta Nacional de Calidad e Impacto Gubernamental (INEGI)",
                 "La situación económica del país se mantiene estable"],
                ["Propósito", X_PROP, "Porcentaje de dependencias que publican datos abiertos",
                 "(Dependencias que publican datos abiertos / Total de dependencias de la APF)"
                 " x 100", "Estratégico", "Eficacia", "Anual", "Porcentaje", 45.5, 2016, 80,
                 "Reporte anual de la Unidad de Gobierno Digital", None],
                ["Componente", X_C1, "Conjuntos de datos publicados",
                 "Suma de conjuntos de datos publicados en el periodo", "Gestión", "Eficacia",
                 "Trimestral", "Conjunto de datos", "12,450", 2016, "15,000",
                 "Registro de datos.gob.mx", "Las dependencias cuentan con personal capacitado"],
                ["Actividad", X_A11, "Porcentaje de enlaces capacitados",
                 "(Enlaces capacitados / Enlaces designados) x 100", "Gestión", "Eficiencia",
                 "Semestral", "Porcentaje", "N/D", None, "90.00", "Listas de asistencia",
                 "Los enlaces asisten a la capacitación"],
                ["Actividad", X_A21, "Porcentaje de conjuntos revisados",
                 "(Conjuntos revisados / Conjuntos publicados) x 100", "Gestión", "Calidad",
                 "Trimestral", "Porcentaje", 0, 2016, 100, "Informe de calidad de datos", None],
                ["Componente", X_C2, "Tiempo promedio de respuesta a solicitudes",
                 "Σ días de respuesta / Total de solicitudes respondidas", "Gestión",
                 "Calidad", "Trimestral", "Días", "18.25", 2016, "15.00",
                 "Reportes de la Plataforma Nacional de Transparencia",
                 "La demanda de solicitudes no crece más de 20%"],
                ["Actividad", X_A12, "Porcentaje de avance en la actualización",
                 "(Módulos actualizados / Módulos programados) x 100", "Gestión", "Eficacia",
                 "Trimestral", "Porcentaje", 0, 2016, 100, "Informe de avance del proyecto",
                 "Se cuenta con el presupuesto autorizado"],
                [],
                ["Fuente: Portal de Transparencia Presupuestaria, SHCP."],
            ],
            ["A6:A7", "B6:B7", "C6:H6", "I6:J6", "K6:K7", "L6:L7", "M6:M7"],
            freeze="C8",
        )
    ],
    [
        {
            "code": "",
            "title": "Políticas de transparencia y gobierno abierto",
            "results": [
                ("goal", X_FIN, None), ("purpose", X_PROP, None),
                ("output", X_C1, X_PROP), ("output", X_C2, X_PROP),
                ("activity", X_A11, X_C1), ("activity", X_A21, X_C1),
                ("activity", X_A12, X_C2),
            ],
            "assumptions": {
                X_FIN: "La situación económica del país se mantiene estable",
                X_C1: "Las dependencias cuentan con personal capacitado",
                X_A11: "Los enlaces asisten a la capacitación",
                X_C2: "La demanda de solicitudes no crece más de 20%",
                X_A12: "Se cuenta con el presupuesto autorizado",
            },
            "indicators": [
                ind(X_FIN, "Índice de percepción de la transparencia", dimension="efficacy",
                    formula="(Puntaje obtenido en la encuesta / Puntaje máximo) x 100",
                    frequency="Bienal", baseline=62.4, baseline_date="2016-12-31",
                    means_of_verification="Encuesta Nacional de Calidad e Impacto "
                                          "Gubernamental (INEGI)",
                    targets=[("2017-12-31", 70.0)]),
                ind(X_PROP, "Porcentaje de dependencias que publican datos abiertos",
                    dimension="efficacy",
                    formula="(Dependencias que publican datos abiertos / Total de dependencias"
                            " de la APF) x 100",
                    frequency="Anual", baseline=45.5, baseline_date="2016-12-31",
                    means_of_verification="Reporte anual de la Unidad de Gobierno Digital",
                    targets=[("2017-12-31", 80.0)]),
                ind(X_C1, "Conjuntos de datos publicados", dimension="efficacy",
                    formula="Suma de conjuntos de datos publicados en el periodo",
                    frequency="Trimestral", baseline=12450.0, baseline_date="2016-12-31",
                    means_of_verification="Registro de datos.gob.mx",
                    targets=[("2017-12-31", 15000.0)]),
                ind(X_A11, "Porcentaje de enlaces capacitados", dimension="efficiency",
                    formula="(Enlaces capacitados / Enlaces designados) x 100",
                    frequency="Semestral", baseline=None,
                    means_of_verification="Listas de asistencia",
                    targets=[("2017-12-31", 90.0)]),
                ind(X_A21, "Porcentaje de conjuntos revisados", dimension="quality",
                    formula="(Conjuntos revisados / Conjuntos publicados) x 100",
                    frequency="Trimestral", baseline=0.0, baseline_date="2016-12-31",
                    means_of_verification="Informe de calidad de datos",
                    targets=[("2017-12-31", 100.0)]),
                ind(X_C2, "Tiempo promedio de respuesta a solicitudes", dimension="quality",
                    formula="Σ días de respuesta / Total de solicitudes respondidas",
                    frequency="Trimestral", baseline=18.25, baseline_date="2016-12-31",
                    means_of_verification="Reportes de la Plataforma Nacional de "
                                          "Transparencia",
                    targets=[("2017-12-31", 15.0)]),
                ind(X_A12, "Porcentaje de avance en la actualización", dimension="efficacy",
                    formula="(Módulos actualizados / Módulos programados) x 100",
                    frequency="Trimestral", baseline=0.0, baseline_date="2016-12-31",
                    means_of_verification="Informe de avance del proyecto",
                    targets=[("2017-12-31", 100.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 2. ILPES/CEPAL matrix with line breaks inside the header cells ("Resumen narrativo\nde
# objetivos", "Indicadores\n(fórmula)", "Línea\nbase", "Meta\n2018"), the level column
# unlabelled, "COMPONENTES" and "ACTIVIDADES" merged over their rows, activities after all
# components and out of order; a very long Fin narrative; frozen panes, an autofilter and
# comments; "58% (2015)", "1.250 (2016)", "1.500.000", "s/i", 0.41 in a % cell, "85 %";
# source, notes and signatures below. A "Línea base" without a year has no date.

A_FIN = (
    "Contribuir a que la ciudadanía ejerza su derecho de acceso a la información pública y "
    "a la memoria histórica del país, mediante la conservación, la descripción normalizada y "
    "la puesta a disposición en línea de los documentos producidos por los órganos de la "
    "Administración del Estado desde el siglo XVI hasta nuestros días, de modo que "
    "investigadores, estudiantes, periodistas, pueblos indígenas y cualquier persona "
    "interesada puedan consultarlos sin costo, sin necesidad de trasladarse a la sede del "
    "Archivo Nacional en la capital y con garantías de integridad y autenticidad de los "
    "registros, en concordancia con la Ley de Transparencia y la política nacional de "
    "archivos aprobada por el Consejo de Ministros."
)
A_PROP = "Los documentos públicos se conservan y están disponibles en línea"
A_C1 = "1. Documentos históricos digitalizados"
A_C2 = "2. Funcionarios de archivos capacitados en gestión documental"
A_ACTS = ["1.1 Adquirir equipos de digitalización",
          "2.1 Diseñar el curso de gestión documental",
          "1.2 Digitalizar los fondos coloniales",
          "2.2 Dictar el curso en las regiones"]  # fmt: skip
ilpes = Case(
    "b3_ilpes_saltos_filtros.xlsx",
    "ilpes",
    [
        Sheet3(
            "MML",
            [
                ["MATRIZ DE MARCO LÓGICO"],
                ["Programa: Modernización del Archivo Nacional"],
                ["Institución: Servicio Nacional del Patrimonio Cultural"],
                [],
                [None, "Resumen narrativo\nde objetivos", "Indicadores\n(fórmula)",
                 "Línea\nbase", "Meta\n2018", "Medios de\nverificación", "Supuestos"],
                ["FIN", A_FIN,
                 "Eficacia\nPorcentaje de la ciudadanía que confía en los registros públicos\n"
                 "(N° de encuestados que confían / N° total de encuestados) * 100",
                 "58% (2015)", "70%", "Encuesta Nacional de Opinión",
                 "Estabilidad institucional"],
                ["PROPÓSITO", A_PROP,
                 "Eficiencia\nCosto promedio de digitalización por documento\n"
                 "Gasto total en digitalización / N° de documentos digitalizados",
                 "1.250 (2016)", "980", "Informes de gestión",
                 "Los servicios transfieren sus documentos"],
                ["COMPONENTES", A_C1,
                 "Eficacia\nNúmero de documentos digitalizados\n"
                 "Suma de documentos digitalizados en el año",
                 "s/i", "1.500.000", "Catálogo en línea", None],
                [None, A_C2,
                 "Calidad\nPorcentaje de funcionarios que aprueban el curso\n"
                 "(N° aprobados / N° capacitados) * 100",
                 P(0.41), "85 %", "Actas de evaluación", "Baja rotación del personal"],
                ["ACTIVIDADES", A_ACTS[0], None, None, None, None, None],
                [None, A_ACTS[1]],
                [None, A_ACTS[2]],
                [None, A_ACTS[3]],
                [],
                ["Fuente: elaboración propia sobre la base de CEPAL/ILPES, Manual 42."],
                ["Notas:"],
                ["(1) La meta 2018 corresponde al cierre del programa."],
                [],
                [None, "____________________", None, "____________________"],
                [None, "Jefe de Planificación", None, "Director Nacional"],
            ],
            ["A8:A9", "A10:A13"],
            freeze="C6",
            autofilter="A5:G13",
            comments={"C5": "Dimensión, nombre y fórmula en líneas separadas",
                      "D7": "Valor en pesos de 2016"},
            widths={"B": 60, "C": 50},
        )
    ],
    [
        {
            "code": "",
            "title": "Modernización del Archivo Nacional",
            "results": [
                ("goal", A_FIN, None), ("purpose", A_PROP, None),
                ("output", A_C1, A_PROP), ("output", A_C2, A_PROP),
                ("activity", A_ACTS[0], A_C1), ("activity", A_ACTS[2], A_C1),
                ("activity", A_ACTS[1], A_C2), ("activity", A_ACTS[3], A_C2),
            ],
            "assumptions": {A_FIN: "Estabilidad institucional",
                            A_PROP: "Los servicios transfieren sus documentos",
                            A_C2: "Baja rotación del personal"},
            "indicators": [
                ind(A_FIN, "Porcentaje de la ciudadanía que confía en los registros públicos",
                    dimension="efficacy",
                    formula="(N° de encuestados que confían / N° total de encuestados) * 100",
                    means_of_verification="Encuesta Nacional de Opinión", baseline=58.0,
                    baseline_date="2015-12-31", targets=[("2018-12-31", 70.0)]),
                ind(A_PROP, "Costo promedio de digitalización por documento",
                    dimension="efficiency",
                    formula="Gasto total en digitalización / N° de documentos digitalizados",
                    means_of_verification="Informes de gestión", baseline=1250.0,
                    baseline_date="2016-12-31", targets=[("2018-12-31", 980.0)]),
                ind(A_C1, "Número de documentos digitalizados", dimension="efficacy",
                    formula="Suma de documentos digitalizados en el año",
                    means_of_verification="Catálogo en línea", baseline=None,
                    targets=[("2018-12-31", 1500000.0)]),
                ind(A_C2, "Porcentaje de funcionarios que aprueban el curso",
                    dimension="quality", formula="(N° aprobados / N° capacitados) * 100",
                    means_of_verification="Actas de evaluación", baseline=41.0,
                    baseline_date=None, targets=[("2018-12-31", 85.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 3. EU 2016 logframe for Ukraine, narratives and indicators in Ukrainian (Cyrillic), the
# commitment's name too; "Current value" | "Reference date" in two columns, the date an
# Excel serial number kept in a text-formatted cell ("42735"); numbers stored as text;
# "Impact (Overall objective)", "Outcome(s) (Specific objective(s))" merged over the
# outcome's two indicator rows (its narrative and assumption too), "Outputs" merged over two outputs;
# "2,1" with a decimal comma, "1 233" with a space; a cover sheet; the activities block.

K_IMP = "Підвищено довіру громадян до публічних інституцій"
K_OUT = "Публічні закупівлі є прозорими та конкурентними"
K_O1 = "1. Електронна система закупівель впроваджена для всіх замовників"
K_O2 = "2. Замовники та учасники навчені працювати з системою"
K_ACTS = ["1.1 Підключити всіх замовників до електронної системи",
          "2.1 Провести навчання в усіх областях",
          "1.2 Запустити модуль бізнес-аналітики"]  # fmt: skip
ua = Case(
    "b3_eu2016_ua_cyrillic_serial.xlsx",
    "eu",
    [
        Sheet("Cover", [["EU4Transparency – Action Document"],
                        ["Annex 1: Indicative logframe matrix"]]),
        Sheet3(
            "Logframe",
            [
                ["Logframe matrix – Commitment 4: Прозорі публічні закупівлі"],
                [],
                [None, "Results chain", "Indicators", "Baselines\n(incl. reference year)",
                 "Current value", "Reference date", "Targets\n(incl. reference year)",
                 "Sources and means of verification", "Assumptions"],
                ["Impact\n(Overall objective)", K_IMP, "Рівень довіри до органів влади (%)",
                 "32% (2015)", T("35"), serial("2016-12-31"), "45% (2020)",
                 "Opinion poll (Razumkov Centre)", None],
                ["Outcome(s)\n(Specific objective(s))", K_OUT,
                 "Середня кількість пропозицій на тендер", "2,1 (2015)", T("2,6"),
                 serial("2016-06-30"), "3,5 (2020)", "Business intelligence module",
                 "Political commitment to the reform is maintained"],
                [None, None, "Частка оскаржених тендерів (%)", "n.a.", T("4"),
                 serial("2016-06-30"), "2% (2020)", "Antimonopoly Committee reports", None],
                ["Outputs", K_O1, "Кількість замовників у системі", "1 233 (2015)",
                 T("24500"), serial("2016-12-31"), "30 000 (2020)", "System registry", None],
                [None, K_O2, "Кількість навчених представників замовників", "0 (2015)",
                 T("3100"), serial("2016-12-31"), "10 000 (2019)", "Training records",
                 "Trainees stay in their posts"],
                [],
                [None, "Activities", "Means", "Costs"],
                [None, K_ACTS[0], "Technical assistance team", "EUR 1 200 000"],
                [None, K_ACTS[1], "Regional trainers", "EUR 350 000"],
                [None, K_ACTS[2], "IT contractor", "EUR 400 000"],
            ],
            ["A5:A6", "B5:B6", "I5:I6", "A7:A8"],
        ),
    ],
    [
        {
            "code": "4",
            "title": "Прозорі публічні закупівлі",
            "results": [
                ("goal", K_IMP, None), ("purpose", K_OUT, None),
                ("output", K_O1, K_OUT), ("output", K_O2, K_OUT),
                ("activity", K_ACTS[0], K_O1), ("activity", K_ACTS[2], K_O1),
                ("activity", K_ACTS[1], K_O2),
            ],
            "assumptions": {K_OUT: "Political commitment to the reform is maintained",
                            K_O2: "Trainees stay in their posts"},
            "indicators": [
                ind(K_IMP, "Рівень довіри до органів влади (%)", baseline=32.0,
                    baseline_date="2015-12-31",
                    means_of_verification="Opinion poll (Razumkov Centre)",
                    targets=[("2020-12-31", 45.0)], measurements=[("2016-12-31", 35.0)]),
                ind(K_OUT, "Середня кількість пропозицій на тендер", baseline=2.1,
                    baseline_date="2015-12-31",
                    means_of_verification="Business intelligence module",
                    targets=[("2020-12-31", 3.5)], measurements=[("2016-06-30", 2.6)]),
                ind(K_OUT, "Частка оскаржених тендерів (%)", baseline=None,
                    means_of_verification="Antimonopoly Committee reports",
                    targets=[("2020-12-31", 2.0)], measurements=[("2016-06-30", 4.0)]),
                ind(K_O1, "Кількість замовників у системі", baseline=1233.0,
                    baseline_date="2015-12-31", means_of_verification="System registry",
                    targets=[("2020-12-31", 30000.0)],
                    measurements=[("2016-12-31", 24500.0)]),
                ind(K_O2, "Кількість навчених представників замовників", baseline=0.0,
                    baseline_date="2015-12-31", means_of_verification="Training records",
                    targets=[("2019-12-31", 10000.0)],
                    measurements=[("2016-12-31", 3100.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 4. DFID logframe: dates on the header's second line ("Milestone 1\n(Mar 2017)"), values
# as fractions in % cells and "72%" text, "TBD" achieved, the source text merged under the
# values, two indicators under output 1 (its cell merged over both blocks), assumptions,
# impact weighting and risk rating rows, and at the bottom the INPUTS block: a header
# ("DFID (£) | Govt (£) | Other (£) | Total (£) | DFID SHARE (%)"), one row of amounts and
# an "INPUTS (HR)" line; frozen panes and a comment.

G_IMP = "More citizens hold local governments to account for service delivery"
G_OUT = "Local governments publish and act on service delivery data"
G_O1 = "Service delivery scorecards published by district councils"
G_O2 = "Citizen feedback system operating in target districts"
G_HEAD = ["Baseline\n(Apr 2016)", "Milestone 1\n(Mar 2017)", "Milestone 2\n(Mar 2018)",
          "Target\n(Mar 2019)"]  # fmt: skip


def _g(label, narrative, ind_label, name, planned, achieved, source, assumption=None):
    return [
        [label, ind_label, None, *G_HEAD, "Assumptions" if assumption else None],
        [narrative, name, "Planned", *planned, assumption],
        [None, None, "Achieved", *achieved, None],
        [None, None, "Source", source, None, None, None, None],
    ]  # fmt: skip


dfid = Case(
    "b3_dfid_pct_inputs.xlsx",
    "dfid",
    [
        Sheet3(
            "Logframe",
            [
                ["PROJECT TITLE", "Accountable Local Service Delivery"],
                ["Logframe updated: 30/06/2017"],
                [],
                *_g("IMPACT", G_IMP, "Impact Indicator 1",
                    "Citizens satisfied with district services (%)",
                    [P(0.41), P(0.45), P(0.5), P(0.6)], [None, P(0.44), "TBD", None],
                    "National household survey"),
                *_g("OUTCOME", G_OUT, "Outcome Indicator 1",
                    "Districts acting on scorecard findings", [0, 10, 25, 40],
                    [None, 12, None, None], "Ministry of Local Government reports",
                    "District councils keep their planning units"),
                *_g("OUTPUT 1", G_O1, "Output Indicator 1.1",
                    "Districts publishing quarterly scorecards", [0, 15, 30, 45],
                    [None, 18, None, None], "Scorecard portal"),
                *_g(None, None, "Output Indicator 1.2",
                    "Scorecards with service standards met (%)",
                    ["20%", "35%", "50%", "72%"], [None, "38%", None, None], "Scorecard portal"),
                ["IMPACT WEIGHTING (%)", "60%", None, "RISK RATING", "Medium"],
                *_g("OUTPUT 2", G_O2, "Output Indicator 2.1",
                    "Feedback messages answered within 14 days (%)",
                    [P(0.0), P(0.3), P(0.6), P(0.8)], [None, P(0.27), None, None],
                    "Feedback system logs", "Mobile network coverage holds"),
                ["IMPACT WEIGHTING (%)", "40%", None, "RISK RATING", "Low"],
                [],
                ["INPUTS (£)", "DFID (£)", "Govt (£)", "Other (£)", "Total (£)",
                 "DFID SHARE (%)"],
                [None, 2500000, 500000, 0, 3000000, "83%"],
                ["INPUTS (HR)", "DFID (FTEs)", None, None, None, None],
                [None, 1.5],
            ],
            ["D7:G7", "D11:G11", "D15:G15", "D19:G19", "D24:G24", "A13:A19"],
            freeze="D4",
            comments={"F17": "Milestone 2 to be confirmed at the annual review"},
        )
    ],
    [
        {
            "code": "",
            "title": "Accountable Local Service Delivery",
            "results": [
                ("goal", G_IMP, None), ("purpose", G_OUT, None),
                ("output", G_O1, G_OUT), ("output", G_O2, G_OUT),
            ],
            "assumptions": {G_OUT: "District councils keep their planning units",
                            G_O2: "Mobile network coverage holds"},
            "indicators": [
                ind(G_IMP, "Citizens satisfied with district services (%)", baseline=41.0,
                    baseline_date="2016-04-30", means_of_verification="National household survey",
                    targets=[("2017-03-31", 45.0), ("2018-03-31", 50.0), ("2019-03-31", 60.0)],
                    measurements=[("2017-03-31", 44.0)]),
                ind(G_OUT, "Districts acting on scorecard findings", baseline=0.0,
                    baseline_date="2016-04-30",
                    means_of_verification="Ministry of Local Government reports",
                    targets=[("2017-03-31", 10.0), ("2018-03-31", 25.0), ("2019-03-31", 40.0)],
                    measurements=[("2017-03-31", 12.0)]),
                ind(G_O1, "Districts publishing quarterly scorecards", baseline=0.0,
                    baseline_date="2016-04-30", means_of_verification="Scorecard portal",
                    targets=[("2017-03-31", 15.0), ("2018-03-31", 30.0), ("2019-03-31", 45.0)],
                    measurements=[("2017-03-31", 18.0)]),
                ind(G_O1, "Scorecards with service standards met (%)", baseline=20.0,
                    baseline_date="2016-04-30", means_of_verification="Scorecard portal",
                    targets=[("2017-03-31", 35.0), ("2018-03-31", 50.0), ("2019-03-31", 72.0)],
                    measurements=[("2017-03-31", 38.0)]),
                ind(G_O2, "Feedback messages answered within 14 days (%)", baseline=0.0,
                    baseline_date="2016-04-30", means_of_verification="Feedback system logs",
                    targets=[("2017-03-31", 30.0), ("2018-03-31", 60.0), ("2019-03-31", 80.0)],
                    measurements=[("2017-03-31", 27.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 5. World Bank results framework: "Project Name:" line, the PDO label and text in merged
# cells, "Baseline (FY17)" and "Cumulative Target Values" over "YR1 (FY18) | YR2 (FY19) |
# YR3 (FY20)", "End Target (FY21)", every other header merged over both rows; English
# numbers stored as text ("1,233", "12.5"), "TBD"; component section rows; a comment and
# frozen panes; notes below.

J_PDO = "To improve the timeliness and transparency of justice services in selected courts"
J_C1 = "Component 1: Electronic case management"
J_C2 = "Component 2: Access to justice information"
J_H1 = ["Indicator Name", "Unit of Measure", "Baseline\n(FY17)", "Cumulative Target Values",
        None, None, "End Target\n(FY21)", "Frequency", "Data Source/\nMethodology",
        "Responsibility for\nData Collection"]  # fmt: skip
J_H2 = [None, None, None, "YR1 (FY18)", "YR2 (FY19)", "YR3 (FY20)", None, None, None, None]
J_M = ["A{0}:A{1}", "B{0}:B{1}", "C{0}:C{1}", "D{0}:F{0}", "G{0}:G{1}", "H{0}:H{1}",
       "I{0}:I{1}", "J{0}:J{1}"]  # fmt: skip
wb = Case(
    "b3_wb_fy_headers_text_numbers.xlsx",
    "worldbank",
    [
        Sheet3(
            "Results Framework",
            [
                ["Annex 1: Results Framework and Monitoring"],
                ["Project Name: Justice Services Improvement Project (P162833)"],
                [],
                ["Project Development Objective (PDO)", J_PDO],
                [],
                ["PDO Level Results Indicators"],
                J_H1,
                J_H2,
                ["Average time to resolve a civil case", "Days", T("540"), T("500"), T("450"),
                 T("400"), T("360"), "Annual", "Case management system", "Judiciary Council"],
                ["Court users satisfied with services", "Percentage", T("12.5"), T("20"),
                 T("30"), "TBD", T("45"), "Biennial", "User survey", "Judiciary Council"],
                [],
                ["Intermediate Results Indicators"],
                J_H1,
                J_H2,
                [J_C1],
                ["Cases filed electronically", "Number", T("1,233"), T("5,000"),
                 T("15,000"), T("30,000"), T("50,000"), "Semi-annual",
                 "Case management system", "Judiciary IT Unit"],
                [J_C2],
                ["Court rulings published online", "Percentage", T("0"), T("25"), T("50"),
                 T("75"), T("90"), "Annual", "Judiciary web portal", "Judiciary IT Unit"],
                [],
                ["Notes: targets are cumulative; FY = fiscal year ending 30 June."],
            ],
            ["B4:J4", *(m.format(7, 8) for m in J_M), *(m.format(13, 14) for m in J_M),
             "A15:J15", "A17:J17"],
            freeze="B9",
            comments={"C10": "Survey of 2016-17"},
        )
    ],
    [
        {
            "code": "",
            "title": "Justice Services Improvement Project (P162833)",
            "results": [("purpose", J_PDO, None), ("output", J_C1, J_PDO),
                        ("output", J_C2, J_PDO)],
            "indicators": [
                ind(J_PDO, "Average time to resolve a civil case", baseline=540.0,
                    baseline_date="2017-06-30", frequency="Annual",
                    data_source="Case management system", responsible="Judiciary Council",
                    targets=[("2018-06-30", 500.0), ("2019-06-30", 450.0),
                             ("2020-06-30", 400.0), ("2021-06-30", 360.0)]),
                ind(J_PDO, "Court users satisfied with services", unit="%", baseline=12.5,
                    baseline_date="2017-06-30", frequency="Biennial", data_source="User survey",
                    responsible="Judiciary Council",
                    targets=[("2018-06-30", 20.0), ("2019-06-30", 30.0),
                             ("2021-06-30", 45.0)]),
                ind(J_C1, "Cases filed electronically", unit="number", baseline=1233.0,
                    baseline_date="2017-06-30", frequency="Semi-annual",
                    data_source="Case management system", responsible="Judiciary IT Unit",
                    targets=[("2018-06-30", 5000.0), ("2019-06-30", 15000.0),
                             ("2020-06-30", 30000.0), ("2021-06-30", 50000.0)]),
                ind(J_C2, "Court rulings published online", unit="%", baseline=0.0,
                    baseline_date="2017-06-30", frequency="Annual",
                    data_source="Judiciary web portal", responsible="Judiciary IT Unit",
                    targets=[("2018-06-30", 25.0), ("2019-06-30", 50.0),
                             ("2020-06-30", 75.0), ("2021-06-30", 90.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 6. USAID IPTT in French (a West African mission's "TSIP"): "Activité : ..." with a space
# before the colon, "Valeur de référence" over "Année | Valeur", "AF2018" over "Cible | T1 |
# T2 | T3 | T4", "AF2019" over "Cible", "Cible fin de projet\n(AF2020)"; "But :", "OS 1 :",
# "RI 1.1 :" rows spanning the table; a "N°" column; 0.41 in % cells, "1 233" with a
# non-breaking space, "12,5 %", "n.d."; notes below.

S_GOAL = "La gouvernance démocratique locale est renforcée"
S_SO = "Les collectivités locales gèrent leurs budgets de façon transparente"
S_IR = "Les citoyens participent au vote du budget communal"
tsip = Case(
    "b3_usaid_tsip_fr.xlsx",
    "usaid",
    [
        Sheet(
            "TSIP AF2018",
            [
                ["Tableau de suivi des indicateurs de performance (TSIP / IPTT)"],
                ["Activité : Gouvernance locale redevable"],
                ["Période couverte : AF2018 (octobre 2017 – septembre 2018)"],
                ["N°", "Indicateur", "Unité", "Valeur de référence", None, "AF2018", None,
                 None, None, None, "AF2019", "Cible fin de projet\n(AF2020)"],
                [None, None, None, "Année", "Valeur", "Cible", "T1", "T2", "T3", "T4",
                 "Cible", None],
                ["But : " + S_GOAL],
                ["OS 1 : " + S_SO],
                ["1.1", "Pourcentage de communes publiant leur budget", "%", "AF2017",
                 P(0.41), P(0.5), P(0.43), P(0.46), None, None, P(0.6), P(0.75)],
                ["RI 1.1 : " + S_IR],
                ["1.1.1", "Citoyens ayant participé aux débats budgétaires", "Nombre",
                 "AF2017", f"1{NB}233", f"2{NB}000", "310", "845", None, None, f"4{NB}000",
                 f"6{NB}500"],
                ["1.1.2", "Taux d'exécution du budget participatif", "%", "AF2017",
                 f"12,5{NB}%", f"20{NB}%", "n.d.", f"14,2{NB}%", None, None, f"30{NB}%",
                 f"40{NB}%"],
                [],
                ["Notes :"],
                ["Les valeurs trimestrielles sont celles de chaque trimestre."],
                ["Source : système de suivi-évaluation de l'activité"],
            ],
            ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:J4", "L4:L5", "A6:L6", "A7:L7",
             "A9:L9"],
        )
    ],
    [
        {
            "code": "",
            "title": "Gouvernance locale redevable",
            "results": [("goal", S_GOAL, None), ("purpose", S_SO, None),
                        ("output", S_IR, S_SO)],
            "indicators": [
                ind(S_SO, "Pourcentage de communes publiant leur budget", unit="%",
                    baseline=41.0, baseline_date="2017-09-30",
                    targets=[("2018-09-30", 50.0), ("2019-09-30", 60.0), ("2020-09-30", 75.0)],
                    measurements=[("2017-12-31", 43.0), ("2018-03-31", 46.0)]),
                ind(S_IR, "Citoyens ayant participé aux débats budgétaires", baseline=1233.0,
                    baseline_date="2017-09-30",
                    targets=[("2018-09-30", 2000.0), ("2019-09-30", 4000.0),
                             ("2020-09-30", 6500.0)],
                    measurements=[("2017-12-31", 310.0), ("2018-03-31", 845.0)]),
                ind(S_IR, "Taux d'exécution du budget participatif", unit="%", baseline=12.5,
                    baseline_date="2017-09-30",
                    targets=[("2018-09-30", 20.0), ("2019-09-30", 30.0), ("2020-09-30", 40.0)],
                    measurements=[("2018-03-31", 14.2)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 7. OGP Independent Reporting Mechanism table (English, Philippines-style progress report):
# "Commitment overview" then X marks under "Specificity", "OGP value relevance", "Potential
# impact" and "Completion" over two header rows; each commitment's row ("1. ...") followed
# by its milestones' rows ("1.1 ..."), each with its own marks; a note below. The
# commitment's completion is the X on its own row; the milestones are its activities,
# kept as written (their number is their tie to the commitment; the earlier sets keep
# numbered narratives as they are). Milestone dates and progress are not checked (the
# table has none; an X under "Complete" on a milestone row could be 100 %).

I_HEAD1 = ["Commitment overview", "Specificity", None, None, None, "OGP value relevance",
           None, None, None, "Potential impact", None, None, None, "Completion", None, None,
           None]  # fmt: skip
I_HEAD2 = [None, "None", "Low", "Medium", "High", "Access to information",
           "Civic participation", "Public accountability",
           "Technology & innovation for transparency & accountability", "None", "Minor",
           "Moderate", "Transformative", "Not started", "Limited", "Substantial",
           "Complete"]  # fmt: skip


def _irm(text: str, spec: int, values: list[int], impact: int, done: int) -> list[Any]:
    row: list[Any] = [text] + [None] * 16
    row[1 + spec] = "✔"
    for v in values:
        row[5 + v] = "✔"
    row[9 + impact] = "✔"
    row[13 + done] = "✔"
    return row


I1 = "Participatory budgeting in local government units"
I2 = "Freedom of Information in the executive branch"
I3 = "Open contracting in infrastructure"
irm = Case(
    "b3_ogp_irm_assessment.xlsx",
    "ogp_followup",
    [
        Sheet3(
            "Table 1",
            [
                ["IRM Progress Report 2017-2019 – Table 1: Assessment of progress by "
                 "commitment"],
                [],
                I_HEAD1,
                I_HEAD2,
                _irm("1. " + I1, 2, [1, 2], 2, 2),
                _irm("1.1 Issue the joint circular on participatory budgeting", 3, [1], 1, 3),
                _irm("1.2 Train 300 local government units", 2, [1], 2, 1),
                _irm("2. " + I2, 3, [0, 2], 2, 1),
                _irm("2.1 Adopt FOI manuals in all agencies", 3, [0], 1, 2),
                _irm("2.2 Launch the eFOI portal", 3, [0, 3], 2, 3),
                _irm("3. " + I3, 1, [0, 2], 1, 0),
                _irm("3.1 Publish infrastructure contracts in OCDS", 1, [0, 3], 1, 0),
                [],
                ["Note: ✔ marks the IRM researcher's assessment; milestones are assessed "
                 "individually and the commitment row gives the overall assessment."],
            ],
            ["A3:A4", "B3:E3", "F3:I3", "J3:M3", "N3:Q3"],
            freeze="B5",
        )
    ],
    [
        {
            "code": "1",
            "title": I1,
            "completion": "substantial",
            "results": [
                ("activity", "1.1 Issue the joint circular on participatory budgeting", None),
                ("activity", "1.2 Train 300 local government units", None),
            ],
            "indicators": [],
        },
        {
            "code": "2",
            "title": I2,
            "completion": "limited",
            "results": [("activity", "2.1 Adopt FOI manuals in all agencies", None),
                        ("activity", "2.2 Launch the eFOI portal", None)],
            "indicators": [],
        },
        {
            "code": "3",
            "title": I3,
            "completion": "not_started",
            "results": [("activity", "3.1 Publish infrastructure contracts in OCDS", None)],
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 8. Colombia-style follow-up: "Instrucciones" and "Resumen" sheets first, then one sheet
# per commitment with "Compromiso 1:" | name and "Entidad responsable:" | name in two cells,
# line breaks in the header ("Fecha\ninicio", "% de\navance"), a "N°" column ("1.1") beside
# the milestone, dates as Excel serials in text-formatted cells, "febrero 2018",
# "30/06/2019", "2do semestre 2018", "Q3 2018", progress "100" text, 0.41 in a % cell, "0%";
# a source line below; a hidden list sheet. The summary's "Avance" is no completion level
# and is not checked.

CO_DNP = "Departamento Nacional de Planeación"
CO_DAFP = "Departamento Administrativo de la Función Pública"
CO1 = "Datos abiertos para el seguimiento del Acuerdo de Paz"
CO2 = "Rendición de cuentas de la implementación del Acuerdo de Paz"
CO_HEAD = ["N°", "Hito /\nactividad", "Fecha\ninicio", "Fecha\ntérmino", "% de\navance",
           "Medio de\nverificación", "Estado", "Observaciones"]  # fmt: skip
co = Case(
    "b3_co_resumen_hoja_por_compromiso.xlsx",
    "ogp_followup",
    [
        Sheet("Instrucciones", [["Diligencie una hoja por compromiso."],
                                ["Las fechas van en formato dd/mm/aaaa."]]),
        Sheet("Resumen", [
            ["Tercer Plan de Acción de Estado Abierto 2017-2019 – Resumen"],
            ["N°", "Compromiso", "Entidad líder", "Avance"],
            [1, CO1, CO_DNP, P(0.7)],
            [2, CO2, CO_DAFP, P(0.33)],
        ]),
        Sheet3(
            "Compromiso 1",
            [
                ["Tercer Plan de Acción de Estado Abierto 2017-2019 – Seguimiento"],
                ["Compromiso 1:", CO1],
                ["Entidad responsable:", CO_DNP],
                [],
                CO_HEAD,
                ["1.1", "Publicar los datos del Acuerdo de Paz en el portal de datos abiertos",
                 serial("2017-07-01"), serial("2017-12-31"), T("100"),
                 "https://www.datos.gov.co", "Cumplido", None],
                ["1.2", "Realizar ejercicios de uso de datos con organizaciones sociales",
                 "febrero 2018", "30/06/2019", P(0.41), None, "En proceso",
                 "Se realizaron 4 de 10 ejercicios programados"],
                [],
                ["Fuente: Secretaría de Transparencia, corte a 31/12/2018."],
            ],
            widths={"B": 55},
        ),
        Sheet3(
            "Compromiso 2",
            [
                ["Tercer Plan de Acción de Estado Abierto 2017-2019 – Seguimiento"],
                ["Compromiso 2:", CO2],
                ["Entidad responsable:", CO_DAFP],
                [],
                CO_HEAD,
                ["2.1", "Publicar la guía de rendición de cuentas para la paz", D(2017, 9, 1),
                 "2do semestre 2018", "100", "Guía publicada en el Sistema Único de "
                 "Información de Trámites", "Cumplido", None],
                ["2.2", "Realizar audiencias públicas en los municipios priorizados",
                 "Q3 2018", serial("2019-06-30"), "0%", None, "No iniciado",
                 "Pendiente la definición de los municipios"],
            ],
        ),
        Sheet("Listas", [["Cumplido"], ["En proceso"], ["No iniciado"]], hidden=True),
    ],
    [
        {
            "code": "1",
            "title": CO1,
            "institution": CO_DNP,
            "results": [
                ("activity", "Publicar los datos del Acuerdo de Paz en el portal de datos "
                             "abiertos", None),
                ("activity", "Realizar ejercicios de uso de datos con organizaciones sociales",
                 None),
            ],
            "milestones": {
                "Publicar los datos del Acuerdo de Paz en el portal de datos abiertos":
                    ("2017-07-01", "2017-12-31", 100.0),
                "Realizar ejercicios de uso de datos con organizaciones sociales":
                    ("2018-02-28", "2019-06-30", 41.0),
            },
            "evidence": {"Publicar los datos del Acuerdo de Paz en el portal de datos "
                         "abiertos": "https://www.datos.gov.co"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": CO2,
            "institution": CO_DAFP,
            "results": [
                ("activity", "Publicar la guía de rendición de cuentas para la paz", None),
                ("activity", "Realizar audiencias públicas en los municipios priorizados",
                 None),
            ],
            "milestones": {
                "Publicar la guía de rendición de cuentas para la paz":
                    ("2017-09-01", "2018-12-31", 100.0),
                "Realizar audiencias públicas en los municipios priorizados":
                    ("2018-09-30", "2019-06-30", 0.0),
            },
            "evidence": {"Publicar la guía de rendición de cuentas para la paz":
                         "Guía publicada en el Sistema Único de Información de Trámites"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 9. Peru-style follow-up: two header rows with group headers ("HITOS" over "Descripción |
# Fecha de inicio | Fecha de término", "AVANCE" over "% | Medio de verificación | Estado"),
# N°, Compromiso and Entidad merged over their milestones; frozen panes and an autofilter;
# "julio 2014", "2do semestre 2016", "Q1 2016", "dic-2015", "marzo 2015", "30/06/2016" and
# a date cell; "41 %" text, 0.5 in a % cell, "—"; a very long "Observaciones"; an "Avance
# promedio del plan" totals row below the table, then "Notas:" and "Fuente:".

PE_PCM = "Presidencia del Consejo de Ministros – Secretaría de Gestión Pública"
PE_MINJUS = "Ministerio de Justicia y Derechos Humanos"
PE7 = "Portal de Transparencia Estándar actualizado"
PE9 = "Registro de visitas en línea de las entidades públicas"
PE_LONG = (
    "La entidad informó que la actualización del portal requiere la aprobación de la nueva "
    "directiva de transparencia, la cual fue remitida a la Oficina de Asesoría Jurídica en "
    "marzo de 2016 y observada en dos oportunidades; asimismo, el proveedor del servicio de "
    "alojamiento cambió en mayo de 2016, lo que obligó a migrar los contenidos de 312 "
    "entidades del Poder Ejecutivo, 25 gobiernos regionales y 196 municipalidades "
    "provinciales. La sociedad civil, representada por Proética y el Consejo de la Prensa "
    "Peruana, solicitó incorporar la información de contrataciones en formato de datos "
    "abiertos, lo cual se evaluará en la siguiente etapa del compromiso. "
) * 3
PE_MS = ["Aprobar la directiva del Portal de Transparencia Estándar",
         "Migrar los portales de las entidades",
         "Capacitar a los responsables de transparencia"]  # fmt: skip
pe = Case(
    "b3_pe_grupos_totales.xlsx",
    "ogp_followup",
    [
        Sheet3(
            "Seguimiento",
            [
                ["Plan de Acción de Gobierno Abierto 2015-2016 – Matriz de seguimiento"],
                ["Corte: 30 de junio de 2016"],
                ["N°", "Compromiso", "Entidad responsable", "HITOS", None, None, "AVANCE",
                 None, None, "Observaciones"],
                [None, None, None, "Descripción", "Fecha de inicio", "Fecha de término", "%",
                 "Medio de verificación", "Estado", None],
                [7, PE7, PE_PCM, "Aprobar la directiva del Portal de Transparencia Estándar",
                 "julio 2014", "dic-2015", "100 %", "Resolución Ministerial N° 035-2015-PCM",
                 "Cumplido", None],
                [None, None, None, "Migrar los portales de las entidades", "marzo 2015",
                 "2do semestre 2016", "41 %", "—", "En proceso", PE_LONG],
                [None, None, None, "Capacitar a los responsables de transparencia",
                 "Q1 2016", "30/06/2016", P(0.5), None, "En proceso", None],
                [9, PE9, PE_MINJUS, "Implementar el registro de visitas en línea",
                 D(2015, 1, 5), "30/06/2016", "—", None, "No iniciado", None],
                ["Avance promedio del plan", None, None, None, None, None, P(0.48)],
                [],
                ["Notas:"],
                ["(1) El avance lo reporta cada entidad responsable."],
                ["Fuente: Secretaría de Gestión Pública – PCM."],
            ],
            ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:J4", "A5:A7", "B5:B7",
             "C5:C7", "A9:F9"],
            freeze="D5",
            autofilter="A4:J8",
            widths={"J": 80},
        )
    ],
    [
        {
            "code": "7",
            "title": PE7,
            "institution": PE_PCM,
            "results": [("activity", n, None) for n in PE_MS],
            "milestones": {
                "Aprobar la directiva del Portal de Transparencia Estándar":
                    ("2014-07-31", "2015-12-31", 100.0),
                "Migrar los portales de las entidades": ("2015-03-31", "2016-12-31", 41.0),
                "Capacitar a los responsables de transparencia":
                    ("2016-03-31", "2016-06-30", 50.0),
            },
            "evidence": {"Aprobar la directiva del Portal de Transparencia Estándar":
                         "Resolución Ministerial N° 035-2015-PCM"},
            "indicators": [],
        },
        {
            "code": "9",
            "title": PE9,
            "institution": PE_MINJUS,
            "results": [("activity", "Implementar el registro de visitas en línea", None)],
            "milestones": {"Implementar el registro de visitas en línea":
                           ("2015-01-05", "2016-06-30", None)},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 10. Hand-kept matrix: a cover sheet "Portada", then an Excel Table whose header is on row 6
# of "Matriz" under a title naming the commitment ("Matriz de seguimiento – Compromiso N° 5:
# ...") and two more lines; the level picked from a data validation list on a hidden
# "Listas" sheet; frozen panes and a comment; "72% (2015)", "s/i", 0.12 in a % cell,
# "1.233", "—", "TBD", "2do semestre 2018", "Q3 2018", "30/06/2018", "dic-2018"; notes,
# source and signatures below the Table.

H_FIN = "Vecinos de la región inciden en la inversión pública regional"
H_PROP = "El gobierno regional decide parte de su inversión por voto ciudadano"
H_C1 = "Plataforma regional de votación habilitada"
H_C2 = "Consejeros regionales capacitados en presupuesto participativo"
H_HEAD = ["Nivel", "Objetivo", "Indicador", "Línea base", "Meta", "Fecha meta",
          "Medio de verificación", "Responsable", "Observaciones"]  # fmt: skip
hand = Case(
    "b3_hand_portada_tabla_validacion.xlsx",
    "handmade",
    [
        Sheet("Portada", [["GOBIERNO REGIONAL"], ["Plan regional de gobierno abierto"],
                          ["Versión 3 – julio 2017"]]),
        Sheet3(
            "Matriz",
            [
                ["Matriz de seguimiento – Compromiso N° 5: Presupuesto participativo "
                 "regional"],
                ["Responsable: División de Planificación y Desarrollo Regional"],
                ["Actualizado al 30/06/2017"],
                [],
                [],
                H_HEAD,
                ["Fin", H_FIN, "Índice de confianza en el gobierno regional", "72% (2015)",
                 "80%", "2do semestre 2018", "Encuesta regional", "Planificación", None],
                ["Propósito", H_PROP, "Porcentaje de la inversión decidida por voto", "s/i",
                 P(0.12), "Q3 2018", "Presupuesto regional", "Planificación",
                 "Sin medición previa"],
                ["Componente", H_C1, "Votos emitidos en la plataforma", "1.233", "5.000",
                 "30/06/2018", "Registro de la plataforma", "Informática", None],
                ["Actividad", "Contratar el desarrollo de la plataforma", None, None, None,
                 None, None, "Informática", None],
                ["Componente", H_C2, "Consejeros capacitados", "—", "TBD", "dic-2018",
                 "Listas de asistencia", "Capacitación", "Meta por definir con el consejo"],
                ["Actividad", "Dictar talleres provinciales de presupuesto", None, None, None,
                 None, None, "Capacitación", None],
                [],
                ["Notas:"],
                ["(1) La línea base del Fin proviene de la encuesta regional 2015."],
                ["Fuente: División de Planificación."],
                [None, "____________________", None, None, "____________________"],
                [None, "Jefe de División", None, None, "Intendente Regional"],
            ],
            table="A6:I12",
            freeze="C7",
            comments={"D7": "Encuesta aplicada en noviembre de 2015"},
            validation=("A7:A12", "=Listas!$A$1:$A$4"),
        ),
        Sheet("Listas", [["Fin"], ["Propósito"], ["Componente"], ["Actividad"]],
              hidden=True),
    ],
    [
        {
            "code": "5",
            "title": "Presupuesto participativo regional",
            "results": [
                ("goal", H_FIN, None), ("purpose", H_PROP, None),
                ("output", H_C1, H_PROP), ("output", H_C2, H_PROP),
                ("activity", "Contratar el desarrollo de la plataforma", H_C1),
                ("activity", "Dictar talleres provinciales de presupuesto", H_C2),
            ],
            "indicators": [
                ind(H_FIN, "Índice de confianza en el gobierno regional", baseline=72.0,
                    baseline_date="2015-12-31", means_of_verification="Encuesta regional",
                    responsible="Planificación", targets=[("2018-12-31", 80.0)]),
                ind(H_PROP, "Porcentaje de la inversión decidida por voto", baseline=None,
                    means_of_verification="Presupuesto regional", responsible="Planificación",
                    targets=[("2018-09-30", 12.0)]),
                ind(H_C1, "Votos emitidos en la plataforma", baseline=1233.0,
                    means_of_verification="Registro de la plataforma",
                    responsible="Informática", targets=[("2018-06-30", 5000.0)]),
                ind(H_C2, "Consejeros capacitados", baseline=None,
                    means_of_verification="Listas de asistencia", responsible="Capacitación",
                    targets=[]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 11. Kenya-style English tracker: "Commitment", "Lead agency" and "Supporting
# institutions" (two names on two lines) merged over the milestones, one "Timeline" column
# holding both dates ("Sept 2018 – June 2019", "July 2019 - Dec 2019", "01/10/2018 to
# 30/06/2020"), "Progress" as fractions in % cells, "Evidence (link)", "Status"; an
# autofilter; a "Total commitments: 2" line below.

KE_EACC = "Ethics and Anti-Corruption Commission"
KE_BO = "Beneficial ownership transparency"
KE_OC = "Open contracting in county governments"
KE_SUP = ["Business Registration Service", "Transparency International Kenya"]
ke = Case(
    "b3_ke_timeline_range.xlsx",
    "ogp_followup",
    [
        Sheet3(
            "NAP3 Tracker",
            [
                ["Kenya Third National Action Plan 2018-2020 – Implementation tracker"],
                [],
                ["No.", "Commitment", "Lead agency", "Supporting institutions", "Milestone",
                 "Timeline", "Progress", "Evidence (link)", "Status"],
                [1, KE_BO, "Office of the Attorney General", "\n".join(KE_SUP),
                 "Publish the beneficial ownership regulations", "Sept 2018 – June 2019",
                 P(1.0), "http://kenyalaw.org", "Completed"],
                [None, None, None, None, "Launch the public beneficial ownership register",
                 "July 2019 - Dec 2019", P(0.41), None, "Ongoing"],
                [2, KE_OC, KE_EACC, None,
                 "Publish county procurement data in the OCDS", "01/10/2018 to 30/06/2020",
                 P(0.25), "https://opencontracting.go.ke", "Ongoing"],
                [],
                ["Total commitments: 2"],
            ],
            ["A4:A5", "B4:B5", "C4:C5", "D4:D5"],
            autofilter="A3:I6",
        )
    ],
    [
        {
            "code": "1",
            "title": KE_BO,
            "institution": "Office of the Attorney General",
            "support": KE_SUP,
            "results": [
                ("activity", "Publish the beneficial ownership regulations", None),
                ("activity", "Launch the public beneficial ownership register", None),
            ],
            "milestones": {
                "Publish the beneficial ownership regulations":
                    ("2018-09-30", "2019-06-30", 100.0),
                "Launch the public beneficial ownership register":
                    ("2019-07-31", "2019-12-31", 41.0),
            },
            "evidence": {"Publish the beneficial ownership regulations":
                         "http://kenyalaw.org"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": KE_OC,
            "institution": KE_EACC,
            "results": [("activity", "Publish county procurement data in the OCDS", None)],
            "milestones": {"Publish county procurement data in the OCDS":
                           ("2018-10-01", "2020-06-30", 25.0)},
            "evidence": {"Publish county procurement data in the OCDS":
                         "https://opencontracting.go.ke"},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 12. Moroccan follow-up in "Feuil1": French headers, the engagements and jalons written in
# Arabic, N°, Engagement and Institution merged over the jalons; French quarters and
# semesters ("T1 2019", "T3 2019", "S2 2020"), "janvier 2019"; "Taux d'avancement" as
# "41 %" text; "Observations"; "Source :" below.

MA1 = "الحق في الحصول على المعلومات"
MA2 = "الميزانية المفتوحة"
MA_MS = ["نشر النصوص التطبيقية للقانون 31.13", "إحداث بوابة الحصول على المعلومات",
         "نشر ميزانية المواطن"]  # fmt: skip
MA_I1 = "Ministère de la Réforme de l'Administration et de la Fonction publique"
MA_I2 = "Ministère de l'Économie et des Finances"
ma = Case(
    "b3_ma_feuil1_arabe.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Feuil1",
            [
                ["Plan d'action national du Maroc 2018-2020 – Suivi des engagements"],
                [],
                ["N°", "Engagement", "Institution responsable", "Jalon", "Date de début",
                 "Date de fin", "Taux d'avancement", "Observations"],
                [1, MA1, MA_I1, MA_MS[0], "janvier 2019", "T3 2019", f"100{NB}%", None],
                [None, None, None, MA_MS[1], "T1 2019", "S2 2020", "41 %",
                 "تم إطلاق النسخة التجريبية"],
                [2, MA2, MA_I2, MA_MS[2], "T3 2019", "S2 2020", "0 %", None],
                [],
                ["Source : Département de la Réforme de l'Administration"],
            ],
            ["A4:A5", "B4:B5", "C4:C5"],
        )
    ],
    [
        {
            "code": "1",
            "title": MA1,
            "institution": MA_I1,
            "results": [("activity", MA_MS[0], None), ("activity", MA_MS[1], None)],
            "milestones": {MA_MS[0]: ("2019-01-31", "2019-09-30", 100.0),
                           MA_MS[1]: ("2019-03-31", "2020-12-31", 41.0)},
            "indicators": [],
        },
        {
            "code": "2",
            "title": MA2,
            "institution": MA_I2,
            "results": [("activity", MA_MS[2], None)],
            "milestones": {MA_MS[2]: ("2019-09-30", "2020-12-31", 0.0)},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 13. EU 2016 logframe in Portuguese (Mozambique): "Cadeia de resultados | Indicadores |
# Valores de base (incluindo ano de referência) | Valor atual / Data de referência | Metas
# (incluindo ano de referência) | Fontes e meios de verificação | Pressupostos"; "Impacto
# (Objetivo geral)", "Efeito(s) direto(s) (Objetivo(s) específico(s))", "Realizações"
# merged over two outputs; "12,5 % (2016)", "1.233 (2016)", "15 % (dez. 2017)", "(junho
# 2018)", "n.d."; the "Atividades | Meios | Custos" block.

Z_IMP = "Reforçar a participação dos cidadãos na governação local"
Z_OUT = "Os municípios decidem parte do investimento com os cidadãos"
Z_R1 = "1. Conselhos consultivos locais funcionam regularmente"
Z_R2 = "2. Orçamentos municipais publicados em linguagem simples"
mz = Case(
    "b3_eu2016_pt_mocambique.xlsx",
    "eu",
    [
        Sheet(
            "Quadro lógico",
            [
                ["Matriz do quadro lógico – Compromisso 3: Governação local participativa"],
                [],
                [None, "Cadeia de resultados", "Indicadores",
                 "Valores de base\n(incluindo ano de referência)",
                 "Valor atual\nData de referência", "Metas\n(incluindo ano de referência)",
                 "Fontes e meios de verificação", "Pressupostos"],
                ["Impacto\n(Objetivo geral)", Z_IMP,
                 "Cidadãos que participam nas sessões municipais (%)", "12,5 % (2016)",
                 "15 % (dez. 2017)", "25 % (2020)", "Inquérito de governação", None],
                ["Efeito(s) direto(s)\n(Objetivo(s) específico(s))", Z_OUT,
                 "Investimento municipal decidido em sessões públicas (MZN)",
                 "1.233 (2016)", "2.400 (junho 2018)", "10.000 (2020)",
                 "Contas municipais", "Estabilidade do quadro legal autárquico"],
                ["Realizações", Z_R1, "Conselhos consultivos com atas publicadas", "0 (2016)",
                 "18 (junho 2018)", "53 (2020)", "Atas dos conselhos", None],
                [None, Z_R2, "Municípios com orçamento cidadão publicado", "n.d.",
                 "7 (junho 2018)", "53 (2019)", "Portais municipais",
                 "Os municípios mantêm os técnicos formados"],
                [],
                [None, "Atividades", "Meios", "Custos"],
                [None, "1.1 Formar os membros dos conselhos consultivos", "Formadores",
                 "EUR 120.000"],
                [None, "2.1 Elaborar o modelo de orçamento cidadão", "Assistência técnica",
                 "EUR 45.000"],
            ],
            ["A6:A7"],
        )
    ],
    [
        {
            "code": "3",
            "title": "Governação local participativa",
            "results": [
                ("goal", Z_IMP, None), ("purpose", Z_OUT, None),
                ("output", Z_R1, Z_OUT), ("output", Z_R2, Z_OUT),
                ("activity", "1.1 Formar os membros dos conselhos consultivos", Z_R1),
                ("activity", "2.1 Elaborar o modelo de orçamento cidadão", Z_R2),
            ],
            "assumptions": {Z_OUT: "Estabilidade do quadro legal autárquico",
                            Z_R2: "Os municípios mantêm os técnicos formados"},
            "indicators": [
                ind(Z_IMP, "Cidadãos que participam nas sessões municipais (%)",
                    baseline=12.5, baseline_date="2016-12-31",
                    means_of_verification="Inquérito de governação",
                    targets=[("2020-12-31", 25.0)], measurements=[("2017-12-31", 15.0)]),
                ind(Z_OUT, "Investimento municipal decidido em sessões públicas (MZN)",
                    baseline=1233.0, baseline_date="2016-12-31",
                    means_of_verification="Contas municipais",
                    targets=[("2020-12-31", 10000.0)], measurements=[("2018-06-30", 2400.0)]),
                ind(Z_R1, "Conselhos consultivos com atas publicadas", baseline=0.0,
                    baseline_date="2016-12-31", means_of_verification="Atas dos conselhos",
                    targets=[("2020-12-31", 53.0)], measurements=[("2018-06-30", 18.0)]),
                ind(Z_R2, "Municípios com orçamento cidadão publicado", baseline=None,
                    means_of_verification="Portais municipais",
                    targets=[("2019-12-31", 53.0)], measurements=[("2018-06-30", 7.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 14. Uruguay-style follow-up: commitments numbered "eje.compromiso" ("4.2", "4.3") merged
# over their metas "a)", "b)" in their own column; "Organismo responsable"; "mar-2019",
# "dic-2019", "setiembre 2019", a bare year "2020" as an end date; "% de cumplimiento" as
# "41" text and 100; "Estado" ("Cumplida", "En proceso"); a "Nota:" below. The code is
# the number as written ("4.2").

UY42 = "Datos abiertos de compras estatales"
UY43 = "Observatorio de información ambiental"
UY_ACCE = "Agencia Reguladora de Compras Estatales"
UY_MA = "Ministerio de Ambiente"
uy = Case(
    "b3_uy_eje_compromiso_metas.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Seguimiento",
            [
                ["Cuarto Plan de Acción Nacional de Gobierno Abierto – Seguimiento"],
                [],
                ["N°", "Compromiso", "Organismo responsable", "Meta", "Descripción de la meta",
                 "Inicio", "Fin", "% de cumplimiento", "Estado"],
                ["4.2", UY42, UY_ACCE, "a)", "Publicar las compras en formato abierto",
                 "mar-2019", "dic-2019", 100, "Cumplida"],
                [None, None, None, "b)", "Publicar los contratos en el estándar OCDS",
                 "setiembre 2019", "2020", "41", "En proceso"],
                ["4.3", UY43, UY_MA, "a)", "Publicar los indicadores ambientales en línea",
                 "mar-2019", "dic-2019", 100, "Cumplida"],
                [],
                ["Nota: el porcentaje de cumplimiento lo informa cada organismo."],
            ],
            ["A4:A5", "B4:B5", "C4:C5"],
        )
    ],
    [
        {
            "code": "4.2",
            "title": UY42,
            "institution": UY_ACCE,
            "results": [("activity", "Publicar las compras en formato abierto", None),
                        ("activity", "Publicar los contratos en el estándar OCDS", None)],
            "milestones": {
                "Publicar las compras en formato abierto": ("2019-03-31", "2019-12-31", 100.0),
                "Publicar los contratos en el estándar OCDS":
                    ("2019-09-30", "2020-12-31", 41.0),
            },
            "indicators": [],
        },
        {
            "code": "4.3",
            "title": UY43,
            "institution": UY_MA,
            "results": [("activity", "Publicar los indicadores ambientales en línea", None)],
            "milestones": {"Publicar los indicadores ambientales en línea":
                           ("2019-03-31", "2019-12-31", 100.0)},
            "indicators": [],
        },
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 15. Georgian hand-kept matrix in "Sheet1": English headers, narratives in Georgian script,
# a title naming the commitment, the header on row 4, "Level" merged over the two outputs,
# blank spacer rows between the levels, numbers as text in English ("1,233", "45.5%"),
# target dates as Excel serials in a text-formatted column, "N/A"; a signature line below.

GE_G = "საჯარო ინფორმაციის ხელმისაწვდომობის გაუმჯობესება"
GE_P = "სამინისტროები აქვეყნებენ ღია მონაცემებს"
GE_O1 = "ღია მონაცემთა პორტალი ამოქმედებულია"
GE_O2 = "საჯარო მოხელეები გადამზადებულნი არიან"
ge = Case(
    "b3_ge_sheet1_georgian.xlsx",
    "handmade",
    [
        Sheet3(
            "Sheet1",
            [
                ["Monitoring matrix – Commitment 11: Open data in ministries"],
                ["Prepared by: Ministry of Justice, Analytical Department"],
                [],
                ["Level", "Objective", "Indicator", "Baseline", "Baseline year", "Target",
                 "Target date", "Means of verification"],
                ["Goal", GE_G, None, None, None, None, None, None],
                [],
                ["Purpose", GE_P, "Ministries publishing open data (%)", "45.5%", 2016,
                 "90%", serial("2018-12-31"), "Portal statistics"],
                [],
                ["Outputs", GE_O1, "Datasets on the portal", "1,233", 2016, "3,000",
                 serial("2018-06-30"), "data.gov.ge"],
                [None, GE_O2, "Civil servants trained", "N/A", None, "450",
                 serial("2018-12-31"), "Training records"],
                [],
                ["Signed: ____________________   Head of Analytical Department"],
            ],
            ["A9:A10"],
        )
    ],
    [
        {
            "code": "11",
            "title": "Open data in ministries",
            "results": [("goal", GE_G, None), ("purpose", GE_P, None),
                        ("output", GE_O1, GE_P), ("output", GE_O2, GE_P)],
            "indicators": [
                ind(GE_P, "Ministries publishing open data (%)", baseline=45.5,
                    baseline_date="2016-12-31", means_of_verification="Portal statistics",
                    targets=[("2018-12-31", 90.0)]),
                ind(GE_O1, "Datasets on the portal", baseline=1233.0,
                    baseline_date="2016-12-31", means_of_verification="data.gov.ge",
                    targets=[("2018-06-30", 3000.0)]),
                ind(GE_O2, "Civil servants trained", baseline=None,
                    means_of_verification="Training records",
                    targets=[("2018-12-31", 450.0)]),
            ],
        }
    ],
)  # fmt: skip

CASES = [mir, ilpes, ua, dfid, wb, tsip, irm, co, pe, hand, ke, ma, mz, uy, ge]


def main(folder: Path = HERE) -> None:
    for case in CASES:
        write(folder / case.file, case.sheets)
        print("wrote", case.file)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
