"""Sixth blind check set (issue 13): OGP action plan trackers and government monitoring
spreadsheets as ministries, municipalities and civil society keep them, in Spanish,
Portuguese, French and English; written without reading the importer, to score what lands
as an outside reviewer would. Donor templates are left to another set.

``python tests/data/excel_blind6/make_blind6.py`` rewrites the workbooks beside this script;
``PYTHONPATH=src python tests/data/excel_formats/score.py --folder tests/data/excel_blind6``
scores them (kept out of pytest so it stays a measure).

What is new here: Mexico's "Tablero de control" of the 2016-2018 plan (summary lines with the
overall progress above the table, "Línea de acción" as the milestone, civil-society
co-responsibles on two lines of one cell, "45 por ciento", "Marzo-2017", hyperlinks whose
text is "Ver evidencia"); a Colombia "Matriz de seguimiento" whose "Semáforo" column is
colour only (green / yellow / red fills, no text) with a colour legend below, "2020/03"
dates; a Peru "Reporte de avance" with one row per commitment and its milestones, dates and
means of verification numbered inside single cells ("1. ...\\n2. ..."), "primer trimestre
2018", an IRM-scale "Nivel de cumplimiento" in Spanish; Argentina's third and fourth plans in
one workbook (a "Resumen" sheet, then one sheet per plan, commitment numbers restarting at
1); a Uruguay follow-up whose second commitment runs on into "Hoja2" ("(cont.)" after the
repeated title); a Paraguay sheet with a two-row header ("Fecha" over "Inicio | Fin"), the
commitment and institution written once per block (not merged), "15.03.2020", footnote
marks ("60*") explained below, and a text "Semáforo" (Verde / Amarillo / Rojo) with its
legend; an OGP Local plan (Renca, Chile) with a civil-society counterpart column and cell
comments; Brazil's CGU monitoring with "Outros atores envolvidos" on two lines, "03/2019",
"2º semestre de 2020", "jun/2020" and comments; a Côte d'Ivoire "Engagement | Jalons |
Structure responsable | Structures associées" sheet with the IRM "Niveau d'achèvement"
merged per engagement, "45 %", "n.d."; a Tunisian sheet with one header at the top and
"Engagement N :" / "Structure responsable :" section rows below it, "T1 2019", "déc. 2019";
a Philippines tracker ("Lead agency | Supporting agencies", agencies separated by commas,
"June 30, 2018", hyperlinked evidence); Nigeria's plan with one sheet per thematic area,
"Commitment 1:", "Lead MDA:" and "Supporting MDAs/CSOs:" lines above the milestones; the OGP
commitment template (2017) filled in as a vertical form, one sheet per commitment (Ghana);
a civil-society shadow report (Kenya) with a 0-5 score per commitment and the CSO's own
completion verdict; and the Spanish OGP commitment template ("Plantilla de compromiso",
Honduras-style).

Sources (found with the search tool; where the search found only the plan or the guidance,
the spreadsheet layout is from memory of the published trackers, as said):
- Mexico's 2016-2018 "Tablero" of the Secretaría de la Función Pública (overall progress,
  "Primer avance | Segundo avance | Resultado final", hojas de ruta with líneas de acción):
  http://aga.funcionpublica.gob.mx/aga/Home/Index; lead and supporting institutions as
  OGP lists them: https://www.opengovpartnership.org/es/members/mexico/commitments/MX0075/;
  https://observatorioplanificacion.cepal.org/es/planes/cuarto-plan-de-accion-nacional-de-gobierno-abierto-de-mexico-2019-2022
- Uruguay's follow-up reports (commitments with metas, a responsible institution and a
  referent): https://www.gub.uy/agencia-gobierno-electronico-sociedad-informacion-conocimiento/comunicacion/publicaciones/tercer-informe-seguimiento-del-quinto-plan-accion-nacional-gobierno-1
- Colombia (IRM reports, commitments numbered "1.1"; the semáforo from memory of the
  Secretaría de Transparencia sheets):
  https://pdfslide.net/documents/mecanismo-de-revisin-independiente-mri-informe-de-fin-compromiso-14-ciclos.html,
  https://www.opengovpartnership.org/documents/colombia-action-plan-review-2020-2022/
- OGP Local / local plans: CEPAL, "Gestión de planes de acción locales de gobierno abierto"
  (Renca, Chile; co-creation and follow-up tools): https://es.scribd.com/document/493673435/S2000429-es;
  OGP Local Handbook: https://opengovpartnership.org/documents/ogp-local-handbook
- Brazil's 4th plan and its self-assessment (marcos, instituição responsável, outros atores
  envolvidos): https://pt.scribd.com/document/541208739/4o-Plano-de-Acao-Nacional-Portugues-pdf-CdeKey-OEKVS7HP5FPKV35BNUTRD7ZCJI3UDQZQ,
  https://vdocuments.com.br/relatrio-intermedirio-de-autoavaliao-cabe-ressaltar-ainda-que-as-indicaes.html
- Francophone plans and self-assessments ("engagements", "niveau de mise en œuvre",
  "réalisation substantielle"): https://fr.readkong.com/page/partenariat-pour-un-gouvernement-ouvert-pour-une-action-6476063,
  https://pdfslide.fr/documents/pour-une-action-publique-transparente-et-collaborative-daaction-2015-2017.html;
  Côte d'Ivoire, Tunisia: from memory of their published plans.
- Philippines PH-OGP plans and self-assessments (lead and partner agencies, progress forms):
  https://pdfslide.net/documents/philippine-open-government-partnership-ph-ogp-national-.html,
  https://fdokumen.com/documents/philippine-open-government-partnership-ph-ogp-.html
- OGP commitment template and self-assessment form (Number and Name of Commitment,
  Commitment Start and End Date, Lead implementing agency, the problem / commitment / how it
  contributes / relevance questions, Completion Level Not Started / Limited / Substantial /
  Completed): https://docsbay.net/describe-what-the-commitment-entails-its-expected-results-and-overall-objective,
  https://www.opengovpartnership.org/develop-a-national-action-plan/ (template 2017 in
  English, Spanish, French), http://www.opengovpartnership.org/ogp-action-plan-template
- Civil-society assessments with a per-commitment score: République citoyenne's analysis of
  France's 2015-2017 plan (a score per commitment, 12,8/20 overall):
  https://fr.doczz.net/doc/2947920/une-analyse-de-la-soci%C3%A9t%C3%A9-civile-sur-le-plan-d-action-nat...;
  the Kenya sheet's layout is from memory.
- Nigeria (thematic areas, "MDAs") and Ghana: from memory of their published plans.

What a user expects, as the earlier sets state it: each milestone (hito, marco, jalon, línea
de acción) an activity of its commitment with its start, end and progress; the commitment's
number as its code and its name as the title (the number, "Compromiso 3:", "Engagement 1 :"
and "(cont.)" are not part of it); the lead institution and, where a column or line names
them, the supporting ones (one per line or per comma); the means of verification or the
evidence link as the milestone's evidence (a hyperlink's target, not its "Ver evidencia"
text); a status over a whole commitment on the IRM scale (Not started / Limited /
Substantial / Complete, in any of the four languages) as its completion; a milestone's
status, a semáforo, a score, comments and observations are not expected in the project and
must not block it. A month, quarter, semester or year given as text is its last day, also
as a start date ("Marzo-2017" -> 2017-03-31, "2020/03" -> 2020-03-31, "primer trimestre
2021" -> 2021-03-31, "T1 2019" -> 2019-03-31, "2º semestre de 2020" -> 2020-12-31, "03/2019"
-> 2019-03-31); "15.03.2020", "30/06/2018" are day first; "June 30, 2018" is that day; a
date cell is that day. "45 por ciento", "45 %", "45%", 0.45 in a % cell and "60*" (a
footnote mark) are 45 and 60; "n.d.", "N/A", "—" are no value. Supporting-institution
order is not checked.
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
sys.path.insert(0, str(HERE.parent / "excel_variants"))

from make_variants import Case, P, Sheet  # noqa: E402

D = dt.datetime
GREEN, YELLOW, RED = "00B050", "FFFF00", "FF0000"


@dataclass
class Sheet6(Sheet):
    """A sheet with what people add by hand: fills, hyperlinks, comments, frozen panes."""

    fills: dict[str, str] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    freeze: str | None = None


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
        if spec.hidden:
            ws.sheet_state = "hidden"
        if isinstance(spec, Sheet6):
            for ref, colour in spec.fills.items():
                ws[ref].fill = PatternFill(fill_type="solid", fgColor=colour)
            for ref, url in spec.links.items():
                ws[ref].hyperlink = url
                ws[ref].style = "Hyperlink"
            for ref, text in spec.comments.items():
                ws[ref].comment = Comment(text, "Enlace de gobierno abierto")
            if spec.freeze:
                ws.freeze_panes = spec.freeze
    wb.properties.creator = "make_blind6.py"
    wb.properties.created = dt.datetime(2017, 1, 1)
    wb.properties.modified = dt.datetime(2017, 1, 1)
    wb.save(path)


def acts(*names: str) -> list[tuple[str, str, None]]:
    return [("activity", n, None) for n in names]


# --------------------------------------------------------------------------------------------
# 1. Mexico "Tablero de control" of the 2016-2018 plan: summary lines (overall progress) above
# the table; "No. | Compromiso | Institución responsable | Organizaciones de la sociedad civil
# | Línea de acción | Fecha de inicio | Fecha de término | Avance | Evidencia"; commitment,
# institution and OSCs merged over their líneas de acción; the OSCs on two lines of one cell;
# "Marzo-2017", "dic-2017", "2do semestre 2017", "30/06/2018"; "45 por ciento", "100%";
# evidence as hyperlinks whose text is "Ver evidencia".

MX1 = "Transparencia del gasto en programas sociales"
MX2 = "Datos abiertos para la búsqueda de personas desaparecidas"
MX_SFP = "Secretaría de la Función Pública"
MX_SEGOB = "Secretaría de Gobernación"
MX1_M = ["Publicar el padrón único de beneficiarios en datos abiertos",
         "Instalar mesas de contraloría social en cinco programas",
         "Evaluar la calidad de los datos publicados"]  # fmt: skip
MX2_M = ["Elaborar el diagnóstico de los registros existentes",
         "Publicar el registro nacional de datos de personas desaparecidas"]  # fmt: skip
MX_L1 = "https://www.gob.mx/sfp/documentos/padron-unico"
MX_L2 = "https://www.gob.mx/sfp/documentos/contraloria-social"
MX_L4 = "https://www.gob.mx/segob/documentos/diagnostico-registros"
mx = Case(
    "b6_mx_tablero_control.xlsx",
    "ogp_followup",
    [
        Sheet6("Tablero", [
            ["Alianza para el Gobierno Abierto – Tablero de control"],
            ["Plan de Acción 2016-2018"],
            ["Porcentaje global de avance: 93 %", None, "Compromisos: 2"],
            [],
            ["No.", "Compromiso", "Institución responsable",
             "Organizaciones de la sociedad civil", "Línea de acción", "Fecha de inicio",
             "Fecha de término", "Avance", "Evidencia"],
            ["1", MX1, MX_SFP, "GESOC, A.C.\nTransparencia Mexicana", MX1_M[0],
             "Marzo-2017", "dic-2017", "100%", "Ver evidencia"],
            [None, None, None, None, MX1_M[1], "2do semestre 2017", "30/06/2018",
             "45 por ciento", "Ver evidencia"],
            [None, None, None, None, MX1_M[2], "Marzo-2018", "30/06/2018", "0 por ciento",
             None],
            ["2", MX2, MX_SEGOB, "Fundar, Centro de Análisis e Investigación", MX2_M[0],
             D(2017, 1, 16), "Junio-2017", "100%", "Ver evidencia"],
            [None, None, None, None, MX2_M[1], "Julio-2017", "dic-2018", "60 por ciento",
             None],
            [],
            ["Nota: el avance lo reportan las instituciones responsables."],
        ], ["A6:A8", "B6:B8", "C6:C8", "D6:D8", "A9:A10", "B9:B10", "C9:C10", "D9:D10"],
            links={"I6": MX_L1, "I7": MX_L2, "I9": MX_L4}, freeze="F6"),
    ],
    [
        {"code": "1", "title": MX1, "institution": MX_SFP,
         "support": ["GESOC, A.C.", "Transparencia Mexicana"],
         "results": acts(*MX1_M),
         "milestones": {MX1_M[0]: ("2017-03-31", "2017-12-31", 100.0),
                        MX1_M[1]: ("2017-12-31", "2018-06-30", 45.0),
                        MX1_M[2]: ("2018-03-31", "2018-06-30", 0.0)},
         "evidence": {MX1_M[0]: MX_L1, MX1_M[1]: MX_L2}, "indicators": []},
        {"code": "2", "title": MX2, "institution": MX_SEGOB,
         "support": ["Fundar, Centro de Análisis e Investigación"],
         "results": acts(*MX2_M),
         "milestones": {MX2_M[0]: ("2017-01-16", "2017-06-30", 100.0),
                        MX2_M[1]: ("2017-07-31", "2018-12-31", 60.0)},
         "evidence": {MX2_M[0]: MX_L4}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 2. Colombia "Matriz de seguimiento": "Semáforo" is colour only (green / yellow / red fills,
# no text), with a "Convenciones" colour legend below the table; "No. | Compromiso | Entidad
# líder | Hito | Fecha inicio | Fecha fin | % avance | Semáforo | Evidencia"; codes "1.1",
# "2.3"; "2020/03", "dic-2020", "30/06/2021", "45%" text.

CO1 = "Lenguaje claro en los trámites más consultados"
CO2 = "Transparencia en la contratación de obra pública regional"
CO_DAFP = "Departamento Administrativo de la Función Pública"
CO_CCE = "Agencia Nacional de Contratación Pública – Colombia Compra Eficiente"
CO1_M = ["Traducir a lenguaje claro 20 trámites", "Publicar la guía de lenguaje claro"]
CO2_M = ["Publicar los contratos de obra en el SECOP II",
         "Capacitar a veedurías ciudadanas en control de obras",
         "Presentar el tablero de seguimiento de obras"]  # fmt: skip
co = Case(
    "b6_co_semaforo_colores.xlsx",
    "ogp_followup",
    [
        Sheet6("Seguimiento", [
            ["Matriz de seguimiento – IV Plan de Acción Nacional de Estado Abierto 2020-2022"],
            [],
            ["No.", "Compromiso", "Entidad líder", "Hito", "Fecha inicio", "Fecha fin",
             "% avance", "Semáforo", "Evidencia"],
            ["1.1", CO1, CO_DAFP, CO1_M[0], "2020/09", "2021/03", "100%", None,
             "Informe de trámites traducidos"],
            [None, None, None, CO1_M[1], "2021/01", "30/06/2021", "45%", None, None],
            ["2.3", CO2, CO_CCE, CO2_M[0], "2020/03", "dic-2020", "100%", None,
             "https://www.colombiacompra.gov.co/secop-ii"],
            [None, None, None, CO2_M[1], "2021/02", "2021/08", "45%", None,
             "Listas de asistencia"],
            [None, None, None, CO2_M[2], "2021/06", "dic-2021", "0%", None, None],
            [],
            ["Convenciones"],
            [None, None, None, None, None, None, None, None, "Cumplido"],
            [None, None, None, None, None, None, None, None, "En ejecución"],
            [None, None, None, None, None, None, None, None, "Retrasado"],
        ], ["A4:A5", "B4:B5", "C4:C5", "A6:A8", "B6:B8", "C6:C8"],
            fills={"H4": GREEN, "H5": YELLOW, "H6": GREEN, "H7": YELLOW, "H8": RED,
                   "H11": GREEN, "H12": YELLOW, "H13": RED}),
    ],
    [
        {"code": "1.1", "title": CO1, "institution": CO_DAFP, "results": acts(*CO1_M),
         "milestones": {CO1_M[0]: ("2020-09-30", "2021-03-31", 100.0),
                        CO1_M[1]: ("2021-01-31", "2021-06-30", 45.0)},
         "evidence": {CO1_M[0]: "Informe de trámites traducidos"}, "indicators": []},
        {"code": "2.3", "title": CO2, "institution": CO_CCE, "results": acts(*CO2_M),
         "milestones": {CO2_M[0]: ("2020-03-31", "2020-12-31", 100.0),
                        CO2_M[1]: ("2021-02-28", "2021-08-31", 45.0),
                        CO2_M[2]: ("2021-06-30", "2021-12-31", 0.0)},
         "evidence": {CO2_M[0]: "https://www.colombiacompra.gov.co/secop-ii",
                      CO2_M[1]: "Listas de asistencia"}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 3. Peru "Reporte de avance": one row per commitment; its milestones, their dates and their
# means of verification numbered inside single cells ("1. ...\n2. ..."); "primer trimestre
# 2018", "Junio-2018", "31/12/2018"; "Nivel de cumplimiento" on the IRM scale in Spanish.

PE1 = "Portal de transparencia estándar en gobiernos regionales"
PE2 = "Registro de visitas en línea"
PE_PCM = "Secretaría de Gobierno Digital – PCM"
PE_MINJUS = "Ministerio de Justicia y Derechos Humanos"
PE1_M = ["Elaborar el diagnóstico del portal en 25 gobiernos regionales",
         "Aprobar la directiva del portal de transparencia estándar",
         "Capacitar a los responsables de los portales"]  # fmt: skip
PE2_M = ["Implementar el registro de visitas en 18 ministerios",
         "Publicar los datos de visitas en formato abierto"]  # fmt: skip
pe = Case(
    "b6_pe_reporte_avance_hitos_en_celda.xlsx",
    "ogp_followup",
    [
        Sheet("Reporte de avance", [
            ["Plan de Acción de Gobierno Abierto 2017-2019 – Reporte de avance al 31/12/2018"],
            [],
            ["N°", "Compromiso", "Entidad responsable", "Hitos", "Fecha de cumplimiento",
             "Medios de verificación", "Nivel de cumplimiento"],
            ["1", PE1, PE_PCM, "\n".join(f"{i}. {m}" for i, m in enumerate(PE1_M, 1)),
             "1. primer trimestre 2018\n2. Junio-2018\n3. 31/12/2018",
             "1. Informe de diagnóstico\n2. Resolución de Secretaría de Gobierno Digital\n"
             "3. Listas de participantes", "Sustancial"],
            ["2", PE2, PE_MINJUS, "\n".join(f"{i}. {m}" for i, m in enumerate(PE2_M, 1)),
             "1. segundo trimestre 2018\n2. 30/09/2018",
             "1. https://visitas.servicios.gob.pe\n2. https://www.datosabiertos.gob.pe",
             "Completo"],
            [],
            ["Fuente: reportes de las entidades responsables."],
        ]),
    ],
    [
        {"code": "1", "title": PE1, "institution": PE_PCM, "completion": "substantial",
         "results": acts(*PE1_M),
         "milestones": {PE1_M[0]: (None, "2018-03-31", None),
                        PE1_M[1]: (None, "2018-06-30", None),
                        PE1_M[2]: (None, "2018-12-31", None)},
         "evidence": {PE1_M[0]: "Informe de diagnóstico",
                      PE1_M[1]: "Resolución de Secretaría de Gobierno Digital",
                      PE1_M[2]: "Listas de participantes"}, "indicators": []},
        {"code": "2", "title": PE2, "institution": PE_MINJUS, "completion": "complete",
         "results": acts(*PE2_M),
         "milestones": {PE2_M[0]: (None, "2018-06-30", None),
                        PE2_M[1]: (None, "2018-09-30", None)},
         "evidence": {PE2_M[0]: "https://visitas.servicios.gob.pe",
                      PE2_M[1]: "https://www.datosabiertos.gob.pe"}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 4. Argentina: two plans in one workbook: a "Resumen" sheet (a row per plan with counts),
# then "III Plan 2017-2019" and "IV Plan 2019-2022", commitment numbers restarting at 1;
# "Compromiso" written "1. ..." and merged, "Organismo responsable"; "Marzo-2018",
# "primer trimestre 2021", "2020/03", "45%".

AR31 = "Apertura de información sobre el Poder Judicial"
AR32 = "Portal de compras públicas abiertas"
AR41 = "Transparencia en la obra pública"
AR42 = "Datos abiertos de género"
AR_JUS = "Ministerio de Justicia y Derechos Humanos"
AR_ONC = "Oficina Nacional de Contrataciones"
AR_MOP = "Ministerio de Obras Públicas"
AR_MMGD = "Ministerio de las Mujeres, Géneros y Diversidad"
AR31_M = ["Publicar estadísticas judiciales en datos abiertos",
          "Realizar mesas de diálogo con la sociedad civil"]  # fmt: skip
AR32_M = ["Publicar las compras en el estándar de contrataciones abiertas"]
AR41_M = ["Publicar el mapa de inversiones en obra pública",
          "Incorporar el estándar CoST a los contratos"]  # fmt: skip
AR42_M = ["Publicar el registro de casos de la Línea 144"]
AR_HEAD = ["Compromiso", "Organismo responsable", "Hito", "Fecha de inicio",
           "Fecha de finalización", "Estado", "Avance"]  # fmt: skip
ar = Case(
    "b6_ar_dos_planes.xlsx",
    "ogp_followup",
    [
        Sheet("Resumen", [
            ["Seguimiento de los planes de acción de gobierno abierto"],
            [],
            ["Plan", "Compromisos", "Cumplidos", "% de cumplimiento"],
            ["III Plan 2017-2019", 2, 1, P(0.5)],
            ["IV Plan 2019-2022", 2, 0, P(0.0)],
        ]),
        Sheet("III Plan 2017-2019", [
            ["III Plan de Acción Nacional de Gobierno Abierto 2017-2019"],
            [],
            AR_HEAD,
            ["1. " + AR31, AR_JUS, AR31_M[0], "Marzo-2018", "Diciembre-2018", "Cumplido",
             "100%"],
            [None, None, AR31_M[1], "Abril-2018", "Junio-2019", "En proceso", "45%"],
            ["2. " + AR32, AR_ONC, AR32_M[0], D(2017, 9, 1), D(2019, 6, 30), "Cumplido",
             "100%"],
        ], ["A4:A5", "B4:B5"]),
        Sheet("IV Plan 2019-2022", [
            ["IV Plan de Acción Nacional de Gobierno Abierto 2019-2022"],
            [],
            AR_HEAD,
            ["1. " + AR41, AR_MOP, AR41_M[0], "2020/03", "primer trimestre 2021",
             "En proceso", "45%"],
            [None, None, AR41_M[1], "primer trimestre 2021", "segundo semestre 2022",
             "No iniciado", "0%"],
            ["2. " + AR42, AR_MMGD, AR42_M[0], "Marzo-2020", "Diciembre-2021", "En proceso",
             "70%"],
        ], ["A4:A5", "B4:B5"]),
    ],
    [
        {"code": "1", "title": AR31, "institution": AR_JUS, "results": acts(*AR31_M),
         "milestones": {AR31_M[0]: ("2018-03-31", "2018-12-31", 100.0),
                        AR31_M[1]: ("2018-04-30", "2019-06-30", 45.0)}, "indicators": []},
        {"code": "2", "title": AR32, "institution": AR_ONC, "results": acts(*AR32_M),
         "milestones": {AR32_M[0]: ("2017-09-01", "2019-06-30", 100.0)}, "indicators": []},
        {"code": "1", "title": AR41, "institution": AR_MOP, "results": acts(*AR41_M),
         "milestones": {AR41_M[0]: ("2020-03-31", "2021-03-31", 45.0),
                        AR41_M[1]: ("2021-03-31", "2022-12-31", 0.0)}, "indicators": []},
        {"code": "2", "title": AR42, "institution": AR_MMGD, "results": acts(*AR42_M),
         "milestones": {AR42_M[0]: ("2020-03-31", "2021-12-31", 70.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 5. Uruguay: the second commitment runs on into "Hoja2", which repeats the header and the
# commitment with "(cont.)" after its title; "N° | Compromiso | Institución responsable |
# Meta | Fecha inicio | Fecha fin | Avance | Observaciones"; "Marzo-2019", "dic-2019",
# "45 por ciento", a percentage cell.

UY1 = "Acceso a la información pública en la Intendencia"
UY2 = "Datos abiertos de calidad del agua"
UY_UAIP = "Unidad de Acceso a la Información Pública"
UY_MA = "Ministerio de Ambiente"
UY1_M = ["Publicar el índice de información reservada"]
UY2_M = ["Relevar las estaciones de monitoreo", "Publicar los datos de 50 estaciones",
         "Desarrollar un visualizador de calidad del agua"]  # fmt: skip
UY_HEAD = ["N°", "Compromiso", "Institución responsable", "Meta", "Fecha inicio",
           "Fecha fin", "Avance", "Observaciones"]  # fmt: skip
uy = Case(
    "b6_uy_continua_hoja2.xlsx",
    "ogp_followup",
    [
        Sheet("Hoja1", [
            ["4° Plan de Acción Nacional de Gobierno Abierto 2018-2020 – Seguimiento"],
            [],
            UY_HEAD,
            ["1", UY1, UY_UAIP, UY1_M[0], "Marzo-2019", "dic-2019", "100 por ciento", None],
            ["2", UY2, UY_MA, UY2_M[0], D(2019, 1, 2), "Junio-2019", P(1.0),
             "Relevamiento terminado"],
            [None, None, None, UY2_M[1], "Julio-2019", "dic-2019", "45 por ciento", None],
        ], ["A5:A6", "B5:B6", "C5:C6"]),
        Sheet("Hoja2", [
            UY_HEAD,
            ["2", UY2 + " (cont.)", UY_MA, UY2_M[2], "Marzo-2020", "dic-2020",
             "0 por ciento", "Sin iniciar por falta de presupuesto"],
        ]),
    ],
    [
        {"code": "1", "title": UY1, "institution": UY_UAIP, "results": acts(*UY1_M),
         "milestones": {UY1_M[0]: ("2019-03-31", "2019-12-31", 100.0)}, "indicators": []},
        {"code": "2", "title": UY2, "institution": UY_MA, "results": acts(*UY2_M),
         "milestones": {UY2_M[0]: ("2019-01-02", "2019-06-30", 100.0),
                        UY2_M[1]: ("2019-07-31", "2019-12-31", 45.0),
                        UY2_M[2]: ("2020-03-31", "2020-12-31", 0.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 6. Paraguay: two-row header ("Fecha" over "Inicio | Fin"), commitment and institution
# written once per block (not merged, the rows below left blank), "15.03.2020", "primer
# trimestre 2021", "2020/06"; footnote marks on progress ("60*") explained below the table;
# a text "Semáforo" (Verde / Amarillo / Rojo) and its legend.

PY1 = "Sistema de seguimiento a las recomendaciones de derechos humanos"
PY2 = "Presupuesto ciudadano municipal"
PY_MRE = "Ministerio de Relaciones Exteriores"
PY_MH = "Ministerio de Hacienda"
PY1_M = ["Actualizar la plataforma SIMORE Plus", "Capacitar a las instituciones usuarias"]
PY2_M = ["Diseñar la guía de presupuesto ciudadano", "Publicar 10 presupuestos municipales",
         "Evaluar el uso de los presupuestos publicados"]  # fmt: skip
py = Case(
    "b6_py_bloques_notas_semaforo.xlsx",
    "ogp_followup",
    [
        Sheet("Matriz", [
            ["Cuarto Plan de Acción de Gobierno Abierto 2018-2020"],
            ["Matriz de seguimiento de compromisos"],
            [],
            ["N°", "Compromiso", "Institución responsable", "Hito", "Fecha", None,
             "% de avance", "Medio de verificación", "Semáforo"],
            [None, None, None, None, "Inicio", "Fin"],
            ["1", PY1, PY_MRE, PY1_M[0], "15.03.2020", "30.09.2020", "100", "www.mre.gov.py/simore",
             "Verde"],
            [None, None, None, PY1_M[1], "01.10.2020", "primer trimestre 2021", "60*", None,
             "Amarillo"],
            ["2", PY2, PY_MH, PY2_M[0], "2019/01", "2019/06", "100", "Guía publicada",
             "Verde"],
            [None, None, None, PY2_M[1], "2019/07", "2020/06", "12*", None, "Rojo"],
            [None, None, None, PY2_M[2], "2020/07", "2020/12", "0", None, "Rojo"],
            [],
            ["* Dato preliminar, sujeto a validación de la institución."],
            ["Semáforo: Verde = cumplido; Amarillo = en proceso; Rojo = atrasado."],
        ], ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5", "H4:H5", "I4:I5"]),
    ],
    [
        {"code": "1", "title": PY1, "institution": PY_MRE, "results": acts(*PY1_M),
         "milestones": {PY1_M[0]: ("2020-03-15", "2020-09-30", 100.0),
                        PY1_M[1]: ("2020-10-01", "2021-03-31", 60.0)},
         "evidence": {PY1_M[0]: "www.mre.gov.py/simore"}, "indicators": []},
        {"code": "2", "title": PY2, "institution": PY_MH, "results": acts(*PY2_M),
         "milestones": {PY2_M[0]: ("2019-01-31", "2019-06-30", 100.0),
                        PY2_M[1]: ("2019-07-31", "2020-06-30", 12.0),
                        PY2_M[2]: ("2020-07-31", "2020-12-31", 0.0)},
         "evidence": {PY2_M[0]: "Guía publicada"}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 7. OGP Local plan (Renca, Chile): "Compromiso | Hito | Unidad municipal responsable |
# Contraparte sociedad civil | Fecha inicio | Fecha término | Estado | % Avance | Medio de
# verificación"; the commitment "Compromiso 1: ..." merged, the unit and counterpart merged
# per commitment; "marzo 2020", "2do semestre 2020", date cells, percentage cells; cell
# comments on a progress and a date.

CL1 = "Presupuesto participativo digital"
CL2 = "Consejo comunal de la sociedad civil con actas abiertas"
CL_SECPLA = "Secretaría Comunal de Planificación"
CL_DIDECO = "Dirección de Desarrollo Comunitario"
CL1_M = ["Diseñar la plataforma de votación en línea", "Realizar la votación 2020",
         "Publicar la ejecución de los proyectos ganadores"]  # fmt: skip
CL2_M = ["Publicar las actas del consejo en el sitio municipal"]
cl = Case(
    "b6_cl_ogp_local_renca.xlsx",
    "ogp_followup",
    [
        Sheet6("Plan local", [
            ["Plan de Acción Local de Gobierno Abierto – Municipalidad de Renca 2019-2021"],
            ["OGP Local"],
            [],
            ["Compromiso", "Hito", "Unidad municipal responsable", "Contraparte sociedad civil",
             "Fecha inicio", "Fecha término", "Estado", "% Avance", "Medio de verificación"],
            ["Compromiso 1: " + CL1, CL1_M[0], CL_SECPLA, "Fundación Tribu", "marzo 2020",
             D(2020, 6, 30), "Completado", P(1.0), "https://participa.renca.cl"],
            [None, CL1_M[1], None, None, D(2020, 7, 1), "2do semestre 2020", "En curso",
             P(0.45), None],
            [None, CL1_M[2], None, None, "enero 2021", "junio 2021", "No iniciado", P(0.0),
             None],
            ["Compromiso 2: " + CL2, CL2_M[0], CL_DIDECO, "Unión comunal de juntas de vecinos",
             D(2019, 11, 1), "marzo 2020", "Completado", P(1.0),
             "https://www.renca.cl/cosoc/actas"],
        ], ["A5:A7", "C5:C7", "D5:D7"],
            comments={"H6": "Votación suspendida por la pandemia; se retoma en octubre.",
                      "F5": "Fecha reprogramada en la mesa de marzo."}),
    ],
    [
        {"code": "1", "title": CL1, "institution": CL_SECPLA, "support": ["Fundación Tribu"],
         "results": acts(*CL1_M),
         "milestones": {CL1_M[0]: ("2020-03-31", "2020-06-30", 100.0),
                        CL1_M[1]: ("2020-07-01", "2020-12-31", 45.0),
                        CL1_M[2]: ("2021-01-31", "2021-06-30", 0.0)},
         "evidence": {CL1_M[0]: "https://participa.renca.cl"}, "indicators": []},
        {"code": "2", "title": CL2, "institution": CL_DIDECO,
         "support": ["Unión comunal de juntas de vecinos"], "results": acts(*CL2_M),
         "milestones": {CL2_M[0]: ("2019-11-01", "2020-03-31", 100.0)},
         "evidence": {CL2_M[0]: "https://www.renca.cl/cosoc/actas"}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 8. Brazil CGU "Monitoramento do 4º Plano de Ação": one sheet, several commitments;
# "Compromisso | Marco | Instituição responsável | Outros atores envolvidos | Data de início |
# Data de término | Status | % de execução | Evidência"; other actors on two lines of one
# merged cell; "03/2019", "2º semestre de 2020", "jun/2020", a date cell; "45%" text, a %
# cell; "Concluído / Em andamento / Não iniciado"; cell comments.

BR1 = "Transparência dos recursos da educação"
BR2 = "Dados abertos sobre recursos hídricos"
BR_FNDE = "Fundo Nacional de Desenvolvimento da Educação"
BR_ANA = "Agência Nacional de Águas"
BR1_M = ["Publicar os repasses às escolas em formato aberto",
         "Realizar oficinas com conselhos de alimentação escolar"]  # fmt: skip
BR2_M = ["Publicar o catálogo de dados de outorgas", "Lançar o painel de qualidade da água",
         "Avaliar o uso dos dados com a sociedade civil"]  # fmt: skip
br = Case(
    "b6_br_cgu_monitoramento.xlsx",
    "ogp_followup",
    [
        Sheet6("Monitoramento", [
            ["4º Plano de Ação Nacional em Governo Aberto – Monitoramento"],
            ["Situação em 30/11/2020"],
            [],
            ["Compromisso", "Marco", "Instituição responsável", "Outros atores envolvidos",
             "Data de início", "Data de término", "Status", "% de execução", "Evidência"],
            ["1. " + BR1, BR1_M[0], BR_FNDE, "Ministério da Educação\nTodos pela Educação",
             "03/2019", "12/2019", "Concluído", "100%",
             "https://www.fnde.gov.br/dadosabertos"],
            [None, BR1_M[1], None, None, "01/2020", "2º semestre de 2020", "Em andamento",
             "45%", None],
            ["2. " + BR2, BR2_M[0], BR_ANA, "Open Knowledge Brasil", D(2019, 1, 7), "jun/2019",
             "Concluído", P(1.0), "https://dadosabertos.ana.gov.br"],
            [None, BR2_M[1], None, None, "jul/2019", "jun/2020", "Em andamento", P(0.8), None],
            [None, BR2_M[2], None, None, "jul/2020", "2º semestre de 2020", "Não iniciado",
             P(0.0), None],
        ], ["A5:A6", "C5:C6", "D5:D6", "A7:A9", "C7:C9", "D7:D9"],
            comments={"H6": "Oficinas adiadas pela pandemia.",
                      "I7": "Catálogo validado pela CGU."}),
    ],
    [
        {"code": "1", "title": BR1, "institution": BR_FNDE,
         "support": ["Ministério da Educação", "Todos pela Educação"], "results": acts(*BR1_M),
         "milestones": {BR1_M[0]: ("2019-03-31", "2019-12-31", 100.0),
                        BR1_M[1]: ("2020-01-31", "2020-12-31", 45.0)},
         "evidence": {BR1_M[0]: "https://www.fnde.gov.br/dadosabertos"}, "indicators": []},
        {"code": "2", "title": BR2, "institution": BR_ANA, "support": ["Open Knowledge Brasil"],
         "results": acts(*BR2_M),
         "milestones": {BR2_M[0]: ("2019-01-07", "2019-06-30", 100.0),
                        BR2_M[1]: ("2019-07-31", "2020-06-30", 80.0),
                        BR2_M[2]: ("2020-07-31", "2020-12-31", 0.0)},
         "evidence": {BR2_M[0]: "https://dadosabertos.ana.gov.br"}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 9. Côte d'Ivoire: "N° | Engagement | Jalons | Structure responsable | Structures associées |
# Date de début | Date de fin | Taux d'exécution | Niveau d'achèvement | Observations"; the
# engagement, its structures and its IRM "Niveau d'achèvement" merged per engagement;
# "janvier 2019", "1er trimestre 2019", "30/06/2019", "déc. 2019"; "45 %", "100 %", "n.d.".

CI1 = "Publication des déclarations de patrimoine des hauts fonctionnaires"
CI2 = "Budget citoyen"
CI_HABG = "Haute Autorité pour la Bonne Gouvernance"
CI_MB = "Ministère du Budget et du Portefeuille de l'État"
CI1_M = ["Adopter le décret sur la publication des déclarations",
         "Publier les déclarations sur le site de la HABG"]  # fmt: skip
CI2_M = ["Élaborer le budget citoyen 2019", "Diffuser le budget citoyen dans les régions"]
ci = Case(
    "b6_ci_engagements_jalons.xlsx",
    "ogp_followup",
    [
        Sheet("Suivi PAN 2018-2020", [
            ["Partenariat pour un Gouvernement Ouvert – Plan d'action national 2018-2020"],
            ["Tableau de suivi de la mise en œuvre des engagements"],
            [],
            ["N°", "Engagement", "Jalons", "Structure responsable", "Structures associées",
             "Date de début", "Date de fin", "Taux d'exécution", "Niveau d'achèvement",
             "Observations"],
            ["1", CI1, CI1_M[0], CI_HABG, "Ministère de la Justice", "janvier 2019",
             "1er trimestre 2019", "100 %", "Substantiel", None],
            [None, None, CI1_M[1], None, None, "avril 2019", "déc. 2019", "n.d.", None,
             "En attente du décret d'application"],
            ["2", CI2, CI2_M[0], CI_MB, "Social Justice", D(2018, 10, 1), "30/06/2019",
             "100 %", "Achevé", None],
            [None, None, CI2_M[1], None, None, "juillet 2019", "déc. 2019", "100 %", None,
             None],
        ], ["A5:A6", "B5:B6", "D5:D6", "E5:E6", "I5:I6", "A7:A8", "B7:B8", "D7:D8", "E7:E8",
            "I7:I8"]),
    ],
    [
        {"code": "1", "title": CI1, "institution": CI_HABG,
         "support": ["Ministère de la Justice"], "completion": "substantial",
         "results": acts(*CI1_M),
         "milestones": {CI1_M[0]: ("2019-01-31", "2019-03-31", 100.0),
                        CI1_M[1]: ("2019-04-30", "2019-12-31", None)}, "indicators": []},
        {"code": "2", "title": CI2, "institution": CI_MB, "support": ["Social Justice"],
         "completion": "complete", "results": acts(*CI2_M),
         "milestones": {CI2_M[0]: ("2018-10-01", "2019-06-30", 100.0),
                        CI2_M[1]: ("2019-07-31", "2019-12-31", 100.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 10. Tunisia "Feuil1": one header at the top, then "Engagement N : ..." and "Structure
# responsable : ..." section rows over each engagement's jalons (the header is not
# repeated); "T1 2019", "S2 2019", "15.03.2020", "déc. 2019"; "45%", "100 %"; "Justificatifs"
# with a link.

TN1 = "Mise en place d'un portail national des données ouvertes"
TN2 = "Transparence dans le secteur de l'énergie"
TN_PG = "Présidence du Gouvernement"
TN_MIE = "Ministère de l'Industrie et de l'Énergie"
TN1_M = ["Adopter le décret sur les données ouvertes", "Lancer le portail data.gov.tn",
         "Publier 100 jeux de données"]  # fmt: skip
TN2_M = ["Publier les contrats pétroliers"]
tn = Case(
    "b6_tn_sections_engagements.xlsx",
    "ogp_followup",
    [
        Sheet("Feuil1", [
            ["Plan d'action national pour un gouvernement ouvert 2018-2020 – Suivi"],
            [],
            ["Jalons", "Date de début", "Date de fin", "Taux de réalisation", "Justificatifs"],
            ["Engagement 1 : " + TN1],
            ["Structure responsable : " + TN_PG],
            [TN1_M[0], "T1 2019", "S2 2019", "100 %", "Décret n° 2018-41 publié au JORT"],
            [TN1_M[1], "15.03.2020", "déc. 2020", "100%", "http://www.data.gov.tn"],
            [TN1_M[2], "T3 2019", "S2 2020", "45%", None],
            ["Engagement 2 : " + TN2],
            ["Structure responsable : " + TN_MIE],
            [TN2_M[0], "janv. 2019", "déc. 2019", "100 %", "http://www.energiemines.gov.tn"],
        ]),
    ],
    [
        {"code": "1", "title": TN1, "institution": TN_PG, "results": acts(*TN1_M),
         "milestones": {TN1_M[0]: ("2019-03-31", "2019-12-31", 100.0),
                        TN1_M[1]: ("2020-03-15", "2020-12-31", 100.0),
                        TN1_M[2]: ("2019-09-30", "2020-12-31", 45.0)},
         "evidence": {TN1_M[0]: "Décret n° 2018-41 publié au JORT",
                      TN1_M[1]: "http://www.data.gov.tn"}, "indicators": []},
        {"code": "2", "title": TN2, "institution": TN_MIE, "results": acts(*TN2_M),
         "milestones": {TN2_M[0]: ("2019-01-31", "2019-12-31", 100.0)},
         "evidence": {TN2_M[0]: "http://www.energiemines.gov.tn"}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 11. Philippines PH-OGP tracker: "No. | Commitment | Milestone | Lead agency | Supporting
# agencies | Start date | End date | Status | Evidence link"; commitment numbers as the
# plan has them (3, 7); lead and supporting agencies merged per commitment, the supporting
# ones separated by commas; "Jan 2018", "Q2 2018", "June 30, 2018"; a hyperlink whose text
# is "Link" and a plain URL.

PH3 = "Citizen participatory audit of infrastructure projects"
PH7 = "Open data on local government budgets"
PH_COA = "Commission on Audit"
PH_DBM = "Department of Budget and Management"
PH3_M = ["Select ten infrastructure projects for audit",
         "Train citizen auditors in three regions", "Publish the joint audit reports"]  # fmt: skip
PH7_M = ["Publish LGU budget data on the open data portal",
         "Hold budget fora in 20 municipalities"]  # fmt: skip
PH_L = "https://www.coa.gov.ph/cpa/reports"
ph = Case(
    "b6_ph_tracker_lead_supporting.xlsx",
    "ogp_followup",
    [
        Sheet6("NAP 2017-2019", [
            ["PH-OGP National Action Plan 2017-2019 – Commitment tracker"],
            ["As of 31 December 2018"],
            [],
            ["No.", "Commitment", "Milestone", "Lead agency", "Supporting agencies",
             "Start date", "End date", "Status", "Evidence link"],
            ["3", PH3, PH3_M[0], PH_COA, "DBM, DILG, CODE-NGO", "Jan 2018", "Q1 2018",
             "Completed", "Link"],
            [None, None, PH3_M[1], None, None, "Q2 2018", "June 30, 2018", "Completed",
             "https://www.coa.gov.ph/cpa/training"],
            [None, None, PH3_M[2], None, None, "July 2018", "Dec 2018", "Ongoing", None],
            ["7", PH7, PH7_M[0], PH_DBM, "DILG, Bureau of Local Government Finance",
             D(2017, 10, 2), "March 31, 2018", "Completed", "https://data.gov.ph"],
            [None, None, PH7_M[1], None, None, "Q3 2018", "Q2 2019", "Not yet started", None],
        ], ["A5:A7", "B5:B7", "D5:D7", "E5:E7", "A8:A9", "B8:B9", "D8:D9", "E8:E9"],
            links={"I5": PH_L}),
    ],
    [
        {"code": "3", "title": PH3, "institution": PH_COA, "support": ["DBM", "DILG", "CODE-NGO"],
         "results": acts(*PH3_M),
         "milestones": {PH3_M[0]: ("2018-01-31", "2018-03-31", None),
                        PH3_M[1]: ("2018-06-30", "2018-06-30", None),
                        PH3_M[2]: ("2018-07-31", "2018-12-31", None)},
         "evidence": {PH3_M[0]: PH_L, PH3_M[1]: "https://www.coa.gov.ph/cpa/training"},
         "indicators": []},
        {"code": "7", "title": PH7, "institution": PH_DBM,
         "support": ["DILG", "Bureau of Local Government Finance"], "results": acts(*PH7_M),
         "milestones": {PH7_M[0]: ("2017-10-02", "2018-03-31", None),
                        PH7_M[1]: ("2018-09-30", "2019-06-30", None)},
         "evidence": {PH7_M[0]: "https://data.gov.ph"}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 12. Nigeria: a cover, then one sheet per thematic area; on each, one block per commitment:
# "Commitment 1: ...", "Lead MDA: ...", "Supporting MDAs/CSOs: ..." (commas) lines, then the
# header "Milestone | Start date | End date | Status | Progress (%) | Means of verification";
# "Q1 2018", "Dec. 2018", "31/12/2018", "45%" text, "N/A".

NG1 = "Open budget: publish the citizens' budget and budget performance reports"
NG2 = "Open contracting in public procurement"
NG5 = "Public register of beneficial owners of companies"
NG_BOF = "Budget Office of the Federation"
NG_BPP = "Bureau of Public Procurement"
NG_CAC = "Corporate Affairs Commission"
NG1_M = ["Publish the 2018 citizens' budget", "Publish quarterly budget performance reports"]
NG2_M = ["Adopt the Open Contracting Data Standard", "Publish contracts above N100 million"]
NG5_M = ["Amend the Companies and Allied Matters Act", "Launch the beneficial ownership portal"]
NG_HEAD = ["Milestone", "Start date", "End date", "Status", "Progress (%)",
           "Means of verification"]  # fmt: skip
ng = Case(
    "b6_ng_thematic_sheets_blocks.xlsx",
    "ogp_followup",
    [
        Sheet("Cover", [["Nigeria OGP National Action Plan 2017-2019"],
                        ["Implementation tracker, prepared by the OGP Secretariat"],
                        ["Thematic areas: Fiscal Transparency; Anti-Corruption"]]),
        Sheet("Fiscal Transparency", [
            ["Thematic area: Fiscal Transparency"],
            [],
            ["Commitment 1: " + NG1],
            ["Lead MDA: " + NG_BOF],
            ["Supporting MDAs/CSOs: Federal Ministry of Finance, BudgIT"],
            NG_HEAD,
            [NG1_M[0], "Q1 2018", "Q2 2018", "Completed", "100%",
             "http://www.budgetoffice.gov.ng/citizens-budget"],
            [NG1_M[1], "Q1 2018", "Dec. 2018", "Ongoing", "45%", None],
            [],
            ["Commitment 2: " + NG2],
            ["Lead MDA: " + NG_BPP],
            ["Supporting MDAs/CSOs: Public and Private Development Centre"],
            NG_HEAD,
            [NG2_M[0], D(2017, 9, 1), "31/12/2018", "Completed", "100%", "NOCOPO portal"],
            [NG2_M[1], "Jan. 2019", "Jun. 2019", "Not started", "N/A", None],
        ]),
        Sheet("Anti-Corruption", [
            ["Thematic area: Anti-Corruption"],
            [],
            ["Commitment 5: " + NG5],
            ["Lead MDA: " + NG_CAC],
            ["Supporting MDAs/CSOs: Nigeria Extractive Industries Transparency Initiative, "
             "Civil Society Legislative Advocacy Centre"],
            NG_HEAD,
            [NG5_M[0], "Q1 2018", "Q4 2019", "Ongoing", "60%", "CAMA 2020 bill"],
            [NG5_M[1], "Q3 2019", "Dec. 2019", "Not started", "0%", None],
        ]),
    ],
    [
        {"code": "1", "title": NG1, "institution": NG_BOF,
         "support": ["Federal Ministry of Finance", "BudgIT"], "results": acts(*NG1_M),
         "milestones": {NG1_M[0]: ("2018-03-31", "2018-06-30", 100.0),
                        NG1_M[1]: ("2018-03-31", "2018-12-31", 45.0)},
         "evidence": {NG1_M[0]: "http://www.budgetoffice.gov.ng/citizens-budget"},
         "indicators": []},
        {"code": "2", "title": NG2, "institution": NG_BPP,
         "support": ["Public and Private Development Centre"], "results": acts(*NG2_M),
         "milestones": {NG2_M[0]: ("2017-09-01", "2018-12-31", 100.0),
                        NG2_M[1]: ("2019-01-31", "2019-06-30", None)},
         "evidence": {NG2_M[0]: "NOCOPO portal"}, "indicators": []},
        {"code": "5", "title": NG5, "institution": NG_CAC,
         "support": ["Nigeria Extractive Industries Transparency Initiative",
                     "Civil Society Legislative Advocacy Centre"], "results": acts(*NG5_M),
         "milestones": {NG5_M[0]: ("2018-03-31", "2019-12-31", 60.0),
                        NG5_M[1]: ("2019-09-30", "2019-12-31", 0.0)},
         "evidence": {NG5_M[0]: "CAMA 2020 bill"}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 13. The OGP commitment template (2017), filled in as a vertical form, one sheet per
# commitment (Ghana): "Number and Name of Commitment", "Commitment Start and End Date",
# "Lead implementing agency/actor", the description questions, then "Milestone activity with
# a verifiable deliverable | Start Date: | End Date:", contact information and "Other
# Actors Involved" (state actors on two lines, CSOs). "September 2017", "June 2018", "1
# January 2019"-style dates written out.


def ogp_form(
    number_name: str,
    span: str,
    lead: str,
    problem: str,
    what: str,
    milestones: list[tuple[str, object, object]],
    state: str,
    csos: str,
) -> Sheet:
    rows: list[list[object]] = [
        ["Number and Name of Commitment", number_name],
        ["Commitment Start and End Date", span],
        ["Lead implementing agency/actor", lead],
        ["Commitment description"],
        ["What is the public problem that the commitment will address?", problem],
        ["What is the commitment?", what],
        ["How will the commitment contribute to solve the public problem?",
         "Citizens and journalists can follow the information and report irregularities."],
        ["Why is this commitment relevant to OGP values?", "Transparency and accountability."],
        ["Additional information", "Linked to SDG 16.6 and the national anti-corruption plan."],
        ["Milestone activity with a verifiable deliverable", "Start Date:", "End Date:"],
        *[[m, s, e] for m, s, e in milestones],
        ["Contact information"],
        ["Name of responsible person from implementing agency", "Director, OGP desk"],
        ["Title, Department", "Deputy Director, Policy Unit"],
        ["Email and Phone", "ogp@example.gov.gh"],
        ["Other Actors Involved", "State actors involved", state],
        [None, "CSOs, private sector, multilaterals, working groups", csos],
    ]  # fmt: skip
    n = len(rows)
    return Sheet("Commitment " + number_name.split(".")[0].strip(), rows, [f"A{n - 1}:A{n}"])


GH1 = "Establish a public register of beneficial owners"
GH2 = "Open data on petroleum revenues"
GH_RGD = "Registrar-General's Department"
GH_MOF = "Ministry of Finance"
GH1_M = ["Draft the beneficial ownership regulations", "Launch the online public register"]
GH2_M = ["Publish petroleum receipts on the PIAC portal",
         "Hold district fora on petroleum revenue use"]  # fmt: skip
gh = Case(
    "b6_gh_ogp_commitment_template.xlsx",
    "ogp_template",
    [
        ogp_form("1. " + GH1, "1 September 2017 – 30 June 2019", GH_RGD,
                 "Anonymous companies are used to hide the owners of public contracts.",
                 "Collect and publish who owns and controls the companies registered in Ghana.",
                 [(GH1_M[0], "September 2017", "June 2018"),
                  (GH1_M[1], "July 2018", "30/06/2019")],
                 "Ghana Revenue Authority\nMinistry of Justice", "Ghana Integrity Initiative"),
        ogp_form("2. " + GH2, "2017 – 2019", GH_MOF,
                 "Citizens cannot follow how petroleum revenues are spent.",
                 "Publish petroleum receipts and their allocation as open data.",
                 [(GH2_M[0], D(2017, 10, 1), "December 2018"),
                  (GH2_M[1], "January 2019", "June 2019")],
                 "Public Interest and Accountability Committee", "Africa Centre for Energy Policy"),
    ],
    [
        {"code": "1", "title": GH1, "institution": GH_RGD,
         "support": ["Ghana Revenue Authority", "Ministry of Justice",
                     "Ghana Integrity Initiative"], "results": acts(*GH1_M),
         "milestones": {GH1_M[0]: ("2017-09-30", "2018-06-30", None),
                        GH1_M[1]: ("2018-07-31", "2019-06-30", None)}, "indicators": []},
        {"code": "2", "title": GH2, "institution": GH_MOF,
         "support": ["Public Interest and Accountability Committee",
                     "Africa Centre for Energy Policy"], "results": acts(*GH2_M),
         "milestones": {GH2_M[0]: ("2017-10-01", "2018-12-31", None),
                        GH2_M[1]: ("2019-01-31", "2019-06-30", None)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 14. Civil-society shadow report (Kenya): "No. | Commitment | Lead agency | Milestone |
# Deadline | Government report | CSO assessment | Score (0-5) | Evidence / source"; the
# CSO's completion verdict and its score merged per commitment; the deadline alone (no
# start); "June 2019", "Dec 2019", "30/06/2020"; a notes row on the method.

KE1 = "Public disclosure of contracts in the extractive sector"
KE2 = "Legislative openness in county assemblies"
KE_MOM = "Ministry of Petroleum and Mining"
KE_CA = "County Assemblies Forum"
KE1_M = ["Publish all mining licences and contracts online",
         "Publish the beneficiaries of community development funds"]  # fmt: skip
KE2_M = ["Live-stream plenary sessions in 10 counties", "Publish Hansard records within 7 days",
         "Adopt public participation guidelines"]  # fmt: skip
ke = Case(
    "b6_ke_cso_shadow_score.xlsx",
    "ogp_followup",
    [
        Sheet("Shadow report", [
            ["Civil Society Shadow Report on Kenya's Third OGP National Action Plan 2018-2020"],
            ["Scores: 0 = no progress ... 5 = fully achieved, as assessed by the CSO network"],
            [],
            ["No.", "Commitment", "Lead agency", "Milestone", "Deadline", "Government report",
             "CSO assessment", "Score (0-5)", "Evidence / source"],
            ["1", KE1, KE_MOM, KE1_M[0], "June 2019", "Completed", "Limited", 2,
             "https://portal.miningcadastre.go.ke"],
            [None, None, None, KE1_M[1], "Dec 2019", "On track", None, None,
             "Interview with the ministry, March 2020"],
            ["2", KE2, KE_CA, KE2_M[0], "Dec 2019", "Completed", "Substantial", 4,
             "County assembly websites"],
            [None, None, None, KE2_M[1], "30/06/2020", "Completed", None, None, None],
            [None, None, None, KE2_M[2], "30/06/2020", "Not reported", None, None, None],
            [],
            ["Method: desk review and interviews with 30 CSOs, April 2020."],
        ], ["A5:A6", "B5:B6", "C5:C6", "G5:G6", "H5:H6", "A7:A9", "B7:B9", "C7:C9", "G7:G9",
            "H7:H9"]),
    ],
    [
        {"code": "1", "title": KE1, "institution": KE_MOM, "completion": "limited",
         "results": acts(*KE1_M),
         "milestones": {KE1_M[0]: (None, "2019-06-30", None),
                        KE1_M[1]: (None, "2019-12-31", None)},
         "evidence": {KE1_M[0]: "https://portal.miningcadastre.go.ke",
                      KE1_M[1]: "Interview with the ministry, March 2020"}, "indicators": []},
        {"code": "2", "title": KE2, "institution": KE_CA, "completion": "substantial",
         "results": acts(*KE2_M),
         "milestones": {KE2_M[0]: (None, "2019-12-31", None),
                        KE2_M[1]: (None, "2020-06-30", None),
                        KE2_M[2]: (None, "2020-06-30", None)},
         "evidence": {KE2_M[0]: "County assembly websites"}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 15. The Spanish OGP commitment template ("Plantilla de compromiso", Honduras-style), one
# commitment on "Compromiso 3": "Nombre y número del compromiso", "Fecha de inicio y término
# del compromiso", "Institución o actor responsable de la implementación", the questions,
# "Actividad y producto entregable | Fecha de inicio: | Fecha final:", "Otros actores
# involucrados" (government actors, CSOs); "septiembre 2018", "2do semestre 2019",
# "30/06/2020".

HN3 = "Transparencia en las compras de medicamentos"
HN_SESAL = "Secretaría de Salud"
HN3_M = ["Publicar las compras de medicamentos en HonduCompras",
         "Conformar comités de vigilancia en 5 hospitales",
         "Publicar el informe de abastecimiento hospitalario"]  # fmt: skip
hn = Case(
    "b6_hn_plantilla_compromiso.xlsx",
    "ogp_template",
    [
        Sheet("Compromiso 3", [
            ["Plantilla de compromiso – IV Plan de Acción de Estado Abierto Honduras 2018-2020"],
            [],
            ["Nombre y número del compromiso", "3. " + HN3],
            ["Fecha de inicio y término del compromiso", "1 de septiembre de 2018 – 31 de "
             "agosto de 2020"],
            ["Institución o actor responsable de la implementación", HN_SESAL],
            ["Descripción del compromiso"],
            ["¿Cuál es la problemática que el compromiso aborda?",
             "Desabastecimiento y sobreprecios en la compra de medicamentos."],
            ["¿Cuál es el compromiso?", "Publicar y vigilar con la ciudadanía las compras."],
            ["¿Cómo contribuirá a resolver la problemática?",
             "La publicación permite comparar precios y detectar faltantes."],
            ["¿Por qué es relevante a los valores de OGP?", "Transparencia, participación."],
            ["Información adicional", "Vinculado al ODS 3."],
            ["Actividad y producto entregable", "Fecha de inicio:", "Fecha final:"],
            [HN3_M[0], "septiembre 2018", "2do semestre 2019"],
            [HN3_M[1], "enero 2019", "30/06/2020"],
            [HN3_M[2], "2do semestre 2019", "agosto 2020"],
            ["Información de contacto"],
            ["Nombre de la persona responsable", "Unidad de Transparencia"],
            ["Correo electrónico y teléfono", "transparencia@example.gob.hn"],
            ["Otros actores involucrados", "Actores de gobierno", "Oficina Normativa de "
             "Contratación y Adquisiciones del Estado"],
            [None, "OSC, sector privado, organizaciones multilaterales, grupos de trabajo",
             "Asociación para una Sociedad más Justa"],
        ], ["A19:A20"]),
    ],
    [
        {"code": "3", "title": HN3, "institution": HN_SESAL,
         "support": ["Oficina Normativa de Contratación y Adquisiciones del Estado",
                     "Asociación para una Sociedad más Justa"], "results": acts(*HN3_M),
         "milestones": {HN3_M[0]: ("2018-09-30", "2019-12-31", None),
                        HN3_M[1]: ("2019-01-31", "2020-06-30", None),
                        HN3_M[2]: ("2019-12-31", "2020-08-31", None)}, "indicators": []},
    ],
)  # fmt: skip

CASES = [mx, co, pe, ar, uy, py, cl, br, ci, tn, ph, ng, gh, ke, hn]


def main(folder: Path = HERE) -> None:
    for case in CASES:
        write(folder / case.file, case.sheets)
        print("wrote", case.file)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
