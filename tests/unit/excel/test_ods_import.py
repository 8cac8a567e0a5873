"""Matrices kept in LibreOffice (.ods) import as the same matrix saved as .xlsx would.

The example (tests/data/excel_blind2/b2_libreoffice_hoja1.ods) was refused as "not an Excel
workbook". The class: an .ods as LibreOffice writes it - a formatted empty tail repeated to
the sheet's last row and column, percentage and date cells, several sheets - from the command
line, the import functions and the wizard's file dialog."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import matrix_app
from matrix_app.domain import models as m
from matrix_app.services.excel.importing import detect, import_workbook, sheet_rows
from matrix_app.services.project import Project

from .ods_books import Pct, Rep, ods, table

HEAD = ["Nivel", "Objetivo", "Indicador", "Línea base", "Año base", "Meta", "Fecha meta"]
ROWS = [
    ["Matriz de seguimiento – Compromiso N° 7: Archivo judicial abierto"],
    [],
    HEAD,
    ["Fin", "Acercar la justicia a las personas"],
    ["Propósito", "Causas con expediente digital", "Causas digitales", Pct(0.35), 2016,
     Pct(0.9), dt.date(2018, 12, 31)],
    ["Componente", "Tribunales operando", "Tribunales con expediente", 40, 2016, 120,
     "dic-2018"],
    # LibreOffice's formatted tail: empty cells to the last column, rows to the last row
    Rep(1_048_570, [Rep(1024)]),
]  # fmt: skip


def _book(path: Path) -> Path:
    tail = [[*r, Rep(1000)] if isinstance(r, list) else r for r in ROWS]
    return ods(path, [table("Portada", [["Poder Judicial"]]), table("Hoja1", tail)])


def test_an_ods_matrix_imports_with_percentages_dates_and_its_empty_tail(project, tmp_path):
    book = _book(tmp_path / "matriz.ods")
    found = detect(book)
    assert found.kind == "logframe" and "Hoja1" in found.matches
    report = import_workbook(project, book)
    assert not report.problems, [p.as_dict("en") for p in report.problems]
    (c,) = project.rows(m.Commitment)
    assert (c.code, c.title) == ("7", "Archivo judicial abierto")
    inds = {i.name: i for i in project.rows(m.Indicator)}
    digital = inds["Causas digitales"]
    assert (digital.unit, digital.baseline_value) == ("%", 35)
    (t,) = project.rows(m.Target, indicator_id=digital.id)
    assert (t.due_date, t.value) == (dt.date(2018, 12, 31), 90)
    (t2,) = project.rows(m.Target, indicator_id=inds["Tribunales con expediente"].id)
    assert (t2.due_date, t2.value) == (dt.date(2018, 12, 31), 120)


def test_the_wizard_reads_an_ods_sheet(tmp_path):
    rows = sheet_rows(_book(tmp_path / "m.ods"), "Hoja1", 10)
    assert rows[2][:3] == HEAD[:3] and len(rows) == 6  # the empty tail is not read


def test_the_command_line_imports_an_ods(tmp_path):
    nap = tmp_path / "p.nap"
    Project.new(nap, title="P").close()
    env = {**os.environ, "PYTHONPATH": str(Path(matrix_app.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-m", "matrix_app", "import-xlsx", str(nap), str(_book(tmp_path / "m.ods"))],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Project.open(nap, read_only=True) as project:
        assert len(project.rows(m.Indicator)) == 2


def test_the_wizard_offers_ods_files(qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from matrix_app.ui.excel_import_wizard import ExcelImportWizard

    seen = {}

    def fake(parent, title, folder, filters):
        seen["filters"] = filters
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    wizard = ExcelImportWizard.__new__(ExcelImportWizard)
    from PySide6.QtWidgets import QWizard

    QWizard.__init__(wizard)
    qtbot.addWidget(wizard)
    ExcelImportWizard.choose_file(wizard)
    assert "*.ods" in seen["filters"] and "*.xlsx" in seen["filters"]
