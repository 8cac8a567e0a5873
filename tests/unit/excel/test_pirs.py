"""USAID Performance Indicator Reference Sheets: a form per indicator ("Label: | value"),
then a baseline and targets table by fiscal year; and the class behind the example: several
sheets naming one commitment make one commitment, not one per sheet.

The example (tests/data/excel_blind2/b2_usaid_pirs.xlsx, two PIRS sheets of one activity) was
"neither a Monitoring Matrix workbook nor a logframe matrix"; once read, each sheet made its
own commitment of the same title."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import detect, import_workbook

WORDS = {
    "en": ["PERFORMANCE INDICATOR REFERENCE SHEET (PIRS)", "Activity:", "Result Measured:",
           "Name of Indicator:", "Definition:", "Unit of Measure:", "Data Source:",
           "Method of Data Collection:", "Frequency and Timing of Data Acquisition:",
           "Responsible Individual(s):", "Fiscal Year", "Target", "Actual", "Notes",
           "Baseline (FY2016)"],
    "es": ["FICHA DE REFERENCIA DEL INDICADOR", "Actividad:", "Resultado medido:",
           "Nombre del indicador:", "Definición:", "Unidad de medida:", "Fuente de datos:",
           "Método de recolección de datos:", "Frecuencia:", "Responsable:", "Año fiscal",
           "Meta", "Real", "Notas", "Línea de base (FY2016)"],
}  # fmt: skip


def _sheet(ws, words, result, name, unit, rows):
    title, act, res, nm, dfn, un, src, meth, freq, who, fy, tgt, act_h, notes, base = words
    ws.append([title])
    for label, value in ((act, "Compras municipales"), (res, result), (nm, name),
                         (dfn, "Counted each fiscal year"), (un, unit), (src, "Open data"),
                         (meth, "API download"), (freq, "Quarterly"), (who, "M&E")):  # fmt: skip
        ws.append([label, value])
    ws.append([])
    ws.append([fy, tgt, act_h, notes])
    ws.append([base, None, rows[0], None])
    for year, target, actual, note in rows[1:]:
        ws.append([year, target, actual, note])


def _book(path, lang):
    wb = Workbook()
    words = WORDS[lang]
    _sheet(wb.active, words, "IR 1: Bids are more competitive", "Bids per tender", "Number",
           [2.1, ("FY2017", 2.5, 2.7, None), ("FY2018", 3.0, None, "Revised")])  # fmt: skip
    _sheet(wb.create_sheet("PIRS 2"), words, "IR 2: Buyers are certified",
           "Buyers certified", "Percentage", [0.1, ("FY2017", 0.5, 0.62, None)])  # fmt: skip
    wb.save(path)
    return path


@pytest.mark.parametrize("lang", ["en", "es"])
def test_reference_sheets_of_one_activity_make_one_commitment(project, tmp_path, lang):
    book = _book(tmp_path / "pirs.xlsx", lang)
    assert {mt.format for mt in detect(book).matches.values()} == {"pirs"}
    report = import_workbook(project, book)
    assert not report.problems
    (c,) = project.rows(m.Commitment)  # one, not one per sheet
    assert c.title == "Compras municipales"
    outputs = {r.narrative: r for r in project.rows(m.Result, commitment_id=c.id)}
    assert set(outputs) == {"Bids are more competitive", "Buyers are certified"}
    assert {r.level for r in outputs.values()} == {"output"}
    ind = {i.name: i for i in project.rows(m.Indicator, commitment_id=c.id)}
    bids = ind["Bids per tender"]
    assert bids.result_id == outputs["Bids are more competitive"].id
    assert (bids.unit, bids.data_source, bids.frequency, bids.responsible) == (
        "number",
        "Open data",
        "Quarterly",
        "M&E",
    )
    assert bids.formula == "Counted each fiscal year"
    assert bids.means_of_verification == "API download"
    assert (bids.baseline_value, bids.baseline_date) == (2.1, dt.date(2016, 9, 30))
    targets = sorted((t.due_date, t.value) for t in project.rows(m.Target, indicator_id=bids.id))
    assert targets == [(dt.date(2017, 9, 30), 2.5), (dt.date(2018, 9, 30), 3.0)]
    (x,) = project.rows(m.Measurement, indicator_id=bids.id)
    assert (x.measured_on, x.value) == (dt.date(2017, 9, 30), 2.7)
    assert ind["Buyers certified"].unit == "%"
    # the note beside a target has no place: said, not dropped silently
    assert any("Revised" in str(w.value) or "D" in (w.column or "") for w in report.warnings)


def test_two_sheets_of_the_same_commitment_in_any_layout_make_one(project, tmp_path):
    wb = Workbook()
    for i, ws in enumerate([wb.active, wb.create_sheet("Hoja2")]):
        ws.append(["Matriz de seguimiento – Compromiso N° 5: Portal de Transparencia"])
        ws.append(["Nivel", "Resumen narrativo", "Indicadores"])
        ws.append(["Componente", f"Componente {i + 1}", f"Indicador {i + 1}"])
    wb.save(tmp_path / "dos.xlsx")
    import_workbook(project, tmp_path / "dos.xlsx")
    (c,) = project.rows(m.Commitment)
    assert (c.code, c.title) == ("5", "Portal de Transparencia")
    assert sorted(r.narrative for r in project.rows(m.Result, commitment_id=c.id)) == [
        "Componente 1", "Componente 2",
    ]  # fmt: skip
    # importing it again changes nothing (the second sheet finds the same commitment)
    again = import_workbook(project, tmp_path / "dos.xlsx")
    assert again.totals().added == 0
