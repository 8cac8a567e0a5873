"""Seventh blind check set (issue 13): spreadsheets as systems export them and as people
paste them, from regions the earlier sets left out; written without reading the importer,
to score what lands as an outside reviewer would.

``python tests/data/excel_blind7/make_blind7.py`` rewrites the workbooks beside this script;
``PYTHONPATH=src python tests/data/excel_formats/score.py --folder tests/data/excel_blind7``
scores them (kept out of pytest so it stays a measure).

What is new here: a Google Forms response sheet in Spanish (Costa Rica municipality: "Marca
temporal", "Dirección de correo electrónico", one row per progress report, the same
milestone reported several times); a KoboToolbox "labels" export (Sierra Leone: start / end /
today metadata, "_id", "_uuid", "_submission_time", "_validation_status", "_index" columns,
ISO timestamps as text); a Power BI "Export data" table (Mongolia: flat, sorted by a text
code so "12" comes before "3", date-time cells, 0.45 in % cells, the "Applied filters:" note
below); an Asana project export (Dominican Republic municipality: commitments as parent
tasks, milestones as subtasks tied by "Parent task", custom-field columns "Institución
responsable" and "Avance (%)", ISO text dates); a logframe pasted from Word (Ghana: every
cell ends with line breaks, "•", "▪" and "-" bullets, non-breaking spaces in "1 200" and
"60 %", a level cell merged over two outputs, a title merged over an odd range); a Kenya
county CIDP M&E matrix with indicators in rows and "2019 | 2020 | 2021" over "Target |
Actual"; an Armenian results matrix whose only level names are the codes "1", "1.1",
"1.1.1" (Excel turned "1" and "1.1" into numbers); a Georgian sheet where each commitment is
a block of label | value rows repeated down the sheet; a Costa Rica plan with the same
commitments on a Spanish and an English sheet; a Dominican Republic plan whose dates are
date cells shown "mmm-yy"; an Ecuador municipal sheet whose progress is a fraction ("3/5
mesas", "1/2 hitos"); a Senegal "matrice de suivi" ("Structure porteuse", "Structures
partenaires" separated by ";", "1er trimestre 2022", "fin juin 2022", "45 %" with a
no-break space); an export of Morocco's open-government platform (axes, "Mesure",
"Taux d'avancement"); and the Sri Lanka civil-society tracker ("THEME : ... (Lead Agency -
...)" and "Commitment : ..." lines above the milestones, "1/03/2019").

Sources (found with the search tool; where the search found only the system or the plan,
the layout is from memory, as said):
- Google Forms response sheets (a timestamp first, then one column per question):
  https://gist.github.com/tanaikech/42ac2d72f62f2107b965f53239c2f398; the Spanish UI's
  "Marca temporal" from memory.
- KoboToolbox exports (xls/csv, labels or XML values as headers, group separator "/",
  "_submission_time"): https://search.r-project.org/CRAN/refmans/KoboconnectR/html/kobo_xls_dl.html,
  https://docs.n8n.io/integrations/nodes/n8n-nodes-base.kobotoolbox/; the metadata columns
  from memory of Kobo exports.
- Power BI "Export data" (summarized / underlying data to .xlsx, filters applied to the
  export): https://learn.microsoft.com/javascript/api/overview/powerbi/export-data; the
  "Applied filters:" line from memory.
- Trello / Asana-style exports (one row per card or task, list or section, due date,
  checklist): https://github.com/trapias/trelloexport, https://github.com/osic/activity;
  Asana's CSV columns (Task ID, Created At, Completed At, Section/Column, Parent task,
  custom fields) from memory.
- Kenya county M&E (CIDP indicators, baselines, yearly targets, CIMES):
  https://fdocuments.in/document/handbook-of-county-reporting-indicators-of-the-review-of-the-document-this.html,
  https://countytoolkit.devolution.go.ke/process/monitoring-and-reporting/monitoring
- Sri Lanka: Transparency International Sri Lanka's OGP tracker (THEME with its lead
  agency, commitments, milestones with start and end dates and a status):
  https://tisrilanka.org/ogpm2; https://www.opengovpartnership.org/documents/sri-lanka-end-of-term-report-2016-2018/
- Armenia: https://www.opengovpartnership.org/documents/armenia-progress-report-2016-2018-year-1/,
  https://ogp.gov.am/en (the coded results matrix from memory of donor project annexes).
- Morocco: the platform's progress by axis and commitment, and the IRM design report's
  commitments: https://fr.walaw.press/articles/transparence_et_inclusion_etat_d_avancement_mitige_du_plan_«gouvernement_ouvert_maroc»/GQGGFXQMFPLG,
  https://pdfslide.fr/documents/mcanisme-dvaluation-indpendant-mi.html
- Senegal, Ghana, Georgia, Mongolia, Costa Rica, Ecuador, Dominican Republic, Sierra Leone:
  from memory of their published plans and follow-up sheets; the francophone wording as in
  https://pdfslide.fr/documents/rapport-dauto-valuation-du-plan-daction-national-du-.html

What a user expects, as the earlier sets state it, plus what is new: each milestone (hito,
jalon, mesure, subtask) an activity of its commitment; the commitment's number as its code
and its name as the title ("Commitment 3:", "Compromiso 1:", "Engagement n°2 :" are not part
of it); a report export with several rows for one milestone gives the milestone once, with
the progress of the latest report (by its timestamp) and the evidence link it was given;
system metadata columns (ids, uuids, e-mail, validation status, "Applied filters") are not
expected in the project; bullets, trailing line breaks and non-breaking spaces pasted from
Word are not part of any text or number; a level written only as a code ("1", "1.1",
"1.1.1") is the level its depth gives (two top-level items are outcomes, not a goal); a
label | value block is one commitment; the same plan in two languages is imported once, in
the language of its first sheet (the original); a date cell shown as a month ("mmm-yy") is
that month, its last day, as a month written as text is; a fraction "3/5" is 60; an axis or
theme over a commitment is its theme. A status, a semáforo, comments are not expected.
Supporting-institution order is not checked.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "excel_variants")]

from make_variants import Case, P, Sheet, ind  # noqa: E402

D = dt.datetime
NB = "\u00a0"


@dataclass
class F:
    """A value with its own number format (what a system or a user set on the cell)."""

    value: object
    fmt: str


@dataclass
class Sheet7(Sheet):
    freeze: str | None = None
    widths: dict[str, float] = field(default_factory=dict)


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
                if isinstance(value, F):
                    cell.value = value.value
                    cell.number_format = value.fmt
                elif isinstance(value, P):
                    cell.value = float(value)
                    cell.number_format = "0%"
                elif isinstance(value, dt.datetime):
                    cell.value = value
                    cell.number_format = "dd/mm/yyyy"
                else:
                    cell.value = value
        for rng in spec.merges:
            ws.merge_cells(rng)
        if isinstance(spec, Sheet7) and spec.freeze:
            ws.freeze_panes = spec.freeze
    wb.properties.creator = "make_blind7.py"
    wb.properties.created = dt.datetime(2017, 1, 1)
    wb.properties.modified = dt.datetime(2017, 1, 1)
    wb.save(path)


def acts(*names: str) -> list[tuple[str, str, None]]:
    return [("activity", n, None) for n in names]


# --------------------------------------------------------------------------------------------
# 1. Google Forms response sheet (Spanish UI), Costa Rica municipality: "Marca temporal |
# Dirección de correo electrónico | Compromiso | Dependencia que reporta | Hito | Período que
# reporta | Porcentaje de avance | Comentarios | Enlace a la evidencia"; one row per report,
# chronological; a milestone reported twice keeps its latest %. No milestone dates.

CR1 = "Presupuesto participativo en los cinco distritos"
CR2 = "Portal de datos abiertos municipal"
CR_PLAN = "Dirección de Planificación"
CR_TI = "Departamento de Tecnologías de Información"
CR1_M = ["Realizar asambleas distritales de priorización", "Publicar los proyectos elegidos"]
CR2_M = ["Publicar 20 conjuntos de datos", "Capacitar a las personas funcionarias en datos"]
CR_L1 = "https://drive.google.com/file/d/asambleas-2022"
CR_L3 = "https://datos.desamparados.go.cr"
TS = "dd/mm/yyyy hh:mm:ss"
gforms = Case(
    "b7_cr_google_forms_avances.xlsx",
    "ogp_followup",
    [
        Sheet7("Respuestas de formulario 1", [
            ["Marca temporal", "Dirección de correo electrónico", "Compromiso",
             "Dependencia que reporta", "Hito", "Período que reporta",
             "Porcentaje de avance", "Comentarios", "Enlace a la evidencia"],
            [F(D(2022, 4, 4, 9, 12, 40), TS), "planificacion@desamparados.go.cr", "1. " + CR1,
             CR_PLAN, CR1_M[0], "Enero-marzo 2022", 30, "Dos asambleas hechas", None],
            [F(D(2022, 4, 5, 14, 3, 2), TS), "ti@desamparados.go.cr", "2. " + CR2, CR_TI,
             CR2_M[0], "Enero-marzo 2022", 100, None, CR_L3],
            [F(D(2022, 4, 5, 14, 9, 51), TS), "ti@desamparados.go.cr", "2. " + CR2, CR_TI,
             CR2_M[1], "Enero-marzo 2022", 20, "Falta presupuesto", None],
            [F(D(2022, 7, 6, 8, 45, 0), TS), "planificacion@desamparados.go.cr", "1. " + CR1,
             CR_PLAN, CR1_M[0], "Abril-junio 2022", 100, "Cinco asambleas", CR_L1],
            [F(D(2022, 7, 6, 8, 50, 19), TS), "planificacion@desamparados.go.cr", "1. " + CR1,
             CR_PLAN, CR1_M[1], "Abril-junio 2022", 0, None, None],
            [F(D(2022, 7, 8, 16, 20, 7), TS), "ti@desamparados.go.cr", "2. " + CR2, CR_TI,
             CR2_M[1], "Abril-junio 2022", 60, None, None],
        ], freeze="A2"),
    ],
    [
        {"code": "1", "title": CR1, "institution": CR_PLAN, "results": acts(*CR1_M),
         "milestones": {CR1_M[0]: (None, None, 100.0), CR1_M[1]: (None, None, 0.0)},
         "evidence": {CR1_M[0]: CR_L1}, "indicators": []},
        {"code": "2", "title": CR2, "institution": CR_TI, "results": acts(*CR2_M),
         "milestones": {CR2_M[0]: (None, None, 100.0), CR2_M[1]: (None, None, 60.0)},
         "evidence": {CR2_M[0]: CR_L3}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 2. KoboToolbox export with labels as headers (Sierra Leone MDA progress form): "start |
# end | today | username | Commitment | Milestone | Lead MDA | Implementation status |
# Percentage complete | Comment | _id | _uuid | _submission_time | _validation_status |
# _notes | _status | _submitted_by | __version__ | _tags | _index"; ISO timestamps as text;
# "Commitment 3: ..." in the select-one label; a milestone reported twice.

SL3 = "Open contracting in the National Public Procurement Authority"
SL5 = "Fiscal transparency in extractive revenues"
SL_NPPA = "National Public Procurement Authority"
SL_NMA = "National Minerals Agency"
SL3_M = ["Publish procurement plans of 30 MDAs", "Adopt the Open Contracting Data Standard"]
SL5_M = ["Publish mining revenue payments quarterly"]
K_HEAD = ["start", "end", "today", "username", "Commitment", "Milestone", "Lead MDA",
          "Implementation status", "Percentage complete", "Comment", "_id", "_uuid",
          "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
          "__version__", "_tags", "_index"]  # fmt: skip


def kobo(i: int, when: str, com: str, mil: str, mda: str, status: str, pct: object) -> list:
    return [when + "T09:01:12.331+00:00", when + "T09:07:40.018+00:00", when, "ogp_sl",
            com, mil, mda, status, pct, None, 10480 + i, f"3f2c9a1e-0b7d-4c5e-9e1a-{i:012d}",
            when + "T09:07:44", None, None, "submitted_via_web", "ogp_sl",
            "vQmD9nXkz7hR5aJw", None, i]  # fmt: skip


kob = Case(
    "b7_sl_kobo_progress_export.xlsx",
    "ogp_followup",
    [
        Sheet("SL OGP progress form", [
            K_HEAD,
            kobo(1, "2021-03-30", "Commitment 3: " + SL3, SL3_M[0], SL_NPPA, "In progress", 40),
            kobo(2, "2021-03-30", "Commitment 3: " + SL3, SL3_M[1], SL_NPPA, "Not started", 0),
            kobo(3, "2021-04-02", "Commitment 5: " + SL5, SL5_M[0], SL_NMA, "In progress", 50),
            kobo(4, "2021-07-01", "Commitment 3: " + SL3, SL3_M[0], SL_NPPA, "Completed", 100),
            kobo(5, "2021-07-05", "Commitment 5: " + SL5, SL5_M[0], SL_NMA, "In progress", 75),
        ]),
    ],
    [
        {"code": "3", "title": SL3, "institution": SL_NPPA, "results": acts(*SL3_M),
         "milestones": {SL3_M[0]: (None, None, 100.0), SL3_M[1]: (None, None, 0.0)},
         "indicators": []},
        {"code": "5", "title": SL5, "institution": SL_NMA, "results": acts(*SL5_M),
         "milestones": {SL5_M[0]: (None, None, 75.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 3. Power BI "Export data" (underlying data), Mongolia: one flat table on "Export", sorted
# by a text commitment number ("1", "12", "3"), date-time cells, progress 0.45 in % cells,
# and the "Applied filters:" note two rows below.

MN1 = "Open budget data of local governments"
MN12 = "Transparency of mineral licences"
MN3 = "Citizen feedback on public services"
MN_MOF = "Ministry of Finance"
MN_MRPAM = "Mineral Resources and Petroleum Authority"
MN_CAB = "Cabinet Secretariat of the Government of Mongolia"
MN1_M = ["Publish aimag budgets on the Glass Account portal",
         "Train local accountants on open budget data"]  # fmt: skip
MN12_M = ["Publish licence holders and their owners on the cadastre portal"]
MN3_M = ["Launch the 11-11 feedback centre open data", "Publish quarterly complaint reports"]
DT = "m/d/yyyy h:mm:ss AM/PM"
PCT = "0.00%"
pbi = Case(
    "b7_mn_powerbi_export.xlsx",
    "ogp_followup",
    [
        Sheet("Export", [
            ["Commitment No", "Commitment", "Responsible organization", "Milestone",
             "Start date", "End date", "Progress %"],
            ["1", MN1, MN_MOF, MN1_M[0], F(D(2019, 1, 1), DT), F(D(2019, 12, 31), DT),
             F(1.0, PCT)],
            ["1", MN1, MN_MOF, MN1_M[1], F(D(2019, 7, 1), DT), F(D(2020, 6, 30), DT),
             F(0.45, PCT)],
            ["12", MN12, MN_MRPAM, MN12_M[0], F(D(2019, 3, 1), DT), F(D(2020, 12, 31), DT),
             F(0.3, PCT)],
            ["3", MN3, MN_CAB, MN3_M[0], F(D(2019, 2, 15), DT), F(D(2019, 9, 30), DT),
             F(1.0, PCT)],
            ["3", MN3, MN_CAB, MN3_M[1], F(D(2019, 10, 1), DT), F(D(2021, 6, 30), DT),
             F(0.6, PCT)],
            [],
            ["Applied filters:\nAction plan is 2019-2021"],
        ]),
    ],
    [
        {"code": "1", "title": MN1, "institution": MN_MOF, "results": acts(*MN1_M),
         "milestones": {MN1_M[0]: ("2019-01-01", "2019-12-31", 100.0),
                        MN1_M[1]: ("2019-07-01", "2020-06-30", 45.0)}, "indicators": []},
        {"code": "12", "title": MN12, "institution": MN_MRPAM, "results": acts(*MN12_M),
         "milestones": {MN12_M[0]: ("2019-03-01", "2020-12-31", 30.0)}, "indicators": []},
        {"code": "3", "title": MN3, "institution": MN_CAB, "results": acts(*MN3_M),
         "milestones": {MN3_M[0]: ("2019-02-15", "2019-09-30", 100.0),
                        MN3_M[1]: ("2019-10-01", "2021-06-30", 60.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 4. Asana project export, Santo Domingo Este (Dominican Republic) OGP Local plan: "Task ID |
# Created At | Completed At | Last Modified | Name | Section/Column | Assignee | Assignee
# Email | Start Date | Due Date | Tags | Notes | Projects | Parent task | Institución
# responsable | Avance (%)"; commitments are the top-level tasks ("Compromiso 1: ..."), the
# milestones their subtasks (listed after them, tied by "Parent task"); ISO text dates.

DO1 = "Presupuesto participativo municipal digital"
DO2 = "Rendición de cuentas de la recogida de residuos"
DO1_T = "Compromiso 1: " + DO1
DO2_T = "Compromiso 2: " + DO2
DO_PLAN = "Dirección de Planificación y Desarrollo"
DO_ASEO = "Dirección de Gestión Ambiental y Aseo Urbano"
DO1_M = ["Habilitar la plataforma de propuestas ciudadanas",
         "Celebrar las asambleas de votación en las 4 circunscripciones"]  # fmt: skip
DO2_M = ["Publicar las rutas y horarios de recogida", "Publicar el informe trimestral de quejas"]
A_HEAD = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column",
          "Assignee", "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects",
          "Parent task", "Institución responsable", "Avance (%)"]  # fmt: skip
PRJ = "OGP Local SDE 2022-2023"


def task(
    tid: str,
    name: str,
    section: str,
    start: str | None,
    due: str | None,
    parent: str | None,
    inst: str | None,
    pct: object,
    notes: str | None = None,
) -> list:
    return [tid, "2022-01-10", None, "2022-09-30", name, section, "María Pérez",
            "mperez@sde.gob.do", start, due, None, notes, PRJ, parent, inst, pct]  # fmt: skip


asana = Case(
    "b7_do_asana_export.xlsx",
    "ogp_followup",
    [
        Sheet("OGP Local SDE 2022-2023", [
            A_HEAD,
            task("1201", DO1_T, "Eje Participación", "2022-02-01", "2023-06-30", None, DO_PLAN,
                 None, "Compromiso cocreado con la mesa multiactor"),
            task("1202", DO2_T, "Eje Transparencia", "2022-03-01", "2023-06-30", None, DO_ASEO,
                 None),
            task("1301", DO1_M[0], "Eje Participación", "2022-02-01", "2022-08-31", DO1_T, None,
                 100),
            task("1302", DO1_M[1], "Eje Participación", "2022-09-01", "2023-03-31", DO1_T, None,
                 25),
            task("1303", DO2_M[0], "Eje Transparencia", "2022-03-01", "2022-06-30", DO2_T, None,
                 80),
            task("1304", DO2_M[1], "Eje Transparencia", "2022-07-01", "2023-06-30", DO2_T, None,
                 None),
        ]),
    ],
    [
        {"code": "1", "title": DO1, "institution": DO_PLAN, "results": acts(*DO1_M),
         "milestones": {DO1_M[0]: ("2022-02-01", "2022-08-31", 100.0),
                        DO1_M[1]: ("2022-09-01", "2023-03-31", 25.0)}, "indicators": []},
        {"code": "2", "title": DO2, "institution": DO_ASEO, "results": acts(*DO2_M),
         "milestones": {DO2_M[0]: ("2022-03-01", "2022-06-30", 80.0),
                        DO2_M[1]: ("2022-07-01", "2023-06-30", None)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 5. Logframe pasted from Word (Ghana, Ministry of Local Government): every cell ends with
# "\n" (one or two), bullets "• ", "▪ ", "- " start the texts, "1 200" and "60 %" with
# no-break spaces; the ministry line merged A1:G1, the project line merged A2:D2, the
# "Outputs" level cell merged over its two outputs, the outcome statement merged over its
# two indicator rows. "Baseline 2018" / "Target 2022" date them.

G_PRJ = "District Assemblies Performance Accountability Project"
G_IMP = "Improved delivery of local services in Ghana's districts"
G_OUT = "District assemblies are accountable to citizens for the use of public funds"
G_O1 = "District budgets and accounts published online"
G_O2 = "Assembly members trained in budget oversight"
wordlf = Case(
    "b7_gh_word_pasted_logframe.xlsx",
    "dfid",
    [
        Sheet("Sheet1", [
            ["MINISTRY OF LOCAL GOVERNMENT, DECENTRALISATION AND RURAL DEVELOPMENT\n"],
            ["Project: " + G_PRJ + "\n"],
            [],
            ["Level\n", "Results chain\n", "Indicators\n", "Baseline 2018\n", "Target 2022\n",
             "Means of verification\n", "Assumptions\n"],
            ["Impact\n", "• " + G_IMP + "\n", "• Share of districts scoring above 70% in the "
             "DPAT\n", f"35{NB}%\n", f"60{NB}%\n", "• DPAT annual report\n\n", "\n"],
            ["Outcome\n", "• " + G_OUT + "\n\n", "▪ Districts holding public budget hearings"
             "\n", "46\n", "216\n", "▪ Assembly minutes\n",
             "▪ Assemblies keep their hearing calendar\n"],
            [None, None, "▪ Citizens who rate their assembly as open\n", f"22{NB}%\n",
             f"40{NB}%\n", "▪ Afrobarometer survey\n", None],
            ["Outputs\n", "- " + G_O1 + "\n", "- Districts publishing budgets online\n",
             "30\n", "260\n", "- Ministry website\n", "- Internet access in districts\n"],
            [None, "- " + G_O2 + "\n", "- Assembly members trained\n", "0\n",
             f"1{NB}200\n", "- Training records\n", "\n"],
        ], ["A1:G1", "A2:D2", "A6:A7", "B6:B7", "G6:G7", "A8:A9"]),
    ],
    [
        {
            "code": "", "title": G_PRJ,
            "results": [("goal", G_IMP, None), ("purpose", G_OUT, None),
                        ("output", G_O1, G_OUT), ("output", G_O2, G_OUT)],
            "assumptions": {G_OUT: "Assemblies keep their hearing calendar",
                            G_O1: "Internet access in districts"},
            "indicators": [
                ind(G_IMP, "Share of districts scoring above 70% in the DPAT", baseline=35.0,
                    baseline_date="2018-12-31", means_of_verification="DPAT annual report",
                    targets=[("2022-12-31", 60.0)]),
                ind(G_OUT, "Districts holding public budget hearings", baseline=46.0,
                    baseline_date="2018-12-31", means_of_verification="Assembly minutes",
                    targets=[("2022-12-31", 216.0)]),
                ind(G_OUT, "Citizens who rate their assembly as open", baseline=22.0,
                    baseline_date="2018-12-31", means_of_verification="Afrobarometer survey",
                    targets=[("2022-12-31", 40.0)]),
                ind(G_O1, "Districts publishing budgets online", baseline=30.0,
                    baseline_date="2018-12-31", means_of_verification="Ministry website",
                    targets=[("2022-12-31", 260.0)]),
                ind(G_O2, "Assembly members trained", baseline=0.0, baseline_date="2018-12-31",
                    means_of_verification="Training records", targets=[("2022-12-31", 1200.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 6. Kenya county CIDP M&E matrix (Kisumu, health): "Programme:" line; indicators in rows,
# "2019 | 2020 | 2021" merged over "Target | Actual" sub-columns; "Baseline (2018)"; a
# "Responsible" column; "62%" text, "-" for a missing actual.

KE_PRG = "Preventive and Promotive Health Services"
KE_OC = "Reduced maternal and child deaths in the county"
KE_O1 = "Immunisation coverage increased"
KE_O2 = "Community health units established"
KE_DIR = "County Director of Health"
kecidp = Case(
    "b7_ke_county_kpi_years.xlsx",
    "worldbank",
    [
        Sheet("M&E matrix", [
            ["COUNTY GOVERNMENT OF KISUMU – CIDP 2018-2022 MONITORING AND EVALUATION MATRIX"],
            ["Programme: " + KE_PRG],
            [],
            ["Level", "Result", "Key performance indicator", "Baseline (2018)", "2019", None,
             "2020", None, "2021", None, "Data source", "Responsible"],
            [None, None, None, None, "Target", "Actual", "Target", "Actual", "Target",
             "Actual", None, None],
            ["Outcome", KE_OC, "Percentage of deliveries by skilled birth attendants", "62%",
             "65%", "64%", "70%", "71%", "75%", None, "DHIS2", KE_DIR],
            ["Output", KE_O1, "Percentage of fully immunised children", "78%", "80%", "79%",
             "85%", "83%", "90%", "-", "DHIS2", "County EPI Coordinator"],
            ["Output", KE_O2, "Number of functional community health units", 120, 140, 138,
             160, 161, 180, None, "Community health strategy reports", KE_DIR],
        ], ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:H4", "I4:J4", "K4:K5", "L4:L5"]),
    ],
    [
        {
            "code": "", "title": KE_PRG,
            "results": [("purpose", KE_OC, None), ("output", KE_O1, KE_OC),
                        ("output", KE_O2, KE_OC)],
            "indicators": [
                ind(KE_OC, "Percentage of deliveries by skilled birth attendants",
                    baseline=62.0, baseline_date="2018-12-31", responsible=KE_DIR,
                    targets=[("2019-12-31", 65.0), ("2020-12-31", 70.0), ("2021-12-31", 75.0)],
                    measurements=[("2019-12-31", 64.0), ("2020-12-31", 71.0)]),
                ind(KE_O1, "Percentage of fully immunised children", baseline=78.0,
                    baseline_date="2018-12-31", responsible="County EPI Coordinator",
                    targets=[("2019-12-31", 80.0), ("2020-12-31", 85.0), ("2021-12-31", 90.0)],
                    measurements=[("2019-12-31", 79.0), ("2020-12-31", 83.0)]),
                ind(KE_O2, "Number of functional community health units", baseline=120.0,
                    baseline_date="2018-12-31", responsible=KE_DIR,
                    targets=[("2019-12-31", 140.0), ("2020-12-31", 160.0),
                             ("2021-12-31", 180.0)],
                    measurements=[("2019-12-31", 138.0), ("2020-12-31", 161.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 7. Armenia results matrix whose levels are only codes: "No. | Result | Indicator | Baseline
# (2019) | Target (2023) | Source of verification"; "1" and "1.1" typed into Excel became
# numbers, "1.1.1" stayed text. Two top-level results: outcomes (purposes); "1.1" outputs
# under them; "1.1.1" activities under the outputs.

AM_PRJ = "Transparent Local Self-Government in Armenia"
AM1 = "Communities publish their budgets and decisions"
AM2 = "Residents take part in community decisions"
AM11 = "Community websites meet the uniform standard"
AM12 = "Community staff trained in open data"
AM21 = "Participatory budgeting piloted in consolidated communities"
AM111 = "Develop the uniform website template"
AM112 = "Migrate 40 community websites"
AM121 = "Run regional open data trainings"
AM211 = "Hold budget hearings in 10 communities"
amcodes = Case(
    "b7_am_numeric_codes.xlsx",
    "oddities",
    [
        Sheet("Results Matrix", [
            ["Project: " + AM_PRJ],
            [],
            ["No.", "Result", "Indicator", "Baseline (2019)", "Target (2023)",
             "Source of verification"],
            [1, AM1, "Communities publishing budgets online", 12, 52, "Ministry of Territorial "
             "Administration report"],
            [1.1, AM11, "Websites meeting the standard", 5, 40, "Website audit"],
            ["1.1.1", AM111, None, None, None, None],
            ["1.1.2", AM112, None, None, None, None],
            [1.2, AM12, "Staff trained", 0, 300, "Training records"],
            ["1.2.1", AM121, None, None, None, None],
            [2, AM2, "Residents attending budget hearings", 800, 5000, "Community minutes"],
            [2.1, AM21, "Communities with a participatory budget", 0, 10, "Project reports"],
            ["2.1.1", AM211, None, None, None, None],
        ]),
    ],
    [
        {
            "code": "", "title": AM_PRJ,
            "results": [("purpose", AM1, None), ("purpose", AM2, None),
                        ("output", AM11, AM1), ("output", AM12, AM1), ("output", AM21, AM2),
                        ("activity", AM111, AM11), ("activity", AM112, AM11),
                        ("activity", AM121, AM12), ("activity", AM211, AM21)],
            "indicators": [
                ind(AM1, "Communities publishing budgets online", baseline=12.0,
                    baseline_date="2019-12-31",
                    means_of_verification="Ministry of Territorial Administration report",
                    targets=[("2023-12-31", 52.0)]),
                ind(AM11, "Websites meeting the standard", baseline=5.0,
                    baseline_date="2019-12-31", means_of_verification="Website audit",
                    targets=[("2023-12-31", 40.0)]),
                ind(AM12, "Staff trained", baseline=0.0, baseline_date="2019-12-31",
                    means_of_verification="Training records", targets=[("2023-12-31", 300.0)]),
                ind(AM2, "Residents attending budget hearings", baseline=800.0,
                    baseline_date="2019-12-31", means_of_verification="Community minutes",
                    targets=[("2023-12-31", 5000.0)]),
                ind(AM21, "Communities with a participatory budget", baseline=0.0,
                    baseline_date="2019-12-31", means_of_verification="Project reports",
                    targets=[("2023-12-31", 10.0)]),
            ],
        }
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 8. Georgia: each commitment a block of label | value rows repeated down one sheet
# ("Commitment №", "Commitment", "Lead agency", "Partner agencies" separated by ";", then
# "Milestone", "Start date", "End date", "Progress" for each milestone), a blank row
# between blocks; "January 2019", "30.06.2019", "40%".

GE1 = "Proactive publication of public information"
GE2 = "Electronic petitions platform"
GE_MOJ = "Ministry of Justice of Georgia"
GE_PAR = "Parliament of Georgia"
GE1_M = ["Adopt the regulation on proactive disclosure",
         "Publish the information of 50 public bodies on the portal"]  # fmt: skip
GE2_M = ["Launch the e-petition portal"]
geblocks = Case(
    "b7_ge_label_value_blocks.xlsx",
    "ogp_followup",
    [
        Sheet("Commitments", [
            ["Georgia OGP Action Plan 2018-2019 – implementation status"],
            [],
            ["Commitment №", "1"],
            ["Commitment", GE1],
            ["Lead agency", GE_MOJ],
            ["Partner agencies", "Public Service Hall; Institute for Development of Freedom "
             "of Information"],
            ["Milestone", GE1_M[0]],
            ["Start date", "January 2019"],
            ["End date", "30.06.2019"],
            ["Progress", "100%"],
            ["Milestone", GE1_M[1]],
            ["Start date", "July 2019"],
            ["End date", "31.12.2019"],
            ["Progress", "40%"],
            [],
            ["Commitment №", "2"],
            ["Commitment", GE2],
            ["Lead agency", GE_PAR],
            ["Partner agencies", "Transparency International Georgia"],
            ["Milestone", GE2_M[0]],
            ["Start date", "March 2019"],
            ["End date", "December 2019"],
            ["Progress", "75%"],
        ]),
    ],
    [
        {"code": "1", "title": GE1, "institution": GE_MOJ,
         "support": ["Public Service Hall", "Institute for Development of Freedom of "
                     "Information"], "results": acts(*GE1_M),
         "milestones": {GE1_M[0]: ("2019-01-31", "2019-06-30", 100.0),
                        GE1_M[1]: ("2019-07-31", "2019-12-31", 40.0)}, "indicators": []},
        {"code": "2", "title": GE2, "institution": GE_PAR,
         "support": ["Transparency International Georgia"], "results": acts(*GE2_M),
         "milestones": {GE2_M[0]: ("2019-03-31", "2019-12-31", 75.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 9. Costa Rica: the same plan on a Spanish sheet ("Español") and its English translation
# ("English"), same layout; the plan is imported once, in Spanish (the first sheet).

CRN1 = "Apertura de datos de compras públicas en SICOP"
CRN2 = "Participación ciudadana en la gestión del agua"
CRN1_EN = "Open data on public procurement in SICOP"
CRN2_EN = "Citizen participation in water management"
CRN_MH = "Ministerio de Hacienda"
CRN_AYA = "Instituto Costarricense de Acueductos y Alcantarillados"
CRN1_M = ["Publicar los datos de SICOP en formato abierto", "Crear el tablero de compras"]
CRN2_M = ["Conformar los comités de usuarios del agua"]
CRN1_MEN = ["Publish SICOP data in open format", "Create the procurement dashboard"]
CRN2_MEN = ["Set up the water users' committees"]


def crn_sheet(
    title: str, head: list[str], c1: str, c2: str, m1: list[str], m2: list[str], mh: str, aya: str
) -> Sheet:
    return Sheet(title, [
        head,
        ["1", c1, mh, m1[0], D(2019, 3, 1), D(2019, 12, 31), P(1.0)],
        [None, None, None, m1[1], D(2020, 1, 1), D(2020, 6, 30), P(0.5)],
        ["2", c2, aya, m2[0], D(2019, 6, 1), D(2020, 6, 30), P(0.25)],
    ], ["A2:A3", "B2:B3", "C2:C3"])  # fmt: skip


bil = Case(
    "b7_cr_es_en_sheets.xlsx",
    "ogp_followup",
    [
        crn_sheet("Español", ["N.º", "Compromiso", "Institución responsable", "Hito",
                              "Fecha de inicio", "Fecha de finalización", "Avance"],
                  CRN1, CRN2, CRN1_M, CRN2_M, CRN_MH, CRN_AYA),
        crn_sheet("English", ["No.", "Commitment", "Lead institution", "Milestone",
                              "Start date", "End date", "Progress"],
                  CRN1_EN, CRN2_EN, CRN1_MEN, CRN2_MEN, "Ministry of Finance",
                  "Costa Rican Institute of Aqueducts and Sewers"),
    ],
    [
        {"code": "1", "title": CRN1, "institution": CRN_MH, "results": acts(*CRN1_M),
         "milestones": {CRN1_M[0]: ("2019-03-01", "2019-12-31", 100.0),
                        CRN1_M[1]: ("2020-01-01", "2020-06-30", 50.0)}, "indicators": []},
        {"code": "2", "title": CRN2, "institution": CRN_AYA, "results": acts(*CRN2_M),
         "milestones": {CRN2_M[0]: ("2019-06-01", "2020-06-30", 25.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 10. Dominican Republic national plan: "Inicio" and "Fin" are date cells formatted
# "mmm-yy" (the user typed "mar-22"; Excel stored 1 March 2022 and shows "mar-22"); one end
# date formatted "dd/mm/yyyy" is that day. A month shown is that month: its last day.

DR1 = "Datos abiertos de los fideicomisos públicos"
DR2 = "Transparencia en la asignación de becas"
DR_DIGEIG = "Dirección General de Ética e Integridad Gubernamental"
DR_MESCYT = "Ministerio de Educación Superior, Ciencia y Tecnología"
DR1_M = ["Publicar el inventario de fideicomisos", "Publicar los estados financieros"]
DR2_M = ["Publicar los criterios y listados de becarios"]
MY = "mmm-yy"
mmyy = Case(
    "b7_do_fechas_mmm_yy.xlsx",
    "ogp_followup",
    [
        Sheet("Plan", [
            ["Cuarto Plan de Acción de Gobierno Abierto – República Dominicana"],
            [],
            ["No.", "Compromiso", "Institución responsable", "Hito", "Inicio", "Fin",
             "% Avance"],
            ["1", DR1, DR_DIGEIG, DR1_M[0], F(D(2022, 3, 1), MY), F(D(2022, 6, 1), MY),
             "100%"],
            [None, None, None, DR1_M[1], F(D(2022, 7, 1), MY), D(2022, 12, 15), "30%"],
            ["2", DR2, DR_MESCYT, DR2_M[0], F(D(2022, 2, 1), MY), F(D(2023, 1, 1), MY),
             "50%"],
        ], ["A4:A5", "B4:B5", "C4:C5"]),
    ],
    [
        {"code": "1", "title": DR1, "institution": DR_DIGEIG, "results": acts(*DR1_M),
         "milestones": {DR1_M[0]: ("2022-03-31", "2022-06-30", 100.0),
                        DR1_M[1]: ("2022-07-31", "2022-12-15", 30.0)}, "indicators": []},
        {"code": "2", "title": DR2, "institution": DR_MESCYT, "results": acts(*DR2_M),
         "milestones": {DR2_M[0]: ("2022-02-28", "2023-01-31", 50.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 11. Ecuador municipal plan (GAD de Cuenca): progress as a fraction of the milestone's
# steps ("3/5 mesas", "4/4 talleres", "0/3"); the commitment's "1/2 hitos" merged over its
# rows (not a completion on the IRM scale, so not expected); "15/03/2021" day first.

EC1 = "Mesas ciudadanas de seguimiento al presupuesto"
EC2 = "Transparencia en el transporte público"
EC_FIN = "Dirección Financiera"
EC_MOV = "Dirección Municipal de Tránsito"
EC1_M = ["Instalar mesas ciudadanas en las parroquias", "Capacitar a los integrantes"]
EC2_M = ["Publicar las frecuencias de buses en línea"]
frac = Case(
    "b7_ec_avance_fraccion.xlsx",
    "ogp_followup",
    [
        Sheet("Seguimiento", [
            ["GAD Municipal del Cantón Cuenca – Plan de Gobierno Abierto 2021-2022"],
            [],
            ["N°", "Compromiso", "Responsable", "Avance del compromiso", "Hito",
             "Fecha de inicio", "Fecha de fin", "Avance del hito", "Medio de verificación"],
            ["1", EC1, EC_FIN, "1/2 hitos", EC1_M[0], "15/03/2021", "30/09/2021", "3/5 mesas",
             "Actas de instalación"],
            [None, None, None, None, EC1_M[1], "01/04/2021", "31/12/2021", "4/4 talleres",
             "Listas de asistencia"],
            ["2", EC2, EC_MOV, "0/1 hitos", EC2_M[0], "01/06/2021", "30/06/2022", "0/3",
             None],
        ], ["A4:A5", "B4:B5", "C4:C5", "D4:D5"]),
    ],
    [
        {"code": "1", "title": EC1, "institution": EC_FIN, "results": acts(*EC1_M),
         "milestones": {EC1_M[0]: ("2021-03-15", "2021-09-30", 60.0),
                        EC1_M[1]: ("2021-04-01", "2021-12-31", 100.0)},
         "evidence": {EC1_M[0]: "Actas de instalación", EC1_M[1]: "Listas de asistencia"},
         "indicators": []},
        {"code": "2", "title": EC2, "institution": EC_MOV, "results": acts(*EC2_M),
         "milestones": {EC2_M[0]: ("2021-06-01", "2022-06-30", 0.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 12. Senegal "Matrice de suivi du Plan d'action national": "N° | Engagement | Structure
# porteuse | Structures partenaires | Jalons | Date de début | Date de fin | Niveau de
# réalisation | Observations"; "Engagement n°2 : ..." in the cell; partners separated by
# " ; "; "1er trimestre 2022", "fin juin 2022", "2e semestre 2022", "mars 2023"; "45 %" with
# a no-break space, "n.d.".

SN1 = "Publication des rapports d'exécution budgétaire"
SN2 = "Accès à l'information sur les contrats miniers"
SN_MFB = "Ministère des Finances et du Budget"
SN_MMG = "Ministère des Mines et de la Géologie"
SN1_M = ["Publier les rapports trimestriels d'exécution", "Publier le budget citoyen"]
SN2_M = ["Publier les contrats miniers sur le site de l'ITIE",
         "Organiser des fora régionaux sur les revenus miniers"]  # fmt: skip
sn = Case(
    "b7_sn_matrice_suivi.xlsx",
    "ogp_followup",
    [
        Sheet("Matrice de suivi", [
            ["République du Sénégal – Partenariat pour un Gouvernement Ouvert"],
            ["Matrice de suivi du Plan d'action national 2021-2023"],
            [],
            ["N°", "Engagement", "Structure porteuse", "Structures partenaires", "Jalons",
             "Date de début", "Date de fin", "Niveau de réalisation", "Observations"],
            ["1", "Engagement n°1 : " + SN1, SN_MFB, "Cour des comptes ; Forum civil",
             SN1_M[0], "1er trimestre 2022", "fin juin 2022", f"100{NB}%", None],
            [None, None, None, None, SN1_M[1], "2e semestre 2022", "mars 2023", f"45{NB}%",
             "En cours de validation"],
            ["2", "Engagement n°2 : " + SN2, SN_MMG, "ITIE Sénégal ; OSIRIS", SN2_M[0],
             "1er trimestre 2022", "2e semestre 2022", f"60{NB}%", None],
            [None, None, None, None, SN2_M[1], "2e semestre 2022", "fin juin 2023", "n.d.",
             "Financement non acquis"],
        ], ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "A7:A8", "B7:B8", "C7:C8", "D7:D8"]),
    ],
    [
        {"code": "1", "title": SN1, "institution": SN_MFB,
         "support": ["Cour des comptes", "Forum civil"], "results": acts(*SN1_M),
         "milestones": {SN1_M[0]: ("2022-03-31", "2022-06-30", 100.0),
                        SN1_M[1]: ("2022-12-31", "2023-03-31", 45.0)}, "indicators": []},
        {"code": "2", "title": SN2, "institution": SN_MMG,
         "support": ["ITIE Sénégal", "OSIRIS"], "results": acts(*SN2_M),
         "milestones": {SN2_M[0]: ("2022-03-31", "2022-12-31", 60.0),
                        SN2_M[1]: ("2022-12-31", "2023-06-30", None)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 13. Morocco open-government platform export: "Axe | N° | Engagement | Mesure |
# Responsable | Date de début | Date de fin | Taux d'avancement"; the axis and commitment
# repeated on every row (an export does not merge); the axis is the commitment's theme.

MA_AX1 = "Transparence et participation"
MA_AX2 = "Collectivités territoriales ouvertes"
MA1 = "Révision de la loi sur le droit d'accès à l'information"
MA7 = "Réseau des collectivités territoriales ouvertes"
MA_MTN = "Ministère de la Transition Numérique et de la Réforme de l'Administration"
MA_MI = "Ministère de l'Intérieur – DGCT"
MA1_M = ["Élaborer le projet de loi modificatif", "Consulter la société civile sur le projet"]
MA7_M = ["Élargir le réseau à 20 collectivités", "Former les points focaux des collectivités"]
ma = Case(
    "b7_ma_plateforme_pago.xlsx",
    "ogp_followup",
    [
        Sheet("Export", [
            ["Axe", "N°", "Engagement", "Mesure", "Responsable", "Date de début",
             "Date de fin", "Taux d'avancement"],
            [MA_AX1, "1", MA1, MA1_M[0], MA_MTN, "01/01/2025", "31/12/2025", "40%"],
            [MA_AX1, "1", MA1, MA1_M[1], MA_MTN, "01/03/2025", "30/06/2026", "20%"],
            [MA_AX2, "7", MA7, MA7_M[0], MA_MI, "01/01/2025", "31/12/2026", "55%"],
            [MA_AX2, "7", MA7, MA7_M[1], MA_MI, "01/06/2025", "31/12/2025", "41%"],
        ]),
    ],
    [
        {"code": "1", "title": MA1, "institution": MA_MTN, "themes": MA_AX1,
         "results": acts(*MA1_M),
         "milestones": {MA1_M[0]: ("2025-01-01", "2025-12-31", 40.0),
                        MA1_M[1]: ("2025-03-01", "2026-06-30", 20.0)}, "indicators": []},
        {"code": "7", "title": MA7, "institution": MA_MI, "themes": MA_AX2,
         "results": acts(*MA7_M),
         "milestones": {MA7_M[0]: ("2025-01-01", "2026-12-31", 55.0),
                        MA7_M[1]: ("2025-06-01", "2025-12-31", 41.0)}, "indicators": []},
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# 14. Sri Lanka civil-society OGP tracker (Transparency International Sri Lanka, copied
# from its web page): "THEME : Corruption (Lead Agency - ... )" rows give the theme and the
# lead agency of the commitments under them, "Commitment : ..." rows, then "Milestone |
# Start Date | End Date | Status"; "1/03/2019" day first; the status is not a progress.

LK_CIABOC = "Commission to Investigate Allegations of Bribery and Corruption"
LK_RTI = "Right to Information Commission"
LK1 = ("Improve public engagement for prevention of bribery and corruption through the "
       "presence of Integrity Officers within public authorities")  # fmt: skip
LK2 = "Establish an effective asset declaration system to ease submission, verification and public access"
LK3 = "Proactive disclosure of information by public authorities"
LK1_M = ["Cabinet approval is obtained to appoint Integrity Officers in all public institutions",
         "Citizen Charters are displayed in every service providing institution"]  # fmt: skip
LK2_M = ["Asset declaration online portal introduced with a public launch",
         "Creating an Office of Assets Disclosure"]  # fmt: skip
LK3_M = ["Publish the proactive disclosure guidelines"]
LK_H = ["Milestone", "Start Date", "End Date", "Status"]
lk = Case(
    "b7_lk_tisl_tracker.xlsx",
    "ogp_followup",
    [
        Sheet("OGP Tracker", [
            ["Sri Lanka OGP National Action Plan 2019-2021 – Tracker"],
            [],
            [f"THEME : Corruption (Lead Agency - {LK_CIABOC} )"],
            ["Commitment : " + LK1],
            LK_H,
            [LK1_M[0], "1/03/2019", "31/07/2019", "Complete"],
            [LK1_M[1], "1/07/2019", "31/12/2019", "In progress"],
            ["Commitment : " + LK2],
            LK_H,
            [LK2_M[0], "1/01/2020", "30/06/2020", "Stuck"],
            [LK2_M[1], "1/07/2020", "31/12/2020", "Started"],
            [],
            [f"THEME : Right to Information (Lead Agency - {LK_RTI} )"],
            ["Commitment : " + LK3],
            LK_H,
            [LK3_M[0], "1/09/2019", "31/03/2020", "Incomplete"],
        ], ["A3:D3", "A4:D4", "A8:D8", "A13:D13", "A14:D14"]),
    ],
    [
        {"code": "", "title": LK1, "institution": LK_CIABOC, "themes": "Corruption",
         "results": acts(*LK1_M),
         "milestones": {LK1_M[0]: ("2019-03-01", "2019-07-31", None),
                        LK1_M[1]: ("2019-07-01", "2019-12-31", None)}, "indicators": []},
        {"code": "", "title": LK2, "institution": LK_CIABOC, "themes": "Corruption",
         "results": acts(*LK2_M),
         "milestones": {LK2_M[0]: ("2020-01-01", "2020-06-30", None),
                        LK2_M[1]: ("2020-07-01", "2020-12-31", None)}, "indicators": []},
        {"code": "", "title": LK3, "institution": LK_RTI, "themes": "Right to Information",
         "results": acts(*LK3_M),
         "milestones": {LK3_M[0]: ("2019-09-01", "2020-03-31", None)}, "indicators": []},
    ],
)  # fmt: skip

CASES = [gforms, kob, pbi, asana, wordlf, kecidp, amcodes, geblocks, bil, mmyy, frac, sn, ma, lk]


def main(folder: Path = HERE) -> None:
    for case in CASES:
        write(folder / case.file, case.sheets)
        print("wrote", case.file)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
