"""Re-importing an edited classic logframe updates the rows it edits instead of adding them."""

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from matrix_app.cli import main
from matrix_app.domain import models as m
from matrix_app.services.excel.export import export_workbook
from matrix_app.services.excel.importing import analyse, import_workbook
from matrix_app.services.excel.logframe import SheetMapping
from matrix_app.services.project import Project

from .conftest import digest

ROOT = Path(__file__).resolve().parents[3]
HEADER = ["Nivel", "Resumen narrativo", "Indicadores", "Medios de verificación", "Supuestos"]
BASE = [
    ("Fin", "Fortalecer la transparencia del Estado", ""),
    ("Propósito", "Los organismos usan el Portal", "% de organismos que usan el Portal"),
    ("Componente 1", "Portal instalado en la administración central",
     "N° de servicios conectados\nN° de solicitudes tramitadas"),
    ("Actividad 1.1", "Conectar 225 servicios", ""),
    ("Actividad 1.2", "Capacitar funcionarios", ""),
    ("Actividad 1.3", "Difundir el Portal", ""),
    ("Componente 2", "Portal instalado en municipios", "% de municipios con el Portal"),
    ("Actividad 2.1", "Firmar convenios con municipios", ""),
]  # fmt: skip


def write(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Compromiso 4"
    ws.append(["Matriz de Marco Lógico"])
    ws.append(["Compromiso N° 4: Portal de Transparencia"])
    ws.append([])
    ws.append(HEADER)
    for level, narrative, indicators in rows:
        ws.append([level, narrative, indicators or None, None, None])
    wb.save(path)
    return path


def edited(**changes):
    """BASE with narratives replaced: {old narrative: new narrative}."""
    return [(lv, changes.get(n, n), i) for lv, n, i in BASE]


@pytest.fixture
def imported(project, tmp_path):
    """The BASE matrix imported once, and a measurement on output 1's first indicator."""
    import_workbook(project, write(tmp_path / "v1.xlsx", BASE))
    out1 = by_text(project, "Portal instalado en la administración central")
    ind = project.rows(m.Indicator, result_id=out1.id)[0]
    project.create(m.Measurement, indicator_id=ind.id, measured_on="2015-06-30", value=120)
    return project


def by_text(project, narrative):
    return next(r for r in project.rows(m.Result) if r.narrative == narrative)


def counts(report, table):
    c = report.counts[table]
    return (c.added, c.updated)


def notes(report, kind):
    return [(n.table, n.level, n.code, n.old, n.new) for n in report.notes if n.kind == kind]


def test_reimporting_the_same_matrix_changes_nothing(imported, tmp_path):
    before = digest(imported)
    report = import_workbook(imported, write(tmp_path / "v2.xlsx", BASE))
    assert report.totals().added == 0 and report.totals().updated == 0
    assert report.notes == [] and not report.written
    assert digest(imported) == before


def test_an_edited_output_is_updated_in_place_with_its_indicators(imported, tmp_path):
    old = by_text(imported, "Portal instalado en municipios")
    ind = imported.rows(m.Indicator, result_id=old.id)
    rows = edited(**{"Portal instalado en municipios": "Portal instalado en los municipios"})
    path = write(tmp_path / "v2.xlsx", rows)
    dry = import_workbook(imported, path, dry_run=True)
    assert counts(dry, "result") == (0, 1) and counts(dry, "indicator") == (0, 0)
    assert notes(dry, "updated") == [
        ("result", "output", "2", "Portal instalado en municipios",
         "Portal instalado en los municipios"),
    ]  # fmt: skip
    assert dry.notes[0].message("en") == (
        "sheet “Compromiso 4”, row 11: output 2 updated: “Portal instalado en municipios” → "
        "“Portal instalado en los municipios”"
    )
    import_workbook(imported, path)
    new = imported.get(m.Result, old.id)
    assert new.narrative == "Portal instalado en los municipios"
    assert imported.rows(m.Indicator, result_id=old.id) == ind
    assert len(imported.rows(m.Result)) == len(BASE)
    # journaled as one update of one field, in the import's transaction
    (entry,) = [e for e in imported.history() if e.row_id == old.id and e.action == "update"]
    assert entry.field == "narrative"
    assert json.loads(entry.old_value) == "Portal instalado en municipios"


def test_an_edited_output_keeps_its_measurements(imported, tmp_path):
    out1 = by_text(imported, "Portal instalado en la administración central")
    rows = edited(**{out1.narrative: "Portal instalado en toda la administración central"})
    import_workbook(imported, write(tmp_path / "v2.xlsx", rows))
    (ind, _second) = imported.rows(m.Indicator, result_id=out1.id)
    (x,) = imported.rows(m.Measurement, indicator_id=ind.id)
    assert x.value == 120


def test_an_edited_indicator_name_is_an_update(imported, tmp_path):
    out1 = by_text(imported, "Portal instalado en la administración central")
    first, second = imported.rows(m.Indicator, result_id=out1.id)
    rows = list(BASE)
    rows[2] = (rows[2][0], rows[2][1], "N° de servicios públicos conectados\nN° de solicitudes tramitadas")  # fmt: skip
    report = import_workbook(imported, write(tmp_path / "v2.xlsx", rows))
    assert counts(report, "indicator") == (0, 1) and counts(report, "result") == (0, 0)
    assert notes(report, "updated") == [
        ("indicator", "output", "1", "N° de servicios conectados",
         "N° de servicios públicos conectados"),
    ]  # fmt: skip
    assert [i.id for i in imported.rows(m.Indicator, result_id=out1.id)] == [first.id, second.id]
    assert imported.get(m.Indicator, first.id).name == "N° de servicios públicos conectados"
    assert len(imported.rows(m.Measurement, indicator_id=first.id)) == 1


def test_a_new_activity_in_the_middle_is_added_there_and_nothing_else_changes(imported, tmp_path):
    rows = list(BASE)
    rows.insert(4, ("Actividad", "Piloto con 17 organismos", ""))
    report = import_workbook(imported, write(tmp_path / "v2.xlsx", rows))
    assert counts(report, "result") == (1, 0) and report.counts["result"].unchanged == len(BASE)
    assert report.notes == []
    out1 = by_text(imported, "Portal instalado en la administración central")
    acts = [r.narrative for r in imported.rows(m.Result, parent_id=out1.id)]
    assert acts == [
        "Conectar 225 servicios", "Piloto con 17 organismos",
        "Capacitar funcionarios", "Difundir el Portal",
    ]  # fmt: skip


def test_an_insertion_renumbered_like_the_export_does_not_shift_the_rows_after_it(
    imported, tmp_path
):
    rows = list(BASE)
    rows.insert(4, ("Actividad 1.2", "Piloto con 17 organismos", ""))
    rows[5] = ("Actividad 1.3", rows[5][1], "")
    rows[6] = ("Actividad 1.4", rows[6][1], "")
    report = import_workbook(imported, write(tmp_path / "v2.xlsx", rows), dry_run=True)
    assert counts(report, "result") == (1, 0)


def test_an_insertion_next_to_an_edited_row(imported, tmp_path):
    old = by_text(imported, "Capacitar funcionarios")
    rows = edited(**{"Capacitar funcionarios": "Capacitar a los funcionarios públicos"})
    rows.insert(4, ("Actividad", "Piloto con 17 organismos", ""))
    report = import_workbook(imported, write(tmp_path / "v2.xlsx", rows))
    assert counts(report, "result") == (1, 1)
    assert imported.get(m.Result, old.id).narrative == "Capacitar a los funcionarios públicos"


def test_reordered_rows_are_the_same_rows(imported, tmp_path):
    before = digest(imported)
    rows = list(BASE)
    rows[3], rows[5] = rows[5], rows[3]  # activities 1.1 and 1.3 swapped
    rows = rows[:2] + rows[6:] + rows[2:6]  # output 2 (with its activity) first
    report = import_workbook(imported, write(tmp_path / "v2.xlsx", rows))
    assert report.totals().added == 0 and report.totals().updated == 0
    assert digest(imported) == before  # the project keeps its own order


def test_a_reordered_and_edited_row_updates_the_right_row(imported, tmp_path):
    old = by_text(imported, "Capacitar funcionarios")
    rows = edited(**{"Capacitar funcionarios": "Capacitar a funcionarios"})
    rows[3], rows[5] = rows[5], rows[3]
    report = import_workbook(imported, write(tmp_path / "v2.xlsx", rows))
    assert counts(report, "result") == (0, 1)
    assert imported.get(m.Result, old.id).narrative == "Capacitar a funcionarios"


def test_a_row_left_out_of_the_sheet_is_reported_not_deleted(imported, tmp_path):
    gone = by_text(imported, "Capacitar funcionarios")
    rows = [r for r in BASE if r[1] != gone.narrative]
    path = write(tmp_path / "v2.xlsx", rows)
    report = import_workbook(imported, path, dry_run=True)
    assert report.totals().added == 0 and report.totals().updated == 0
    assert notes(report, "not_in_sheet") == [
        ("result", "activity", "1.2", "Capacitar funcionarios", "")
    ]
    assert report.notes[0].message("es") == (
        "hoja “Compromiso 4”, compromiso 4: actividad 1.2 “Capacitar funcionarios” no está en "
        "la hoja; queda en el proyecto (importar nunca elimina filas)"
    )
    import_workbook(imported, path)
    assert imported.get(m.Result, gone.id).deleted_at is None


def test_an_indicator_left_out_is_reported(imported, tmp_path):
    rows = list(BASE)
    rows[2] = (rows[2][0], rows[2][1], "N° de servicios conectados")
    report = import_workbook(imported, write(tmp_path / "v2.xlsx", rows), dry_run=True)
    assert notes(report, "not_in_sheet") == [
        ("indicator", "output", "1", "N° de solicitudes tramitadas", "")
    ]
    assert "indicator of output 1 “N° de solicitudes tramitadas” is not in the sheet" in (
        report.notes[0].message("en")
    )


def test_a_sheet_without_indicators_column_reports_no_indicator(imported, tmp_path):
    path = write(tmp_path / "v2.xlsx", BASE)
    mapping = SheetMapping("Compromiso 4", 4, {"level": 0, "narrative": 1})
    mapping.commitment_code, mapping.commitment_title = "4", "Portal de Transparencia"
    _changes, report = analyse(imported, path, mappings=[mapping])
    assert report.totals().added == 0 and report.totals().updated == 0
    assert report.notes == []


def test_a_new_commitment_is_all_new(project, tmp_path):
    report = import_workbook(project, write(tmp_path / "v1.xlsx", BASE), dry_run=True)
    assert counts(report, "result") == (len(BASE), 0) and report.notes == []


def test_cli_dry_run_names_updates_and_rows_not_in_the_sheet(imported, tmp_path, capsys):
    rows = edited(**{"Portal instalado en municipios": "Portal instalado en los municipios"})
    del rows[5]  # activity 1.3
    path = write(tmp_path / "v2.xlsx", rows)
    file = imported.path
    imported.close()
    before_bytes = Path(file).read_bytes()
    assert main(["import-xlsx", str(file), str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "output 2 updated: “Portal instalado en municipios” → “Portal instalado en los" in out
    assert "activity 1.3 “Difundir el Portal” is not in the sheet; it stays in the project" in out
    assert out.rstrip().endswith("dry run: nothing was written")
    assert main(["import-xlsx", str(file), str(path), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(n["kind"], n["matched_by"]) for n in data["notes"]] == [
        ("updated", "code"),  # the sheet's "Componente 2" is the project's output 2
        ("not_in_sheet", None),
    ]
    assert Path(file).read_bytes() == before_bytes


# --- our own printable logframe sheet, exported then edited --------------------------------


def classic_copy(src: Path, dest: Path) -> Path:
    """Only the printable logframe sheets of an export: a classic matrix workbook."""
    wb = load_workbook(src)
    for name in list(wb.sheetnames):
        if not name.startswith(("MML", "LF")):
            del wb[name]
    wb.save(dest)
    return dest


@pytest.fixture
def sample(tmp_path):
    """A copy of the Chile sample (the committed file is never touched) and its classic sheets
    of the 2014-2016 plan, exported in Spanish."""
    nap = tmp_path / "chile.nap"
    shutil.copy(ROOT / "sample_projects" / "chile-nap-2014-2016.nap", nap)
    project = Project.open(nap)
    export_workbook(project, tmp_path / "export.xlsx", "es")
    path = classic_copy(tmp_path / "export.xlsx", tmp_path / "mml.xlsx")
    wb = load_workbook(path)
    for name in ("MML 1.3", "MML 2.4"):  # the 2012-2013 plan's commitments
        del wb[name]
    wb.save(path)
    yield project, path
    project.close()


def test_the_exported_logframe_sheets_reimport_unchanged(sample):
    project, path = sample
    report = import_workbook(project, path, dry_run=True)
    assert report.kind == "logframe"
    assert report.totals().added == 0 and report.totals().updated == 0
    assert report.counts["result"].unchanged > 20 and report.counts["indicator"].unchanged > 10
    assert report.notes == []


def test_an_edited_export_sheet_updates_inserts_and_reports(sample, tmp_path):
    project, path = sample
    wb = load_workbook(path)
    ws = wb["MML 1"]
    row = next(c.row for c in ws["A"] if c.value == "Componente 2")
    old_text = ws.cell(row, 2).value
    ws.cell(row, 2).value = old_text.rstrip(".") + " y acceso a la información."
    ws.insert_rows(row)  # a new activity at the end of output 1, under its heading
    ws.cell(row, 1).value = "Actividad 1.3"
    ws.cell(row, 2).value = "Validación del modelo con la SUBDERE\n(2015-01-01 – 2015-06-30)"
    wb.save(path)
    old = by_text(project, old_text)
    report = import_workbook(project, path)
    assert counts(report, "result") == (1, 1) and counts(report, "indicator") == (0, 0)
    assert project.get(m.Result, old.id).narrative.endswith("y acceso a la información.")
    new = by_text(project, "Validación del modelo con la SUBDERE")
    assert (str(new.start_date), str(new.end_date)) == ("2015-01-01", "2015-06-30")
    assert project.get(m.Result, new.parent_id).level == "output"
