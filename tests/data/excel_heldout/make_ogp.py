"""Build held-out OGP follow-up, hand-kept, French and Portuguese workbooks: laid out the way
the public templates are kept in agencies, differing from the corpus (../excel_formats) and
the variants (../excel_variants) as real files do - three commitments in one sheet with the
commitment, its number and its institution merged over its milestones; the commitment only
in the sheet's title line ("Matriz de seguimiento – Compromiso N° 5: ..."), in section rows
between blank spacer rows, in "Compromiso:" / "Organismo responsable:" label lines above
the header, or repeated on every row of an Excel Table after a cover sheet; two commitments
whose names differ by one word sharing a milestone's wording; dates as date cells and as
text ("ene-2015", "julio 2016", "2do semestre 2015", "30/06/2016", "Q3 2016", "2016");
progress as 0.41 with a % format, "41%", "41 %", "41" and 41; the states of several
vocabularies ("En proceso", "Cumplido", "No iniciado", "Completado", "Completed"; at the
commitment level "Sustancial", "Limitado"); "s/i", "N/A", "—"; "Notas:", "Fuente:" and
signature rows below; hidden list sheets; "Hoja1"; header on row 3, 4 or 5. Plus a French
cadre logique in the EU's 2021 wording ("Chaîne des résultats", "Effet direct", "Produit 1
relatif à l'effet direct 1", "1 500", "Sans objet") and a Portuguese MML with an unlabelled
level column ("Resumo narrativo", "Meios de verificação", "Pressupostos").

Written from the public templates and published plans, not from our recognizers:
- OGP commitment template fields and the IRM completion scale (Not started / Limited /
  Substantial / Complete): https://www.opengovpartnership.org/glossary/completion/ and the
  commitment pages, e.g. https://www.opengovpartnership.org/es/members/argentina/commitments/AR0090/
  ("Institución principal", "Instituciones de apoyo").
- Chile's second plan 2014-2016 (commitments, CPLT, Modernization Unit, milestones,
  figures): /work/shared/reference/chile-nap-facts.md and the U4 report beside it.
- Argentina's second plan (commitments "2. Fortalecimiento del Portal de Datos Públicos",
  "5. Universidad Abierta"): https://www.opengovpartnership.org/documents/argentina-end-of-term-report-2015-2017/
- Spain's plan follow-up pages (milestones with "Jun-17" / "DEC-17" dates):
  https://transparencia.gob.es/en/gobierno-abierto/planes-accion/planes-accion-anteriores/iiiplanaccion/compromisosiiipga/compromisoiiipga_2-1
- Uruguay's follow-up (commitments, "metas", responsible institution):
  https://www.gub.uy/agencia-gobierno-electronico-sociedad-informacion-conocimiento/comunicacion/publicaciones/tercer-informe-seguimiento-del-quinto-plan-accion-nacional-gobierno-1
- Costa Rica's second plan: https://fdocuments.ec/document/segundo-plan-del-ministerio-de-la-presidencia-de-costa-rica-en-cuarenta.html
- Paraguay IRM progress report 2014-2015: https://vdocument.in/mecanismo-de-revisin-independiente-mri-de-revisin-independiente-mri-paraguay.html
- CEPAL/ILPES, "Gestión de planes de acción locales de gobierno abierto" (follow-up tools):
  https://es.scribd.com/document/493673435/S2000429-es
- Cadre logique (Logique d'intervention, IOV, Sources et moyens de vérification,
  Hypothèses, Moyens, Coûts, Conditions préalables): https://www.eval.fr/methodes-et-outils/cadrelogique/,
  http://clement.prudhomme.free.fr/clementp/S3S3/co/composante.html,
  https://fr.slideshare.net/jamaity_tn/guide-pour-elaborer-un-cadre-logique-ue (F3E 2003)
- Portuguese MML (Resumo narrativo, Indicadores, Meios de verificação, Pressupostos):
  https://pt.slideshare.net/vaniamoralessierra/metodologia-do-marco-lgico-ii-53504230,
  https://exatasassessoria.com/?p=847
- Excel Tables (ListObjects) with the header on the table's first row:
  https://openpyxl.readthedocs.io/en/stable/worksheet_tables.html

Dates and numbers follow the rules the corpus states: a month, quarter, semester or year
given as text is its last day ("julio 2014" 2014-07-31, "Q3 2016" 2016-09-30, "2016"
2016-12-31), dd/mm/yyyy day first; progress is a percentage (0.41 formatted as a percentage,
"41%", "41" and 41 are all 41); "s/i", "N/A", "—" are no value (with a warning). A
milestone's state has no field of its own (its % is the figure kept) and is listed as not
imported; a commitment-level "Nivel de cumplimiento" is the commitment's completion.

``python tests/data/excel_heldout/make_ogp.py [DIR]`` writes the .xlsx files;
``tests/unit/excel/test_formats_heldout.py`` imports each and compares with ``expected``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "excel_variants"))

from make_variants import Case, P, Sheet, ind, write  # noqa: E402

CPLT = "Consejo para la Transparencia"

# --------------------------------------------------------------------------------------------
# 1. Chile 2014-2016, "Hoja1": three commitments in one sheet, the number, name and
# institution merged over their milestones; header on row 5; % as 100, 0.87 with a % format,
# "41" and "41%"; "s/i"; Estado and Observaciones; notes, source and signatures below.

cl = Case(
    "cl_hoja1_tres_compromisos.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Hoja1",
            [
                ["GOBIERNO DE CHILE"],
                ["Segundo Plan de Acción de Gobierno Abierto 2014-2016"],
                ["Matriz de seguimiento, corte al 30 de junio de 2016"],
                [],
                ["N° Compromiso", "Nombre del compromiso", "Institución responsable", "Hitos",
                 "Fecha de inicio", "Fecha de término", "% de avance", "Medio de verificación",
                 "Estado", "Observaciones"],
                [1, "Modelo de gestión de transparencia municipal", CPLT,
                 "Diseñar el modelo de gestión municipal", dt.datetime(2014, 7, 1),
                 dt.datetime(2014, 12, 31), 100, "Resolución CPLT N° 12", "Cumplido", None],
                [None, None, None, "Implementar el modelo en el 90% de los municipios",
                 "ene-2015", "julio 2016", P(0.87), None, "En proceso",
                 "86,7% de los municipios a mayo de 2015"],
                [2, "Estrategia de datos abiertos", "Unidad de Modernización y Gobierno Digital",
                 "Publicar la norma técnica de datos abiertos", "30/06/2015", "30/06/2016", "41",
                 "https://datos.gob.cl", "En proceso", "Pendiente la revisión jurídica"],
                [None, None, None, "Integrar 69 servicios al portal de datos", "Q3 2015",
                 "Q2 2016", "41%", None, "En proceso", None],
                [None, None, None, "Atender las solicitudes ciudadanas de datos",
                 "2do semestre 2015", "1er semestre 2016", "s/i", None, "No iniciado", None],
                [3, "Concurso de datos abiertos", CPLT,
                 "Realizar el primer concurso de reutilización", "nov-2014", "nov-2014", P(1.0),
                 "Acta del jurado", "Cumplido", "80 desarrolladores y 17 proyectos"],
                [],
                ["Notas:"],
                ["(1) El porcentaje de avance lo informa cada institución responsable."],
                ["Fuente: Mesa de Gobierno Abierto, reporte semestral."],
                [None, "____________________", None, None, None, "____________________"],
                [None, "Encargado de Gobierno Abierto del CPLT", None, None, None,
                 "Jefe de la División de Estudios"],
            ],
            ["A6:A7", "B6:B7", "C6:C7", "A8:A10", "B8:B10", "C8:C10"],
        )
    ],
    [
        {
            "code": "1",
            "title": "Modelo de gestión de transparencia municipal",
            "institution": CPLT,
            "results": [
                ("activity", "Diseñar el modelo de gestión municipal", None),
                ("activity", "Implementar el modelo en el 90% de los municipios", None),
            ],
            "milestones": {
                "Diseñar el modelo de gestión municipal": ("2014-07-01", "2014-12-31", 100.0),
                "Implementar el modelo en el 90% de los municipios":
                    ("2015-01-31", "2016-07-31", 87.0),
            },
            "evidence": {"Diseñar el modelo de gestión municipal": "Resolución CPLT N° 12"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": "Estrategia de datos abiertos",
            "institution": "Unidad de Modernización y Gobierno Digital",
            "results": [
                ("activity", "Publicar la norma técnica de datos abiertos", None),
                ("activity", "Integrar 69 servicios al portal de datos", None),
                ("activity", "Atender las solicitudes ciudadanas de datos", None),
            ],
            "milestones": {
                "Publicar la norma técnica de datos abiertos": ("2015-06-30", "2016-06-30", 41.0),
                "Integrar 69 servicios al portal de datos": ("2015-09-30", "2016-06-30", 41.0),
                "Atender las solicitudes ciudadanas de datos": ("2015-12-31", "2016-06-30", None),
            },
            "evidence": {"Publicar la norma técnica de datos abiertos": "https://datos.gob.cl"},
            "indicators": [],
        },
        {
            "code": "3",
            "title": "Concurso de datos abiertos",
            "institution": CPLT,
            "results": [("activity", "Realizar el primer concurso de reutilización", None)],
            "milestones": {
                "Realizar el primer concurso de reutilización": ("2014-11-30", "2014-11-30", 100.0)
            },
            "evidence": {"Realizar el primer concurso de reutilización": "Acta del jurado"},
            "indicators": [],
        },
    ],
    ("missing_value", "unused_column", "notes_row"),
    layout={"Hoja1": (5,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 2. Colombia-style: a cover sheet, then an Excel Table whose header is on row 3; the
# commitment "1. Datos abiertos para la paz" repeated on each of its rows (a Table cannot
# merge); "Entidad líder", "Avance" as "41%" text, "N/A"; a hidden list sheet.

CO1 = "Datos abiertos para la paz"
CO2 = "Rendición de cuentas de la implementación del Acuerdo de Paz"
DAFP = "Departamento Administrativo de la Función Pública"
co = Case(
    "co_tabla_portada.xlsx",
    "ogp_followup",
    [
        Sheet("Portada", [["Secretaría de Transparencia de la Presidencia de la República"],
                          ["Tercer Plan de Acción de Estado Abierto 2017-2019"],
                          ["Reporte de seguimiento trimestral"]]),
        Sheet(
            "Seguimiento",
            [
                ["Seguimiento a compromisos"],
                ["Corte: 31 de marzo de 2018"],
                ["Compromiso", "Entidad líder", "Hito", "Fecha inicio", "Fecha fin", "Avance",
                 "Evidencia", "Estado", "Comentarios"],
                ["1. " + CO1, "Ministerio TIC", "Publicar 300 conjuntos de datos",
                 dt.datetime(2017, 9, 1), "dic-2018", "41%", "https://www.datos.gov.co",
                 "En proceso", None],
                ["1. " + CO1, "Ministerio TIC", "Realizar dos ejercicios de co-creación",
                 "2do semestre 2017", "1er semestre 2018", "100%", "Memorias de los talleres",
                 "Completado", None],
                ["2. " + CO2, DAFP, "Diseñar el sistema de rendición de cuentas", "01/11/2017",
                 "30/06/2018", "0%", "N/A", "No iniciado", "Depende de la reglamentación"],
                ["2. " + CO2, DAFP, "Capacitar a 500 servidores públicos", "Q1 2018", "Q4 2018",
                 "N/A", None, "No iniciado", None],
            ],
            table="A3:I7",
        ),
        Sheet("Listas", [["En proceso"], ["Completado"], ["No iniciado"]], hidden=True),
    ],
    [
        {
            "code": "1",
            "title": CO1,
            "institution": "Ministerio TIC",
            "results": [
                ("activity", "Publicar 300 conjuntos de datos", None),
                ("activity", "Realizar dos ejercicios de co-creación", None),
            ],
            "milestones": {
                "Publicar 300 conjuntos de datos": ("2017-09-01", "2018-12-31", 41.0),
                "Realizar dos ejercicios de co-creación": ("2017-12-31", "2018-06-30", 100.0),
            },
            "evidence": {"Publicar 300 conjuntos de datos": "https://www.datos.gov.co",
                         "Realizar dos ejercicios de co-creación": "Memorias de los talleres"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": CO2,
            "institution": DAFP,
            "results": [
                ("activity", "Diseñar el sistema de rendición de cuentas", None),
                ("activity", "Capacitar a 500 servidores públicos", None),
            ],
            "milestones": {
                "Diseñar el sistema de rendición de cuentas": ("2017-11-01", "2018-06-30", 0.0),
                "Capacitar a 500 servidores públicos": ("2018-03-31", "2018-12-31", None),
            },
            "evidence": {},
            "indicators": [],
        },
    ],
    ("missing_value", "unused_column", "unread_sheet"),
    layout={"Seguimiento": (3,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 3. The commitment named only in the title line ("Matriz de seguimiento – Compromiso N° 5:
# ..."), no commitment column; "Hoja1"; header on row 3; "jul-2014", "sept-2014", a bare
# year; "—" for no value; a source line below.

mx = Case(
    "titulo_compromiso_hoja1.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Hoja1",
            [
                ["Matriz de seguimiento – Compromiso N° 5: Modelo de gestión documental"],
                [],
                ["Hito", "Responsable", "Fecha inicio", "Fecha término", "% avance",
                 "Medio de verificación", "Estado"],
                ["Desarrollar el modelo de gestión documental", CPLT, "jul-2014", "sept-2014",
                 P(1.0), "Presentación del modelo en septiembre de 2014", "Cumplido"],
                ["Difundir el modelo en los servicios públicos", CPLT, "oct-2014",
                 "diciembre 2015", P(0.6), "Registro de los talleres", "En proceso"],
                ["Pilotear el modelo en un municipio", CPLT, "2016", "2016", "—", "—",
                 "No iniciado"],
                [],
                ["Fuente: Consejo para la Transparencia, control de gestión trimestral."],
            ],
        )
    ],
    [
        {
            "code": "5",
            "title": "Modelo de gestión documental",
            "institution": CPLT,
            "results": [
                ("activity", "Desarrollar el modelo de gestión documental", None),
                ("activity", "Difundir el modelo en los servicios públicos", None),
                ("activity", "Pilotear el modelo en un municipio", None),
            ],
            "milestones": {
                "Desarrollar el modelo de gestión documental": ("2014-07-31", "2014-09-30", 100.0),
                "Difundir el modelo en los servicios públicos": ("2014-10-31", "2015-12-31", 60.0),
                "Pilotear el modelo en un municipio": ("2016-12-31", "2016-12-31", None),
            },
            "evidence": {
                "Desarrollar el modelo de gestión documental":
                    "Presentación del modelo en septiembre de 2014",
                "Difundir el modelo en los servicios públicos": "Registro de los talleres",
            },
            "indicators": [],
        }
    ],
    ("missing_value", "unused_column", "notes_row"),
    layout={"Hoja1": (3,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 4. Peru-style: ministry lines, header on row 4, each commitment in a section row merged
# across the table ("COMPROMISO 7: ..."), blank spacer rows between commitments, "—" in
# every cell of a milestone not yet planned, "100" as text, a note below.

SGP = "Secretaría de Gestión Pública"
PE7 = "Portal de Transparencia Estándar en gobiernos regionales"
PE8 = "Registro de visitas en línea"
pe = Case(
    "pe_secciones_espaciadas.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Matriz",
            [
                ["PRESIDENCIA DEL CONSEJO DE MINISTROS"],
                ["Plan de Acción de Gobierno Abierto 2015-2016: matriz de seguimiento"],
                [],
                ["Hito", "Entidad responsable", "Fecha de inicio", "Fecha de término",
                 "Porcentaje de avance", "Medio de verificación", "Estado"],
                ["COMPROMISO 7: " + PE7],
                ["Implementar el portal en 25 gobiernos regionales", SGP, "ene-2015",
                 "dic-2015", 41, "Reporte del portal", "En proceso"],
                ["Capacitar a los funcionarios responsables del portal", SGP, "—", "—", "—",
                 "—", "No iniciado"],
                [],
                ["COMPROMISO 8: " + PE8],
                ["Publicar el registro de visitas de las entidades del Poder Ejecutivo", SGP,
                 "01/03/2015", "31/12/2015", "100", "www.peru.gob.pe/visitas", "Cumplido"],
                [],
                ["Notas: el porcentaje de avance es autorreportado por las entidades."],
            ],
            ["A5:G5", "A9:G9"],
        )
    ],
    [
        {
            "code": "7",
            "title": PE7,
            "institution": SGP,
            "results": [
                ("activity", "Implementar el portal en 25 gobiernos regionales", None),
                ("activity", "Capacitar a los funcionarios responsables del portal", None),
            ],
            "milestones": {
                "Implementar el portal en 25 gobiernos regionales":
                    ("2015-01-31", "2015-12-31", 41.0),
                "Capacitar a los funcionarios responsables del portal": (None, None, None),
            },
            "evidence": {"Implementar el portal en 25 gobiernos regionales": "Reporte del portal"},
            "indicators": [],
        },
        {
            "code": "8",
            "title": PE8,
            "institution": SGP,
            "results": [("activity",
                         "Publicar el registro de visitas de las entidades del Poder Ejecutivo",
                         None)],
            "milestones": {"Publicar el registro de visitas de las entidades del Poder Ejecutivo":
                           ("2015-03-01", "2015-12-31", 100.0)},
            "evidence": {"Publicar el registro de visitas de las entidades del Poder Ejecutivo":
                         "www.peru.gob.pe/visitas"},
            "indicators": [],
        },
    ],
    ("missing_value", "unused_column", "notes_row"),
    layout={"Matriz": (4,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 5. Costa Rica-style mid-term report: "Nivel de cumplimiento" merged over the commitment's
# milestones in the IRM's words ("Sustancial", "Limitado"), "% de avance del hito" as
# "100 %" text; an institution whose name holds a comma; bare years; "Verificable".

MICITT = "Ministerio de Ciencia, Tecnología y Telecomunicaciones"
cr = Case(
    "cr_cumplimiento_por_compromiso.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Seguimiento",
            [
                ["Comisión Nacional por un Gobierno Abierto"],
                ["II Plan de Acción 2015-2017, informe de medio periodo"],
                [],
                ["#", "Compromiso", "Institución responsable", "Hito", "Fecha inicio",
                 "Fecha final", "% de avance del hito", "Nivel de cumplimiento", "Verificable"],
                [1, "Política nacional de datos abiertos", MICITT,
                 "Publicar el decreto de datos abiertos", "enero 2016", "junio 2016", "100 %",
                 "Sustancial", "Decreto Ejecutivo N° 40199-MP"],
                [None, None, None, "Crear el catálogo nacional de datos", "julio 2016",
                 "diciembre 2017", "41 %", None, None],
                [2, "Mecanismos de participación ciudadana", "Ministerio de la Presidencia",
                 "Aprobar el reglamento de participación ciudadana", "2016", "2017", "0 %",
                 "Limitado", None],
            ],
            ["A5:A6", "B5:B6", "C5:C6", "H5:H6"],
        )
    ],
    [
        {
            "code": "1",
            "title": "Política nacional de datos abiertos",
            "institution": MICITT,
            "completion": "substantial",
            "results": [
                ("activity", "Publicar el decreto de datos abiertos", None),
                ("activity", "Crear el catálogo nacional de datos", None),
            ],
            "milestones": {
                "Publicar el decreto de datos abiertos": ("2016-01-31", "2016-06-30", 100.0),
                "Crear el catálogo nacional de datos": ("2016-07-31", "2017-12-31", 41.0),
            },
            "evidence": {"Publicar el decreto de datos abiertos":
                         "Decreto Ejecutivo N° 40199-MP"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": "Mecanismos de participación ciudadana",
            "institution": "Ministerio de la Presidencia",
            "completion": "limited",
            "results": [("activity", "Aprobar el reglamento de participación ciudadana", None)],
            "milestones": {"Aprobar el reglamento de participación ciudadana":
                           ("2016-12-31", "2017-12-31", 0.0)},
            "evidence": {},
            "indicators": [],
        },
    ],
    (),
    layout={"Seguimiento": (4,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 6. English tracker: a cover sheet, an Excel Table (header on row 3) with "Commitment 1 -
# ..." repeated on each row, "% complete" as plain numbers (100, 41, 0), "Status" in
# English, an ISO date as text, "2nd half 2017"; a hidden list sheet.

EN1 = "Beneficial ownership transparency"
EN2 = "Open contracting data standard"
en = Case(
    "en_tracker_table.xlsx",
    "ogp_followup",
    [
        Sheet("Cover", [["Open Government National Action Plan 2016-2018"],
                        ["Implementation tracker kept by the OGP point of contact"]]),
        Sheet(
            "Tracker",
            [
                ["NAP3 implementation tracker"],
                ["Last updated: 15 May 2017"],
                ["Commitment", "Lead agency", "Milestone", "Start", "End", "% complete",
                 "Status", "Means of verification", "Notes"],
                ["Commitment 1 - " + EN1, "Companies House",
                 "Consult on the register's data fields", "Q3 2016", "Q4 2016", 100,
                 "Completed", "https://example.gov/consultation", None],
                ["Commitment 1 - " + EN1, "Companies House", "Publish the register as open data",
                 dt.datetime(2017, 1, 1), "June 2017", 41, "In progress", None,
                 "Awaiting the secondary legislation"],
                ["Commitment 2 - " + EN2, "Crown Commercial Service",
                 "Publish contracts over 10,000 GBP in OCDS", "2016-10-01", "2nd half 2017", 0,
                 "Not started", None, None],
            ],
            table="A3:I6",
        ),
        Sheet("Lists", [["Completed"], ["In progress"], ["Not started"]], hidden=True),
    ],
    [
        {
            "code": "1",
            "title": EN1,
            "institution": "Companies House",
            "results": [
                ("activity", "Consult on the register's data fields", None),
                ("activity", "Publish the register as open data", None),
            ],
            "milestones": {
                "Consult on the register's data fields": ("2016-09-30", "2016-12-31", 100.0),
                "Publish the register as open data": ("2017-01-01", "2017-06-30", 41.0),
            },
            "evidence": {"Consult on the register's data fields":
                         "https://example.gov/consultation"},
            "indicators": [],
        },
        {
            "code": "2",
            "title": EN2,
            "institution": "Crown Commercial Service",
            "results": [("activity", "Publish contracts over 10,000 GBP in OCDS", None)],
            "milestones": {"Publish contracts over 10,000 GBP in OCDS":
                           ("2016-10-01", "2017-12-31", 0.0)},
            "evidence": {},
            "indicators": [],
        },
    ],
    ("unused_column", "unread_sheet"),
    layout={"Tracker": (3,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 7. Argentina-style "tablero": one sheet per commitment, the commitment and its institution
# in label lines above the header ("Compromiso:" | "2. ...", "Organismo responsable:" | ...);
# "Fecha de finalización", "Avance" as 0.41 with a % format, "Verificador"; a hidden list.

AR2 = "Fortalecimiento del Portal de Datos Públicos"
AR5 = "Universidad Abierta"
SSIP = "Subsecretaría de Innovación Pública y Gobierno Abierto"
MEYD = "Ministerio de Educación y Deportes"


def _tablero(number: int, title: str, org: str, rows: list[list]) -> Sheet:
    return Sheet(
        f"Compromiso {number}",
        [
            ["Tablero de seguimiento de compromisos"],
            ["Compromiso:", f"{number}. {title}"],
            ["Organismo responsable:", org],
            [],
            ["Hito", "Fecha de inicio", "Fecha de finalización", "Avance", "Verificador", "Estado"],
            *rows,
        ],
    )


ar = Case(
    "ar_tablero_por_hoja.xlsx",
    "ogp_followup",
    [
        _tablero(2, AR2, SSIP, [
            ["Publicar 100 nuevos conjuntos de datos", "julio 2016", "junio 2017", P(0.41),
             "http://datos.gob.ar", "En proceso"],
            ["Elaborar la guía de apertura de datos", "jul-2016", "dic-2016", P(1.0),
             "Guía publicada en el portal", "Cumplido"],
        ]),
        _tablero(5, AR5, MEYD, [
            ["Firmar convenios con diez universidades nacionales", "2do semestre 2016",
             "1er semestre 2017", "30%", "Convenios firmados", "En proceso"],
        ]),
        Sheet("Listas", [["En proceso"], ["Cumplido"], ["No iniciado"]], hidden=True),
    ],
    [
        {
            "code": "2",
            "title": AR2,
            "institution": SSIP,
            "results": [
                ("activity", "Publicar 100 nuevos conjuntos de datos", None),
                ("activity", "Elaborar la guía de apertura de datos", None),
            ],
            "milestones": {
                "Publicar 100 nuevos conjuntos de datos": ("2016-07-31", "2017-06-30", 41.0),
                "Elaborar la guía de apertura de datos": ("2016-07-31", "2016-12-31", 100.0),
            },
            "evidence": {"Publicar 100 nuevos conjuntos de datos": "http://datos.gob.ar",
                         "Elaborar la guía de apertura de datos": "Guía publicada en el portal"},
            "indicators": [],
        },
        {
            "code": "5",
            "title": AR5,
            "institution": MEYD,
            "results": [("activity", "Firmar convenios con diez universidades nacionales",
                         None)],
            "milestones": {"Firmar convenios con diez universidades nacionales":
                           ("2016-12-31", "2017-06-30", 30.0)},
            "evidence": {"Firmar convenios con diez universidades nacionales":
                         "Convenios firmados"},
            "indicators": [],
        },
    ],
    ("unused_column",),
    layout={"Compromiso 2": (5,), "Compromiso 5": (5,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 8. Paraguay-style list, filled down: number, commitment and institution repeated on every
# row (no merges); two commitments whose names differ by one word ("Portal de Transparencia"
# and "Portal de Transparencia Municipal") each with a milestone worded the same; "Avance %"
# as 41, "0" text and "s/i".

PY4 = "Portal de Transparencia"
PY12 = "Portal de Transparencia Municipal"
SENAC = "Secretaría Nacional Anticorrupción"
MI = "Ministerio del Interior"
py = Case(
    "py_nombres_parecidos.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Compromisos",
            [
                ["N°", "Compromiso", "Responsable", "Hito", "Inicio", "Fin", "Avance %",
                 "Medio de verificación"],
                [4, PY4, SENAC, "Conectar 80 instituciones al portal", "mar-2015", "dic-2015",
                 41, "Informe de la SENAC"],
                [4, PY4, SENAC, "Capacitar a los funcionarios", "abr-2015", "jun-2015", 100,
                 None],
                [12, PY12, MI, "Capacitar a los funcionarios", "2016", "2016", "0", None],
                [12, PY12, MI, "Publicar los presupuestos municipales", "ene-2016", "dic-2016",
                 "s/i", None],
            ],
        )
    ],
    [
        {
            "code": "4",
            "title": PY4,
            "institution": SENAC,
            "results": [
                ("activity", "Conectar 80 instituciones al portal", None),
                ("activity", "Capacitar a los funcionarios", None),
            ],
            "milestones": {
                "Conectar 80 instituciones al portal": ("2015-03-31", "2015-12-31", 41.0),
                "Capacitar a los funcionarios": ("2015-04-30", "2015-06-30", 100.0),
            },
            "evidence": {"Conectar 80 instituciones al portal": "Informe de la SENAC"},
            "indicators": [],
        },
        {
            "code": "12",
            "title": PY12,
            "institution": MI,
            "results": [
                ("activity", "Capacitar a los funcionarios", None),
                ("activity", "Publicar los presupuestos municipales", None),
            ],
            "milestones": {
                "Capacitar a los funcionarios": ("2016-12-31", "2016-12-31", 0.0),
                "Publicar los presupuestos municipales": ("2016-01-31", "2016-12-31", None),
            },
            "evidence": {},
            "indicators": [],
        },
    ],
    ("missing_value",),
    layout={"Compromisos": (1,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 9. French cadre logique in the EU's 2021 wording: "Chaîne des résultats : principaux
# résultats escomptés", "Valeurs de référence (valeur et année)", "Cibles", "Sources des
# données"; "Effet direct 1", "Produit 1 relatif à l'effet direct 1"; "23 %", "1 500" with
# a space between thousands; "Sans objet" for an assumption.

FI_IMP = "Renforcer la redevabilité budgétaire de l'État"
FI_OC1 = "Les communes publient leur budget et son exécution"
FI_OP1 = "Les agents communaux sont formés à la publication budgétaire"
FI_OP2 = "Un portail budgétaire communal est en ligne"
fr = Case(
    "cadre_logique_intpa_fr.xlsx",
    "eu",
    [
        Sheet(
            "Cadre logique",
            [
                ["Annexe : matrice du cadre logique"],
                ["Engagement 6 : Transparence budgétaire communale"],
                [],
                ["Résultats", "Chaîne des résultats : principaux résultats escomptés",
                 "Indicateurs", "Valeurs de référence (valeur et année)",
                 "Cibles (valeur et année)", "Sources des données", "Hypothèses"],
                ["Impact", FI_IMP, "Score de l'indice sur le budget ouvert", "45 (2019)",
                 "60 (2024)", "Enquête sur le budget ouvert", "Sans objet"],
                ["Effet direct 1", FI_OC1, "Part des communes publiant leur budget", "23 % (2020)",
                 "40 % (2024)", "Rapports de la Cour des comptes", "La volonté politique se maintient"],
                ["Produit 1 relatif à l'effet direct 1", FI_OP1, "Nombre d'agents formés",
                 "0 (2020)", "1 500 (2024)", "Listes de présence", None],
                ["Produit 2 relatif à l'effet direct 1", FI_OP2,
                 "Jeux de données budgétaires publiés", "12 (2020)", "150 (2024)",
                 "Site du ministère des Finances", None],
            ],
        )
    ],
    [
        {
            "code": "6",
            "title": "Transparence budgétaire communale",
            "results": [
                ("goal", FI_IMP, None),
                ("purpose", FI_OC1, None),
                ("output", FI_OP1, FI_OC1),
                ("output", FI_OP2, FI_OC1),
            ],
            "assumptions": {FI_OC1: "La volonté politique se maintient"},
            "indicators": [
                ind(FI_IMP, "Score de l'indice sur le budget ouvert", baseline=45.0,
                    baseline_date="2019-12-31", means_of_verification="Enquête sur le budget ouvert",
                    targets=[("2024-12-31", 60.0)]),
                ind(FI_OC1, "Part des communes publiant leur budget", unit="%", baseline=23.0,
                    baseline_date="2020-12-31",
                    means_of_verification="Rapports de la Cour des comptes",
                    targets=[("2024-12-31", 40.0)]),
                ind(FI_OP1, "Nombre d'agents formés", baseline=0.0, baseline_date="2020-12-31",
                    means_of_verification="Listes de présence", targets=[("2024-12-31", 1500.0)]),
                ind(FI_OP2, "Jeux de données budgétaires publiés", baseline=12.0,
                    baseline_date="2020-12-31",
                    means_of_verification="Site du ministère des Finances",
                    targets=[("2024-12-31", 150.0)]),
            ],
        }
    ],
    (),
    layout={"Cadre logique": (1, 4)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 10. Portuguese MML with an unlabelled level column: "| Resumo narrativo | Indicadores |
# Meios de verificação | Pressupostos", "Objetivo geral", "Objetivo específico",
# "Resultados" and "Atividades" merged over their rows, results numbered "1." and "2.",
# a "Pressupostos para o início" line below.

PT_G = "Reduzir a corrupção nas compras públicas estaduais"
PT_E = "Os órgãos estaduais publicam suas compras em formato aberto"
PT_R1 = "1. Portal de compras integrado aos sistemas estaduais"
PT_R2 = "2. Fornecedores capacitados no uso do portal"
pt = Case(
    "mml_pt_sem_coluna_nivel.xlsx",
    "ilpes",
    [
        Sheet(
            "Planilha1",
            [
                ["Matriz do Marco Lógico (MML)"],
                ["Compromisso 4: Transparência nas compras públicas"],
                [None, "Resumo narrativo", "Indicadores", "Meios de verificação",
                 "Pressupostos"],
                ["Objetivo geral", PT_G, "Índice de percepção da corrupção",
                 "Relatório anual da Transparência Internacional", None],
                ["Objetivo específico", PT_E, "Percentual de compras publicadas em formato aberto",
                 "Painel de compras do governo", "Os órgãos aderem ao sistema"],
                ["Resultados", PT_R1, "Número de órgãos integrados", "Relatórios do portal",
                 None],
                [None, PT_R2, "Número de fornecedores capacitados", "Listas de presença",
                 "Há interesse dos fornecedores"],
                ["Atividades", "1.1 Integrar os sistemas estaduais de compras", None, None, None],
                [None, "2.1 Realizar oficinas regionais com fornecedores", None, None, None],
                ["Pressupostos para o início: orçamento aprovado na Lei Orçamentária Anual."],
            ],
            ["A6:A7", "A8:A9"],
        )
    ],
    [
        {
            "code": "4",
            "title": "Transparência nas compras públicas",
            "results": [
                ("goal", PT_G, None),
                ("purpose", PT_E, None),
                ("output", PT_R1, PT_E),
                ("output", PT_R2, PT_E),
                ("activity", "1.1 Integrar os sistemas estaduais de compras", PT_R1),
                ("activity", "2.1 Realizar oficinas regionais com fornecedores", PT_R2),
            ],
            "assumptions": {PT_E: "Os órgãos aderem ao sistema",
                            PT_R2: "Há interesse dos fornecedores"},
            "indicators": [
                ind(PT_G, "Índice de percepção da corrupção",
                    means_of_verification="Relatório anual da Transparência Internacional"),
                ind(PT_E, "Percentual de compras publicadas em formato aberto",
                    means_of_verification="Painel de compras do governo"),
                ind(PT_R1, "Número de órgãos integrados",
                    means_of_verification="Relatórios do portal"),
                ind(PT_R2, "Número de fornecedores capacitados",
                    means_of_verification="Listas de presença"),
            ],
        }
    ],
    ("notes_row",),
    layout={"Planilha1": (1, 3)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 11. Uruguay-style: theme rows ("Eje 1: ...") between commitments, "Meta" for a milestone,
# "Instituciones de apoyo" with two names on two lines, "Permanente" as an end date,
# "% de cumplimiento" as 0.41 with a % format, "setiembre 2016".

AGESIC = "Agencia de Gobierno Electrónico y Sociedad de la Información y del Conocimiento"
UY1 = "Datos abiertos de compras estatales"
UY2 = "Observatorio de la gestión ambiental"
uy = Case(
    "uy_ejes_apoyo.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Plan",
            [
                ["Cuarto Plan de Acción Nacional de Gobierno Abierto 2018-2020"],
                [],
                ["N°", "Compromiso", "Institución responsable", "Instituciones de apoyo",
                 "Meta", "Fecha de inicio", "Fecha de finalización", "% de cumplimiento"],
                ["Eje 1: Gestión pública más eficiente y abierta"],
                [1, UY1, "Agencia Reguladora de Compras Estatales", AGESIC + "\nMinisterio de Economía y Finanzas",
                 "Publicar las compras en el estándar de contrataciones abiertas",
                 "setiembre 2016", "diciembre 2017", P(0.41)],
                [None, None, None, None, "Mantener actualizado el catálogo de datos",
                 "enero 2017", "Permanente", P(0.5)],
                ["Eje 2: Gestión y protección ambiental"],
                [2, UY2, "Ministerio de Vivienda, Ordenamiento Territorial y Medio Ambiente",
                 None, "Publicar los indicadores ambientales en línea", "2017", "2018",
                 P(1.0)],
            ],
            ["A5:A6", "B5:B6", "C5:C6", "D5:D6"],
        )
    ],
    [
        {
            "code": "1",
            "title": UY1,
            "institution": "Agencia Reguladora de Compras Estatales",
            "support": [AGESIC, "Ministerio de Economía y Finanzas"],
            "themes": "Gestión pública más eficiente y abierta",
            "results": [
                ("activity", "Publicar las compras en el estándar de contrataciones abiertas",
                 None),
                ("activity", "Mantener actualizado el catálogo de datos", None),
            ],
            "milestones": {
                "Publicar las compras en el estándar de contrataciones abiertas":
                    ("2016-09-30", "2017-12-31", 41.0),
                "Mantener actualizado el catálogo de datos": ("2017-01-31", None, 50.0),
            },
            "indicators": [],
        },
        {
            "code": "2",
            "title": UY2,
            "institution": "Ministerio de Vivienda, Ordenamiento Territorial y Medio Ambiente",
            "themes": "Gestión y protección ambiental",
            "results": [("activity", "Publicar los indicadores ambientales en línea", None)],
            "milestones": {"Publicar los indicadores ambientales en línea":
                           ("2017-12-31", "2018-12-31", 100.0)},
            "indicators": [],
        },
    ],
    ("missing_value",),
    layout={"Plan": (3,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 12. Two header rows: "Plazo" merged over "Inicio" | "Término", "Avance" over "%" |
# "Medio de verificación"; dates as "01-07-2014" and "1 de julio de 2014"; "41,5%".

dos = Case(
    "cl_dos_filas_plazo.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Seguimiento",
            [
                ["Seguimiento Plan de Acción 2014-2016"],
                [],
                ["Compromiso", "Responsable", "Hito", "Plazo", None, "Avance", None],
                [None, None, None, "Inicio", "Término", "%", "Medio de verificación"],
                ["Compromiso 4: Portal de Transparencia", CPLT,
                 "Conectar 225 organismos al Portal", "01-07-2014", "1 de julio de 2015",
                 "41,5%", "Reporte trimestral de control de gestión"],
                [None, None, "Incorporar 283 municipios al Portal", "1 de julio de 2014",
                 "31-12-2016", "100%", "http://www.portaltransparencia.cl"],
            ],
            ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "A5:A6", "B5:B6"],
        )
    ],
    [
        {
            "code": "4",
            "title": "Portal de Transparencia",
            "institution": CPLT,
            "results": [
                ("activity", "Conectar 225 organismos al Portal", None),
                ("activity", "Incorporar 283 municipios al Portal", None),
            ],
            "milestones": {
                "Conectar 225 organismos al Portal": ("2014-07-01", "2015-07-01", 41.5),
                "Incorporar 283 municipios al Portal": ("2014-07-01", "2016-12-31", 100.0),
            },
            "evidence": {
                "Conectar 225 organismos al Portal": "Reporte trimestral de control de gestión",
                "Incorporar 283 municipios al Portal": "http://www.portaltransparencia.cl",
            },
            "indicators": [],
        }
    ],
    (),
    layout={"Seguimiento": (3, 4)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 13. One "Plazo de ejecución" column holding both dates ("julio 2014 - diciembre 2015",
# "ene-2015 a jun-2016", a bare year); a commitment-level total row under the milestones
# ("Avance total del compromiso"), which is worked out from the milestones, not one.

rango = Case(
    "mx_plazo_rango_total.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Hoja1",
            [
                ["Tablero de seguimiento del Plan de Acción"],
                [],
                ["N°", "Compromiso", "Responsable", "Hito", "Plazo de ejecución",
                 "Porcentaje de avance", "Medio de verificación"],
                [3, "Gasto abierto", "Secretaría de Hacienda y Crédito Público",
                 "Publicar el gasto federificado en datos abiertos",
                 "julio 2014 - diciembre 2015", "100%", "https://datos.gob.mx/gasto"],
                [None, None, None, "Georreferenciar los proyectos de inversión",
                 "ene-2015 a jun-2016", "40%", "Mapa de inversiones"],
                [None, None, None, "Capacitar a las entidades federativas", "2016", "0%",
                 None],
                [None, None, None, "Avance total del compromiso", None, "47%", None],
            ],
            ["A4:A7", "B4:B7", "C4:C7"],
        )
    ],
    [
        {
            "code": "3",
            "title": "Gasto abierto",
            "institution": "Secretaría de Hacienda y Crédito Público",
            "results": [
                ("activity", "Publicar el gasto federificado en datos abiertos", None),
                ("activity", "Georreferenciar los proyectos de inversión", None),
                ("activity", "Capacitar a las entidades federativas", None),
            ],
            "milestones": {
                "Publicar el gasto federificado en datos abiertos":
                    ("2014-07-31", "2015-12-31", 100.0),
                "Georreferenciar los proyectos de inversión": ("2015-01-31", "2016-06-30", 40.0),
                "Capacitar a las entidades federativas": (None, "2016-12-31", 0.0),
            },
            "evidence": {
                "Publicar el gasto federificado en datos abiertos": "https://datos.gob.mx/gasto",
                "Georreferenciar los proyectos de inversión": "Mapa de inversiones",
            },
            "indicators": [],
        }
    ],
    ("unused_row",),
    layout={"Hoja1": (3,)},
)  # fmt: skip
# A bare year in a one-column period is the end date (its last day); the start stays empty.

# --------------------------------------------------------------------------------------------
# 14. OGP's English template as a sheet: "Lead implementing agency", "Other actors involved
# (government)", "Other actors involved (CSOs...)", "Level of completion" per milestone in
# the IRM's words ("Complete", "Not started", "Limited").

ogp_tpl = Case(
    "en_template_other_actors.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Commitments",
            [
                ["Commitment", "Lead implementing agency", "Other actors involved (government)",
                 "Other actors involved (CSOs, private sector, multilaterals)",
                 "Milestone activity with a verifiable deliverable", "Start date", "End date",
                 "Level of completion"],
                ["Commitment 7: Open parliament", "Chamber of Deputies",
                 "Library of Congress", "Fundación Ciudadano Inteligente",
                 "Publish voting records as open data", "Sept 2016", "30 June 2017",
                 "Complete"],
                [None, None, None, None, "Hold a co-creation workshop with CSOs", "Jan 2017",
                 "Dec 2017", "Limited"],
                [None, None, None, None, "Publish the lobbying register", "Jan 2018",
                 "Jun 2018", "Not started"],
            ],
            ["A2:A4", "B2:B4", "C2:C4", "D2:D4"],
        )
    ],
    [
        {
            "code": "7",
            "title": "Open parliament",
            "institution": "Chamber of Deputies",
            "support": ["Library of Congress", "Fundación Ciudadano Inteligente"],
            "results": [
                ("activity", "Publish voting records as open data", None),
                ("activity", "Hold a co-creation workshop with CSOs", None),
                ("activity", "Publish the lobbying register", None),
            ],
            "milestones": {
                "Publish voting records as open data": ("2016-09-30", "2017-06-30", 100.0),
                "Hold a co-creation workshop with CSOs": ("2017-01-31", "2017-12-31", None),
                "Publish the lobbying register": ("2018-01-31", "2018-06-30", 0.0),
            },
            "indicators": [],
        }
    ],
    ("progress_word",),
    layout={"Commitments": (1,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 15. French follow-up ("Tableau de suivi des engagements"): "Engagement", "Jalon", "Date de
# début", "Date de fin", "Taux de réalisation" as "41 %", "Moyen de vérification", "Statut";
# dates "juin 2017", "déc. 2017", "2e semestre 2018".

fr_suivi = Case(
    "fr_tableau_suivi.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Suivi",
            [
                ["Plan d'action national pour un gouvernement ouvert 2017-2019"],
                ["Tableau de suivi des engagements"],
                [],
                ["Engagement", "Institution responsable", "Jalon", "Date de début",
                 "Date de fin", "Taux de réalisation", "Moyen de vérification", "Statut"],
                ["Engagement 2 : Ouvrir les données de la commande publique",
                 "Direction des affaires juridiques",
                 "Publier les données essentielles des marchés publics", "juin 2017",
                 "déc. 2017", "41 %", "https://data.gouv.fr/marches", "En cours"],
                [None, None, "Adopter le format standard des données", "janvier 2018",
                 "2e semestre 2018", "0 %", None, "Non démarré"],
                [],
                ["Source : rapport d'autoévaluation à mi-parcours."],
            ],
            ["A5:A6", "B5:B6"],
        )
    ],
    [
        {
            "code": "2",
            "title": "Ouvrir les données de la commande publique",
            "institution": "Direction des affaires juridiques",
            "results": [
                ("activity", "Publier les données essentielles des marchés publics", None),
                ("activity", "Adopter le format standard des données", None),
            ],
            "milestones": {
                "Publier les données essentielles des marchés publics":
                    ("2017-06-30", "2017-12-31", 41.0),
                "Adopter le format standard des données": ("2018-01-31", "2018-12-31", 0.0),
            },
            "evidence": {"Publier les données essentielles des marchés publics":
                         "https://data.gouv.fr/marches"},
            "indicators": [],
        }
    ],
    ("unused_column", "notes_row"),
    layout={"Suivi": (4,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 16. Brazilian follow-up ("Monitoramento"): "Órgão responsável", "Marco" for a milestone,
# "Data de início", "Data de término", "% de execução", "Meio de verificação", "Situação";
# dates "junho de 2017", "dez/2017"; "Obs.:" below.

br = Case(
    "br_monitoramento_marcos.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Monitoramento",
            [
                ["3º Plano de Ação Nacional em Governo Aberto"],
                [],
                ["Compromisso", "Órgão responsável", "Marco", "Data de início",
                 "Data de término", "% de execução", "Meio de verificação", "Situação"],
                ["Compromisso 5 - Dados abertos do orçamento", "Ministério do Planejamento",
                 "Publicar a API do orçamento", "junho de 2017", "dez/2017", "100%",
                 "http://www.orcamentofederal.gov.br/api", "Concluído"],
                [None, None, "Realizar oficinas com a sociedade civil", "jan/2018", "julho 2018",
                 "41%", "Relatório das oficinas", "Em andamento"],
                [],
                ["Obs.: percentuais informados pelos órgãos responsáveis."],
            ],
            ["A4:A5", "B4:B5"],
        )
    ],
    [
        {
            "code": "5",
            "title": "Dados abertos do orçamento",
            "institution": "Ministério do Planejamento",
            "results": [
                ("activity", "Publicar a API do orçamento", None),
                ("activity", "Realizar oficinas com a sociedade civil", None),
            ],
            "milestones": {
                "Publicar a API do orçamento": ("2017-06-30", "2017-12-31", 100.0),
                "Realizar oficinas com a sociedade civil": ("2018-01-31", "2018-07-31", 41.0),
            },
            "evidence": {"Publicar a API do orçamento": "http://www.orcamentofederal.gov.br/api",
                         "Realizar oficinas com a sociedade civil": "Relatório das oficinas"},
            "indicators": [],
        }
    ],
    ("unused_column", "notes_row"),
    layout={"Monitoramento": (3,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 17. A hand-kept municipal matrix (CEPAL's local plans): a cover sheet, an Excel Table on
# the second sheet under a title line naming the commitment and an "Elaborado por:" line,
# header on row 5, blank spacer rows between the levels, one target column per year ("Meta
# 2021" | "Meta 2022"), "1.200" as Spanish thousands, "Notas:" and a plain note line below,
# a hidden list sheet.

R_FIN = "Vecinos inciden en el gasto comunal"
R_PROP = "Los vecinos votan proyectos cada año"
R_C1 = "1. Consulta ciudadana realizada"
renca = Case(
    "handmade_metas_por_anio.xlsx",
    "handmade",
    [
        Sheet("Portada", [["Municipalidad de Renca"], ["Plan local de gobierno abierto 2021-2022"]]),
        Sheet(
            "Hoja2",
            [
                ["Matriz de seguimiento – Compromiso N° 2: Presupuesto participativo"],
                ["Elaborado por: Dirección de Control"],
                [],
                [],
                ["Nivel", "Objetivo", "Indicador", "Línea base", "Meta 2021", "Meta 2022",
                 "Medio de verificación", "Supuestos"],
                ["Fin", R_FIN, "Proporción del presupuesto decidido por vecinos", "0 %", "2 %",
                 "5 %", "Decreto alcaldicio", None],
                [],
                ["Propósito", R_PROP, "Votantes en la consulta", "1.200", "3.000", "5.000",
                 "Acta de escrutinio", "La participación se mantiene"],
                [],
                ["Componente", R_C1, "Consultas realizadas", 0, 1, 2, "Resultados publicados",
                 None],
                ["Actividad", "1.1 Difundir la consulta", None, None, None, None, None, None],
                [None, "1.2 Habilitar locales de votación", None, None, None, None, None, None],
                [],
                ["Notas:"],
                ["Las metas se revisan cada año con el concejo municipal."],
            ],
            ["A11:A12"],
            table="A5:H12",
        ),
        Sheet("Listas", [["Fin"], ["Propósito"], ["Componente"], ["Actividad"]], hidden=True),
    ],
    [
        {
            "code": "2",
            "title": "Presupuesto participativo",
            "results": [
                ("goal", R_FIN, None),
                ("purpose", R_PROP, None),
                ("output", R_C1, R_PROP),
                ("activity", "1.1 Difundir la consulta", R_C1),
                ("activity", "1.2 Habilitar locales de votación", R_C1),
            ],
            "assumptions": {R_PROP: "La participación se mantiene"},
            "indicators": [
                ind(R_FIN, "Proporción del presupuesto decidido por vecinos", unit="%",
                    baseline=0.0, means_of_verification="Decreto alcaldicio",
                    targets=[("2021-12-31", 2.0), ("2022-12-31", 5.0)]),
                ind(R_PROP, "Votantes en la consulta", baseline=1200.0,
                    means_of_verification="Acta de escrutinio",
                    targets=[("2021-12-31", 3000.0), ("2022-12-31", 5000.0)]),
                ind(R_C1, "Consultas realizadas", baseline=0.0,
                    means_of_verification="Resultados publicados",
                    targets=[("2021-12-31", 1.0), ("2022-12-31", 2.0)]),
            ],
        }
    ],
    ("notes_row", "unread_sheet"),
    layout={"Hoja2": (5,)},
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 18. Mexico-style: "Compromiso" (its number, "Compromiso 1") beside "Nombre del
# compromiso", "Dependencia responsable" (which holds "end" but is no end date), "Línea de
# acción" for a milestone, "Fecha de cumplimiento" for its end, "No" for the row number.

SHCP = "Secretaría de Hacienda y Crédito Público"
mx2 = Case(
    "mx_lineas_de_accion.xlsx",
    "ogp_followup",
    [
        Sheet(
            "Hoja1",
            [
                ["Plan de Acción 2016-2018 de la Alianza para el Gobierno Abierto en México"],
                [],
                ["Compromiso", "Nombre del compromiso", "Dependencia responsable",
                 "Línea de acción", "Fecha de inicio", "Fecha de cumplimiento", "Avance"],
                ["Compromiso 1", "Gasto abierto y responsable", SHCP,
                 "Publicar el gasto federalizado en datos abiertos", "ene-2017", "jun-2017",
                 "50%"],
                [None, None, None, "Georreferenciar las obras públicas", "feb-2017",
                 "dic-2017", "10%"],
                ["Compromiso 2", "Transparencia en la contratación pública",
                 "Secretaría de la Función Pública", "Publicar las contrataciones en OCDS",
                 "marzo 2017", "diciembre 2017", "0%"],
            ],
            ["A4:A5", "B4:B5", "C4:C5"],
        )
    ],
    [
        {
            "code": "1",
            "title": "Gasto abierto y responsable",
            "institution": SHCP,
            "results": [
                ("activity", "Publicar el gasto federalizado en datos abiertos", None),
                ("activity", "Georreferenciar las obras públicas", None),
            ],
            "milestones": {
                "Publicar el gasto federalizado en datos abiertos":
                    ("2017-01-31", "2017-06-30", 50.0),
                "Georreferenciar las obras públicas": ("2017-02-28", "2017-12-31", 10.0),
            },
            "indicators": [],
        },
        {
            "code": "2",
            "title": "Transparencia en la contratación pública",
            "institution": "Secretaría de la Función Pública",
            "results": [("activity", "Publicar las contrataciones en OCDS", None)],
            "milestones": {"Publicar las contrataciones en OCDS":
                           ("2017-03-31", "2017-12-31", 0.0)},
            "indicators": [],
        },
    ],
    (),
    layout={"Hoja1": (3,)},
)  # fmt: skip

CASES: list[Case] = [
    cl, co, mx, pe, cr, en, ar, py, fr, pt, uy, dos, rango, ogp_tpl, fr_suivi, br, renca, mx2,
]  # fmt: skip


def main(out: Path = HERE) -> None:
    for case in CASES:
        write(out / case.file, case.sheets)
        print(out / case.file)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
