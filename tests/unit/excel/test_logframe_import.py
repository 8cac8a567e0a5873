"""Classic logframe matrices as agencies keep them, and mapped sheets."""

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.errors import ImportProblems
from matrix_app.services.excel.importing import analyse, detect, import_workbook, sheet_rows
from matrix_app.services.excel.logframe import SheetMapping, guess_level


def _write(path, sheets):
    """sheets: title -> (rows, merges)."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, (rows, merges) in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for rng in merges:
            ws.merge_cells(rng)
    wb.save(path)
    return path


SPANISH = (
    [
        ["Matriz de Marco Lógico"],
        ["Compromiso N° 4: Portal de Transparencia"],
        ["Institución responsable: CPLT"],
        [],
        ["Nivel", "Resumen Narrativo", "Indicadores", "Medios de Verificación", "Supuestos"],
        ["FIN", "Fortalecer la transparencia del Estado", "", "", ""],
        ["Propósito", "Los organismos usan el Portal", "% de organismos que usan el Portal",
         "Reportes del Portal", "Los organismos adhieren"],
        ["Componentes", "1. Portal instalado en la administración central",
         "N° de servicios conectados\n- N° de solicitudes tramitadas",
         "Registro de conexiones\nEstadísticas del Portal", "Plataforma PISEE disponible"],
        [None, "2. Portal instalado en municipios", "% de municipios con el Portal",
         "Convenios firmados", ""],
        ["Actividades", "1.1 Conectar 225 servicios", "", "", ""],
        [None, "1.2 Capacitar funcionarios", "", "", ""],
    ],
    ["A8:A9", "A10:A11"],
)  # fmt: skip


def test_spanish_matrix_with_title_rows_merged_levels_and_several_indicators(project, tmp_path):
    path = _write(tmp_path / "mml.xlsx", {"Compromiso 4": SPANISH})
    found = detect(path)
    assert found.kind == "logframe"
    mapping = found.mappings["Compromiso 4"]
    assert mapping.header_row == 5
    assert (mapping.commitment_code, mapping.commitment_title) == ("4", "Portal de Transparencia")
    assert mapping.decimal == ","
    report = import_workbook(project, path)
    assert report.kind == "logframe"
    (c,) = project.rows(m.Commitment)
    assert (c.code, c.title) == ("4", "Portal de Transparencia")
    results = project.rows(m.Result, commitment_id=c.id)
    levels = [r.level for r in results]
    assert levels.count("goal") == 1 and levels.count("purpose") == 1
    assert levels.count("output") == 2 and levels.count("activity") == 2
    purpose = next(r for r in results if r.level == "purpose")
    outputs = [r for r in results if r.level == "output"]
    assert all(o.parent_id == purpose.id for o in outputs)
    first = next(o for o in outputs if o.narrative.startswith("1. Portal"))
    acts = [r for r in results if r.level == "activity"]
    assert all(a.parent_id == first.id for a in acts)  # 1.1 and 1.2 belong to output 1
    indicators = project.rows(m.Indicator, result_id=first.id)
    assert [i.name for i in indicators] == [
        "N° de servicios conectados",
        "N° de solicitudes tramitadas",
    ]
    assert [i.means_of_verification for i in indicators] == [
        "Registro de conexiones",
        "Estadísticas del Portal",
    ]
    assert first.assumptions == "Plataforma PISEE disponible"
    # importing the same matrix again finds everything and adds nothing
    again = import_workbook(project, path)
    assert again.totals().added == 0 and again.totals().updated == 0


ENGLISH_EU = (
    [
        ["Logical framework - Commitment 2: Open data strategy"],
        ["", "Intervention logic", "Objectively verifiable indicators of achievement",
         "Sources and means of verification", "Assumptions"],
        ["Overall objective", "Citizens reuse public data", "Number of reuse projects",
         "Contest reports", ""],
        ["Specific objective", "Agencies publish open data", "Datasets published",
         "datos.gob.cl", "Agencies keep publishing"],
        ["Expected results", "R1 Data catalogue online", "Datasets in catalogue", "Catalogue", ""],
        ["Activities", "A1 Train agencies", "", "", ""],
    ],
    [],
)  # fmt: skip

ENGLISH_PLAIN = (
    [
        ["Commitment 3 - Open data contest"],
        ["Level", "Narrative summary", "Indicators", "Means of verification", "Risks",
         "Baseline", "Target", "Target date"],
        ["GOAL", "Reuse of public information", "", "", "", None, None, None],
        ["purpose", "Developers build services", "Projects built", "Contest minutes", "",
         0, 17, "Nov 2014"],
        ["Outputs", "Contest held", "Proposals received", "Contest minutes", "Developers come",
         "0", "1,233", "31/11/2014"],
    ],
    [],
)  # fmt: skip


def test_english_and_eu_header_variants(project, tmp_path):
    path = _write(tmp_path / "lf.xlsx", {"EU": ENGLISH_EU, "Plain": ENGLISH_PLAIN})
    found = detect(path)
    assert set(found.mappings) == {"EU", "Plain"}
    assert found.mappings["EU"].columns["level"] == 0
    with pytest.raises(ImportProblems) as info:
        import_workbook(project, path)
    # every problem at once: 31/11 is no date
    assert [(p.sheet, p.row, p.column, p.issue.code) for p in info.value.problems] == [
        ("Plain", 5, "H", "date")
    ]
    assert project.rows(m.Commitment) == []


def test_english_matrix_numbers_and_dates(project, tmp_path):
    rows = [list(r) for r in ENGLISH_PLAIN[0]]
    rows[4][7] = "julio 2016"
    path = _write(tmp_path / "lf.xlsx", {"Plain": (rows, [])})
    import_workbook(project, path)
    (c,) = project.rows(m.Commitment)
    assert (c.code, c.title) == ("3", "Open data contest")
    ind = next(i for i in project.rows(m.Indicator) if i.name == "Proposals received")
    (t,) = project.rows(m.Target, indicator_id=ind.id)
    assert (t.value, t.due_date) == (1233.0, dt.date(2016, 7, 31))  # 1,233 in an English file
    assert ind.baseline_value == 0
    out = next(r for r in project.rows(m.Result) if r.level == "output")
    assert out.assumptions == "Developers come"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Fin", "goal"), ("FIN:", "goal"), ("Propósito", "purpose"), ("PROPOSITO", "purpose"),
        ("Componente 1", "output"), ("Componentes", "output"), ("C1. Componente", "output"),
        ("Actividad 1.1", "activity"), ("ACTIVIDADES", "activity"), ("Goal", "goal"),
        ("Outputs", "output"), ("Result 2", "output"), ("Results", "output"),
        ("Activity", "activity"), ("Activities", "activity"), ("Overall objective", "goal"),
        ("Specific objective", "purpose"), ("Expected results", "output"),
        ("1. Fin", "goal"), ("II. Propósito", "purpose"),
    ],
)  # fmt: skip
def test_level_names(text, level):
    assert guess_level(text)[0] == level


def test_financing_is_not_fin():
    assert guess_level("Financiamiento")[0] is None


def test_anything_else_through_a_mapping(project, tmp_path):
    rows = [
        ["Seguimiento compromisos", None, None, None, None],
        ["Compromiso", "Tipo", "Descripción", "Cómo medimos", "Meta 2016"],
        ["1: Transparencia municipal", "Objetivo", "Municipios transparentes", None, None],
        [None, "Producto", "Modelo instalado", "% municipios con modelo", "90 %"],
        [None, "Tarea", "Capacitar", None, None],
        ["2: Gestión documental", "Objetivo", "Modelo de gestión documental", None, None],
        [None, "Producto", "Modelo publicado", "Modelo aprobado", "1"],
    ]
    path = _write(tmp_path / "otro.xlsx", {"Hoja1": (rows, [])})
    assert detect(path).kind == "other"
    with pytest.raises(Exception, match="map its columns"):
        import_workbook(project, path)
    assert sheet_rows(path, "Hoja1")[1][4] == "Meta 2016"
    mapping = SheetMapping(
        "Hoja1",
        header_row=2,
        columns={"commitment": 0, "level": 1, "narrative": 2, "indicators": 3, "target": 4},
        levels={"objetivo": "purpose", "producto": "output", "tarea": "activity"},
        decimal=",",
    )
    _changes, report = analyse(project, path, mappings=[mapping])
    assert report.counts["commitment"].added == 2
    assert report.counts["result"].added == 5
    assert report.counts["target"].added == 2
    assert project.rows(m.Commitment) == []  # analysing writes nothing
    import_workbook(project, path, mappings=[mapping])
    codes = sorted(c.code for c in project.rows(m.Commitment))
    assert codes == ["1", "2"]
    t = [t.value for t in project.rows(m.Target)]
    assert sorted(t) == [1.0, 90.0]


def test_unknown_level_in_a_mapping_is_a_problem(project, tmp_path):
    rows = [["Nivel", "Resumen narrativo", "Indicadores"], ["Objetivo raro", "Algo", "x"]]
    path = _write(tmp_path / "x.xlsx", {"H": (rows, [])})
    mapping = SheetMapping("H", 1, {"level": 0, "narrative": 1, "indicators": 2})
    with pytest.raises(ImportProblems) as info:
        import_workbook(project, path, mappings=[mapping])
    (p,) = info.value.problems
    assert (p.row, p.column, p.value, p.issue.code) == (2, "A", "Objetivo raro", "no_level")


def test_a_lone_star_line_left_of_the_narrative_is_a_footnote_in_it_a_bulleted_activity(
    project, tmp_path
):
    rows = [row[:] for row in SPANISH[0]]
    rows.insert(11, [None, "* Publicar el manual de uso", "", "", ""])
    rows.append([])
    rows.append(["* Las cifras son preliminares"])
    path = _write(tmp_path / "mml.xlsx", {"Compromiso 4": (rows, SPANISH[1])})
    report = import_workbook(project, path)
    narratives = {r.narrative for r in project.rows(m.Result) if r.level == "activity"}
    assert any("Publicar el manual de uso" in n for n in narratives), narratives
    notes = [w for w in report.warnings if w.issue.code == "notes_row"]
    assert [w.row for w in notes] == [len(rows)]
